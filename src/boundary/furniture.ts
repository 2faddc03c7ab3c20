/**
 * Is this element page furniture (navigation, comments, ads, teasers…) rather than the article?
 *
 * Tags, ARIA roles and hiding are certain. Class and id names are not: themes name whole page
 * wrappers "sidebar-layout", "page-ad-margins" or "elementor-widget-wrap". So a named element that
 * the root finder saw holding most of the page's prose is marked as a prose wrapper and kept.
 */
import type { Element } from 'hast';
import { attr, classAndId } from '../hast/util.js';
import { BODY_CLASS, DISCUSSION_NAME, FURNITURE_CLASS, FURNITURE_ROLES, FURNITURE_TAGS, SOFT_FURNITURE_TAGS } from './signals.js';

/** Longer class/id strings are not tested (bounds the regex work on hostile pages). */
const MAX_NAMES_LENGTH = 500;

/** Elements with furniture names that hold the page's prose (set by `findArticleRoot`). */
const proseWrappers = new WeakSet<Element>();

export function markProseWrapper(element: Element): void {
  proseWrappers.add(element);
}

/** Furniture whatever its size: by tag, role or because it is hidden. */
export function isHardFurniture(element: Element): boolean {
  if (FURNITURE_TAGS.has(element.tagName)) return true;
  if (element.properties.hidden === true || attr(element, 'aria-hidden') === 'true') return true;
  const style = attr(element, 'style');
  if (style && style.length < MAX_NAMES_LENGTH && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const role = attr(element, 'role');
  return role !== undefined && FURNITURE_ROLES.has(role.toLowerCase());
}

/**
 * What the element's names say: 'discussion' (comments: never the article, however long),
 * 'furniture' (other furniture names), or undefined.
 */
export function furnitureName(element: Element): 'discussion' | 'furniture' | undefined {
  if (element.tagName === 'article' || element.tagName === 'main' || element.tagName === 'body' || element.tagName === 'html')
    return undefined;
  if (SOFT_FURNITURE_TAGS.has(element.tagName)) return 'furniture';
  if (!hasNames(element)) return undefined;
  const names = componentNames(element);
  if (names.length <= 1 || names.length >= MAX_NAMES_LENGTH) return undefined;
  if (!FURNITURE_CLASS.test(names)) return undefined;
  if (DISCUSSION_NAME.test(names)) return 'discussion';
  // A body container that also says e.g. "paywall" or "content-with-ads" is still the body.
  return BODY_CLASS.test(names) ? undefined : 'furniture';
}

export function isFurniture(element: Element): boolean {
  if (isHardFurniture(element)) return true;
  const named = furnitureName(element);
  if (named === 'discussion') return true;
  return named === 'furniture' && !proseWrappers.has(element);
}

/**
 * `class` and `id`, lower-cased, with the word breaks of PascalCase and camelCase names made
 * hyphens: CSS modules and component frameworks name blocks "NewsletterBox" or "mostReadList",
 * which say the same as "newsletter-box" and "most-read-list".
 */
function componentNames(element: Element): string {
  const names = classAndId(element);
  const className = element.properties.className;
  const raw = `${Array.isArray(className) ? className.join(' ') : String(className ?? '')} ${String(element.properties.id ?? '')}`;
  if (!CAMEL_BREAK.test(raw) || raw.length >= MAX_NAMES_LENGTH) return names;
  return `${names} ${raw.replace(CAMEL_BREAKS, '$1-$2').toLowerCase()}`;
}

/** A lower-case letter followed by an upper-case one: a word break inside a component name. */
const CAMEL_BREAK = /\p{Ll}\p{Lu}/u;
const CAMEL_BREAKS = /(\p{Ll})(\p{Lu})/gu;

/** Has a class or an id (most elements have neither: no string is built for them). */
function hasNames(element: Element): boolean {
  return element.properties.className !== undefined || element.properties.id !== undefined;
}
