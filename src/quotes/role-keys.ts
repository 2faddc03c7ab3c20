/**
 * A role noun as news writing reuses it to refer back to a person: "der Übergangstrainer" is the man the article
 * introduced as "Übergangscoach Uwe Muster", "la ministra" the woman it introduced as "la ministra de Defensa, Ana
 * Ruiz". A role's key is its head (the kind of role: German compounds end on it) and its full form.
 */
import {
  COMPLEMENT_OPENERS,
  DEFINITE_DETERMINERS,
  DESCRIPTION_NOUNS,
  QUALIFIER_SYNONYMS,
  RANK_QUALIFIERS,
  ROLE_ATTRIBUTES,
  ROLE_QUALIFIERS,
  ROLE_SYNONYMS,
} from './lexicon/role-heads.js';
import { GERMAN_ROLE_STEMS, MIN_GERMAN_ROLE_LETTERS } from './lexicon/role-stems.js';
import { TITLE_ABBREVIATIONS, TITLE_WORDS } from './lexicon/roles.js';
import { ROMANCE_LANGS } from './lexicon/romance.js';

export interface RoleKey {
  /** The kind of role: "trainer" of "Interimscoach", "president" of "presidenta". */
  head: string;
  /**
   * What tells roles of that kind apart: a German compound's first part ("interims"), a qualifier ("foreign"), a
   * Romance or English complement's capitalised domain ("defensa" of "la ministra de Defensa"). Sorted.
   */
  qualifiers: string[];
}

/** A German role compound's stems, longest first, so that "landesvorsitzende" ends on "vorsitzende", not "rat". */
const STEMS_LONGEST_FIRST = [...GERMAN_ROLE_STEMS, 'coach'].sort((a, b) => b.length - a.length);
/** German inflects a role noun for gender, number and case: "Trainerin", "Vorsitzenden", "Abgeordneter". */
const GERMAN_ENDINGS = ['', 'innen', 'in', 'en', 'n', 'r', 's'];
/** German stems that are one role in two spellings (masculine adjective nouns, the feminine umlaut forms). */
const GERMAN_STEM_FORMS: Record<string, string> = {
  vorsitzender: 'vorsitzende',
  beauftragter: 'beauftragte',
  abgeordneter: 'abgeordnete',
  ärztin: 'arzt',
  anwältin: 'anwalt',
  rätin: 'rat',
};
/** Romance writes a role's gender on its last vowel ("jefe", "jefa"; "presidente", "presidenta"): fold it away. */
const ROMANCE_GENDER_ENDING = /[aoe]$/u;
/** Folding leaves at least this many letters ("rey" stays whole). */
const MIN_FOLDED_LETTERS = 3;

const bare = (word: string) =>
  word
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/\.$/u, '');

/** A German role compound's head and first part ("Übergangscoach" → trainer, "übergangs"), or undefined. */
function germanRole(lower: string): { head: string; modifier: string } | undefined {
  if (lower.length < MIN_GERMAN_ROLE_LETTERS) return undefined;
  for (const ending of GERMAN_ENDINGS) {
    if (!lower.endsWith(ending)) continue;
    const body = lower.slice(0, lower.length - ending.length);
    const stem = STEMS_LONGEST_FIRST.find((s) => body.endsWith(s));
    if (!stem) continue;
    const folded = GERMAN_STEM_FORMS[stem] ?? stem;
    const modifier = body.slice(0, body.length - stem.length).replace(/-/gu, '');
    return { head: ROLE_SYNONYMS[folded] ?? folded, modifier: QUALIFIER_SYNONYMS[modifier] ?? modifier };
  }
  return undefined;
}

/** The head of one role word in `lang` ("presidenta" → "president"), or undefined for a word that heads no role. */
function roleHead(lower: string, lang: string): string | undefined {
  const expanded = TITLE_ABBREVIATIONS[lower] ?? lower;
  if (ROLE_QUALIFIERS.has(expanded) || ROLE_ATTRIBUTES.has(expanded)) return undefined;
  const synonym = ROLE_SYNONYMS[expanded];
  if (synonym) return synonym;
  if (!TITLE_WORDS.has(expanded) && !DESCRIPTION_NOUNS.has(expanded)) return undefined;
  const fold = ROMANCE_LANGS.has(lang) && ROMANCE_GENDER_ENDING.test(expanded) && expanded.length > MIN_FOLDED_LETTERS;
  return fold ? expanded.slice(0, -1) : expanded;
}

/**
 * The role a phrase names ("Interimscoach" → trainer / interims; "ministra de Defensa" → ministr / defensa; "foreign
 * minister" → minister / foreign), or undefined. English and German put the role last before its complement ("the
 * team principal of X", "der Trainer des MSV"); Romance first ("la ministra portavoz").
 */
export function roleOf(words: string[], lang: string): RoleKey | undefined {
  const romance = ROMANCE_LANGS.has(lang);
  let head: string | undefined;
  const qualifiers = new Set<string>();
  let complement = false;
  for (let i = 0; i < words.length; i++) {
    const text = words[i] as string;
    const lower = bare(text);
    if (head && COMPLEMENT_OPENERS.has(lower)) {
      // (German: a genitive after the role names its body, "der Trainer des MSV", which a compound would have
      // carried in front; it tells nothing the reader used to pick the person.)
      if (lang === 'de') break;
      complement = true;
      continue;
    }
    if (complement) {
      // "la ministra de Defensa", "the secretary of State": the capitalised domain tells the roles apart.
      if (/^\p{Lu}/u.test(text) || ROLE_QUALIFIERS.has(lower)) qualifiers.add(lower);
      continue;
    }
    if (ROLE_QUALIFIERS.has(lower)) {
      qualifiers.add(lower);
      continue;
    }
    if (romance && head) continue;
    const german = lang === 'de' ? germanRole(lower) : undefined;
    const next = german?.head ?? roleHead(lower, lang);
    if (!next) continue;
    head = next;
    if (german?.modifier) qualifiers.add(german.modifier);
  }
  return head ? { head, qualifiers: [...qualifiers].sort() } : undefined;
}

/**
 * The role a definite description names ("der Interimscoach der Musterstädter", "la jefa del Ejecutivo"), or undefined
 * for an indefinite one ("ein Trainer", "a coach": someone new) or one that names no role.
 */
export function descriptionRole(words: string[], lang: string): RoleKey | undefined {
  const first = bare(words[0] ?? '');
  const definite = DEFINITE_DETERMINERS[lang]?.has(first) ?? false;
  // "Sachsens AfD-Chef": German writes a place's genitive where the article would stand.
  const genitive = lang === 'de' && /^\p{Lu}.*s$/u.test(words[0] ?? '') && words.length > 1;
  if (!definite && !genitive) return undefined;
  const rest = words.slice(1);
  const role = roleOf(rest, lang);
  if (!role) return undefined;
  // The role ends the description, or its complement follows ("der Trainer des MSV", Romance adjectives too: "le chef
  // du gouvernement travailliste"); a name after it makes a name phrase ("der russische Außenminister Sergej Muster"),
  // a verb a clause ("the actor held a fake audition").
  let head = rest.length - 1;
  while (head >= 0 && (!isRolePart(rest[head] as string, lang) || ROLE_QUALIFIERS.has(bare(rest[head] as string)))) head--;
  const next = rest[head + 1];
  if (next === undefined || COMPLEMENT_OPENERS.has(bare(next))) return role;
  return ROMANCE_LANGS.has(lang) &&
    /^\p{Ll}/u.test(next) &&
    rest.slice(head + 1).every((w) => /^\p{Ll}/u.test(w) || COMPLEMENT_OPENERS.has(bare(w)))
    ? role
    : undefined;
}

/** Whether a person given role `held` is one a description naming `described` can mean: same head, every qualifier. */
export function roleCovers(held: RoleKey, described: RoleKey): boolean {
  if (held.head !== described.head || !described.qualifiers.every((q) => held.qualifiers.includes(q))) return false;
  // ("Vice President X" is not "the president".)
  return held.qualifiers.every((q) => !RANK_QUALIFIERS.has(q) || described.qualifiers.includes(q));
}

/** Whether two roles are the same role. */
export function sameRole(a: RoleKey, b: RoleKey): boolean {
  return a.head === b.head && a.qualifiers.join(' ') === b.qualifiers.join(' ');
}

/** Whether a word is part of a role: its head, a qualifier or an attribute ("former", "Herr", "Übergangscoach"). */
export function isRolePart(word: string, lang: string): boolean {
  const lower = bare(word);
  if (ROLE_QUALIFIERS.has(lower) || ROLE_ATTRIBUTES.has(lower)) return true;
  return (lang === 'de' && germanRole(lower) !== undefined) || roleHead(lower, lang) !== undefined;
}

/**
 * "Sachsens AfD-Chef", "die Dresdner Sprecherin des Verbändebündnisses": German capitalises every noun, so
 * a description runs like a name; it is one when it opens as a definite description, its role ends it or is followed
 * only by its complement, and no given name stands in it ("Sachsens Ministerpräsident Bodo Muster" is a name).
 */
export function isGermanDescription(words: string[], isGivenName: (lower: string) => boolean): boolean {
  if (!descriptionRole(words, 'de') || words.some((w) => isGivenName(bare(w)))) return false;
  const role = words.findIndex((w, i) => i > 0 && germanRole(bare(w)) !== undefined);
  if (role < 0) return false;
  const next = words[role + 1];
  return next === undefined || COMPLEMENT_OPENERS.has(bare(next));
}
