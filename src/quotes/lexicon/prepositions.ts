/**
 * Prepositions of the six languages that open a sentence capitalised ("A Milwaukee, …", "En Madrid", "Nach Berlin"):
 * no person's or organisation's name begins with one, so a capitalised run opening on one is a place or a phrase.
 * Surname particles that are also prepositions ("de", "von", "da", "di") are left out: they do open names.
 */
export const NAME_OPENING_PREPOSITIONS = new Set([
  'a',
  'à',
  'in',
  'at',
  'from',
  'with',
  'en',
  'em',
  'por',
  'para',
  'con',
  'desde',
  'sur',
  'dans',
  'pour',
  'avec',
  'par',
  'aus',
  'nach',
  'bei',
  'mit',
  'für',
  'auf',
  'nel',
  'nella',
  'dal',
  'dalla',
  'com',
  'pelo',
  'pela',
  // English prepositions and participles that open a sentence before a name ("Like Okafor, …", "Given Vale's
  // record, …", "Alongside NAACP, …"); not "under" nor "per" ("Under Armour", "Per Olsen").
  'like',
  'unlike',
  'alongside',
  'given',
  'despite',
  'amid',
  'amidst',
  'among',
  'against',
  'without',
  'during',
  'following',
  'including',
  'besides',
  'beyond',
  'toward',
  'towards',
  'across',
  'throughout',
  'upon',
  'within',
]);

/** Prepositions of purpose inside a Romance organisation's name ("Plataforma por la Vivienda", "Comité pour la Paix"). */
export const PURPOSE_PREPOSITIONS = new Set(['por', 'para', 'contra', 'pela', 'pelo', 'pelas', 'pelos', 'pour', 'contre', 'per']);
