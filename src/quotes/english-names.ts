/**
 * English copy runs a person's affiliation and role into their name without a comma: "NASA Administrator Jim
 * Bridenstine", "ABC’s Deborah Roberts", "Reuters Luciana Lopez", "Company CEO Andy Vesey". The name starts at the
 * given name; what stands before it is the title. A capitalised run that ends on a role ("Sirius XM Vice President",
 * "Mozilla’s CTO") names the role's holder without naming them, so it is no name at all, unless a body's name holds
 * it ("Ministry of Foreign Affairs spokesperson" speaks for the ministry).
 */
import { EN_DEMONYMS } from './lexicon/demonyms-en.js';
import { isFirstName } from './lexicon/first-names.js';
import { ORGANISATION_WORDS, SPOKESPERSON_HEADS, TITLE_WORDS } from './lexicon/roles.js';
import { bare, isGivenName } from './name-words.js';
import type { Token } from './tokens.js';

/** "Abu Hassan Amer", "Ibn Saud": words that open Arabic names before a given name. */
const ARABIC_NAME_OPENERS = new Set(['abu', 'ibn', 'umm', 'abd', 'abdul']);
/** "NASA", "CNN": an acronym of a body. */
const isAcronym = (word: string) => /^\p{Lu}{2,}(?:[’']s)?$/u.test(word);
/** "Editor-in-Chief", "Singer-guitarists", "President-elect": a role written as one hyphenated word. */
const isHyphenatedRole = (word: string) => word.includes('-') && word.split('-').some((part) => TITLE_WORDS.has(bare(part)));

/**
 * Where the person's own name starts in an English capitalised run: at the first given name after words that are an
 * owner ("ABC’s", "Reuters’"), an acronym, a role or a nationality, else 0. Words that may open a name themselves (a given name, a
 * particle such as "Al" or "Abu") keep the whole run.
 */
export function englishNameStart(words: string[], particles: ReadonlySet<string>): number {
  const given = words.findIndex((w, i) => i > 0 && isGivenName(w));
  if (given <= 0 || given > words.length - 2) return 0;
  const before = words.slice(0, given);
  if (before.some((w) => isGivenName(w) || particles.has(bare(w)) || ARABIC_NAME_OPENERS.has(bare(w)))) return 0;
  // One of them marks an affiliation ("NASA Administrator", "Reuters’ Editor-in-Chief"); the others go with it.
  const affiliation = before.some(
    (w) =>
      /[’'](?:s)?$/u.test(w) ||
      isAcronym(w) ||
      isHyphenatedRole(w) ||
      TITLE_WORDS.has(bare(w)) ||
      EN_DEMONYMS.has(bare(w)) ||
      ORGANISATION_WORDS.has(bare(w)),
  );
  return affiliation ? given : 0;
}

/** "Sirius XM Vice President", "Mozilla’s CTO", "University of Surrey expert": a run ending on a role names no one. */
export function endsOnRole(words: string[]): boolean {
  const written = words[words.length - 1] ?? '';
  const last = bare(written);
  if (words.length < 2 || !(TITLE_WORDS.has(last) || SPOKESPERSON_HEADS.has(last))) return false;
  if (words.some((w) => ORGANISATION_WORDS.has(bare(w)))) return false;
  // Capitalised, a role word is often a surname ("Ken Doctor", "Alan Judge"): only a role in capitals ("CTO"), in
  // lower case, or after another role or an owner ("Vice President", "Mozilla’s Director") is surely one.
  const before = words[words.length - 2] as string;
  return isAcronym(written) || /^\p{Ll}/u.test(written) || TITLE_WORDS.has(bare(before)) || /[’']s$/u.test(before);
}

/**
 * "Theresa May", "George Will", "Ian Read": a common English word written as a surname after a given name. Such a
 * word stays a name where the article writes it alone ("May said", "said Will"), not a month, an auxiliary or a verb.
 */
export function surnamesAmongCommonWords(tokens: readonly Token[], common: ReadonlySet<string>, into: Set<string>): void {
  for (let k = 1; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    const given = tokens[k - 1] as Token;
    if (token.kind !== 'word' || !/^\p{Lu}/u.test(token.text) || !common.has(token.lower)) continue;
    if (given.kind === 'word' && /^\p{Lu}/u.test(given.text) && isFirstName(given.lower) && given.end < token.start) into.add(token.lower);
  }
}
