/**
 * Where an element sits on the page: inside the article, or in the site's chrome (navigation,
 * page header and footer, sidebars, trending lists). Tags and related links both want blocks
 * attached to the article and never the site-wide ones, so both walk the page through here.
 */
import type { Element, ElementContent, Parents, Root } from 'hast';
import type { Context } from '../context.js';
import { attr, classAndId, collapseWhitespace, SKIP, STOP } from '../hast/util.js';
import { CHROME_CLASS, CHROME_ROLES, CONTENT_LANDMARK_TAGS, FOOTER_LIST_NAME, UNREAD_TAGS } from './vocabulary.js';

export interface Placement {
  /** Inside an `<article>`, an `itemprop=articleBody` element or the article root. */
  inArticle: boolean;
  /** Inside the article root that the boundary found. */
  inRoot: boolean;
  /** The element is the article root or one of its ancestors. */
  holdsRoot: boolean;
  /** Inside a `<footer>` or `<aside>` outside the article that follows it (walked only on request). */
  inLandmark: boolean;
}

export interface WalkOptions {
  /**
   * Walk `<footer>` and `<aside>` landmarks outside the article when they come after it. Many CMSs
   * put the article's own related box in a sibling `<aside>`/`<footer>` of the article's column
   * (Golem, Welt, El País); the site's footer and sidebars hold nothing that passes a related
   * block's tests (a related heading or class, titled article links), so the caller decides.
   */
  landmarksAfterArticle?: boolean;
}

/**
 * The article root as the page holds it: the elements that are the root (the root itself, or the
 * members of a synthetic root the boundary assembled from siblings) at level 0, and their
 * ancestors, each with how many levels above the root it stands (1 = parent).
 */
export interface RootPath {
  levels: Map<Element, number>;
  /** Level of the outermost `<article>` holding the root (0 when none): boxes are measured from there. */
  articleLevel: number;
}

export function rootPathOf(context: Context, root: Element | Root): RootPath {
  const levels = new Map<Element, number>();
  const path: RootPath = { levels, articleLevel: 0 };
  if (root.type !== 'element') return path;
  let members: Element[] = [root];
  let current = context.parents.get(root);
  if (current === undefined) {
    // A synthetic root: its children are the page's elements, siblings under one parent.
    members = root.children.filter((child): child is Element => child.type === 'element');
    current = members[0] ? context.parents.get(members[0]) : undefined;
  }
  for (const member of members) levels.set(member, 0);
  for (let level = 1; level <= MAX_ANCESTORS && current && current.type === 'element'; level++) {
    levels.set(current, level);
    if (current.tagName === 'article') path.articleLevel = level;
    current = context.parents.get(current);
  }
  return path;
}

/**
 * How far a block stands from the article: the levels from the article (the root, or the outermost
 * `<article>` holding it) up to the ancestor the block shares with it (0 inside). A related box
 * right after the article shares the article's parent (1).
 */
export function distanceFromRoot(element: Element, context: Context, rootPath: RootPath): number {
  let current: Parents | undefined = element;
  for (let depth = 0; depth < MAX_ANCESTORS && current && current.type === 'element'; depth++) {
    const level = rootPath.levels.get(current);
    if (level !== undefined) return Math.max(0, level - rootPath.articleLevel);
    current = context.parents.get(current);
  }
  return Number.POSITIVE_INFINITY;
}

/** Class/id strings longer than this are not tested (they are generated noise, and it bounds the regex). */
const MAX_NAMES_CHARS = 500;

export type PageVisit = (element: Element, placement: Placement) => number | undefined | void;

/**
 * Visit every element of the page in document order, skipping the site's chrome and anything
 * that is never read (scripts, templates). Iterative: no page can overflow the stack.
 */
export function walkPage(context: Context, root: Element | Root, rootPath: RootPath, visit: PageVisit, options: WalkOptions = {}): void {
  const tree: Root = context.tree;
  const rootIsTree = root.type === 'root';
  let rootSeen = rootIsTree;
  // Parallel stacks (open parents, the next child to read in each, and whether each is inside the
  // article and the root): no frame object per element, as in walkElements.
  const nodes: Parents[] = [tree];
  const indexes: number[] = [0];
  const inArticles: boolean[] = [rootIsTree];
  const inRoots: boolean[] = [rootIsTree];
  const inLandmarks: boolean[] = [false];
  const inSectionings: boolean[] = [false];
  while (nodes.length > 0) {
    const top = nodes.length - 1;
    const child = (nodes[top] as Parents).children[indexes[top] as number];
    if (child === undefined) {
      nodes.pop();
      indexes.pop();
      inArticles.pop();
      inRoots.pop();
      inLandmarks.pop();
      inSectionings.pop();
      continue;
    }
    indexes[top] = (indexes[top] as number) + 1;
    if (child.type !== 'element' || UNREAD_TAGS.has(child.tagName)) continue;
    const parentInArticle = inArticles[top] as boolean;
    const level = rootPath.levels.get(child);
    const inRoot = (inRoots[top] as boolean) || level === 0;
    const inArticle = parentInArticle || inRoot || isArticleElement(child);
    const holdsRoot = level !== undefined;
    if (level === 0) rootSeen = true;
    let inLandmark = inLandmarks[top] as boolean;
    // The root's ancestors hold the whole article: a body class like "has-sidebar" must not hide it.
    const parentInSectioning = inSectionings[top] as boolean;
    if (!holdsRoot && isSiteChrome(child, parentInArticle, parentInSectioning)) {
      if (!(options.landmarksAfterArticle && rootSeen && isLandmarkOnly(child))) continue;
      inLandmark = true;
    }
    const result = visit(child, { inArticle, inRoot, holdsRoot, inLandmark });
    if (result === STOP) return;
    if (result !== SKIP && child.children.length > 0) {
      nodes.push(child);
      indexes.push(0);
      inArticles.push(inArticle);
      inRoots.push(inRoot);
      inLandmarks.push(inLandmark);
      inSectionings.push(parentInSectioning || SECTIONING_TAGS.has(child.tagName));
    }
  }
}

/** A `<footer>` or `<aside>` that is chrome only by its tag (no navigation role or chrome class). */
function isLandmarkOnly(element: Element): boolean {
  if (element.tagName !== 'footer' && element.tagName !== 'aside') return false;
  return attr(element, 'role') === undefined && !classNamesMatch(element, CHROME_CLASS);
}

function isArticleElement(element: Element): boolean {
  if (element.tagName === 'article') return true;
  const itemprop = attr(element, 'itemprop');
  return itemprop !== undefined && /\barticlebody\b/i.test(itemprop);
}

/**
 * Elements whose `<header>` and `<footer>` are their own, not the page's: HTML gives a header or
 * footer the banner / contentinfo role only outside these (HTML-AAM, "header" and "footer").
 */
const SECTIONING_TAGS = new Set(['article', 'aside', 'main', 'nav', 'section']);

/**
 * Navigation, and the page's own header, footer and sidebars. A `<header>`, `<footer>` or `<aside>`
 * inside the article is the article's (its tag footer, an inline related box), so it is not chrome;
 * nor is a `<header>` or `<footer>` inside a `<section>` or `<main>` (`inSectioning`): it heads that
 * section (a "Mehr zum Thema" teaser section after the article), as HTML scopes them.
 */
export function isSiteChrome(element: Element, inArticle: boolean, inSectioning = false): boolean {
  if (element.tagName === 'nav') return true;
  if (!inArticle && CONTENT_LANDMARK_TAGS.has(element.tagName) && !(inSectioning && element.tagName !== 'aside')) return true;
  const role = attr(element, 'role');
  if (role && CHROME_ROLES.has(role.toLowerCase()) && !(inArticle && role.toLowerCase() === 'complementary')) return true;
  if (!classNamesMatch(element, CHROME_CLASS)) return false;
  // Inside the article a "footer-links" box is the article's own footer (its topics, its sources).
  return !(inArticle && !CHROME_CLASS.test(classAndId(element).replace(FOOTER_LIST_NAME, ' ')));
}

/**
 * The element's visible text when it is at most `max` characters, else undefined. Stops reading
 * as soon as the text is too long, so testing every small element of a page for a label stays linear.
 */
export function shortTextOf(element: Element, max: number): string | undefined {
  let out = '';
  let visible = 0;
  const stack: ElementContent[] = [];
  for (let i = element.children.length - 1; i >= 0; i--) stack.push(element.children[i] as ElementContent);
  while (stack.length > 0) {
    const node = stack.pop() as ElementContent;
    if (node.type === 'text') {
      out += node.value;
      visible += countVisible(node.value);
      if (visible > max) return undefined;
    } else if (node.type === 'element' && !UNREAD_TAGS.has(node.tagName)) {
      if (node.tagName === 'br') out += ' ';
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as ElementContent);
    }
  }
  const text = collapseWhitespace(out);
  return text.length <= max ? text : undefined;
}

/** Characters of `value` that are not white space (what `/\s/` matches), counted without a copy. */
function countVisible(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) if (!isSpace(value.charCodeAt(i))) count++;
  return count;
}

/** The code units JavaScript's `\s` matches. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Verdicts per pattern and class/id string: pages repeat the same few class strings on thousands of
 * elements, and the name patterns are long alternations. Bounded so a page of unique names cannot grow it.
 */
const verdicts = new WeakMap<RegExp, Map<string, boolean>>();
const MAX_CACHED_VERDICTS = 4096;

/** Does the element's class or id match `pattern`? (`pattern` must not be global or sticky: verdicts are cached.) */
export function classNamesMatch(element: Element, pattern: RegExp): boolean {
  const { className, id } = element.properties;
  if (className === undefined && id === undefined) return false;
  const names = classAndId(element);
  if (names.length <= 1 || names.length >= MAX_NAMES_CHARS) return false;
  let cache = verdicts.get(pattern);
  if (cache === undefined) {
    cache = new Map();
    verdicts.set(pattern, cache);
  }
  let verdict = cache.get(names);
  if (verdict === undefined) {
    if (cache.size >= MAX_CACHED_VERDICTS) cache.clear();
    verdict = pattern.test(names);
    cache.set(names, verdict);
  }
  return verdict;
}

/**
 * `classNamesMatch`, also reading component names written in CamelCase ("ContentFooterRelated",
 * "ArticleTagList"), as CSS-in-JS and component frameworks (styled-components, CSS modules) emit
 * them: each hump becomes a token ("content-footer-related"), so the token patterns apply.
 */
export function componentNamesMatch(element: Element, pattern: RegExp): boolean {
  if (classNamesMatch(element, pattern)) return true;
  const value: unknown = element.properties.className;
  if (!Array.isArray(value)) return false;
  let split = '';
  for (const name of value) {
    const text = String(name);
    if (text.length > MAX_COMPONENT_NAME_CHARS || !/[a-z][A-Z]/.test(text)) continue;
    split += ` ${text.replace(/([a-z\d])([A-Z])/g, '$1-$2')}`;
  }
  return split !== '' && split.length < MAX_NAMES_CHARS && pattern.test(split.toLowerCase());
}

/** Longer class names are generated hashes, not component names. */
const MAX_COMPONENT_NAME_CHARS = 60;

/** Is `element` inside (or equal to) one of `containers`? Walks up at most `MAX_ANCESTORS` levels. */
export function isWithin(element: Element, containers: Set<Element>, parents: WeakMap<Element, Parents>): boolean {
  if (containers.size === 0) return false;
  let current: Parents | undefined = element;
  for (let depth = 0; depth < MAX_ANCESTORS && current && current.type === 'element'; depth++) {
    if (containers.has(current)) return true;
    current = parents.get(current);
  }
  return false;
}

/** The tree is depth-capped by the parser; this bounds the upward walks regardless. */
const MAX_ANCESTORS = 400;

/**
 * Does one of the element's nearest `levels` ancestors pass `test`? The climb stops below `stopAt`
 * (a box whose own parts are being read) and at the root.
 */
export function hasNearAncestor(
  element: Element,
  parents: WeakMap<Element, Parents>,
  levels: number,
  test: (ancestor: Element) => boolean,
  stopAt?: Element,
): boolean {
  let current = parents.get(element);
  for (let level = 0; level < levels && current && current.type === 'element' && current !== stopAt; level++) {
    if (test(current)) return true;
    current = parents.get(current);
  }
  return false;
}
