/**
 * The copyright line ("© 2025 Latin Times. All rights reserved.").
 *
 * Sources, in order: a "©"/"Copyright" block among the article's blocks (claimed, so that it leaves
 * `Article.text`), a short "©" element anywhere on the page (usually the footer), then the
 * `copyright`/`dc.rights` metas.
 */
import type { Element } from 'hast';
import type { Block } from '../boundary/blocks.js';
import type { Context } from '../context.js';
import { visibleText, walkElements, SKIP, STOP } from '../hast/util.js';
import { cleanText, metaText } from './sources.js';
import { COPYRIGHT_START } from './vocabulary.js';

/** A copyright line longer than this is a paragraph that mentions copyright. */
const MAX_COPYRIGHT_CHARS = 300;

/** Elements whose own text may be the copyright line. */
const LINE_TAGS = new Set(['p', 'div', 'span', 'small', 'li', 'section', 'footer', 'td']);

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

/**
 * The first short line element whose text starts with "©" or "Copyright". Text nodes are tested,
 * and only a matching one's element is measured, so the page is walked once.
 */
function pageCopyright(context: Context): string | undefined {
  let found: string | undefined;
  walkElements(context.tree, (element: Element) => {
    if (element.tagName === 'script' || element.tagName === 'style' || element.tagName === 'head') return SKIP;
    if (!LINE_TAGS.has(element.tagName)) return;
    const first = element.children.find((child) => child.type !== 'text' || child.value.trim() !== '');
    const startsLine = first?.type === 'text' ? COPYRIGHT_START.test(first.value.trimStart()) : false;
    if (!startsLine) return;
    const text = cleanText(visibleText(element));
    if (text && text.length <= MAX_COPYRIGHT_CHARS) {
      found = text;
      return STOP;
    }
  });
  return found;
}
