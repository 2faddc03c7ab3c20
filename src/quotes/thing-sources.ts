/** Telling a described source that is a thing (a report, an ad, a poll) from one that is a person or a body. */
import { ORGANISATION_WORDS, SPOKESPERSON_HEADS, TITLE_WORDS, UNNAMED_HEADS } from './lexicon/roles.js';
import { SOURCE_THINGS } from './lexicon/source-things.js';
import { isFunctionWord } from './np.js';
import type { Lexicon } from './lexicon/types.js';
import type { Token } from './tokens.js';

/** Capitals that name a medium, not an owner ("a union TV ad"). */
const MEDIUM_ACRONYMS = new Set(['TV', 'PDF', 'SMS']);

/**
 * Whether a description is headed by a thing that carries words (SOURCE_THINGS) before any preposition, with no
 * person's noun and no name written before it as its owner ("Okafor's book", "the Reyes campaign's ad": an author).
 * English puts an owner and modifiers before the noun; after it come complements and, when the phrase was read too
 * far, the verb and its object.
 */
export function isThingSource(words: Token[], determiners: readonly string[], lang: string): boolean {
  const noun: Token[] = [];
  for (const [i, t] of words.entries()) {
    if (i > 0 && isFunctionWord(t.lower)) break;
    // (German writes every noun with a capital: there only a name's genitive, "Müllers Studie", is an owner.)
    const capital = lang === 'de' ? /^\p{Lu}.*s$/u.test(t.text) && !SOURCE_THINGS.has(t.lower) : /^\p{Lu}/u.test(t.text);
    // (Past the thing, a capital is what it says or whom it names: "the new ad accuses Muster".)
    if (i > 0 && capital && noun.some((w) => SOURCE_THINGS.has(w.lower))) break;
    if (i > 0 && capital && !determiners.includes(t.lower) && !MEDIUM_ACRONYMS.has(t.text)) return false;
    noun.push(t);
  }
  const isPerson = (t: Token) =>
    TITLE_WORDS.has(t.lower) || UNNAMED_HEADS.has(t.lower) || SPOKESPERSON_HEADS.has(t.lower) || ORGANISATION_WORDS.has(t.lower);
  // English ends its noun phrase on the head, after its modifiers ("a campaign ad", "the party memo"); the other
  // languages put the head first, so any person's noun in the phrase may be its head ("el portavoz del informe").
  const thingAt = noun.findIndex((t) => SOURCE_THINGS.has(t.lower));
  if (thingAt < 0) return false;
  return lang === 'en' ? !noun.slice(thingAt).some(isPerson) : !noun.some(isPerson);
}

/** Whether the words of `phrase` (a span of `tokens`) describe a thing that carries words, in `lexicon`'s language. */
export function describesThing(tokens: Token[], phrase: { from: number; to: number }, lexicon: Lexicon): boolean {
  const words = tokens.slice(phrase.from, phrase.to).filter((t) => t.kind === 'word');
  return isThingSource(words, lexicon.determiners, lexicon.lang);
}
