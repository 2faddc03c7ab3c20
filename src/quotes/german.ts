/**
 * German sentence structure for attribution. German puts the finite verb second: one constituent
 * stands before it, and when that is an adverbial ("In einem Interview sagte die Ministerin", "Dazu gab
 * das Amt bekannt") the subject follows the verb. An auxiliary in second place brackets the clause
 * with the verb of saying at its end ("Schily hatte im Mai zugesichert: „…“").
 */
import { AUXILIARIES, BRACKET_CLOSERS, FRONTING_ADVERBS, FRONTING_PREPOSITIONS } from './lexicon/de-order.js';
import type { Token } from './tokens.js';

/** Demonstratives that, alone before the verb of saying, are what was said: "Das sagte der Minister". */
const FRONTED_OBJECTS = new Set(['das', 'dies', 'dieses']);
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
  if (start === verb) return false;
  const before = tokens[start - 1];
  // The clause must open the sentence: after a comma it may be a relative clause ("…, in dem sie sagte").
  if (before && before.sentence === sentence && before.kind !== 'quote' && before.text !== ':') return false;
  const first = (tokens[start] as Token).lower;
  if (FRONTING_PREPOSITIONS.has(first)) return true;
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
    // A hyphen of a shortened compound may stand in the clause ("der Fraktions- und Parteivorsitzenden").
    if (t.kind !== 'word' && t.text !== '-') return -1;
    if (AUXILIARIES.has(t.lower)) return k;
  }
  return -1;
}

/** Words that open a definite noun phrase before a quoted name: "der „Spiegel“", "mit „Tatort“", "gegenüber der „Zeit“". */
const NAME_OPENERS = new Set(
  ['der die das den dem des', 'im am vom zum zur beim', 'mit in aus bei von für gegenüber'].flatMap((words) => words.split(' ')),
);
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
