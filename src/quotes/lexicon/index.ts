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
