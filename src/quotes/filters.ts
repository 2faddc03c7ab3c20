/**
 * What is quoted but not speech: fragments, titles of works, quoted terms. A reader tells them by
 * their length, their capitals and the word before them ("Trump's book “The Art of the Deal”").
 */
import type { Lexicon } from './lexicon/types.js';
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

/** Most of its words capitalised, as titles of works are (short function words aside). */
export function isTitleCase(text: string): boolean {
  const words = (text.match(WORD) ?? []).filter((w) => w.length > 3);
  if (words.length === 0) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= TITLE_CASE_SHARE;
}

/** The quote at token `at` names a work or a term: a work noun or term marker stands just before it. */
export function isTitleOrTerm(lexicon: Lexicon, tokens: Token[], at: number, content: string): boolean {
  const words: string[] = [];
  for (let k = at - 1; k >= 0 && words.length < WORK_NOUN_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'quote') break;
    if (t.kind === 'word') words.unshift(t.lower);
    else if (t.text !== ',' && t.text !== ':') break;
  }
  const last = words[words.length - 1];
  const lastTwo = words.slice(-2).join(' ');
  const wordCount = countWords(content);
  if (last && (lexicon.termMarkers.includes(last) || lexicon.termMarkers.includes(lastTwo)) && wordCount <= MAX_TITLE_WORDS) return true;
  if (words.some((w) => lexicon.workNouns.includes(w)) && wordCount <= MAX_TITLE_WORDS && isTitleCase(content)) return true;
  // "told ABC's “Good Morning America”": title-case words owned by a name are the name's show or work.
  const owner = tokens[at - 1];
  if (owner?.kind === 'word' && /^\p{Lu}.*[’']s$/u.test(owner.text) && wordCount <= MAX_TITLE_WORDS && isTitleCase(content)) return true;
  return false;
}
