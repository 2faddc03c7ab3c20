/** Direct quotes and who said them. */
import type { Context } from '../context.js';
import type { Metadata } from '../metadata/index.js';
import type { ArticleText } from '../text.js';
import type { Embed, Quote, Tag } from '../types.js';

/** What the rest of the page tells the quote stage about the people in it. */
export interface QuoteHints {
  metadata: Metadata;
  tags: Tag[];
  embeds: Embed[];
}

export function extractQuotes(_context: Context, _body: ArticleText, _hints: QuoteHints): Quote[] {
  return [];
}
