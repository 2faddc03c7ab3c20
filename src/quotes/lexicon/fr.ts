/** French attribution lexicon. Inverted pronouns ("a-t-il déclaré") are split by the tokenizer. */
import type { Lexicon } from './types.js';

export const fr: Lexicon = {
  lang: 'fr',
  speechVerbs: [
    'dit', 'dire', 'déclaré', 'déclare', 'affirmé', 'affirme', 'expliqué', 'explique', 'ajouté', 'ajoute', 'estimé',
    'estime', 'souligné', 'souligne', 'assuré', 'assure', 'indiqué', 'indique', 'précisé', 'précise', 'confié',
    'confie', 'lancé', 'lance', 'martelé', 'martèle', 'écrit', 'raconté', 'raconte', 'poursuit', 'poursuivi',
    'rappelé', 'rappelle', 'regretté', 'regrette', 'dénoncé', 'dénonce', 'insisté', 'insiste', 'répondu', 'répond',
    'répète', 'répété', 'annoncé', 'annonce', 'avoué', 'avoue', 'reconnu', 'reconnaît', 'admis', 'admet', 'jugé',
    'juge', 'considéré', 'considère', 'observé', 'observe', 'prévenu', 'prévient', 'averti', 'avertit', 'tweeté',
    'publié', 'commenté', 'commente', 'conclu', 'conclut', 'ironisé', 'ironise', 'plaidé', 'plaide', 'résumé',
    'résume', 'témoigné', 'témoigne', 'interrogé', 'demandé', 'demande', 's’est exclamé', 'glissé', 'glisse', 'note',
    'noté', 'relève', 'relevé', 'détaille', 'détaillé', 'fustigé', 'fustige', 'promis', 'promet', 'soutenu', 'soutient',
  ],
  participles: ['disant', 'affirmant', 'déclarant', 'ajoutant', 'estimant', 'soulignant', 'expliquant', 'assurant', 'écrivant', 'rappelant', 'qualifiant'],
  sourcePrepositions: ['selon', 'd’après', "d'après", 'pour', 'aux yeux de'],
  channelPhrases: ['dans un communiqué', 'dans une interview', 'dans un entretien', 'dans un message', 'sur x', 'sur twitter', 'sur les réseaux sociaux', 'dans une déclaration'],
  skippable: ['a', 'avait', 'aurait', 'ont', 'aussi', 'également', 'encore', 'ensuite', 'alors', 'déjà', 'ne', 'pas', 'se', 'lui', 'leur', 't', 'en', 'y', 'bien'],
  pronouns: {
    il: { gender: 'm', number: 's' }, elle: { gender: 'f', number: 's' }, ils: { gender: 'x', number: 'p' },
    elles: { gender: 'f', number: 'p' }, on: { gender: 'x', number: 's' }, je: { gender: 'x', number: 's' },
    nous: { gender: 'x', number: 'p' },
  },
  determiners: ['le', 'la', 'les', 'l', 'un', 'une', 'des', 'son', 'sa', 'ses', 'ce', 'cette', 'du', 'de'],
  indefinites: ['un', 'une', 'des'],
  workNouns: ['livre', 'roman', 'film', 'série', 'chanson', 'album', 'disque', 'œuvre', 'pièce', 'émission', 'documentaire', 'article', 'chronique', 'intitulé', 'intitulée', 'baptisé', 'baptisée', 'campagne', 'slogan', 'exposition', 'poème', 'essai', 'journal', 'magazine', 'loi', 'plan', 'opération', 'projet', 'collection', 'podcast'],
  termMarkers: ['dit', 'dite', 'appelé', 'appelée', 'surnommé', 'surnommée', 'qualifié de', 'qualifiée de', 'terme', 'mot', 'expression', 'nommé', 'nommée', 'ce qu’on appelle'],
  nameConnectors: ['de', 'du', 'des', 'la', 'le', 'd'],
  capitalisedStopwords: [
    'le', 'la', 'les', 'l', 'un', 'une', 'des', 'et', 'mais', 'ou', 'en', 'dans', 'avec', 'par', 'pour', 'de', 'du', 'au',
    'aux', 'à', 'si', 'quand', 'lorsque', 'alors', 'bien', 'sans', 'selon', 'ce', 'cette', 'ces', 'cela', 'ça', 'il',
    'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'aussi', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi',
    'samedi', 'dimanche', 'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
    'octobre', 'novembre', 'décembre', 'non', 'oui', 'que', 'qui', 'comment', 'où', 'après', 'avant', 'depuis',
    'entre', 'sur', 'sous', 'tout', 'tous', 'chaque', 'son', 'sa', 'ses', 'mais', 'pourtant', 'cependant', 'car',
  ],
};
