/**
 * German sentence structure for attribution. German puts the finite verb second: one constituent
 * stands before it, and when that is an adverbial ("In einem Interview sagte die Ministerin", "Dazu gab
 * das Amt bekannt") the subject follows the verb. An auxiliary in second place brackets the clause
 * with the verb of saying at its end ("Schily hatte im Mai zugesichert: „…“").
 */
import {
  AUXILIARIES,
  BRACKET_CLOSERS,
  BRACKET_INFINITIVES,
  FRONTING_ADVERBS,
  FRONTING_PREPOSITIONS,
  MONTHS,
  PASSIVE_AUXILIARIES,
  SUBORDINATORS,
  TIME_SPAN_NOUNS,
} from './lexicon/de-order.js';
import type { Token } from './tokens.js';

/**
 * Determiners of the accusative or the dative: a phrase opening on one is an object, never the subject, so
 * the subject follows the verb ("Den Unmut der Partei brachte die Sprecherin zum Ausdruck").
 */
const OBLIQUE_DETERMINERS = new Set(['den', 'dem', 'einen', 'einem', 'diesen', 'diesem']);
/** How long a fronted subordinate clause may run before the main verb ("Da die Brauereien … angewiesen sind, warnte …"). */
const MAX_FRONTED_CLAUSE_TOKENS = 30;
/** Demonstratives that, alone before the verb of saying, are what was said: "Das sagte der Minister". */
const FRONTED_OBJECTS = new Set(['das', 'dies', 'dieses']);
/** Conjunctions that join a second verb to the clause before it. */
const COORDINATORS = new Set(['und', 'oder', 'aber', 'sondern']);
/** How far past a quote the end of its sentence is looked for. */
const MAX_NEXT_SENTENCE_SCAN = 40;
/** How long a fronted adverbial may run before the verb ("Nach Gerüchten über eine mögliche Festnahme …"). */
const MAX_FRONTED_TOKENS = 14;
/** How far back from a verb of saying at a clause's end its auxiliary may stand. */
const MAX_BRACKET_TOKENS = 12;

/**
 * Whether the words before the finite verb at `verb`, from its sentence's start (or `lo`), are one
 * adverbial rather than the subject: a prepositional phrase, or an adverb alone.
 */
export function frontedAdverbial(tokens: Token[], verb: number, lo: number): boolean {
  const sentence = tokens[verb]?.sentence;
  let start = verb;
  while (start - 1 >= lo && verb - start < MAX_FRONTED_TOKENS) {
    const t = tokens[start - 1] as Token;
    if (t.sentence !== sentence || t.kind !== 'word') break;
    start--;
  }
  // "… befand X den Angriff als gerechtfertigt und nannte ihn …": a verb joined by a conjunction shares the subject before it.
  if (start === verb || COORDINATORS.has((tokens[verb - 1] as Token).lower)) return false;
  const before = tokens[start - 1];
  // The clause must open the sentence: after a comma it may be a relative clause ("…, in dem sie sagte").
  if (before && before.sentence === sentence && before.kind !== 'quote' && before.text !== ':') return false;
  const first = (tokens[start] as Token).lower;
  if (FRONTING_PREPOSITIONS.has(first) || OBLIQUE_DETERMINERS.has(first)) return true;
  // "Dazu sagte …", and a fronted object pronoun: "Das sagte der Minister", "Dies erklärte …".
  return start === verb - 1 && (FRONTING_ADVERBS.has(first) || FRONTED_OBJECTS.has(first));
}

/**
 * The finite auxiliary of a verb bracket closed by the verb of saying at `verb` ("hatte … betont"),
 * earlier in its clause; -1 when the verb is not a bracket's end or no auxiliary opens it.
 */
export function bracketAuxiliary(tokens: Token[], verb: number, lo: number): number {
  if (!BRACKET_CLOSERS.has(tokens[verb]?.lower ?? '')) return -1;
  for (let k = verb - 1; k >= lo && verb - k <= MAX_BRACKET_TOKENS; k--) {
    const t = tokens[k] as Token;
    // A hyphen of a shortened compound may stand in the clause ("der Fraktions- und Parteivorsitzenden"), and
    // quoted words: a quoted name or what a verb of naming takes ("wurde im „Kurier“ als „…“ bezeichnet").
    if (t.kind !== 'word' && t.kind !== 'quote' && t.text !== '-') return -1;
    if (AUXILIARIES.has(t.lower)) return k;
  }
  return -1;
}

/** Articles and article-prepositions that open a definite noun phrase ("der", "des", "zum"). */
export const DEFINITE_OPENERS = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'im', 'am', 'vom', 'zum', 'zur', 'beim']);
/** Words that open a definite noun phrase before a quoted name: "der „Spiegel“", "mit „Tatort“", "gegenüber der „Zeit“". */
const NAME_OPENERS = new Set([...DEFINITE_OPENERS, 'mit', 'in', 'aus', 'bei', 'von', 'für', 'gegenüber']);
/** A quoted name is at most this many words. */
const MAX_QUOTED_NAME_WORDS = 6;

/**
 * A quoted name inside a German clause: capitalised words (German capitalises every noun, so only
 * articles, prepositions and conjunctions stay lower-case) right after an article or a preposition are a
 * newspaper, a party, a show or a law named in the sentence ("verkündete der „Deutsche Fußball-Bund“"),
 * not speech, even when the sentence holds a verb of saying. Not after "ein", "eine", "einen": "sieht
 * einen „Angriff auf die Belegschaft“" is a phrase of speech.
 */
export function isQuotedNameInClause(tokens: Token[], at: number, words: number, nameLike: boolean): boolean {
  if (!nameLike || words > MAX_QUOTED_NAME_WORDS) return false;
  const before = tokens[at - 1];
  return before?.kind === 'word' && NAME_OPENERS.has(before.lower);
}

/**
 * ", so Rice", ", so der Sprecher": German news sets the source after a comma at the end of a quote or of a
 * reported clause ("Die Lage sei „ernst“, so die Polizei."), the way English uses "according to".
 */
export function isCommaSo(tokens: Token[], at: number): boolean {
  return tokens[at]?.lower === 'so' && tokens[at - 1]?.text === ',';
}

/** How long a verb-final clause may run from its subordinator to its verb ("Wie der Vorsitzende Richter, Ottmar Breidling, ausführte"). */
const MAX_SUBORDINATE_TOKENS = 16;

/** How many tokens a bracketed aside inside a clause may hold ("in ihrer zweiten Saison (2011 bis 2013)"). */
const MAX_ASIDE_TOKENS = 8;

/**
 * Where the bracketed aside closing at `k` opens: German news puts a party, years or a gloss in brackets inside a
 * clause ("Wie Jana Muster (SPD) mitteilte", "die Gerda Muster in ihrer zweiten Saison (2011 bis 2013) … erklärt
 * hatte"), and the clause runs on around it. -1 when `k` closes no short aside in the same sentence.
 */
export function asideOpening(tokens: Token[], k: number, lo: number): number {
  if (tokens[k]?.text !== ')') return -1;
  const sentence = (tokens[k] as Token).sentence;
  for (let j = k - 1; j >= lo && k - j <= MAX_ASIDE_TOKENS + 1; j--) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence || t.kind === 'quote' || t.text === ')') return -1;
    if (t.text === '(') return j;
  }
  return -1;
}

/** Whether a token may open a clause: the sentence's start, a comma, a colon, a bracket or a quote. */
const opensClauseAfter = (token: Token | undefined, sentence: number): boolean =>
  !token || token.sentence !== sentence || token.kind === 'quote' || token.text === ',' || token.text === ':' || token.text === '(';

/**
 * The subordinator of a verb-final clause closed by the verb of saying at `verb` ("Wie ein Sprecher
 * mitteilte, …", "…, weil die Regierung das Land als „…“ bezeichnet hat"): German sets the finite verb last
 * in a subordinate clause, and its subject right after the subordinator. -1 when the verb is no clause's end,
 * or a comma before it closes a fronted clause (then the verb is the main clause's, in second place).
 */
export function verbFinalSubordinator(tokens: Token[], verb: number, lo: number): number {
  const sentence = tokens[verb]?.sentence;
  // The verb ends its clause, alone or before its auxiliary ("betont hatte,").
  let end = verb + 1;
  if (AUXILIARIES.has(tokens[end]?.lower ?? '') && tokens[end]?.kind === 'word') end++;
  const next = tokens[end];
  if (next && next.sentence === sentence && next.kind === 'word') return -1;
  let aside = 0;
  for (let k = verb - 1; k >= lo && verb - k - aside <= MAX_SUBORDINATE_TOKENS; k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence || t.kind === 'quote') return -1;
    const opening = asideOpening(tokens, k, lo);
    if (opening >= 0) {
      aside += k - opening + 1;
      k = opening;
      continue;
    }
    if (t.kind === 'punct') {
      // An apposition's commas stay in the clause ("der Richter, Ottmar Breidling,"); a comma after a
      // lower-case word (a verb) closes a clause before this one.
      if (t.text !== ',' || /^\p{Ll}/u.test(tokens[k - 1]?.text ?? '')) return -1;
      continue;
    }
    if (SUBORDINATORS.has(t.lower) && opensClauseAfter(tokens[k - 1], sentence as number)) return k;
  }
  return -1;
}

/** Active forms of "zitieren": their object is the one quoted ("Ein Sender zitierte Papandreou mit den Worten"). */
const CITING_VERBS = new Set(['zitiert', 'zitierte', 'zitierten']);

/** Whether the verb of saying at `verb` cites someone: its subject is the medium, its object the speaker. */
export function isCitingVerb(tokens: Token[], verb: number, text: string, lo: number): boolean {
  // "wird X zitiert", "wie X zitiert wird": in the passive, the subject is the one quoted.
  const passive =
    AUXILIARIES.has(tokens[verb - 1]?.lower ?? '') ||
    AUXILIARIES.has(tokens[verb + 1]?.lower ?? '') ||
    bracketAuxiliary(tokens, verb, lo) >= 0;
  return CITING_VERBS.has(text.toLowerCase()) && !passive;
}

/**
 * Where the object of a citing verb starts: right after it, or after an inverted subject that follows
 * it ("„…“, zitierte man X", "zitiert die „Zeitung“ X"); -1 when a preposition follows it.
 */
export function citedObjectStart(tokens: Token[], after: number, determiners: readonly string[]): number {
  const t = tokens[after];
  // "zitiert aus einem Papier": a prepositional phrase is the source's place, not a person cited.
  if (t && FRONTING_PREPOSITIONS.has(t.lower)) return -1;
  if (t?.lower === 'man') return after + 1;
  if (t && determiners.includes(t.lower) && tokens[after + 1]?.kind === 'quote') return after + 2;
  return after;
}

/** Words that introduce the agent of a German passive: "von", "vom". */
const AGENT_PREPOSITIONS = new Set(['von', 'vom']);

/**
 * In a passive bracket ("Seine Werke werden von Kritikern als „…“ bezeichnet", "Es wurde von seinem Sohn die
 * Vermutung geäußert"), the subject is what is spoken of and the agent after "von" speaks: the index after
 * that "von", `verb` when the passive names no agent, or -1 when the bracket at `auxiliary` is no passive.
 * "wird … zitiert" is left out: there the subject is the one quoted.
 */
export function passiveAgentStart(tokens: Token[], auxiliary: number, verb: number): number {
  const participle = (tokens[verb] as Token).lower;
  if (!PASSIVE_AUXILIARIES.has((tokens[auxiliary] as Token).lower) || BRACKET_INFINITIVES.has(participle) || CITING_VERBS.has(participle))
    return -1;
  for (let k = auxiliary + 1; k < verb; k++) if (AGENT_PREPOSITIONS.has((tokens[k] as Token).lower)) return k + 1;
  return verb;
}

/**
 * Whether a subordinate clause opening the sentence fills the place before the finite verb at `verb`
 * ("Da die Brauereien auf Wasser angewiesen sind, warnte der Verband: …"): then the subject follows the
 * verb. The clause ends on its own verb, lower-case, right before the comma.
 */
export function frontedClause(tokens: Token[], verb: number, lo: number): boolean {
  if (tokens[verb - 1]?.text !== ',' || !/^\p{Ll}/u.test(tokens[verb - 2]?.text ?? '')) return false;
  const sentence = tokens[verb]?.sentence;
  let start = verb - 1;
  while (start - 1 >= lo && verb - start < MAX_FRONTED_CLAUSE_TOKENS) {
    const t = tokens[start - 1] as Token;
    if (t.sentence !== sentence || t.kind === 'quote') return false;
    start--;
  }
  const before = tokens[start - 1];
  if (before && before.sentence === sentence) return false;
  return SUBORDINATORS.has((tokens[start] as Token).lower);
}

/** Verbs of naming: the phrase right after them is what they name ("nannte den Plan „…“", "bezeichnete ihn als „…“"). */
const NAMING_VERBS = new Set(['nannte', 'nennt', 'nannten', 'bezeichnete', 'bezeichnet', 'bezeichneten']);

/** Whether the phrase ending at `end`, after the verb of naming `verb`, is its object: the quote or "als" follows it. */
export function isNamedObject(tokens: Token[], verb: number, end: number): boolean {
  if (!NAMING_VERBS.has(tokens[verb]?.lower ?? '')) return false;
  const next = tokens[end];
  return next?.kind === 'quote' || next?.lower === 'als';
}

/**
 * Whether the sentence after the one holding token `last` opens on a demonstrative and a verb of saying
 * ("„…“. Das erklärte der General am Montag."): German news names the source of what it just reported so.
 */
export function demonstrativeAttribution(tokens: Token[], last: number, isCue: (k: number) => boolean): boolean {
  const sentence = tokens[last]?.sentence;
  let k = last + 1;
  while (k < tokens.length && k - last < MAX_NEXT_SENTENCE_SCAN && tokens[k]?.sentence === sentence) k++;
  const first = tokens[k];
  return first?.kind === 'word' && first.sentence !== sentence && FRONTED_OBJECTS.has(first.lower) && isCue(k + 1);
}

/** Whether a time adverbial opens at `k` ("Anfang März", "Ende 2023", "im Mai"): never a speaker after a verb. */
export function opensTimeAdverbial(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.kind !== 'word') return false;
  if (MONTHS.has(t.lower)) return true;
  const next = tokens[k + 1];
  return TIME_SPAN_NOUNS.has(t.lower) && !!next && (MONTHS.has(next.lower) || /^\d{4}$/u.test(next.text));
}

/** Relative pronouns in the nominative masculine: the relative clause's subject is its antecedent ("Uwe Muster, der … sagte"). */
const SUBJECT_RELATIVES = new Set(['der', 'welcher']);
/** Relative pronouns that are the clause's subject or its object ("die", "das"): the words after them tell. */
const AMBIGUOUS_RELATIVES = new Set(['die', 'das', 'welche', 'welches']);
/** Relative pronouns in the accusative or dative: the clause's subject follows them ("den der Minister … genannt hatte"). */
const OBJECT_RELATIVES = new Set(['den', 'dem', 'denen', 'welchen', 'welchem']);
/** Pronouns only ever a subject: after "die"/"das" they make the relative pronoun the object ("die er … erklärt hatte"). */
const NOMINATIVE_PRONOUNS = new Set(['er', 'ich', 'wir', 'du', 'ihr']);
/** How long a relative clause may run from its pronoun to its verb. */
const MAX_RELATIVE_TOKENS = 16;

/**
 * Who speaks in a German relative clause that ends on its verb of saying at `verb` ("…, Uwe Muster, der am
 * Montag sagte: „…“", "…, die Gerhard Muster zum Ziel erklärt hatte: „…“"). German sets the verb last in a
 * relative clause; the pronoun's case tells its role: "der" is the subject, so the antecedent before its comma
 * speaks; "den", "dem" are objects, so the subject follows them; "die", "das" are the object when a name or a
 * nominative pronoun follows them, else the subject. Returns where to read the speaker: `{ antecedent, pronoun }` (the
 * last token of the phrase before the comma, and the pronoun's index) or `{ subject }` (the first token of the subject after the pronoun);
 * undefined when the verb closes no relative clause.
 */
export function relativeClauseSpeaker(
  tokens: Token[],
  verb: number,
  lo: number,
  isNameWord: (token: Token | undefined) => boolean,
): { antecedent: number; pronoun: number } | { subject: number } | undefined {
  const sentence = tokens[verb]?.sentence;
  let end = verb + 1;
  if (AUXILIARIES.has(tokens[end]?.lower ?? '') && tokens[end]?.kind === 'word') end++;
  const next = tokens[end];
  if (next && next.sentence === sentence && next.kind === 'word') return undefined;
  let aside = 0;
  for (let k = verb - 1; k > lo && verb - k - aside <= MAX_RELATIVE_TOKENS; k--) {
    const t = tokens[k] as Token;
    const opening = asideOpening(tokens, k, lo);
    if (opening > lo) {
      aside += k - opening + 1;
      k = opening;
      continue;
    }
    // The clause runs over words (and a shortened compound's hyphen) only: a comma or a quote ends it.
    if (t.sentence !== sentence || (t.kind !== 'word' && t.text !== '-')) return undefined;
    if (tokens[k - 1]?.text !== ',' || tokens[k - 2]?.kind !== 'word' || k - 2 < lo) continue;
    if (SUBJECT_RELATIVES.has(t.lower)) return { antecedent: k - 2, pronoun: k };
    if (OBJECT_RELATIVES.has(t.lower)) return k + 1 < verb ? { subject: k + 1 } : undefined;
    if (!AMBIGUOUS_RELATIVES.has(t.lower)) continue;
    const after = tokens[k + 1];
    if (k + 1 < verb && (NOMINATIVE_PRONOUNS.has(after?.lower ?? '') || isNameWord(after))) return { subject: k + 1 };
    return { antecedent: k - 2, pronoun: k };
  }
  return undefined;
}

/**
 * Words that open a German noun phrase before the finite verb: definite articles, possessives, quantifiers
 * ("Jegliche Kritik"). Not "ein", "eine": an indefinite phrase opening the sentence brings in its subject ("Ein
 * Kommentator schrieb").
 */
const PHRASE_OPENERS = new Set([
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'einen',
  'einem',
  'sein',
  'seine',
  'seinen',
  'seinem',
  'seiner',
  'ihr',
  'ihre',
  'ihren',
  'ihrem',
  'ihrer',
  'diese',
  'dieser',
  'diesen',
  'diesem',
  'dieses',
  'jede',
  'jeder',
  'jeden',
  'jedem',
  'jegliche',
  'jeglichen',
  'alle',
  'keine',
  'keinen',
]);
/** Conjunctions inside a fronted phrase ("Kritik und Lob"). */
const PHRASE_JOINERS = new Set(['und', 'oder', 'sowie']);
/** How far into its sentence the finite verb after a fronted phrase is looked for. */
const MAX_FRONTED_PHRASE_TOKENS = 20;
/** Lower-case inflected attributive adjectives ("praktische", "gesamten"), not a past tense in "-te", "-ten". */
const isAttributiveAdjective = (word: string) => /^\p{Ll}+(?:e|en|er|es|em)$/u.test(word) && !/[^s]ten?$/u.test(word);

/**
 * German puts the finite verb second, and any one constituent may stand before it: an adverb ("Hier sparte der
 * Präsident nicht mit Kritik"), a prepositional or adverbial phrase ("Im Kongress warb Obama …", "Passend zu den
 * Gefahren warnte die Moderatorin"), or the object ("Jegliche Mitverantwortung weist Hartmann von sich"). Then the
 * subject follows the verb. Returns the index after the finite verb (and a reflexive "sich"), or -1 when the
 * sentence from `start` opens on its subject or no such verb is found. `isPersonHead` says whether a capitalised
 * noun heads a person's or a body's phrase ("Der Bundespräsident", "Die Regierung": then it is the subject).
 */
export function afterFrontedConstituent(tokens: Token[], start: number, before: number, isPersonHead: (token: Token) => boolean): number {
  const first = tokens[start];
  if (first?.kind !== 'word') return -1;
  const second = tokens[start + 1];
  let opensFronted = FRONTING_PREPOSITIONS.has(first.lower) || FRONTING_ADVERBS.has(first.lower);
  // "Passend zu …", "Höhnisch, …": an adverb or adjective before a preposition.
  if (!opensFronted && second?.kind === 'word' && FRONTING_PREPOSITIONS.has(second.lower) && !PHRASE_OPENERS.has(first.lower))
    opensFronted = !isPersonHead(first);
  if (!opensFronted && PHRASE_OPENERS.has(first.lower)) {
    // A noun phrase: the object when its head noun is no person nor body.
    let head = start + 1;
    while (head < before && tokens[head]?.kind === 'word' && isAttributiveAdjective((tokens[head] as Token).text)) head++;
    const noun = tokens[head];
    opensFronted = noun?.kind === 'word' && /^\p{Lu}/u.test(noun.text) && !isPersonHead(noun);
  }
  if (!opensFronted) return -1;
  for (let k = start + 1; k < before && k - start <= MAX_FRONTED_PHRASE_TOKENS; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== '-')) return -1;
    if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) continue;
    if (PHRASE_OPENERS.has(t.lower) || FRONTING_PREPOSITIONS.has(t.lower) || PHRASE_JOINERS.has(t.lower)) continue;
    if (isAttributiveAdjective(t.text) || /\d/u.test(t.text)) continue;
    // The first other lower-case word is the finite verb, right after the fronted word or a noun ("… nach fünf Jahren"
    // holds a numeral, not a verb).
    if (k > start + 1 && !/^\p{Lu}/u.test(tokens[k - 1]?.text ?? '')) return -1;
    return tokens[k + 1]?.lower === 'sich' ? k + 2 : k + 1;
  }
  return -1;
}

/** Words that open a German object clause after a verb of saying ("…, dass", "…, ob", "…, wie"). */
const COMPLEMENT_OPENERS = new Set(['dass', 'daß', 'ob', 'wie', 'warum', 'weshalb', 'wann', 'wo', 'was', 'wer']);

/**
 * Whether the German sentence `sentence`, from `from` (after its verb of saying) to its end, holds the verb's own
 * complement after a comma: an object clause ("…, dass …", "…, ob …") or an infinitive ("…, den Einsatz fortsetzen zu
 * wollen"). Such a sentence reports what it says itself.
 */
export function ownsComplementClause(tokens: Token[], from: number, sentence: number): boolean {
  for (let k = from; k < tokens.length && (tokens[k] as Token).sentence === sentence; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'quote') return false;
    if (t.text !== ',') continue;
    const next = tokens[k + 1];
    if (next?.kind === 'word' && COMPLEMENT_OPENERS.has(next.lower)) return true;
    for (let j = k + 1; j < tokens.length && (tokens[j] as Token).sentence === sentence; j++) {
      const w = tokens[j] as Token;
      if (w.kind !== 'word') break;
      if (w.lower === 'zu' && tokens[j + 1]?.kind === 'word' && /^\p{Ll}/u.test((tokens[j + 1] as Token).text)) return true;
    }
  }
  return false;
}
