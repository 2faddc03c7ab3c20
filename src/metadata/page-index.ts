/**
 * One walk over the page collecting every element a metadata field looks for (headings, author
 * links, byline candidates, figures, copyright lines), so that no field walks the page again.
 * Memoised per extraction.
 */
import type { Element, Parents, Root } from 'hast';
import { isHardFurniture } from '../boundary/furniture.js';
import { walkInOut } from '../boundary/walk.js';
import type { Context } from '../context.js';
import { attr, classAndId, classList } from '../hast/util.js';
import { BYLINE_CAMEL_NAME, BYLINE_NAME, COPYRIGHT_START, DATE_NAME } from './vocabulary.js';

/** Caps on what is collected: no article needs more, and they bound the work on hostile pages. */
const MAX_PER_KIND = 200;
/** Class/id strings longer than this are not tested for byline names. */
const MAX_NAMES_LENGTH = 300;
/** Elements whose own text may be the copyright line. */
const LINE_TAGS = new Set(['p', 'div', 'span', 'small', 'li', 'section', 'footer', 'td']);
/** Never content. */
const SKIPPED_TAGS = new Set(['head', 'script', 'style', 'template', 'svg', 'noscript']);

export interface PageIndex {
  /** Every `<h1>`, in document order. */
  h1s: Element[];
  /** `<a rel=author>` outside furniture. */
  authorLinks: Element[];
  /** Elements with itemprop=author or a byline/author name, outside furniture. */
  bylines: Element[];
  /** itemprop=author inside furniture (an <aside> or <footer> of the article): explicit, used last. */
  furnitureBylines: Element[];
  /** `<figure>` elements. */
  figures: Element[];
  /** Line elements whose text starts with "©" or "Copyright" (footers included). */
  copyrightLines: Element[];
  /** `<time>` elements and elements named as a date, outside furniture. */
  dateElements: Element[];
  /** Elements (not `<meta>`) with schema.org microdata `itemprop=datePublished`, outside furniture. */
  publishedProps: Element[];
}

const indexes = new WeakMap<Context, PageIndex>();

export function pageIndex(context: Context): PageIndex {
  const cached = indexes.get(context);
  if (cached) return cached;
  const index: PageIndex = {
    h1s: [],
    authorLinks: [],
    bylines: [],
    furnitureBylines: [],
    figures: [],
    copyrightLines: [],
    dateElements: [],
    publishedProps: [],
  };
  const furniture: Element[] = [];
  const add = (list: Element[], element: Element) => {
    if (list.length < MAX_PER_KIND) list.push(element);
  };
  walkInOut(context.tree, {
    enter(element) {
      if (SKIPPED_TAGS.has(element.tagName)) return false;
      if (isHardFurniture(element)) furniture.push(element);
      const tag = element.tagName;
      if (tag === 'h1') add(index.h1s, element);
      else if (tag === 'figure') add(index.figures, element);
      if (LINE_TAGS.has(tag) && startsWithCopyright(element)) add(index.copyrightLines, element);
      if (furniture.length === 0) {
        if (tag === 'a' && /\bauthor\b/i.test(attr(element, 'rel') ?? '')) add(index.authorLinks, element);
        else if (isBylineCandidate(element)) add(index.bylines, element);
        if (tag === 'time' || isDateCandidate(element)) add(index.dateElements, element);
        if (tag !== 'meta' && /\bdatepublished\b/i.test(attr(element, 'itemprop') ?? '')) add(index.publishedProps, element);
      } else if (/\bauthor\b/i.test(attr(element, 'itemprop') ?? '')) add(index.furnitureBylines, element);
      return true;
    },
    text() {},
    exit(element) {
      if (furniture[furniture.length - 1] === element) furniture.pop();
    },
  });
  indexes.set(context, index);
  return index;
}

function startsWithCopyright(element: Element): boolean {
  const first = element.children.find((child) => child.type !== 'text' || child.value.trim() !== '');
  return first?.type === 'text' && COPYRIGHT_START.test(first.value.trimStart());
}

function isBylineCandidate(element: Element): boolean {
  if (/\bauthor\b/i.test(attr(element, 'itemprop') ?? '')) return true;
  if (!hasNames(element)) return false;
  const names = classAndId(element);
  if (names.length <= 1 || names.length >= MAX_NAMES_LENGTH) return false;
  return BYLINE_NAME.test(names) || classList(element).some((name) => BYLINE_CAMEL_NAME.test(name));
}

function isDateCandidate(element: Element): boolean {
  if (!hasNames(element)) return false;
  const names = classAndId(element);
  return names.length < MAX_NAMES_LENGTH && DATE_NAME.test(names);
}

/** Deeper climbs are cut (the parser caps depth well below this). */
const MAX_CLIMB = 1000;

/**
 * A test for "inside the article root". The root may be a synthetic container of original
 * elements (see boundary/root.ts), so its children count as the root too.
 */
export function insideRoot(root: Element | Root, parents: WeakMap<Element, Parents>): (element: Element) => boolean {
  if (root.type === 'root') return () => true;
  const top = new Set<Parents>([root, ...root.children.filter((child): child is Element => child.type === 'element')]);
  return (element) => {
    let current: Parents | undefined = element;
    for (let hops = 0; current && hops < MAX_CLIMB; hops++) {
      if (top.has(current)) return true;
      current = current.type === 'element' ? parents.get(current) : undefined;
    }
    return false;
  };
}

/** Has a class or an id (most elements have neither: no string is built for them). */
function hasNames(element: Element): boolean {
  return element.properties.className !== undefined || element.properties.id !== undefined;
}
