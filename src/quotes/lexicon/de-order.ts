/**
 * Words German sentence structure turns on: what may stand before the finite verb without being its
 * subject (verb-second order), the auxiliaries that open a verb bracket, and the subjunctive of reported
 * speech (Konjunktiv I). All lower-case.
 */

/** Prepositions (and contractions) that open a fronted adverbial: "In einem Interview sagte …". */
export const FRONTING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'im',
  'am',
  'an',
  'ans',
  'auf',
  'aus',
  'bei',
  'beim',
  'nach',
  'vor',
  'vom',
  'von',
  'mit',
  'zu',
  'zum',
  'zur',
  'laut',
  'gegenüber',
  'während',
  'seit',
  'über',
  'unter',
  'für',
  'um',
  'durch',
  'ohne',
  'wegen',
  'trotz',
  'angesichts',
  'hinsichtlich',
  'bezüglich',
  'als',
]);

/** Adverbs that fill the place before the verb on their own: "Dazu sagte …", "Hier sparte … nicht mit Kritik". */
export const FRONTING_ADVERBS: ReadonlySet<string> = new Set([
  'dazu',
  'hierzu',
  'darauf',
  'daraufhin',
  'dabei',
  'damit',
  'danach',
  'dann',
  'deshalb',
  'daher',
  'darum',
  'hier',
  'dort',
  'so',
  'außerdem',
  'zudem',
  'ebenso',
  'ebenfalls',
  'allerdings',
  'jedoch',
  'trotzdem',
  'dennoch',
  'inzwischen',
  'unterdessen',
  'indes',
  'zugleich',
  'gleichzeitig',
  'anschließend',
  'später',
  'zuvor',
  'vorher',
  'kürzlich',
  'zuletzt',
  'gestern',
  'heute',
  'morgen',
  'nun',
  'jetzt',
  'weiter',
  'stattdessen',
  'schließlich',
  'bereits',
  'schon',
  'auch',
  'erneut',
  'wörtlich',
]);

/**
 * Finite auxiliaries and modals: with one in second place, the verb of saying closes the clause
 * ("Schily hatte im Mai zugesichert", "Das musste der Minister einräumen"), and the subject stands by the auxiliary.
 */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'hat',
  'hatte',
  'haben',
  'hatten',
  'habe',
  'hätte',
  'hätten',
  'ist',
  'war',
  'sind',
  'waren',
  'wird',
  'wurde',
  'werden',
  'wurden',
  'will',
  'wollte',
  'wollen',
  'wollten',
  'muss',
  'musste',
  'mussten',
  'kann',
  'konnte',
  'konnten',
  'soll',
  'sollte',
  'möchte',
  'würde',
  'durfte',
]);

/** Infinitives of saying that close a bracket after a modal or the future's "wird" ("musste … einräumen"). */
export const BRACKET_INFINITIVES: ReadonlySet<string> = new Set([
  'sagen',
  'erklären',
  'einräumen',
  'betonen',
  'zugeben',
  'ankündigen',
  'fordern',
  'warnen',
]);

/** Forms of "werden" that, with a past participle, make the passive ("wurde … als „…“ bezeichnet"). */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['wird', 'wurde', 'werden', 'wurden']);

/**
 * Verbs of saying that close a verb bracket: past participles and infinitives ("hat … erklärt",
 * "musste … einräumen", "wird … zitiert").
 */
export const BRACKET_CLOSERS: ReadonlySet<string> = new Set([
  'gesagt',
  'erklärt',
  'betont',
  'gefordert',
  'gewarnt',
  'kritisiert',
  'angekündigt',
  'mitgeteilt',
  'bekanntgegeben',
  'eingeräumt',
  'zugesichert',
  'versichert',
  'bestätigt',
  'berichtet',
  'geschrieben',
  'gefragt',
  'hinzugefügt',
  'zugegeben',
  'geäußert',
  'bezeichnet',
  'genannt',
  'gesprochen',
  'unterstrichen',
  'erläutert',
  'zitiert',
  'verkündet',
  'zurückgewiesen',
  'beklagt',
  'versprochen',
  'behauptet',
  'dementiert',
  'begründet',
  'kommentiert',
  'gewürdigt',
  'gelobt',
  'beschrieben',
  ...BRACKET_INFINITIVES,
]);

/**
 * Conjunctions that open a verb-final clause whose subject follows them: "Wie die Polizei mitteilte, …",
 * "…, nachdem der Minister erklärt hatte". Relative pronouns are left out ("die" after a comma may be the
 * clause's subject or its object), and so is "dass": a clause reported by someone else's verb ("Der Sender
 * will wissen, dass X gefragt habe") is that source's account.
 */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['wie', 'weil', 'da', 'nachdem', 'als', 'obwohl', 'während']);

/** Nouns that, before a month or a year, make a time adverbial: "erklärte Anfang März", "sagte Ende 2023". */
export const TIME_SPAN_NOUNS: ReadonlySet<string> = new Set(['anfang', 'ende', 'mitte']);

/** The months, lower-case. */
export const MONTHS: ReadonlySet<string> = new Set([
  'januar',
  'jänner',
  'februar',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
]);
