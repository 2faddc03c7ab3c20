/**
 * Words that stay lower-case inside the names of organisations and the titles of works: articles,
 * prepositions and conjunctions ("Reporter ohne Grenzen", "Board of Governors", "Ligue des droits de
 * l'homme"). Names quoted in German copy are often English, French or Spanish, so all languages' words
 * count in every language.
 */
const CONNECTIVES: Record<string, string[]> = {
  de: [
    'der',
    'die',
    'das',
    'des',
    'dem',
    'den',
    'ein',
    'eine',
    'einer',
    'eines',
    'einem',
    'einen',
    'und',
    'oder',
    'für',
    'ohne',
    'gegen',
    'zur',
    'zum',
    'zu',
    'von',
    'vom',
    'im',
    'in',
    'an',
    'am',
    'auf',
    'mit',
    'über',
    'unter',
    'bei',
    'aus',
    'nach',
    'statt',
    'um',
    'e.v',
  ],
  en: [
    'the',
    'a',
    'an',
    'of',
    'for',
    'and',
    'or',
    'to',
    'in',
    'on',
    'at',
    'by',
    'with',
    'from',
    'against',
    'into',
    'de',
    'la',
    'van',
    'von',
    'al',
    'bin',
  ],
  fr: ['le', 'la', 'les', 'l', 'de', 'du', 'des', 'd', 'et', 'ou', 'pour', 'en', 'à', 'au', 'aux', 'sur', 'sans', 'contre'],
  es: ['el', 'la', 'los', 'las', 'de', 'del', 'y', 'e', 'o', 'para', 'por', 'en', 'con', 'sin', 'a', 'al'],
  it: [
    'il',
    'lo',
    'la',
    'i',
    'gli',
    'le',
    'l',
    'di',
    'del',
    'dello',
    'della',
    'dei',
    'degli',
    'delle',
    'e',
    'per',
    'in',
    'con',
    'a',
    'al',
    'da',
  ],
  pt: ['o', 'a', 'os', 'as', 'de', 'do', 'da', 'dos', 'das', 'e', 'para', 'por', 'em', 'com', 'sem', 'ao'],
};

/** Every language's connectives: a name is often quoted in another language than the article's. */
export const TITLE_CONNECTIVES: ReadonlySet<string> = new Set(Object.values(CONNECTIVES).flat());

/**
 * Nouns that introduce a proper name the way work nouns introduce a title: the quoted words right after
 * them name the organisation, the product or the category ("die Organisation „…“", "the group “…”").
 */
export const NAME_NOUNS: ReadonlySet<string> = new Set([
  // German
  'organisation',
  'partei',
  'firma',
  'unternehmen',
  'verein',
  'initiative',
  'bewegung',
  'gruppe',
  'band',
  'stiftung',
  'verlag',
  'marke',
  'modell',
  'typs',
  'name',
  'namen',
  'motto',
  'überschrift',
  'schlagzeile',
  'rubrik',
  'kategorie',
  'operation',
  'prädikat',
  'aktion',
  'bündnis',
  'verband',
  'netzwerk',
  'kollektiv',
  'festival',
  'projekt',
  // Names of tribes, prizes, craft and products: "des Stammes „…“", "der Preis „…“", "die Yacht „…“", "die Pille „…“"
  'stamm',
  'clan',
  'preis',
  'auszeichnung',
  'orden',
  'schiff',
  'yacht',
  'flugzeug',
  'satellit',
  'rakete',
  'produkt',
  'präparat',
  'pille',
  'sender',
  'portal',
  // Documents named right before their title ("im Lagebericht „…“"); not work nouns, whose reach spans a few words,
  // since a report's own words are quoted after it ("Im Bericht heißt es: „…“").
  'bericht',
  'programm',
  'abkommen',
  'verordnung',
  'resolution',
  // English
  'group',
  'organization',
  'organisation',
  'party',
  'company',
  'firm',
  'band',
  'brand',
  'operation',
  'category',
  'headline',
  'coalition',
  'alliance',
  'movement',
  'network',
  'foundation',
  'project',
  'festival',
  // French, Spanish, Italian, Portuguese
  'groupe',
  'parti',
  'société',
  'association',
  'marque',
  'grupo',
  'partido',
  'empresa',
  'marca',
  'gruppo',
  'partito',
  'società',
  'associazione',
  'associação',
  'mouvement',
  'collectif',
  'fondation',
  'projet',
  'movimiento',
  'plataforma',
  'fundación',
  'proyecto',
  'movimento',
  'fondazione',
  'progetto',
  'fundação',
  'projeto',
]);

/**
 * Indefinite articles: quoted words after one are a phrase, not a name or title, however capitalised —
 * names and titles are definite ("sieht einen „Angriff gegen die Belegschaft“", "a “Total Disaster”").
 * ("als", "as" are not among them: "als „Stadt der Literatur“ ausgezeichnet" names a title.)
 */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set([
  // German
  'ein',
  'eine',
  'einen',
  'einem',
  'einer',
  'eines',
  'kein',
  'keine',
  'keinen',
  'keinem',
  'keiner',
  // English
  'a',
  'an',
  // French, Spanish, Italian, Portuguese
  'un',
  'une',
  'una',
  'unos',
  'unas',
  'uno',
  'um',
  'uma',
]);

/**
 * "bezeichnete den Plan als „Wortbruch und Verrat“", "described it as “A Disgrace”": the word that
 * introduces a characterisation, and the stems of the verbs that characterise. Quoted words there are
 * what the subject called something, however capitalised; "als „Stadt der Musik“ ausgezeichnet" is not.
 */
export const CHARACTERISING_AS: ReadonlySet<string> = new Set(['als', 'as', 'como', 'comme', 'come', 'de', 'di']);
export const CHARACTERISING_VERB_STEMS: readonly string[] = [
  // German
  'bezeichn',
  'nannte',
  'nennt',
  'würdigt',
  'wertet',
  'beschrieb',
  'beschreibt',
  'lobt',
  'verurteilt',
  'kritisiert',
  'betrachtet',
  'sieht',
  'sah',
  'feiert',
  'begrüßt',
  // English
  'describ',
  'call',
  'hail',
  'prais',
  'dismiss',
  'brand',
  'label',
  'characteri',
  'denounc',
  'condemn',
  'regard',
  'view',
  // Spanish, Portuguese, French, Italian
  'calific',
  'defin',
  'describ',
  'qualifi',
  'décri',
  'définit',
  'qualific',
  'classific',
  'descrev',
  'defini',
];

/**
 * Verbs of calling that the term markers share with speech: "a group called “…”" names the group, but
 * "what he called “a cruel, senseless choice”" is what he said of it (the caller is the verb's subject).
 */
export const CALLING_VERBS: ReadonlySet<string> = new Set(['called', 'calls', 'dubbed', 'branded', 'labeled', 'labelled', 'termed']);

/**
 * Verbs of performing a work, in the inflections news copy uses: their object is a song, a play, a film or a
 * show ("sang “…”", "starred in “…”"), never speech.
 */
export const PERFORMING_VERBS: ReadonlySet<string> = new Set([
  // English
  'sang',
  'sings',
  'sing',
  'singing',
  'sung',
  'starred',
  'stars',
  'starring',
  'performed',
  'performs',
  'performing',
  // German ('sang' as in English)
  'singt',
  'sangen',
  'singen',
  'gesungen',
  'mitgespielt',
  'mitspielte',
  'spielte',
  'gespielt',
  'aufgeführt',
  'aufführte',
  // French, Spanish, Italian, Portuguese
  'chanté',
  'chante',
  'chantait',
  'cantó',
  'canta',
  'cantaba',
  'cantado',
  'cantato',
  'cantou',
  'protagonizó',
  'protagonizada',
  'protagonizado',
  'interpretó',
]);

/** Prepositions between a verb of performing and the work: "starred in “…”", "spielte im „…“". */
export const PERFORMED_IN: ReadonlySet<string> = new Set(['in', 'im', 'en', 'dans', 'nel', 'nella', 'em', 'no', 'na']);

/**
 * Function words of the languages German copy quotes titles and names in (English, French, Spanish,
 * Italian, Latin), leaving out those German shares ("in", "an", "so", "es", "die"): quoted words holding
 * one and no German function word are in another language ("Let it be", "La Voce dello Sport").
 */
export const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [
    'the a of and or to is are it you be with for on at my your this that we i not was',
    'le la les du des et est un une il elle je nous vous pas d’ l’',
    'el los las y que del lo se por con una para',
    'di della dello degli che non sono',
    'cum ad et',
  ].flatMap((words) => words.split(' ')),
);

/** German articles, pronouns, prepositions and auxiliaries: one of them in quoted words makes them German. */
export const GERMAN_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [
    'der die das des dem den ein eine einer eines einem einen kein keine',
    'und oder aber nicht auch nur noch wie so dass als wenn ob',
    'ich du er sie es wir ihr man sich mich mir uns euch',
    'zu zum zur mit von vom für auf im in an am bei nach über aus vor unter gegen ohne um',
    'ist sind war waren wird werden hat haben hatte sei',
  ].flatMap((words) => words.split(' ')),
);
