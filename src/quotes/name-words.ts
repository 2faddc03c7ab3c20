/** The words of a name as the name checks compare them: lower case, without trailing stops or a possessive. */
import { isFirstName } from './lexicon/first-names.js';

/** `word` without the run of `stops` characters it ends on. */
export function withoutTrailing(word: string, stops: string): string {
  let end = word.length;
  while (end > 0 && stops.includes(word[end - 1] as string)) end--;
  return word.slice(0, end);
}

/** "Reuters’" → "reuters", "Sen." → "sen", "ABC's" → "abc". */
export const bare = (word: string): string => withoutTrailing(word.toLowerCase(), '.,:;').replace(/[’']s$/u, '');

/** "Jean-Claude", "Hans-Peter": a given name, hyphenated ones being given names throughout. */
export const isGivenName = (word: string): boolean => bare(word).split('-').every(isFirstName);
