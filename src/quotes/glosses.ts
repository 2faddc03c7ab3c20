/**
 * Quoted names glossed in brackets. News copy gives a quoted name its short form, its year or its
 * translation in brackets right after it, and quotes the translation of a name in brackets right
 * after the name:
 * - „Allianz für die Einheit“ (AFE), “Dune” (2021), „Cast Lead“ („Gegossenes Blei“),
 *   „space recovery experiment“ (Rückhol-Experiment im All), „Rat für Sicherheit“ (Council for Security);
 * - Mozgalom Ujjáért („Bewegung für ein neues Land“), „Cast Lead“ („gegossenes Blei“).
 * Speech is not abbreviated, dated or translated word for word that way.
 */
import { countWords, holdsSentenceEnd, withoutNonFinalDots } from './filters.js';
import { isNamePhrase } from './german-names.js';
import type { Token } from './tokens.js';

/** A glossed name is short; longer quoted words are text. */
const MAX_GLOSSED_WORDS = 12;
/** A translated name is one short phrase, with no clause set off by a comma ("(„Es summt, wo …“)" is a line). */
const MAX_GLOSS_WORDS = 8;
/** A bracket this long is an aside, not a gloss. */
const MAX_GLOSS_TOKENS = 10;
/** A short form: mostly capitals ("AIE", "GdP", "ÖVP", "G-8"), not a name in its own case ("McCain"). */
const SHORT_FORM = /^\p{Lu}[\p{L}\p{N}&-]{1,9}$/u;
/** The year of a work: "“Dune” (2021)". */
const YEAR = /^(?:1[5-9]|20)\p{N}{2}$/u;

export function isGlossedName(tokens: Token[], at: number, content: string): boolean {
  if (countWords(content) > MAX_GLOSSED_WORDS) return false;
  if (/[.!?…:;]$/u.test(withoutNonFinalDots(content)) || holdsSentenceEnd(content)) return false;
  return glossedAfter(tokens, at) || (isGlossOfName(tokens, at) && isPhrase(content));
}

const isPhrase = (content: string): boolean => !content.includes(',') && countWords(content) <= MAX_GLOSS_WORDS;

/** "„…“ (AIE)", "„…“ (2021)", "„…“ („…“)", "„…“ (Council for Security)": a bracket glossing the quote. */
function glossedAfter(tokens: Token[], at: number): boolean {
  if (tokens[at + 1]?.text !== '(') return false;
  const inside: Token[] = [];
  for (let k = at + 2; k < tokens.length && inside.length <= MAX_GLOSS_TOKENS; k++) {
    const t = tokens[k] as Token;
    if (t.text === ')') break;
    inside.push(t);
  }
  const close = tokens[at + 2 + inside.length];
  if (close?.text !== ')' || inside.length === 0) return false;
  const [only] = inside;
  if (inside.length === 1 && only) return only.kind === 'quote' || YEAR.test(only.text) || isShortForm(only.text);
  // "(Artikel 65 GG)", "(S. 12)": a number makes the bracket a reference to the source, not a name.
  if (inside.some((t) => t.kind !== 'word' || /\p{N}/u.test(t.text))) return false;
  return isNamePhrase(inside.map((t) => t.text).join(' '));
}

function isShortForm(word: string): boolean {
  if (!SHORT_FORM.test(word)) return false;
  const capitals = word.match(/\p{Lu}/gu)?.length ?? 0;
  return capitals >= 2 && capitals * 2 >= (word.match(/\p{L}/gu)?.length ?? 0);
}

/** "Mozgalom Ujjáért („…“)": the quote is all of a bracket right after a name or another quote. */
function isGlossOfName(tokens: Token[], at: number): boolean {
  if (tokens[at - 1]?.text !== '(' || tokens[at + 1]?.text !== ')') return false;
  const named = tokens[at - 2];
  return named?.kind === 'quote' || (named?.kind === 'word' && /^\p{Lu}/u.test(named.text));
}
