/**
 * Blocks at the article's head that only repeat metadata leave `Article.text`: the headline, the
 * byline ("By Pedro Camacho"), a date line ("Updated Nov 19, 9:41 AM"), and a photo credit left
 * where its picture was ("Gustavo Petro/ X", "AFP/Getty Images": the "Photographer/Agency" style). Only the first few
 * blocks are looked at: further down, a heading or a short line is the article's own.
 */
import { NAME_PARTICLES } from '../name-particles.js';
import type { Block } from '../boundary/blocks.js';
import type { Author } from '../types.js';
import type { Byline } from './authors.js';
import { MAX_BYLINE_CHARS } from './authors.js';
import { toIsoDate } from './dates.js';
import { BYLINE_PREFIX, DATELINE_START, NUMERIC_DATE_START, PHOTO_CREDIT_LINE } from './vocabulary.js';

/** How many leading blocks may be headline, byline or date line. */
const HEAD_BLOCKS = 8;
/** A photo credit line left where its picture was ("Gustavo Petro/ X") is short. */
const MAX_CREDIT_LINE_CHARS = 60;
/** A date line is short. */
const MAX_DATELINE_CHARS = 100;

export interface Repeated {
  titles: (string | undefined)[];
  byline: Byline | undefined;
  authors: Author[];
}

export function claimRepeatedBlocks(blocks: Block[], repeated: Repeated): void {
  const titles = new Set(repeated.titles.filter((title): title is string => title !== undefined).map(squash));
  const bylineText = repeated.byline ? squash(repeated.byline.text) : '';
  const authorNames = repeated.authors.map((author) => author.name.toLowerCase());
  let seen = 0;
  for (const block of blocks) {
    if (block.claimedBy) continue;
    if (seen++ >= HEAD_BLOCKS) break;
    const text = squash(block.text);
    if (titles.has(text) || (block.kind === 'h1' && seen <= 2)) block.claimedBy = 'headline';
    else if (block.text.length <= MAX_BYLINE_CHARS && (text === bylineText || isBylineLine(block.text, authorNames)))
      block.claimedBy = 'byline';
    else if (block.text.length <= MAX_DATELINE_CHARS && isDateLine(block.text)) block.claimedBy = 'dateline';
    else if (block.text.length <= MAX_CREDIT_LINE_CHARS && PHOTO_CREDIT_LINE.test(block.text)) block.claimedBy = 'caption';
  }
}

function squash(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** "By A and B", or a short line naming an author and little else. */
function isBylineLine(text: string, authorNames: string[]): boolean {
  if (BYLINE_PREFIX.test(text) && looksLikeNames(text.replace(BYLINE_PREFIX, ''))) return true;
  const lower = text.toLowerCase();
  return authorNames.some((name) => lower.startsWith(name) && text.length <= name.length + 40);
}

function isDateLine(text: string): boolean {
  if (DATELINE_START.test(text) || NUMERIC_DATE_START.test(text)) return true;
  return toIsoDate(text) !== undefined;
}

/** Lower-case words that may sit inside names: particles and the "and" between two names. */
const NAME_PARTICLES_AND_JOINS = new Set<string>([...NAME_PARTICLES, 'ibn', 'and', 'und', 'y', 'et', 'e', '&']);

/**
 * "Pedro Camacho and Ana Ruiz – 02/04/26": capitalised words (and particles) up to a date, a pipe
 * or a dash. "the time we arrived" is not names.
 */
function looksLikeNames(text: string): boolean {
  const head = text.split(/[|\d–—]| - /)[0] ?? '';
  const words = head.split(/[\s,;]+/).filter(Boolean);
  if (words.length === 0 || words.length > 12) return false;
  return words.every((word) => /^\p{Lu}/u.test(word) || NAME_PARTICLES_AND_JOINS.has(word.toLowerCase()));
}
