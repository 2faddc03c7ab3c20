/**
 * A byline written as a plain line at the head of the article, where no element is named as one:
 * "By Ana Ruiz and Leo Park" in a `<p>` under the headline, or the names alone set in bold as the
 * body's first line ("**Mathilde Osei/Peter Lund**", a WordPress newspaper habit). Read only when
 * the page names its author nowhere else.
 */
import type { Element } from 'hast';
import type { Block } from '../boundary/blocks.js';
import { collapseWhitespace, textContent } from '../hast/util.js';
import { type Byline, MAX_BYLINE_CHARS, isPersonalName, namesOf } from './authors.js';
import { BYLINE_PREFIX } from './vocabulary.js';

/** How many blocks from the article's start a byline may sit (headline, standfirst, kicker lines before it). */
const HEAD_BLOCKS = 6;
/** Block kinds a byline line is written as. */
const LINE_KINDS = new Set(['p', 'div', 'text', 'span']);
/** Emphasis tags a names-only line is set in. */
const BOLD_TAGS = new Set(['strong', 'b']);

export function headByline(blocks: Block[]): Byline | undefined {
  for (const block of blocks.slice(0, HEAD_BLOCKS)) {
    if (block.claimedBy || block.inQuote || block.inCaption || !LINE_KINDS.has(block.kind)) continue;
    if (block.text.length > MAX_BYLINE_CHARS) continue;
    const names = namesOf(block.text);
    if (names.length === 0 || !names.every(isPersonalName)) continue;
    if (BYLINE_PREFIX.test(block.text) || isAllBold(block.element, block.text)) return { text: block.text, element: block.element };
  }
  return undefined;
}

/** The line's whole text sits in one `<strong>` or `<b>`. */
function isAllBold(element: Element, text: string): boolean {
  const children = element.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  const only = children[0];
  return children.length === 1 && only?.type === 'element' && BOLD_TAGS.has(only.tagName) && collapseWhitespace(textContent(only)) === text;
}
