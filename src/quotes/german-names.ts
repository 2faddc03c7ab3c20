/**
 * Quoted words a German sentence uses as a name, not as speech. German capitalises every noun, so
 * capitals alone do not tell a name; the sentence's grammar does:
 * - a definite article before the quote makes it a noun phrase of the sentence ("des „Sacharow-Preises
 *   für geistige Freiheit“", "der neue „Oberste Rat zur Wiederherstellung der Demokratie“"), and quoted
 *   words that are only nouns, connectives and the adjectives before their nouns name something: speech
 *   holds a verb, an adverb or a pronoun;
 * - words in another language, set inside the German sentence, are the title or name they are quoted as
 *   ("im Fachblatt „La Voce dello Sport“", "die Single „Let it rain“"); a foreign quote of speech comes
 *   after a colon or is a sentence of its own.
 */
import { isCharacterisation, isNameLike, isWorkNoun, withoutNonFinalDots } from './filters.js';
import { DEFINITE_OPENERS } from './german.js';
import { FOREIGN_FUNCTION_WORDS, GERMAN_FUNCTION_WORDS, INDEFINITE_ARTICLES, TITLE_CONNECTIVES } from './title-words.js';
import type { Lexicon } from './lexicon/types.js';
import type { Token } from './tokens.js';

/** How many attributive adjectives may stand between the article and the quote ("der neue „…“"). */
const MAX_ADJECTIVES_BEFORE = 2;
/** A name is at most this long; longer quoted words are text. */
const MAX_NAME_WORDS = 16;
/** A foreign title or name is short. */
const MAX_FOREIGN_WORDS = 8;
/** The inflected endings of a German attributive adjective ("geistige", "nationalen", "besseres"). */
const ADJECTIVE_ENDING = /(?:e|en|er|es|em)$/u;
/** Words with no inner space: a quoted name's words, hyphenated compounds kept whole. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}’'.-]*/gu;
/** A sentence's end inside or at the end of the quote: speech, or a headline. */
const SENTENCE_MARK = /[.!?…:;]\s*$|[.!?…]\s+\p{Lu}/u;
/** Whether the quoted words hold a sentence's end (an ordinal's or an abbreviation's dot is none). */
const endsSentence = (content: string): boolean => SENTENCE_MARK.test(withoutNonFinalDots(content));

export function isGermanQuotedName(tokens: Token[], at: number, content: string): boolean {
  return isDefiniteNamePhrase(tokens, at, content) || isForeignTitle(tokens, at, content);
}

function isDefiniteNamePhrase(tokens: Token[], at: number, content: string): boolean {
  if (endsSentence(content) || !isNamePhrase(content)) return false;
  let k = at - 1;
  for (let adjectives = 0; adjectives < MAX_ADJECTIVES_BEFORE && isAttributive(tokens[k]); adjectives++) k--;
  const before = tokens[k];
  return before?.kind === 'word' && DEFINITE_OPENERS.has(before.lower);
}

/** "der neue": a lower-case inflected adjective between the article and the quote. */
function isAttributive(token: Token | undefined): boolean {
  return token?.kind === 'word' && /^\p{Ll}/u.test(token.text) && ADJECTIVE_ENDING.test(token.lower) && !DEFINITE_OPENERS.has(token.lower);
}

/**
 * Opens on a capital, and every lower-case word is a connective or an adjective before a noun (or before
 * another such adjective): "Woche des verbotenen Buches", "Bewegung für ein besseres Ungarn".
 */
export function isNamePhrase(content: string): boolean {
  if (isNameLike(content)) return (content.match(WORD)?.length ?? 0) <= MAX_NAME_WORDS;
  const words = content.match(WORD) ?? [];
  if (words.length > MAX_NAME_WORDS || !/^\p{Lu}/u.test(words[0] ?? '')) return false;
  return words.every((word, i) => {
    if (/^[\p{Lu}\p{N}]/u.test(word) || TITLE_CONNECTIVES.has(word.toLowerCase())) return true;
    const next = words[i + 1];
    return ADJECTIVE_ENDING.test(word) && next !== undefined && (/^\p{Lu}/u.test(next) || ADJECTIVE_ENDING.test(next));
  });
}

/**
 * A few words in another language, inside the sentence (after a word, not after a colon). After an
 * indefinite article or in a characterisation they are what someone called something ("nannte ihn einen
 * „very stable genius“"): speech, as German phrases are there.
 */
function isForeignTitle(tokens: Token[], at: number, content: string): boolean {
  const before = tokens[at - 1];
  if (before?.kind !== 'word' || endsSentence(content)) return false;
  if (INDEFINITE_ARTICLES.has(before.lower) || isCharacterisation(tokens, at)) return false;
  return isShortForeign(content);
}

/** A few words holding a function word of another language and none of German's ("Let it rain"). */
function isShortForeign(content: string): boolean {
  const words = (content.match(/[\p{L}’']+/gu) ?? []).map((w) => w.toLowerCase());
  if (words.length > MAX_FOREIGN_WORDS) return false;
  // A word both languages write ("des") is evidence of neither.
  const foreign = (w: string) => FOREIGN_FUNCTION_WORDS.has(w) && !GERMAN_FUNCTION_WORDS.has(w);
  const german = (w: string) => GERMAN_FUNCTION_WORDS.has(w) && !FOREIGN_FUNCTION_WORDS.has(w);
  return words.some(foreign) && !words.some(german);
}

/** How far before the colon the work noun may stand ("stellte er dann die neue CD der Band vor:"). */
const MAX_LEAD_IN_TOKENS = 12;

/**
 * "Dann stellte er die neue CD der Band vor: „Have a nice day“.", "Den Namen der Sendung gab der Sender
 * bekannt: „Karl Muster – Geheimnisse eines Lebens“.": a colon lead-in that names a work or a name, then a
 * title or a name that the sentence's own period closes. German sets the period of a quoted sentence inside
 * the marks („Wir kommen wieder.“), so quoted words with the period outside are no sentence of speech.
 */
export function isTitleAfterColon(lexicon: Lexicon, tokens: Token[], at: number, content: string): boolean {
  const quote = tokens[at] as Token;
  const after = tokens[at + 1];
  if (tokens[at - 1]?.text !== ':' || endsSentence(content) || (after && after.text !== '.')) return false;
  if (!isNameLike(content) && !isShortForeign(content)) return false;
  for (let k = at - 2; k >= 0 && at - 2 - k < MAX_LEAD_IN_TOKENS; k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== quote.sentence || t.kind === 'quote') return false;
    if (t.kind === 'word' && isWorkNoun(lexicon, t.lower)) return true;
  }
  return false;
}
