/**
 * The last pass over every Article before it is returned: one place that guarantees what the types
 * promise, whatever a stage or a hostile page produced.
 *
 * - every string is well-formed UTF-16 (a lone surrogate becomes U+FFFD) and holds no NUL or other
 *   C0 control character but tab, line feed and carriage return (each becomes U+FFFD). Each
 *   replacement is one code unit for one, so quote offsets into `Article.text` stay exact;
 * - every URL field is an absolute http(s) URL: `javascript:`, `data:`, `vbscript:`, relative and
 *   malformed URLs are removed (a related link or lead image without its URL goes with it);
 * - every date field (`…At`) is a valid ISO 8601 date, else removed;
 * - every `id` is a string.
 *
 * What is removed is named in one `output-sanitized` warning: nothing is dropped silently.
 */
import type { Article, Warning } from '../types.js';
import { isIsoDate } from './dates.js';
import { cleanString } from './strings.js';
import { safeUrl } from './urls.js';

/** How many removed paths the warning lists by name. */
const MAX_PATHS_IN_WARNING = 8;

/**
 * Warnings kept per code: a page of 20,000 tweets can raise 20,000 alike. The rest are counted in
 * one last warning of the same code, so nothing is dropped silently.
 */
export const MAX_WARNINGS_PER_CODE = 10;

/** Keys whose string value is a URL: `url`, `href`, `src` and any `…Url` (canonicalUrl, embedUrl). */
function isUrlKey(key: string): boolean {
  return key === 'url' || key === 'href' || key === 'src' || key.endsWith('Url');
}

/** Keys whose value is a list of URLs. */
function isUrlListKey(key: string): boolean {
  return key === 'links' || key === 'urls' || key.endsWith('Urls');
}

/** Keys whose value is an ISO 8601 date: `publishedAt`, `modifiedAt`, … */
function isDateKey(key: string): boolean {
  return key.length > 2 && key.endsWith('At');
}

type Container = Record<string, unknown> | unknown[];

/** Sanitize `article` in place and return it. */
export function sanitizeArticle(article: Article): Article {
  const removed: string[] = [];
  const seen = new Set<object>();
  const validDates = new Map<string, boolean>(); // many embeds share a date
  const stack: { value: Container; path: string }[] = [{ value: article as unknown as Container, path: '' }];
  while (stack.length > 0) {
    const { value: container, path } = stack.pop() as { value: Container; path: string };
    if (seen.has(container)) continue;
    seen.add(container);
    if (Array.isArray(container)) {
      for (let i = 0; i < container.length; i++) {
        const item = container[i];
        if (typeof item === 'string') {
          const cleaned = cleanString(item);
          if (cleaned !== item) container[i] = cleaned;
        }
        else if (item !== null && typeof item === 'object') stack.push({ value: item as Container, path: `${path}[${i}]` });
      }
      continue;
    }
    for (const key of Object.keys(container)) {
      const value = container[key];
      if (value === undefined) continue;
      if (typeof value === 'string' && !isUrlKey(key) && !isDateKey(key) && key !== 'id') {
        // The common case first, without building a path, and writing only what changed.
        const cleaned = cleanString(value);
        if (cleaned !== value) container[key] = cleaned;
        continue;
      }
      const here = path ? `${path}.${key}` : key;
      if (key === 'id') {
        if (typeof value === 'string') {
          const cleaned = cleanString(value);
          if (cleaned !== value) container[key] = cleaned;
        } else if (typeof value === 'number' || typeof value === 'bigint') {
          container[key] = String(value);
          removed.push(`${here} (made a string)`);
        } else {
          delete container[key];
          removed.push(here);
        }
      } else if (isUrlKey(key) && typeof value === 'string') {
        const url = safeUrl(value);
        if (url === undefined) {
          delete container[key];
          removed.push(here);
        } else if (url !== value) container[key] = url;
      } else if (isUrlListKey(key) && Array.isArray(value)) {
        const kept: string[] = [];
        value.forEach((item, i) => {
          const url = typeof item === 'string' ? safeUrl(item) : undefined;
          if (url === undefined) removed.push(`${here}[${i}]`);
          else kept.push(url);
        });
        container[key] = kept;
      } else if (isDateKey(key) && typeof value === 'string') {
        let valid = validDates.get(value);
        if (valid === undefined) validDates.set(value, (valid = isIsoDate(value)));
        if (valid) continue;
        // The date's satellites (publishedAtPrecision, publishedAtSource) describe nothing now.
        for (const other of Object.keys(container)) if (other.startsWith(key)) delete container[other];
        removed.push(here);
      } else if (value !== null && typeof value === 'object') stack.push({ value: value as Container, path: here });
    }
  }
  // A related link or a lead image is its URL: without one it is nothing.
  article.relatedLinks = article.relatedLinks.filter((link) => typeof link.url === 'string');
  if (article.image && typeof article.image.url !== 'string') delete article.image;
  if (removed.length > 0) article.warnings.push(sanitizedWarning(removed));
  article.warnings = capWarnings(article.warnings);
  return article;
}

function capWarnings(warnings: Warning[]): Warning[] {
  const seen = new Map<string, number>();
  const kept: Warning[] = [];
  for (const warning of warnings) {
    const count = (seen.get(warning.code) ?? 0) + 1;
    seen.set(warning.code, count);
    if (count <= MAX_WARNINGS_PER_CODE) kept.push(warning);
  }
  for (const [code, count] of seen) {
    if (count > MAX_WARNINGS_PER_CODE) {
      kept.push({ code, message: `${count - MAX_WARNINGS_PER_CODE} more "${code}" warnings like the ones above were left out.` });
    }
  }
  return kept;
}

function sanitizedWarning(removed: string[]): Warning {
  const named = removed.slice(0, MAX_PATHS_IN_WARNING).join(', ');
  const more = removed.length > MAX_PATHS_IN_WARNING ? `, and ${removed.length - MAX_PATHS_IN_WARNING} more` : '';
  return {
    code: 'output-sanitized',
    message: `${removed.length} output value(s) that were not clean http(s) URLs, ISO 8601 dates or string ids were removed or fixed: ${named}${more}.`,
  };
}
