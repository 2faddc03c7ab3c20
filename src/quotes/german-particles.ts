/**
 * Whether lower-case words inside a German capitalised run are a surname's particles ("Ursula von der Leyen",
 * "Karl-Theodor zu Guttenberg") or the grammar of the sentence around a name. German declines its articles, so a name
 * followed by "der", "den" or "dem" is mostly followed by an object or a listener ("sagte Muster der Zeitung", "plant
 * Muster den Bau", "gibt Muster den Ton vor"), and "zu" after a surname is a preposition ("sagte Muster zu Beispiel").
 * "von" before a body's name says where someone works ("Jana Muster von der Stiftung Warentest", "Jan Beispiel von
 * HRW"), never a noble house: the run reads on (it is the subject's phrase), and the name ends before it.
 */
import { GERMAN_BODY_HEADS } from './lexicon/de-bodies.js';
import { bare, isGivenName } from './name-words.js';
import type { Token } from './tokens.js';

/** Articles that are particles only after "von", "van" or "de" ("von der Leyen", "van den Berg"). */
const ARTICLES = new Set(['der', 'den', 'dem', 'die', 'das', 'des']);
/** A compound's head is a body's kind when the compound is longer than the head by this many letters. */
const MIN_COMPOUND_PREFIX = 3;

const isAcronym = (text: string) => /^\p{Lu}[\p{Lu}\p{N}&.-]*\p{Lu}\.?$/u.test(text);

/** A body's name: an acronym ("HRW", "F.A.Z."), a body's kind or a compound on one ("Bundeskriminalamt"). */
function namesBody(text: string): boolean {
  if (isAcronym(text)) return true;
  const word = bare(text);
  return GERMAN_BODY_HEADS.some((head) => word === head || (word.endsWith(head) && word.length >= head.length + MIN_COMPOUND_PREFIX));
}

/**
 * Whether the name's words from `at` are "von" and a body ("Jana Muster von der Stiftung Warentest", "Jan Beispiel
 * von HRW"): where the person works, which is not their name.
 */
export function opensAffiliation(words: readonly string[], at: number): boolean {
  if (words[at] !== 'von') return false;
  let k = at + 1;
  while (k < words.length && ARTICLES.has(words[k] as string)) k++;
  return k < words.length && namesBody(words[k] as string);
}

/** The connectors from `at` (before a capitalised word), read in a German text after a name. */
export function isGermanParticleRun(tokens: Token[], at: number): boolean {
  const first = (tokens[at] as Token).lower;
  if (ARTICLES.has(first)) return false;
  if (first === 'zu') return isGivenName(tokens[at - 1]?.text ?? '');
  return true;
}
