/** Social posts and videos embedded in the article. */
import type { Element, Root } from 'hast';
import type { Anchor, Block } from '../boundary/blocks.js';
import type { Context } from '../context.js';
import type { ArticleText } from '../text.js';
import type { Embed } from '../types.js';

/** An embed read from markup, before its place in the text is known. */
export type EmbedDraft = Omit<Embed, 'paragraph'>;

/** Embeds in markup under the article root, keyed by the element that holds each. */
export function findMarkupEmbeds(_context: Context, _root: Element | Root): Map<Element, EmbedDraft> {
  return new Map();
}

/** Embeds flattened into text ("— Name (@handle) February 3, 2026"); claims the blocks they span. */
export function findTextEmbeds(_context: Context, _blocks: Block[]): { embed: EmbedDraft; blockIndex: number }[] {
  return [];
}

/** Give every embed its paragraph, merge duplicates, and order them as the page does. */
export function placeEmbeds(
  _context: Context,
  _markup: Map<Element, EmbedDraft>,
  _anchors: Anchor[],
  _text: { embed: EmbedDraft; blockIndex: number }[],
  _body: ArticleText,
): Embed[] {
  return [];
}
