/** Links the publisher presents as related to the article. */
import type { Element, Root } from 'hast';
import type { Block } from '../boundary/blocks.js';
import type { Context } from '../context.js';
import type { RelatedLink } from '../types.js';

export function extractRelatedLinks(_context: Context, _root: Element | Root, _blocks: Block[]): RelatedLink[] {
  return [];
}
