/** Italian attribution lexicon. */
import type { Lexicon } from './types.js';

export const it: Lexicon = {
  lang: 'it',
  speechVerbs: [
    'detto', 'dice', 'disse', 'dichiarato', 'dichiara', 'spiegato', 'spiega', 'aggiunto', 'aggiunge', 'affermato',
    'afferma', 'sottolineato', 'sottolinea', 'commentato', 'commenta', 'scritto', 'scrive', 'ribadito', 'ribadisce',
    'osservato', 'osserva', 'concluso', 'conclude', 'raccontato', 'racconta', 'precisato', 'precisa', 'ricordato',
    'ricorda', 'annunciato', 'annuncia', 'denunciato', 'denuncia', 'avvertito', 'avverte', 'assicurato', 'assicura',
    'chiarito', 'chiarisce', 'evidenziato', 'evidenzia', 'replicato', 'replica', 'risposto', 'risponde', 'chiesto',
    'chiede', 'twittato', 'insistito', 'insiste', 'ammesso', 'ammette', 'sostenuto', 'sostiene', 'attaccato',
    'attacca', 'incalza', 'prosegue', 'continua', 'confessato', 'confessa', 'spiegava', 'diceva', 'rivendica',
  ],
  participles: ['dicendo', 'affermando', 'spiegando', 'aggiungendo', 'sottolineando', 'ricordando', 'scrivendo'],
  sourcePrepositions: ['secondo', 'per', 'a detta di', 'stando a'],
  channelPhrases: ['in una nota', 'in un comunicato', 'in un’intervista', "in un'intervista", 'su x', 'su twitter', 'sui social'],
  skippable: ['ha', 'aveva', 'avrebbe', 'hanno', 'anche', 'poi', 'già', 'ancora', 'inoltre', 'oggi', 'ieri', 'non', 'si', 'gli', 'le', 'lo', 'ci'],
  pronouns: {
    lui: { gender: 'm', number: 's' }, lei: { gender: 'f', number: 's' }, loro: { gender: 'x', number: 'p' },
    egli: { gender: 'm', number: 's' }, io: { gender: 'x', number: 's' }, noi: { gender: 'x', number: 'p' },
  },
  determiners: ['il', 'lo', 'la', 'i', 'gli', 'le', 'l', 'un', 'uno', 'una', 'suo', 'sua', 'del', 'della'],
  indefinites: ['un', 'uno', 'una'],
  workNouns: ['libro', 'romanzo', 'film', 'serie', 'canzone', 'brano', 'album', 'disco', 'opera', 'programma', 'documentario', 'articolo', 'rubrica', 'intitolato', 'intitolata', 'chiamato', 'chiamata', 'campagna', 'slogan', 'mostra', 'poesia', 'saggio', 'giornale', 'rivista', 'legge', 'decreto', 'piano', 'operazione', 'progetto', 'podcast'],
  termMarkers: ['cosiddetto', 'cosiddetta', 'cosiddetti', 'definito', 'definita', 'chiamato', 'chiamata', 'termine', 'parola', 'espressione', 'soprannominato', 'detto'],
  nameConnectors: ['di', 'de', 'del', 'della', 'da'],
  capitalisedStopwords: [
    'il', 'lo', 'la', 'i', 'gli', 'le', 'l', 'un', 'una', 'e', 'ma', 'o', 'in', 'nel', 'nella', 'con', 'per', 'di', 'del',
    'della', 'a', 'al', 'alla', 'da', 'se', 'quando', 'mentre', 'anche', 'senza', 'secondo', 'questo', 'questa',
    'quello', 'quella', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'gennaio',
    'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre',
    'dicembre', 'non', 'sì', 'che', 'chi', 'come', 'dove', 'dopo', 'prima', 'tra', 'fra', 'su', 'sul', 'tutto', 'tutti',
    'ogni', 'suo', 'sua', 'lui', 'lei', 'ci', 'si', 'è', 'era', 'oggi', 'ieri', 'però', 'infatti', 'poi',
  ],
};
