/** The attribution lexicons, one per language, and the pick for a page. */
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { pt } from './pt.js';
import type { Lexicon } from './types.js';

export type { Lexicon } from './types.js';
export const LEXICONS: Record<string, Lexicon> = { en, es, pt, fr, de, it };

/**
 * Days and times of every language: a page in one language often dates events in another's words
 * (a Spanish name in English copy is rare, but a weekday list costs nothing to share).
 */
export const TIME_WORDS: ReadonlySet<string> = new Set(Object.values(LEXICONS).flatMap((lexicon) => lexicon.timeWords));
