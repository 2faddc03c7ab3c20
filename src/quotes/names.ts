/**
 * Reading a capitalised run of words as a name: where the title ends and the name begins
 * ("Colombian President Gustavo Petro"), and whether it names an organisation.
 */
import { FEMALE_WORDS, MALE_WORDS, ORGANISATION_WORDS, POSTNOMINALS, TITLE_WORDS } from './lexicon/roles.js';
import { FEMALE_FIRST_NAMES, isFirstName, MALE_FIRST_NAMES } from './lexicon/first-names.js';
import { opensAffiliation } from './german-particles.js';
import { withoutPossessive } from './tokens.js';

/** A first name's usual gender; the female list wins for names on both (Andrea, Jean are left to the text). */
export function firstNameGender(first: string): 'm' | 'f' | undefined {
  const female = FEMALE_FIRST_NAMES.has(first);
  const male = MALE_FIRST_NAMES.has(first);
  if (female === male) return undefined;
  return female ? 'f' : 'm';
}

export interface ParsedName {
  /** The name without its title. */
  name: string;
  /** Lower-case name words, for matching surnames. */
  words: string[];
  title?: string;
  organisation: boolean;
  gender?: 'm' | 'f';
}

/** Names have this many words after a title phrase like "Secretary of State". */
const NAME_WORDS_AFTER_TITLE_PHRASE = 2;

/** Honorifics that stay in the name of someone known by a single name ("Prince Harry", "King Charles"). */
const KEPT_HONORIFICS = new Set([
  'prince',
  'princess',
  'king',
  'queen',
  'pope',
  'duke',
  'duchess',
  'emperor',
  'empress',
  'sheikh',
  'emir',
  'saint',
  'rey',
  'reina',
  'príncipe',
  'princesa',
  'papa',
  'roi',
  'reine',
  'könig',
  'königin',
  'prinz',
  'prinzessin',
  're',
  'regina',
  'principe',
]);

const bare = (word: string) => withoutPossessive(word).toLowerCase().replace(/\.$/, '');
/** A lower-case title word, or a hyphenated compound of title words ("major-gen", "lt-col", "vice-chancellor"). */
const isBareTitle = (word: string) => TITLE_WORDS.has(word) || (word.includes('-') && word.split('-').every((part) => TITLE_WORDS.has(part)));

/**
 * Parse the words of a capitalised run (connectors such as "of" and "de" may sit inside). Leading
 * lower-case title words ("former president") may be given in `before`.
 */
export function parseName(all: string[], connectors: Set<string>, before: string[] = []): ParsedName | undefined {
  // "Afrasiab Anwar MBE": honours after a name are not part of it.
  let kept = all.length;
  while (
    kept > 1 &&
    POSTNOMINALS.has(bare(all[kept - 1] as string)) &&
    /^\p{Lu}+$/u.test(withoutPossessive(all[kept - 1] as string).replace(/\.$/, ''))
  )
    kept--;
  // "Jana Muster von der Stiftung Warentest": where a person works is not their name (a body's own name may hold "von").
  const affiliation = all.findIndex((_, i) => i > 0 && i < kept && opensAffiliation(all.map(bare), i));
  if (affiliation > 0 && !ORGANISATION_WORDS.has(bare(all[0] as string))) kept = affiliation;
  const words = kept === all.length ? all : all.slice(0, kept);
  if (words.length === 0) return undefined;
  const lowered = words.map(bare);
  // An organisation ends with its kind ("Foreign Ministry", "Devon and Cornwall Police").
  const organisation =
    ORGANISATION_WORDS.has(lowered[lowered.length - 1] as string) ||
    // "Ministerio de Sanidad", "Comité Internacional de la Cruz Roja": Romance names open with the kind.
    (lowered.length >= 2 && ORGANISATION_WORDS.has(lowered[0] as string)) ||
    (lowered.length <= 3 && lowered.some((w) => ORGANISATION_WORDS.has(w)));
  let gender = genderOf([...before, ...words].map(bare));
  if (organisation) {
    return { name: words.join(' '), words: lowered, organisation: true, ...(before.length ? { title: before.join(' ') } : {}) };
  }
  // The title is everything up to the last title word that still leaves a name after it.
  let titleEnd = -1;
  for (let i = 0; i < words.length - 1; i++) {
    if (isBareTitle(lowered[i] as string)) titleEnd = i;
  }
  // "Greece's Yanis Varoufakis": the owner is a title, the name follows.
  for (let i = 0; i < words.length - 1; i++) if (/[’']s$/u.test(words[i] as string)) titleEnd = Math.max(titleEnd, i);
  let nameStart = titleEnd + 1;
  if (titleEnd >= 0 && connectors.has(lowered[nameStart] as string)) {
    // "Secretary of State Marco Rubio": the title phrase runs on; the name is the last words.
    nameStart = Math.max(nameStart + 2, words.length - NAME_WORDS_AFTER_TITLE_PHRASE);
  }
  if (nameStart >= words.length) return undefined;
  // "Prince Harry", "Pope Francis": with no surname, the honorific is part of the name.
  if (words.length - nameStart === 1 && nameStart > 0 && KEPT_HONORIFICS.has(lowered[nameStart - 1] as string)) nameStart--;
  // "Barbara Miller of Maryland", "Jason Gilbert of Cheyenne": where a person is from is not their name.
  // Only for a person's name ("Royal College of GPs" is a body the lexicon may miss): a first name or a title.
  const person = nameStart > 0 || isFirstName(lowered[nameStart] as string);
  const origin = person ? words.findIndex((w, i) => i >= nameStart + 2 && w === 'of') : -1;
  const nameEnd = origin > 0 ? origin : words.length;
  const nameWords = words.slice(nameStart, nameEnd).map((w, i, all) => (i === all.length - 1 ? withoutPossessive(w) : w));
  const titleWords = [...before, ...words.slice(0, nameStart)];
  if (gender === undefined) gender = genderOf(titleWords.map(bare));
  if (gender === undefined && nameWords.length >= 2) gender = firstNameGender(bare(nameWords[0] as string));
  return {
    name: nameWords.join(' '),
    words: nameWords.map(bare),
    ...(titleWords.length ? { title: titleWords.join(' ') } : {}),
    organisation: false,
    ...(gender ? { gender } : {}),
  };
}

export function genderOf(words: string[]): 'm' | 'f' | undefined {
  for (const word of words) {
    if (FEMALE_WORDS.has(word)) return 'f';
    if (MALE_WORDS.has(word)) return 'm';
  }
  return undefined;
}

/** "Prince", "Duchess", "Pope": an honorific that can style someone known by one name. */
export const isHonorific = (word: string) => KEPT_HONORIFICS.has(word);

export const isTitleWord = (word: string) => isBareTitle(bare(word));
