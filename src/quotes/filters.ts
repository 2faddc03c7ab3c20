/**
 * What is quoted but not speech: fragments, titles of works, quoted terms. A reader tells them by
 * their length, their capitals and the word before them ("Trump's book “The Art of the Deal”").
 */
import type { Lexicon } from './lexicon/types.js';
import {
  CALLING_VERBS,
  PERFORMED_IN,
  PERFORMING_VERBS,
  CHARACTERISING_AS,
  CHARACTERISING_VERB_STEMS,
  INDEFINITE_ARTICLES,
  NAME_NOUNS,
  TITLE_CONNECTIVES,
} from './title-words.js';
import type { Token } from './tokens.js';

/**
 * Quotes of fewer words are fragments (a term, a nickname, "dignified treatment") and are dropped.
 * The lead's decision: 1–2 word quotes are not returned, even when a speaker used them.
 */
export const MIN_QUOTE_WORDS = 3;
/** A title of a work is short; longer quoted text is speech even after "book". */
const MAX_TITLE_WORDS = 12;
/** Share of capitalised words above which short quoted words read as a title. */
const TITLE_CASE_SHARE = 0.6;
/** How many words before the quote may name the work ("his new book, titled"). */
const WORK_NOUN_REACH = 3;

const WORD = /[\p{L}\p{N}]+/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** One word as a reader sees it, with no space inside: a compound, a URL or a handle ("iTunes-Musik-Handy", "news.example.org"). */
export function isOneWord(text: string): boolean {
  return !/\s/.test(text.trim());
}

/**
 * Languages that capitalise every noun (German): a capital there says "noun", not "title", so a name or
 * title is told by its other words — capitalised, or an article, preposition or conjunction ("Reporter
 * ohne Grenzen", "Board of Governors") — while a phrase of speech has a lower-case verb, adjective or
 * adverb ("eine wachsende Kluft", "Huchting ist nicht Paris").
 */
const NOUN_CAPITALISING = new Set(['de']);

/** Most of its words capitalised, as titles of works are (short function words aside). */
export function isTitleCase(text: string, lang = 'en'): boolean {
  if (NOUN_CAPITALISING.has(lang)) return isNameLike(text);
  const words = (text.match(WORD) ?? []).filter((w) => w.length > 3);
  if (words.length === 0) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= TITLE_CASE_SHARE;
}

/**
 * Right after an indefinite article and ending its noun phrase: a phrase of speech, not a name
 * ("sieht einen „Angriff …“, es"). A title used as a modifier is not ("during a “Dune” photo shoot").
 */
export function isIndefinitePhrase(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  return before?.kind === 'word' && INDEFINITE_ARTICLES.has(before.lower) && after?.kind !== 'word';
}

/** How many words before "as" a characterising verb may stand, or after the quote ("als „…“ bezeichnet"). */
const CHARACTERISING_REACH = 8;

/**
 * "bezeichnete die Pläne als „Wortbruch und Verrat“", "Seine Werke werden als „Meilensteine der Musik“
 * bezeichnet": quoted words after "as" in a clause whose verb characterises are what someone called
 * something — speech, however capitalised.
 */
export function isCharacterisation(tokens: Token[], at: number): boolean {
  const before = tokens[at - 1];
  if (before?.kind !== 'word' || !CHARACTERISING_AS.has(before.lower)) return false;
  const sentence = (tokens[at] as Token).sentence;
  const from = Math.max(0, at - 1 - CHARACTERISING_REACH);
  const to = Math.min(tokens.length, at + 1 + CHARACTERISING_REACH);
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word' && t.sentence === sentence && CHARACTERISING_VERB_STEMS.some((stem) => t.lower.startsWith(stem))) return true;
  }
  return false;
}

/** Opens on a capital, and every lower-case word is an article, a preposition or a conjunction. */
export function isNameLike(text: string): boolean {
  const words = (text.match(WORD) ?? []).filter((w) => !/^\p{N}/u.test(w));
  if (!words[0] || !/^\p{Lu}/u.test(words[0])) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || w.length === 1 || TITLE_CONNECTIVES.has(w));
}

/** Conjunctions and commas that join the items of a list of titles ("„A“ oder „B“", "“A,” “B” and “C”"). */
const LIST_JOINERS = new Set([',', 'und', 'oder', 'sowie', 'and', 'or', 'et', 'ou', 'y', 'o', 'e', 'ed']);
/** How many list items back a title is looked for. */
const MAX_LIST_ITEMS = 6;

/**
 * The quote at token `at` names a work, a body or a term rather than reporting speech:
 * - a work or name noun right before it, whatever its case: "the film “…”", "la serie «…»",
 *   "l'émission « … »", "das Lied „…“", also ending a German compound ("ARD-Fernsehserie „…“");
 * - a work noun a few words before it and title-case words: "his new book, titled “…”";
 * - a term marker right before it: "the so-called “…”", "sogenannte „…“";
 * - title-case words owned by a name: "told ABC's “Good Morning America”";
 * - an item of a list whose other items are titles: "in „Nackt im Wind“ oder „Die Tage danach“".
 */
export function isTitleOrTerm(lexicon: Lexicon, tokens: Token[], at: number, content: string): boolean {
  return (
    namesWork(lexicon, tokens, at, content) ||
    opensOnNameNoun(lexicon, tokens, at, content) ||
    listOfTitles(lexicon, tokens, at) ||
    isCreditedWork(lexicon, tokens, at, content) ||
    isPerformedWork(lexicon, tokens, at, content) ||
    isNamedMedium(lexicon, tokens, at, content)
  );
}

/** Short title-case words with no sentence end inside: the shape of a title or a name (not in German, which capitalises nouns). */
function hasTitleShape(lexicon: Lexicon, content: string): boolean {
  return (
    !NOUN_CAPITALISING.has(lexicon.lang) &&
    countWords(content) <= MAX_TITLE_WORDS &&
    !holdsSentenceEnd(content) &&
    isTitleCase(content, lexicon.lang)
  );
}

/**
 * "“The Salt Years,” by J.R. Hollis", "according to “The Long Road Home” by Ann Keller": a title followed by
 * its author's credit names a work; speech is attributed by a verb, never credited with "by".
 */
function isCreditedWork(lexicon: Lexicon, tokens: Token[], at: number, content: string): boolean {
  const credit = WORK_CREDITS[lexicon.lang];
  if (!credit || !hasTitleShape(lexicon, content)) return false;
  let k = at + 1;
  if (tokens[k]?.text === ',') k++;
  const by = tokens[k];
  const author = tokens[k + 1];
  return by?.kind === 'word' && credit.has(by.lower) && author?.kind === 'word' && /^\p{Lu}/u.test(author.text);
}

/**
 * "she sang “Ein Lied für Lena…”", "who starred in “Harbor Nights”", "in dem er „…“ sang": what is
 * sung, performed or starred in is a song, a play or a show. German sets the verb after its object at a clause's end.
 */
function isPerformedWork(lexicon: Lexicon, tokens: Token[], at: number, content: string): boolean {
  if (countWords(content) > MAX_TITLE_WORDS || holdsSentenceEnd(content)) return false;
  const isPerforming = (t: Token | undefined) => t?.kind === 'word' && PERFORMING_VERBS.has(t.lower);
  let before = tokens[at - 1];
  if (before?.kind === 'word' && PERFORMED_IN.has(before.lower)) before = tokens[at - 2];
  return isPerforming(before) || (NOUN_CAPITALISING.has(lexicon.lang) && isPerforming(tokens[at + 1]));
}

/**
 * "he said on “Meet the Press”", "speaking to “Morning Edition”": title-case words right after the preposition
 * that names where someone spoke are the programme or paper, not what was said (speech after "on" or "to" is a
 * lower-case phrase: "agreed to “a full and fair review”").
 */
function isNamedMedium(lexicon: Lexicon, tokens: Token[], at: number, content: string): boolean {
  const before = tokens[at - 1];
  const prepositions = MEDIUM_PREPOSITIONS[lexicon.lang];
  return before?.kind === 'word' && !!prepositions?.has(before.lower) && hasTitleShape(lexicon, content);
}

/** A name that says what it names is short. */
const MAX_SELF_NAMING_WORDS = 8;

/**
 * "von der „Initiative Lindental bleibt“", "the “Campaign for Clean Rivers”": a quote inside a sentence
 * that opens on a work or body noun and is no sentence of its own names that body or work.
 */
function opensOnNameNoun(lexicon: Lexicon, tokens: Token[], at: number, content: string): boolean {
  if (tokens[at - 1]?.kind !== 'word' || countWords(content) > MAX_SELF_NAMING_WORDS) return false;
  if (/[.!?…]$/u.test(withoutNonFinalDots(content)) || holdsSentenceEnd(content)) return false;
  const first = /^\p{Lu}[\p{L}\p{M}-]*/u.exec(content)?.[0];
  return !!first && isWorkNoun(lexicon, first.toLowerCase());
}

function namesWork(lexicon: Lexicon, tokens: Token[], at: number, content: string): boolean {
  const wordCount = countWords(content);
  if (wordCount > MAX_TITLE_WORDS) return false;
  const words: string[] = [];
  let colon = false;
  for (let k = at - 1; k >= 0 && words.length < WORK_NOUN_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'quote') break;
    if (t.kind === 'word') words.unshift(t.lower);
    else if (t.text === ':' && words.length === 0) colon = true;
    else if (t.text !== ',') break;
  }
  const last = words[words.length - 1];
  const lastTwo = words.slice(-2).join(' ');
  // A colon introduces speech ("brachte … zum Ausdruck: „…“"), never a term.
  if (
    !colon &&
    last &&
    (lexicon.termMarkers.includes(last) || lexicon.termMarkers.includes(lastTwo)) &&
    !isCallersWords(lexicon, tokens, at, content)
  )
    return true;
  if (isWorkNamedRightAfter(lexicon, tokens[at - 1], content)) return true;
  if (words.some((w) => lexicon.workNouns.includes(w)) && isTitleCase(content, lexicon.lang)) return true;
  // "told ABC's “Good Morning America”": title-case words owned by a name are the name's show or work.
  const owner = tokens[at - 1];
  if (owner?.kind === 'word' && /^\p{Lu}.*[’']s$/u.test(owner.text) && isTitleCase(content, lexicon.lang)) return true;
  return false;
}

/** How many auxiliaries or adverbs may stand between the caller and the verb ("she has often called"). */
const MAX_CALLER_GAP = 2;

/**
 * "which she called “a cruel, senseless choice”", "what Pratt called “a budget problem”": a verb of calling
 * whose subject is a person (a pronoun or a name) right before it reports what that person said of something.
 * A name or nickname is capitalised ("dubbed “Lucky Lou”"); a phrase of speech opens lower-case.
 */
function isCallersWords(lexicon: Lexicon, tokens: Token[], at: number, content: string): boolean {
  const verb = tokens[at - 1];
  if (verb?.kind !== 'word' || !CALLING_VERBS.has(verb.lower) || !/^\p{Ll}/u.test(content)) return false;
  let k = at - 2;
  for (let gap = 0; gap < MAX_CALLER_GAP && tokens[k]?.kind === 'word' && lexicon.skippable.includes((tokens[k] as Token).lower); gap++)
    k--;
  const caller = tokens[k];
  if (caller?.kind !== 'word' || caller.sentence !== verb.sentence) return false;
  if (caller.lower in lexicon.pronouns) return true;
  return /^\p{Lu}/u.test(caller.text) && !lexicon.capitalisedStopwords.includes(caller.lower);
}

/** The word that credits a work to its author, by language ("by"). */
const WORK_CREDITS: Readonly<Record<string, ReadonlySet<string>>> = { en: new Set(['by']) };
/** Prepositions that name the programme or paper someone spoke on or to, by language. */
const MEDIUM_PREPOSITIONS: Readonly<Record<string, ReadonlySet<string>>> = { en: new Set(['on', 'to']) };

/** A sentence ending inside the quoted words: speech or a headline, not the title of a work. */
const INNER_SENTENCE_END = /[.!?…]\s+\p{Lu}/u;

/**
 * Dots that end no sentence: a German ordinal ("beim „22. Grand Prix der Jugend“", "am 3. Mai") and a
 * dotted abbreviation ("Förderverein Freies Wissen e.V.", "U.S. Army"). Names and titles hold them.
 */
const NON_FINAL_DOTS = /(?:^|[^\p{N}])\p{N}{1,3}\.|(?:^|[^\p{L}])\p{L}\.(?:\p{L}\.)+/gu;

/** The quoted words with the dots that end no sentence taken out, for the sentence-end checks. */
export function withoutNonFinalDots(text: string): string {
  return text.replace(NON_FINAL_DOTS, (dots) => dots.replace(/\./g, ''));
}

/** Whether a sentence ends inside the quoted words (an ordinal or an abbreviation's dot is no end). */
export function holdsSentenceEnd(content: string): boolean {
  return INNER_SENTENCE_END.test(withoutNonFinalDots(content));
}

/**
 * A name opening on its lower-case particles: "al-Hakim bin Said", "van der Berg", "de la Cruz" (not the
 * German articles "der", "den", which open speech as well).
 */
const PARTICLE_OPENED_NAME = /^(?:(?:al|el|ibn|bin|ben|van|von|de|da|di|du|la|le)[-\s’']){1,3}\p{Lu}/u;

/**
 * "the film “…”", "das Lied „…“": a work or name noun right before the quote, with nothing between,
 * names it whatever its case. Titles and names open on a capital, a digit or a name's particle ("des
 * Stammes „al-Hakim bin Said“"; "in dem Gesetz „kein Hindernis …“" is speech about the law) and hold no
 * sentence end.
 */
function isWorkNamedRightAfter(lexicon: Lexicon, before: Token | undefined, content: string): boolean {
  if (before?.kind !== 'word' || holdsSentenceEnd(content)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(content) && !PARTICLE_OPENED_NAME.test(content)) return false;
  // French and Italian write the article onto the noun: "l’émission", "dell'album".
  return isWorkNoun(lexicon, before.lower.replace(ELIDED_ARTICLE, ''));
}

/** An elided article or preposition written onto the next word ("l’", "d'", "dell'"). */
const ELIDED_ARTICLE = /^\p{L}{1,4}['’]/u;

/** German compounds end on their head noun: "Fernsehserie", "Fachmagazin" and "Beatles-LP" are works. */
const MIN_COMPOUND_HEAD_CHARS = 4;

export function isWorkNoun(lexicon: Lexicon, word: string): boolean {
  if (lexicon.workNouns.includes(word) || NAME_NOUNS.has(word)) return true;
  const hyphen = word.lastIndexOf('-');
  if (hyphen > 0) return isWorkNoun(lexicon, word.slice(hyphen + 1));
  if (!NOUN_CAPITALISING.has(lexicon.lang)) return false;
  const heads = [...lexicon.workNouns, ...NAME_NOUNS];
  const endsOnHead = (w: string) =>
    heads.some((head) => head.length >= MIN_COMPOUND_HEAD_CHARS && w.length > head.length && w.endsWith(head));
  // A German noun takes -s or -es in the genitive: "des Magazins", "des Stammes", "des Sacharow-Preises".
  const stem = GENITIVE_ENDING.exec(word)?.[1];
  return endsOnHead(word) || (!!stem && (lexicon.workNouns.includes(stem) || NAME_NOUNS.has(stem) || endsOnHead(stem)));
}

/** A German genitive ending on a noun of at least three letters. */
const GENITIVE_ENDING = /^(\p{L}{3,}?)e?s$/u;

/** A quote token's words without the marks and spaces around them. */
function withoutMarks(text: string): string {
  const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}.!?…]/u.test(ch);
  let start = 0;
  let end = text.length;
  while (start < end && !isWord(text[start])) start++;
  while (end > start && !isWord(text[end - 1])) end--;
  return text.slice(start, end);
}

/** A list of this many quoted items is a list of names, titles or terms (topics, categories, songs). */
const MIN_LISTED_ITEMS = 3;

/**
 * "Themen wie „A“, „B“, „C“ oder „D“", "in den Klassen „A“, „B“ und „C“": German copy lists the names of
 * things this way (topics, categories, songs); speech is quoted in sentences, not enumerated three at a time.
 * (Measured on German; elsewhere lists of quoted questions or of a law's clauses are speech or text.)
 */
export function isListedItem(tokens: Token[], at: number): boolean {
  let items = 1;
  for (const step of [-1, 1]) {
    let k = at + step;
    while (items < MIN_LISTED_ITEMS) {
      let joined = false;
      while (tokens[k] && LIST_JOINERS.has((tokens[k] as Token).lower)) {
        joined = true;
        k += step;
      }
      if (!joined || tokens[k]?.kind !== 'quote') break;
      items++;
      k += step;
    }
  }
  return items >= MIN_LISTED_ITEMS;
}

/** An item of a list of quoted titles: the item before it, across a comma or a conjunction, is a title. */
function listOfTitles(lexicon: Lexicon, tokens: Token[], at: number): boolean {
  let k = at - 1;
  for (let items = 0; items < MAX_LIST_ITEMS; items++) {
    while (k >= 0 && LIST_JOINERS.has((tokens[k] as Token).lower)) k--;
    const item = tokens[k];
    if (k === at - 1 || item?.kind !== 'quote') return false;
    const words = withoutMarks(item.text);
    if (namesWork(lexicon, tokens, k, words) || isPerformedWork(lexicon, tokens, k, words)) return true;
    k--;
  }
  return false;
}
