/**
 * Reading the page's metadata sources uniformly: `<meta>` by key, the article's JSON-LD node, and
 * small text clean-ups shared by the field modules.
 */
import type { Context } from '../context.js';
import type { Element } from 'hast';
import { collapseWhitespace, findElement, textContent } from '../hast/util.js';
import { articleNode, type JsonLdNode } from './json-ld.js';

/** Metadata values longer than this are not a title, name or date: they are ignored. */
export const MAX_FIELD_CHARS = 2000;

/** HTML entities CMSs leave double-escaped in meta content ("&amp;amp;", "&#8217;"). */
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
};

/** White space collapsed, leftover entities decoded; undefined when empty or absurdly long. */
export function cleanText(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_FIELD_CHARS) return undefined;
  const decoded = value.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (match, code: string) => {
    if (code[0] === '#') {
      const point = code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number.parseInt(code.slice(1), 10);
      return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : match;
    }
    return ENTITIES[code.toLowerCase()] ?? match;
  });
  const text = collapseWhitespace(decoded);
  return text || undefined;
}

const metaIndexes = new WeakMap<Context, Map<string, string[]>>();

/**
 * `<meta>` contents by each single key: `property="og:title twitter:title"` is listed under both
 * (the context keys the attribute as written). Built once per extraction.
 */
function metaIndex(context: Context): Map<string, string[]> {
  let index = metaIndexes.get(context);
  if (index) return index;
  index = new Map();
  for (const [key, values] of context.meta) {
    for (const single of key.split(/\s+/)) {
      if (!single) continue;
      const list = index.get(single);
      if (list) list.push(...values);
      else index.set(single, [...values]);
    }
  }
  metaIndexes.set(context, index);
  return index;
}

/** The first clean, non-empty `<meta>` content among `keys`, in the order given. */
export function metaText(context: Context, ...keys: string[]): string | undefined {
  const index = metaIndex(context);
  for (const key of keys) {
    for (const value of index.get(key) ?? []) {
      const text = cleanText(value);
      if (text) return text;
    }
  }
  return undefined;
}

/** Every clean `<meta>` content for `key`. */
export function metaTexts(context: Context, key: string): string[] {
  return (metaIndex(context).get(key) ?? []).map(cleanText).filter((text): text is string => text !== undefined);
}

const articleNodes = new WeakMap<Context, JsonLdNode | null>();

/** The JSON-LD node describing the article (memoised per extraction). */
export function articleLd(context: Context): JsonLdNode | undefined {
  let node = articleNodes.get(context);
  if (node === undefined) {
    node = articleNode(context.jsonLd) ?? null;
    articleNodes.set(context, node);
  }
  return node ?? undefined;
}

/** A JSON-LD value that should be a string (the first string of an array, or an object's `@value`/`name`). */
export function ldText(value: unknown): string | undefined {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 10)) {
      const text = ldText(item);
      if (text) return text;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    const node = value as JsonLdNode;
    return ldText(node['@value'] ?? node.name);
  }
  return undefined;
}

/** A JSON-LD value as a list (a single value becomes a one-item list), capped. */
export function ldList(value: unknown, max = 50): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value.slice(0, max) : [value];
}

const headTitles = new WeakMap<Context, string | null>();

/** The document's `<title>`: the one in `<head>` (an SVG's `<title>` in the body is not it). */
export function headTitle(context: Context): string | undefined {
  let title = headTitles.get(context);
  if (title === undefined) {
    const html = context.tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html');
    const head = html?.children.find((node): node is Element => node.type === 'element' && node.tagName === 'head');
    const element = head ? findElement(head, (candidate) => candidate.tagName === 'title') : undefined;
    title = (element ? cleanText(textContent(element)) : cleanText(context.documentTitle)) ?? null;
    headTitles.set(context, title);
  }
  return title ?? undefined;
}
