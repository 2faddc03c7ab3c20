/** The publisher's topic labels for the article. */
import type { Element, Root } from 'hast';
import type { Block } from '../boundary/blocks.js';
import type { Context } from '../context.js';
import type { Tag } from '../types.js';

export function extractTags(_context: Context, _root: Element | Root, _blocks: Block[]): Tag[] {
  return [];
}
