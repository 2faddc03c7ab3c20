/**
 * Full names from the page's standfirst (its description): a careful reader meets "Prince Harry and
 * Meghan, Duchess of Sussex" there before the body calls them "Harry" and "Meghan".
 */
import { isHonorific } from './names.js';
import type { PhraseReader } from './np.js';
import { isCapitalised, type Token, tokenize, withoutPossessive } from './tokens.js';

/** Standfirsts are a sentence or two; longer text is not one and is not read. */
const MAX_STANDFIRST_CHARS = 1000;

export interface StandfirstName {
  /** The name as the standfirst writes it. */
  name: string;
  /** A lone given name styled by a title ("Meghan, Duchess of Sussex"): matched by that word only. */
  styled?: string;
}

/** The capitalised runs of a standfirst, and the "Given, Duchess of Place" styles of people known by one name. */
export function standfirstNames(text: string | undefined, reader: PhraseReader): StandfirstName[] {
  if (!text || text.length > MAX_STANDFIRST_CHARS) return [];
  const tokens = tokenize(text, []);
  const names: StandfirstName[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    // The standfirst's first word is capitalised anyway: it opens a name only when a name follows ("Prince Harry").
    const opensRun = reader.isNameWord(token) || (isCapitalised(token) && token.initial === true && reader.isNameWord(tokens[k + 1]));
    if (!opensRun) continue;
    const end = reader.isNameWord(token) ? reader.runEnd(tokens, k, tokens.length) : reader.runEnd(tokens, k + 1, tokens.length);
    const words = runWords(tokens, k, end);
    // "Meghan, Duchess of Sussex": one given name, a comma, an honorific with its place.
    if (end - k === 1 && tokens[end]?.text === ',' && isHonorific((tokens[end + 1] as Token | undefined)?.lower ?? '')) {
      const styleEnd = reader.runEnd(tokens, end + 1, tokens.length);
      const style = runWords(tokens, end + 1, styleEnd);
      if (styleEnd - (end + 1) >= 3 && style.some((w) => w === w.toLowerCase())) {
        names.push({ name: `${words[0]}, ${style.join(' ')}`, styled: (words[0] as string).toLowerCase() });
        k = styleEnd - 1;
        continue;
      }
    }
    if (words.length >= 2) names.push({ name: words.join(' ') });
    k = end - 1;
  }
  return names;
}

function runWords(tokens: Token[], from: number, to: number): string[] {
  return tokens.slice(from, to).map((t, i, all) => (i === all.length - 1 ? withoutPossessive(t.text) : t.text));
}
