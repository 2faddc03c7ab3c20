/**
 * The state one extraction carries through its stages: the tree, the page's head metadata and
 * JSON-LD read once, the base URL, and the warnings collected on the way.
 */
import type { Element, Parents, Root } from 'hast';
import { attr, textContent, walkElements, SKIP } from './hast/util.js';
import { type Budget, resolveLimits, startBudget } from './limits.js';
import { readJsonLd, type JsonLdNode } from './metadata/json-ld.js';
import type { ExtractOptions, Warning } from './types.js';
import { pageUrlProblem, resolveUrl } from './url.js';

export interface Context {
  tree: Root;
  /** The URL given in options, when it is a valid http(s) URL. */
  pageUrl?: string;
  /** What relative links resolve against: options.url, then `<base href>`, then the canonical URL. */
  baseUrl?: string;
  /** `<meta>` contents by lower-cased name, property or itemprop, in document order. */
  meta: Map<string, string[]>;
  /** `<link rel>` hrefs by lower-cased rel token. */
  links: Map<string, string[]>;
  /** Every JSON-LD object on the page, `@graph` members flattened out. */
  jsonLd: JsonLdNode[];
  /** `<html lang>`. */
  htmlLang?: string;
  /** `<title>` text. */
  documentTitle?: string;
  parents: WeakMap<Element, Parents>;
  warnings: Warning[];
  /** The time left for the optional stages (`options.timeBudgetMs`); long stages may check `budgetSpent`. */
  budget?: Budget;
}

export function createContext(tree: Root, options: ExtractOptions): Context {
  const budget = startBudget(resolveLimits(options).timeBudgetMs);
  const meta = new Map<string, string[]>();
  const links = new Map<string, string[]>();
  const scripts: string[] = [];
  let htmlLang: string | undefined;
  let documentTitle: string | undefined;
  let baseHref: string | undefined;
  // The parent map is filled in the same walk: one pass over the page instead of two.
  const parents = new WeakMap<Element, Parents>();
  const recordParent = (element: Element, parent: Parents) => {
    parents.set(element, parent);
  };
  walkElements(tree, (element, parent) => {
    parents.set(element, parent);
    switch (element.tagName) {
      case 'html':
        htmlLang = attr(element, 'lang') || undefined;
        break;
      case 'meta': {
        const content = attr(element, 'content');
        if (content === undefined) break;
        for (const key of [attr(element, 'name'), attr(element, 'property'), attr(element, 'itemprop')]) {
          if (key) push(meta, key.toLowerCase(), content);
        }
        break;
      }
      case 'link': {
        const href = attr(element, 'href');
        const rel = attr(element, 'rel');
        if (href && rel) for (const token of rel.toLowerCase().split(/\s+/)) push(links, token, href);
        break;
      }
      case 'base':
        baseHref ??= attr(element, 'href');
        break;
      case 'title':
        documentTitle ??= textContent(element).trim() || undefined;
        walkElements(element, recordParent);
        return SKIP;
      case 'script':
        if ((attr(element, 'type') ?? '').toLowerCase().includes('ld+json')) scripts.push(textContent(element));
        walkElements(element, recordParent);
        return SKIP;
      case 'style':
        walkElements(element, recordParent);
        return SKIP;
    }
  });
  const warnings: Warning[] = [];
  const jsonLd = readJsonLd(scripts, warnings);
  const pageUrl = resolveUrl(options.url ?? undefined);
  const urlProblem = typeof options.url === 'string' ? pageUrlProblem(options.url) : undefined;
  if (urlProblem) warnings.push({ code: 'invalid-option', message: urlProblem });
  const canonical = links.get('canonical')?.[0];
  const baseUrl = resolveUrl(baseHref, pageUrl) ?? pageUrl ?? resolveUrl(canonical);
  return {
    tree,
    ...(pageUrl ? { pageUrl } : {}),
    ...(baseUrl ? { baseUrl } : {}),
    meta,
    links,
    jsonLd,
    ...(htmlLang ? { htmlLang } : {}),
    ...(documentTitle ? { documentTitle } : {}),
    parents,
    warnings,
    budget,
  };
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** First non-empty `<meta>` content among `keys`. */
export function firstMeta(context: Context, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const value of context.meta.get(key) ?? []) {
      const trimmed = value.trim();
      if (trimmed) return trimmed;
    }
  }
  return undefined;
}
