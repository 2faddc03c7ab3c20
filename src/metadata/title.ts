/**
 * The article's title.
 *
 * Sources, in order: `og:title`, `twitter:title`, the JSON-LD headline, Dublin Core and other CMS
 * title metas, the page's `<h1>`, and last the document `<title>`. A known site name (siteName, the
 * publisher, the host) is cut from either end ("Headline | Site", "Site - Headline"); a `<title>`
 * with a separator and no known site name loses its last segment when what is left still reads as
 * a headline (Readability's rule).
 */
import type { Element, Root } from 'hast';
import type { Context } from '../context.js';
import { findAllElements, visibleText } from '../hast/util.js';
import { hostOf } from '../url.js';
import { articleLd, cleanText, ldText, metaText } from './sources.js';

/** Separators between a headline and the site name. */
const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' » ', ' / ', ' \\ ', ' > ', ' _ ', '_', '｜', ' ｜ '];
/** A `<title>` segment with fewer words than this is a site name, not a headline. */
const MIN_HEADLINE_WORDS = 3;
/** For scripts without spaces (CJK), a segment this long reads as a headline. */
const MIN_HEADLINE_CHARS_UNSPACED = 8;

export function extractTitle(context: Context, root: Element | Root, siteNames: string[]): string | undefined {
  const node = articleLd(context);
  const fromMeta =
    metaText(context, 'og:title', 'twitter:title') ??
    ldText(node?.headline) ??
    metaText(context, 'dc.title', 'dcterms.title', 'dc:title', 'title', 'parsely-title', 'sailthru.title') ??
    ldText(node?.name);
  const names = withHost(siteNames, context);
  if (fromMeta) return stripSiteName(fromMeta, names);
  const heading = pageHeading(context, root);
  const documentTitle = cleanText(context.documentTitle);
  if (documentTitle) {
    const stripped = stripSiteName(documentTitle, names);
    if (stripped !== documentTitle) return stripped;
    if (heading && documentTitle.includes(heading)) return heading;
    return dropLastSegment(documentTitle);
  }
  return heading;
}

/** The page's headline element: the first `<h1>` in the article root, else the page's only `<h1>`. */
export function pageHeading(context: Context, root: Element | Root): string | undefined {
  const isH1 = (element: Element) => element.tagName === 'h1';
  const inRoot = root.type === 'element' ? findAllElements(root, isH1) : [];
  const candidates = inRoot.length > 0 ? inRoot : findAllElements(context.tree, isH1);
  if (inRoot.length === 0 && candidates.length !== 1) return undefined;
  return cleanText(visibleText(candidates[0] as Element));
}

function withHost(siteNames: string[], context: Context): string[] {
  const url = context.pageUrl ?? context.links.get('canonical')?.[0];
  const host = url ? hostOf(url) : '';
  return host ? [...siteNames, host, host.split('.')[0] as string] : siteNames;
}

/** Letters and digits only, lower-cased: "Latin Times" and "latintimes" compare equal. */
function squash(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Cut a known site name from the title's end or start. */
export function stripSiteName(title: string, siteNames: string[]): string {
  const names = new Set(siteNames.map(squash).filter((name) => name.length > 1));
  if (names.size === 0) return title;
  for (const separator of SEPARATORS) {
    const last = title.lastIndexOf(separator);
    if (last > 0 && names.has(squash(title.slice(last + separator.length)))) {
      const rest = title.slice(0, last).trim();
      if (rest) return rest;
    }
    const first = title.indexOf(separator);
    if (first > 0 && names.has(squash(title.slice(0, first)))) {
      const rest = title.slice(first + separator.length).trim();
      if (rest) return rest;
    }
  }
  return title;
}

function wordCount(value: string): number {
  return value.split(/\s+/).filter(Boolean).length;
}

function readsAsHeadline(value: string): boolean {
  return wordCount(value) >= MIN_HEADLINE_WORDS || (!/\s/.test(value) && value.length >= MIN_HEADLINE_CHARS_UNSPACED);
}

/** "Headline | Section | Site" → "Headline | Section" → … when the remainder still reads as a headline. */
function dropLastSegment(title: string): string {
  let best = -1;
  for (const separator of SEPARATORS) {
    if (separator.trim() === '_' && separator.length === 1) continue;
    const at = title.lastIndexOf(separator);
    if (at > best) best = at;
  }
  if (best <= 0) return title;
  const rest = title.slice(0, best).trim();
  return readsAsHeadline(rest) ? rest : title;
}
