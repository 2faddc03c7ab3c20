/**
 * Tags the reader sees: the tag list attached to the article (a container named like "post-tags",
 * `rel=tag` links, a list introduced by "Tags:", "Schlagworte", "Etiquetas"…), and a "Tags: a, b"
 * line among the article's paragraphs. Site-wide tag clouds, navigation and teaser labels are not
 * the article's.
 */
import type { Element, Root } from 'hast';
import type { Block } from '../boundary/blocks.js';
import type { Context } from '../context.js';
import { attr, findAllElements, SKIP, visibleText } from '../hast/util.js';
import { classNamesMatch, distanceFromRoot, isWithin, type RootPath, rootPathOf, walkPage } from '../related/placement.js';
import { RELATED_CLASS } from '../related/vocabulary.js';
import { resolveUrl } from '../url.js';
import type { TagCandidate } from './clean.js';
import { splitList } from './sources.js';
import { MAX_TAG_CHARS, MAX_TAG_WORDS, NOT_TAG_CLASS, TAG_CONTAINER_CLASS, TAG_LABEL } from './vocabulary.js';

/** A tag list outside the article stands at most this many levels above it. */
const MAX_ATTACH_LEVELS = 3;
/** More tag links than this in one container is a site-wide tag cloud. */
const MAX_TAGS_PER_LIST = 40;
/** A label ("Tags:") is short; so is the element holding only it. */
const MAX_LABEL_CHARS = 40;
/** From a label, climb at most this many levels to the element that holds the tag links. */
const MAX_LABEL_CLIMB = 2;
/** A "Tags: a, b" line is one short paragraph. */
const MAX_TAG_LINE_CHARS = 1000;

export interface VisibleTags {
  candidates: TagCandidate[];
  /** Elements whose text is the tag list (claimed out of the article text when they are blocks). */
  containers: Set<Element>;
}

/** The visible tag lists attached to the article, in page order. */
export function findVisibleTags(context: Context, root: Element | Root): VisibleTags {
  const rootPath = rootPathOf(context, root);
  const found: VisibleTags = { candidates: [], containers: new Set() };
  const attached = (element: Element, inArticle: boolean) =>
    inArticle || distanceFromRoot(element, context, rootPath) <= MAX_ATTACH_LEVELS;
  const take = (container: Element) => {
    const anchors = tagAnchors(container);
    if (anchors.length === 0 || anchors.length > MAX_TAGS_PER_LIST) return false;
    found.containers.add(container);
    for (const anchor of anchors) found.candidates.push(anchorTag(anchor, context));
    return true;
  };

  walkPage(context, root, rootPath, (element, placement) => {
    if (placement.holdsRoot) return;
    if (classNamesMatch(element, NOT_TAG_CLASS)) return SKIP;
    if (classNamesMatch(element, TAG_CONTAINER_CLASS)) {
      if (attached(element, placement.inArticle) && take(element)) return SKIP;
      return;
    }
    // Teasers in related boxes carry their own category labels: not this article's tags.
    if (classNamesMatch(element, RELATED_CLASS)) return SKIP;
    if (element.tagName === 'a' && isTagRel(element)) {
      const container = listOf(element, context, rootPath);
      if (!isWithin(element, found.containers, context.parents) && attached(container, placement.inArticle)) take(container);
      return SKIP;
    }
    const label = shortText(element);
    if (label && TAG_LABEL.test(label) && !isWithin(element, found.containers, context.parents)) {
      const container = climbToAnchors(element, context, rootPath);
      if (container && attached(container, placement.inArticle)) take(container);
    }
  });
  return found;
}

/** `rel=tag` (WordPress and others), but not `rel="category tag"`: categories are sections. */
function isTagRel(anchor: Element): boolean {
  const rel = (attr(anchor, 'rel') ?? '').toLowerCase();
  return /(?:^|[\s,])tag(?:$|[\s,])/.test(rel) && !rel.includes('category');
}

/** The anchors of a tag list: short link texts, not "more" links or whole sentences. */
function tagAnchors(container: Element): Element[] {
  const anchors = container.tagName === 'a' ? [container] : findAllElements(container, (element) => element.tagName === 'a');
  return anchors.filter((anchor) => {
    const text = visibleText(anchor);
    return text.length > 0 && text.length <= MAX_TAG_CHARS && !(attr(anchor, 'rel') ?? '').toLowerCase().includes('category');
  });
}

function anchorTag(anchor: Element, context: Context): TagCandidate {
  const url = resolveUrl(attr(anchor, 'href'), context.baseUrl);
  return url ? { name: visibleText(anchor), url, source: 'visible' } : { name: visibleText(anchor), source: 'visible' };
}

/** The list a `rel=tag` link stands in: the nearest ancestor that is not inline markup. */
function listOf(anchor: Element, context: Context, rootPath: RootPath): Element {
  let current: Element = anchor;
  for (let level = 0; level < 4; level++) {
    const parent = context.parents.get(current);
    if (parent?.type !== 'element' || rootPath.levels.has(parent)) break;
    current = parent;
    if (!INLINE_TAGS.has(current.tagName) && current.tagName !== 'li') break;
  }
  if (current.tagName === 'li' || current.tagName === 'ul' || current.tagName === 'ol') {
    const list = current.tagName === 'li' ? context.parents.get(current) : current;
    if (list && list.type === 'element' && !rootPath.levels.has(list)) return list;
  }
  return current;
}

const INLINE_TAGS = new Set(['span', 'strong', 'b', 'em', 'i', 'small', 'font']);

/** From a label, the nearest ancestor holding tag links (never the article itself). */
function climbToAnchors(label: Element, context: Context, rootPath: RootPath): Element | undefined {
  let current = context.parents.get(label);
  for (let level = 0; level < MAX_LABEL_CLIMB && current && current.type === 'element'; level++) {
    if (rootPath.levels.has(current)) return undefined;
    if (tagAnchors(current).length > 0) return current;
    current = context.parents.get(current);
  }
  return undefined;
}

/** The text of a small element holding only a label, else undefined. */
function shortText(element: Element): string | undefined {
  if (element.children.length > 3) return undefined;
  if (element.children.some((child) => child.type === 'element' && child.tagName === 'a')) return undefined;
  const text = visibleText(element);
  return text && text.length <= MAX_LABEL_CHARS ? text : undefined;
}

/**
 * A "Tags: a, b, c" paragraph among the article's blocks: its links when it has them, else its
 * text split on commas. The block is claimed.
 */
export function findTagLines(blocks: Block[], context: Context): TagCandidate[] {
  const candidates: TagCandidate[] = [];
  for (const block of blocks) {
    if (block.claimedBy || block.text.length > MAX_TAG_LINE_CHARS) continue;
    const label = TAG_LABEL.exec(block.text);
    if (!label || !/[:：\-–—]\s*$/.test(label[0])) continue;
    const rest = block.text.slice(label[0].length).trim();
    if (!rest) continue;
    const anchors = block.kind === 'text' ? [] : tagAnchors(block.element);
    const items = splitList(rest).map((item) => item.trim());
    // "Topic - a sentence about it" is prose: every item of a tag line is a short label.
    if (items.some((item) => item.length > MAX_TAG_CHARS || item.split(' ').length > MAX_TAG_WORDS)) continue;
    const names = anchors.length > 0 ? anchors.map((anchor) => anchorTag(anchor, context)) : items.map((name) => ({ name, source: 'visible' as const }));
    candidates.push(...names);
    block.claimedBy = 'tags';
  }
  return candidates;
}
