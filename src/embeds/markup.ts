/** Reading embed markup: links, the text of a fallback block, lazy-loading attributes. */
import type { Element, ElementContent } from 'hast';
import { attr, walkElements, SKIP } from '../hast/util.js';
import { resolveUrl } from '../url.js';
import type { EmbedDraft } from './types.js';

export interface Link {
  href: string;
  text: string;
  element: Element;
}

/** Every `<a href>` below `root`, in document order, with its text. */
export function linksIn(root: Element): Link[] {
  const links: Link[] = [];
  walkElements(root, (element) => {
    if (element.tagName === 'a') {
      const href = attr(element, 'href');
      if (href) links.push({ href, text: embedText(element).replace(/\s+/g, ' ').trim(), element });
      return SKIP;
    }
  });
  return links;
}

const BLOCK_BREAK = new Set(['p', 'div', 'section', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figcaption', 'header', 'footer']);
const NEVER_TEXT = new Set(['script', 'style', 'template', 'noscript', 'svg', 'iframe', 'button', 'img']);

/** Text of an embed's fallback: `<br>` is a line break, blocks are separated by a blank line, hidden parts skipped. */
export function embedText(root: Element, skip?: (element: Element) => boolean): string {
  let out = '';
  const stack: (ElementContent | 'break')[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as ElementContent | 'break';
    if (node === 'break') {
      out += '\n\n';
      continue;
    }
    if (node.type === 'text') out += node.value;
    else if (node.type === 'element') {
      if (node.tagName === 'br') {
        out += '\n';
        continue;
      }
      if (NEVER_TEXT.has(node.tagName) || isHidden(node) || skip?.(node)) continue;
      const block = BLOCK_BREAK.has(node.tagName);
      if (block) {
        out += '\n\n';
        stack.push('break');
      }
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as ElementContent);
    }
  }
  return out;
}

/** Collapse spaces inside lines, trim lines, at most one blank line between paragraphs. */
export function tidyText(text: string): string {
  return text
    .replace(/[ \t\f\v\u00a0\u200b\ufeff]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function isHidden(element: Element): boolean {
  const style = attr(element, 'style');
  return (style !== undefined && /display\s*:\s*none/i.test(style)) || element.properties.hidden === true;
}

/** Attributes lazy loaders and consent managers move the real URL into, read before `src`. */
export const LAZY_URL_ATTRIBUTES = [
  'data-src', 'data-lazy-src', 'data-litespeed-src', 'data-rocket-src', 'data-original', 'data-cmp-src',
  'data-consent-src', 'data-cookieblock-src', 'data-embed-url', 'src',
];

/** Absolute http(s) URLs an iframe-like element points at, lazy attributes first. */
export function frameUrls(element: Element, base: string | undefined): string[] {
  const urls: string[] = [];
  for (const name of LAZY_URL_ATTRIBUTES) {
    const value = attr(element, name);
    if (!value || value.startsWith('about:') || value.startsWith('data:')) continue;
    const url = resolveUrl(value.startsWith('//') ? `https:${value}` : value, base);
    if (url && !urls.includes(url)) urls.push(url);
  }
  return urls;
}

/** Parse a URL string, or undefined. */
export function parseUrl(value: string | undefined): URL | undefined {
  if (!value || value.length > 4096) return undefined;
  try {
    const url = new URL(value.startsWith('//') ? `https:${value}` : value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}


/** Strip trailing characters of a set without a regex (a `[…]+$` pattern is quadratic on long runs). */
export function trimEndChars(value: string, chars: string): string {
  let end = value.length;
  while (end > 0 && chars.includes(value[end - 1] as string)) end--;
  return value.slice(0, end);
}

/** Host without `www.` / `m.` / `mobile.`, lower-case. */
export function bareHost(url: URL): string {
  return url.hostname.toLowerCase().replace(/^(?:www|m|mobile|web)\./, '');
}

/** Drop empty fields so that drafts carry only what the page showed. */
export function compact(draft: EmbedDraft): EmbedDraft {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(draft)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    if (key === 'author' && value && typeof value === 'object') {
      const author = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== ''));
      if (Object.keys(author).length > 0) out[key] = author;
      continue;
    }
    out[key] = value;
  }
  return out as unknown as EmbedDraft;
}
