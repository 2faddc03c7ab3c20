/** The article's own metadata: title, authors, dates, image, site, language, section, copyright. */
import type { Element, Root } from 'hast';
import type { Block } from '../boundary/blocks.js';
import type { Context } from '../context.js';
import type { Article } from '../types.js';

export type Metadata = Pick<
  Article,
  'canonicalUrl' | 'title' | 'description' | 'lang' | 'siteName' | 'authors' | 'publishedAt' | 'modifiedAt' | 'image' | 'section' | 'copyright'
>;

export function extractMetadata(_context: Context, _root: Element | Root, _blocks: Block[]): Metadata {
  return { authors: [] };
}
