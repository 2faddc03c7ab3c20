/**
 * The article's description (standfirst / summary).
 *
 * Sources, in order: `og:description`, `twitter:description`, `<meta name=description>`, the
 * JSON-LD `description`, Dublin Core description.
 */
import type { Context } from '../context.js';
import { articleLd, ldText, metaText } from './sources.js';

export function extractDescription(context: Context): string | undefined {
  return (
    metaText(context, 'og:description', 'twitter:description', 'description') ??
    ldText(articleLd(context)?.description) ??
    metaText(context, 'dc.description', 'dcterms.description')
  );
}
