/**
 * The copyright line ("© 2025 Latin Times. All rights reserved.").
 *
 * Sources, in order: a "©"/"Copyright" block among the article's blocks (claimed, so that it leaves
 * `Article.text`), a short "©" element anywhere on the page (usually the footer), then the
 * `copyright`/`dc.rights` metas.
 */
import type { Block } from '../boundary/blocks.js';
import type { Context } from '../context.js';
import { visibleText } from '../hast/util.js';
import { pageIndex } from './page-index.js';
import { cleanText, metaText } from './sources.js';
import { COPYRIGHT_START } from './vocabulary.js';

/** A copyright line longer than this is a paragraph that mentions copyright. */
const MAX_COPYRIGHT_CHARS = 300;

export function extractCopyright(context: Context, blocks: Block[]): string | undefined {
  for (const block of blocks) {
    if (block.claimedBy || !isCopyrightLine(block.text)) continue;
    block.claimedBy = 'copyright';
    return block.text;
  }
  return pageCopyright(context) ?? metaText(context, 'copyright', 'dc.rights', 'dcterms.rights');
}

export function isCopyrightLine(text: string): boolean {
  return text.length <= MAX_COPYRIGHT_CHARS && COPYRIGHT_START.test(text);
}

/** The first short line element (from the page index) whose text starts with "©" or "Copyright". */
function pageCopyright(context: Context): string | undefined {
  for (const element of pageIndex(context).copyrightLines) {
    const text = cleanText(visibleText(element));
    if (text && text.length <= MAX_COPYRIGHT_CHARS && COPYRIGHT_START.test(text)) return text;
  }
  return undefined;
}
