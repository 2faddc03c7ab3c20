/**
 * Assembling `Article.text` from the unclaimed blocks, with each paragraph's offsets.
 *
 * What the text holds: the article's paragraphs, headings, list items and pull quotes, in reading
 * order, one per paragraph, separated by a blank line. What it leaves out, because another field
 * holds it or it is not the article's prose (each is a block claimed by the stage that reads it):
 * the headline (`title`), byline and agency credits (`authors`), date lines, image captions and
 * credits (`image` for the lead picture), the copyright line (`copyright`), embeds (`embeds`),
 * related-link blocks (`relatedLinks`), tag lines (`tags`), and boilerplate (calls to action,
 * repeated blocks).
 */
import type { Block } from './boundary/blocks.js';

/** The blank line between paragraphs of `Article.text`. */
export const PARAGRAPH_SEPARATOR = '\n\n';

export interface Paragraph {
  /** Index in `Article.text`'s paragraphs. */
  index: number;
  text: string;
  /** Offset of the paragraph's first character in `Article.text`. */
  start: number;
  block: Block;
}

export interface ArticleText {
  text: string;
  paragraphs: Paragraph[];
  /** For each block, the index of the last paragraph at or before it (-1 before the first). */
  paragraphAtBlock: number[];
}

export function assembleText(blocks: Block[]): ArticleText {
  const paragraphs: Paragraph[] = [];
  const paragraphAtBlock: number[] = [];
  let offset = 0;
  for (const block of blocks) {
    if (!block.claimedBy) {
      if (paragraphs.length > 0) offset += PARAGRAPH_SEPARATOR.length;
      paragraphs.push({ index: paragraphs.length, text: block.text, start: offset, block });
      offset += block.text.length;
    }
    paragraphAtBlock.push(paragraphs.length - 1);
  }
  return { text: paragraphs.map((p) => p.text).join(PARAGRAPH_SEPARATOR), paragraphs, paragraphAtBlock };
}
