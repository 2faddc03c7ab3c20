/**
 * Where the article lives: its canonical URL, the site's name, the page's language and the
 * article's section.
 *
 * canonicalUrl: `<link rel=canonical>`, `og:url`, JSON-LD `url` / `mainEntityOfPage` (http(s) only,
 *   resolved against the base URL).
 * siteName: `og:site_name`, JSON-LD publisher name, `application-name`.
 * lang: `<html lang>`, `content-language`/`language` meta, `og:locale`, JSON-LD `inLanguage`
 *   (as BCP 47: "en_US" becomes "en-US").
 * section: `article:section`, JSON-LD `articleSection`, parsely/sailthru section metas.
 */
import type { Context } from '../context.js';
import { hostOf, resolveUrl } from '../url.js';
import { articleLd, cleanText, ldText, metaText } from './sources.js';

/** A language tag: "en", "en-US", "zh-Hant-TW". */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8}){0,3}$/i;

export function extractCanonicalUrl(context: Context): string | undefined {
  const node = articleLd(context);
  const mainEntity = node?.mainEntityOfPage;
  const candidates = [
    context.links.get('canonical')?.[0],
    metaText(context, 'og:url'),
    typeof node?.url === 'string' ? node.url : undefined,
    typeof mainEntity === 'string'
      ? mainEntity
      : mainEntity && typeof mainEntity === 'object'
        ? ldText((mainEntity as Record<string, unknown>)['@id'])
        : undefined,
  ];
  for (const candidate of candidates) {
    const url = resolveUrl(candidate, context.baseUrl);
    if (url) return url;
  }
  return undefined;
}

export function extractSiteName(context: Context): string | undefined {
  const publisher = articleLd(context)?.publisher;
  return metaText(context, 'og:site_name') ?? ldText(publisher) ?? metaText(context, 'application-name');
}

export function extractLang(context: Context): string | undefined {
  const candidates = [
    context.htmlLang,
    metaText(context, 'content-language', 'language', 'dc.language', 'og:locale'),
    ldText(articleLd(context)?.inLanguage),
  ];
  for (const candidate of candidates) {
    const tag = cleanText(candidate)?.split(/[,;\s]/)[0];
    if (tag && LANGUAGE_TAG.test(tag)) return tag.replace(/_/g, '-');
  }
  return undefined;
}

export function extractSection(context: Context): string | undefined {
  return (
    metaText(context, 'article:section') ??
    ldText(articleLd(context)?.articleSection) ??
    metaText(context, 'parsely-section', 'sailthru.section', 'section')
  );
}

/** The site's names as the page gives them, with its host ("bbc.co.uk") and the host's own name ("bbc"). */
export function knownSiteNames(context: Context, siteNames: (string | undefined)[]): string[] {
  const names = siteNames.filter((name): name is string => name !== undefined);
  const url = context.pageUrl ?? context.links.get('canonical')?.[0];
  const host = url ? hostOf(url) : '';
  return host ? [...names, host, siteLabel(host)] : names;
}

/** "en.wikipedia.org" → "wikipedia", "bbc.co.uk" → "bbc": the host's own name without its suffix. */
function siteLabel(host: string): string {
  const labels = host.split('.');
  const last = labels[labels.length - 1] ?? '';
  const second = labels[labels.length - 2] ?? '';
  const countrySecondLevel = last.length === 2 && second.length <= 3 && labels.length > 2;
  return (countrySecondLevel ? labels[labels.length - 3] : second) ?? '';
}
