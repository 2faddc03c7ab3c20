/** Which lexicon reads a page: its declared language, else the one whose function words it uses most. */
import { LEXICONS } from './lexicon/index.js';

/** Words frequent in one language's prose and rare in the others'. */
const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'said', 'with', 'was', 'that'],
  es: ['el', 'los', 'del', 'las', 'y', 'dijo', 'una'],
  pt: ['não', 'os', 'do', 'da', 'uma', 'disse', 'em'],
  fr: ['le', 'les', 'des', 'est', 'et', 'une', 'dans'],
  de: ['der', 'die', 'und', 'das', 'nicht', 'ist', 'mit'],
  it: ['il', 'che', 'della', 'di', 'è', 'gli', 'per'],
};
/** Enough text to tell the language; the rest is not read. */
const SAMPLE_CHARS = 6000;

export function pickLanguage(declared: string | undefined, text: string): string {
  const primary = declared?.toLowerCase().split(/[-_]/)[0];
  if (primary && primary in LEXICONS) return primary;
  const counts = new Map<string, number>();
  for (const word of text
    .slice(0, SAMPLE_CHARS)
    .toLowerCase()
    .split(/[^\p{L}]+/u)) {
    for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
      if (words.includes(word)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    }
  }
  let best = 'en';
  let bestCount = 0;
  for (const [lang, count] of counts) {
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return best;
}
