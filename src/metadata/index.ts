/**
 * The article's own metadata: title, description, authors, dates, canonical URL, site name,
 * language, section, lead image and copyright line. One module per field family; each documents
 * its order of sources. Fields the page does not carry are absent, never guessed.
 *
 * Blocks that only repeat metadata leave `Article.text` (claimed): the headline ('headline'), the
 * byline ('byline'), a date line ('dateline'), the lead image's caption ('caption') and the
 * copyright line ('copyright'). Broken JSON-LD was already skipped (with a warning) by the context.
 */
import type { Element, Root } from 'hast';
import type { Block } from '../boundary/blocks.js';
import type { Context } from '../context.js';
import type { Article } from '../types.js';
import { extractAuthors, findByline } from './authors.js';
import { claimRepeatedBlocks } from './claims.js';
import { extractCopyright } from './copyright.js';
import { extractDates } from './dates.js';
import { extractDescription } from './description.js';
import { extractImage } from './image.js';
import { articleLd, ldText } from './sources.js';
import { extractCanonicalUrl, extractLang, extractSection, extractSiteName, knownSiteNames } from './site.js';
import { editorCredit } from './editor-credit.js';
import { headByline } from './head-byline.js';
import { extractTitle, pageHeading } from './title.js';

export type Metadata = Pick<
  Article,
  | 'canonicalUrl'
  | 'title'
  | 'description'
  | 'lang'
  | 'siteName'
  | 'authors'
  | 'publishedAt'
  | 'modifiedAt'
  | 'image'
  | 'section'
  | 'copyright'
>;

export function extractMetadata(context: Context, root: Element | Root, blocks: Block[]): Metadata {
  const siteName = extractSiteName(context);
  const publisher = ldText(articleLd(context)?.publisher);
  const siteNames = knownSiteNames(context, [siteName, publisher]);
  const title = extractTitle(context, root, siteNames);
  const byline = findByline(context, root);
  const authors = extractAuthors(context, byline, root, siteNames, () => headByline(blocks) ?? editorCredit(blocks));
  const { publishedAt, modifiedAt } = extractDates(context, root, byline?.element);
  const image = extractImage(context, root, blocks);
  const copyright = extractCopyright(context, blocks);
  const heading = pageHeading(context, root);
  claimRepeatedBlocks(blocks, { titles: [title, heading], byline, authors });
  const metadata: Metadata = { authors };
  const fields: Omit<Metadata, 'authors'> = {
    canonicalUrl: extractCanonicalUrl(context),
    title,
    description: extractDescription(context),
    lang: extractLang(context),
    siteName,
    publishedAt,
    modifiedAt,
    image,
    section: extractSection(context),
    copyright,
  };
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) (metadata as Record<string, unknown>)[key] = value;
  }
  return metadata;
}
