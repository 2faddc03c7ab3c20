/**
 * Tags the reader sees: the tag list attached to the article (a container named like "post-tags",
 * `rel=tag` links, a list introduced by "Tags:", "Schlagworte", "Etiquetas"…), and a "Tags: a, b"
 * line among the article's paragraphs. Site-wide tag clouds, navigation and teaser labels are not
 * the article's.
 */
import type { Element, Root } from 'hast';
import type { Block } from '../boundary/blocks.js';
import type { Context } from '../context.js';
import { attr, SKIP, STOP, visibleText, walkElements } from '../hast/util.js';
import { classNamesMatch, distanceFromRoot, isWithin, type RootPath, rootPathOf, shortTextOf, walkPage } from '../related/placement.js';
import { ownUrls, urlKey } from '../related/links.js';
import { NON_ARTICLE_HOSTS, RELATED_CLASS } from '../related/vocabulary.js';
import { hostIs, hostOf, resolveUrl, safeDecode } from '../url.js';
import type { TagCandidate } from './clean.js';
import { splitList } from './sources.js';
import {
  AUTHOR_PATH,
  MAX_TAG_CHARS,
  MAX_TAG_WORDS,
  NOT_TAG_CLASS,
  TAG_CALL_TO_ACTION,
  TAG_CONTAINER_CLASS,
  TAG_LABEL,
  TAG_PAGE_PATH,
} from './vocabulary.js';

/** Candidate tag lists measured per page at most (real pages have one or two). */
const MAX_LISTS_MEASURED = 200;
/** A tag list outside the article stands at most this many levels above it. */
const MAX_ATTACH_LEVELS = 3;
/** More tag links than this in one container is a site-wide tag cloud. */
const MAX_TAGS_PER_LIST = 40;
/** A label ("Tags:") is short; so is the element holding only it. */
const MAX_LABEL_CHARS = 40;
/** From a label, climb at most this many levels to find the lists that follow it. */
const MAX_LABEL_CLIMB = 2;
/** Tags are short labels; links averaging more words than this are story titles. */
const MAX_MEAN_TAG_WORDS = 4.5;
/** A tag list is mostly its links; a paragraph of prose with a tag link in it is not one. */
const MIN_LIST_DENSITY = 0.5;
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
  // Outside the article, a tag list must follow it: a topics bar above the article is the site's.
  let articleStarted = root.type === 'root';
  const attached = (element: Element, inArticle: boolean) =>
    inArticle || (articleStarted && distanceFromRoot(element, context, rootPath) <= MAX_ATTACH_LEVELS);
  // Containers judged once: a tag cloud's hundred rel=tag links must not each re-measure it.
  const judged = new Set<Element>();
  const take = (container: Element, only?: (anchor: Element) => boolean) => {
    if (judged.has(container) || judged.size >= MAX_LISTS_MEASURED) return false;
    judged.add(container);
    const anchors = only ? tagAnchors(container, context).filter(only) : tagAnchors(container, context);
    if (anchors.length === 0 || anchors.length > MAX_TAGS_PER_LIST) return false;
    if (listDensity(container, anchors, context) < MIN_LIST_DENSITY) return false; // tag links inside prose
    if (meanWords(anchors) > MAX_MEAN_TAG_WORDS) return false; // a list of story titles
    found.containers.add(container);
    for (const anchor of anchors) found.candidates.push(anchorTag(anchor, context));
    return true;
  };

  const tagPageCounts = new Map<Element, number>();
  const hubCounts = new Map<Element, number>();
  walkPage(context, root, rootPath, (element, placement) => {
    if (placement.inRoot) articleStarted = true;
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
      // Only the rel=tag links: the list's container may hold other links (a footer's story list).
      if (!isWithin(element, found.containers, context.parents) && attached(container, placement.inArticle)) take(container, isTagRel);
      return SKIP;
    }
    if (element.tagName === 'a' && isTagPageLink(element)) {
      if (!isWithin(element, found.containers, context.parents)) {
        const container = linkGroup(element, context, rootPath, isTagPageLink, tagPageCounts);
        // Only the tag-page links: the container may also hold a share bar or a date.
        // Without a label or a tag class, only a list inside the article: after it, such lists are the site's ("Top-Themen").
        if (container && placement.inArticle && !isUnderOwnHeading(container, context, rootPath)) {
          take(container, wholeListOfLinks(container, context) ? undefined : isTagPageLink);
        }
      }
      return SKIP;
    }
    if (element.tagName === 'a' && isTopicHubLink(element)) {
      if (!isWithin(element, found.containers, context.parents) && placement.inArticle) {
        const container = linkGroup(element, context, rootPath, isTopicHubLink, hubCounts);
        if (container && inHeadlineHeader(container, context)) take(container, isTopicHubLink);
      }
      return SKIP;
    }
    const label = shortText(element);
    if (label && isOnlyLabel(label) && judged.size < MAX_LISTS_MEASURED && !isWithin(element, found.containers, context.parents)) {
      const lists = listsAfterLabel(element, context, rootPath);
      if (lists[0] && attached(lists[0], placement.inArticle)) {
        const anchors = lists.flatMap((list) => tagAnchors(list, context));
        if (anchors.length <= MAX_TAGS_PER_LIST) for (const list of lists) take(list);
      }
    }
  });
  return found;
}

/**
 * A link to a tag or topic page ("/tag/…", "/topics/…", "/themen/…", "/etiqueta/…"): CMSs route their
 * topic pages under such a segment, so a list of these links is a tag list even without a label.
 */
function isTagPageLink(anchor: Element): boolean {
  const href = attr(anchor, 'href');
  if (!href || href.length > MAX_HREF_CHARS) return false;
  const path = href.replace(/^[a-z][a-z\d+.-]*:\/\/[^/]+/i, '').split(/[?#]/)[0] as string;
  return TAG_PAGE_PATH.test(path);
}

/** Hrefs longer than this are not read for a tag path. */
const MAX_HREF_CHARS = 500;
/** A topic list has at least this many topic links; one alone is a kicker or a link in the prose. */
const MIN_TAG_PAGE_LINKS = 2;
/** From a topic link, climb at most this many levels to the list that holds its siblings. */
const MAX_TAG_PAGE_CLIMB = 4;

/**
 * A link to a topic's hub page, named as its text: the path ends in the text's own slug ("Dow Jones"
 * to "/finance-marches/marches-financiers/dow-jones"). CMSs that route topic pages under section
 * paths rather than a "/topics/" segment show the article's topics so, above or below it.
 */
function isTopicHubLink(anchor: Element): boolean {
  const href = attr(anchor, 'href');
  if (!href || href.length > MAX_HREF_CHARS) return false;
  const text = visibleText(anchor);
  if (text.length === 0 || text.length > MAX_HUB_TEXT_CHARS) return false;
  const words = foldedSlug(text);
  if (words.split('-').length > MAX_HUB_TEXT_WORDS) return false;
  const path = href.replace(/^[a-z][a-z\d+.-]*:\/\/[^/]+/i, '').split(/[?#]/)[0] as string;
  const segments = path.split('/').filter(Boolean);
  return segments.length >= MIN_HUB_PATH_SEGMENTS && foldedSlug(segments[segments.length - 1] as string) === words;
}

/** A topic's name is short… */
const MAX_HUB_TEXT_CHARS = 40;
const MAX_HUB_TEXT_WORDS = 4;
/** …and its hub page sits below a section ("/monde/etats-unis/donald-trump"); "/monde" is the section itself. */
const MIN_HUB_PATH_SEGMENTS = 2;

/** Lower-case letters and digits, without accents, joined by hyphens ("Dow Jones" → "dow-jones"). */
function foldedSlug(text: string): string {
  return safeDecode(text)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join('-');
}

/**
 * The smallest ancestor (below the article's own path) that holds at least `MIN_TAG_PAGE_LINKS`
 * links of the kind. Counts are cached: every link of a list climbs through the same ancestors.
 */
function linkGroup(
  anchor: Element,
  context: Context,
  rootPath: RootPath,
  isKind: (anchor: Element) => boolean,
  counts: Map<Element, number>,
): Element | undefined {
  let current: Element = anchor;
  for (let level = 0; level < MAX_TAG_PAGE_CLIMB; level++) {
    const parent = context.parents.get(current);
    if (parent?.type !== 'element' || rootPath.levels.has(parent)) return undefined;
    let count = counts.get(parent);
    if (count === undefined) {
      count = 0;
      walkElements(parent, (element) => {
        if (element.tagName !== 'a') return;
        if (isKind(element)) count = (count as number) + 1;
        return SKIP;
      });
      counts.set(parent, count);
    }
    if (count >= MIN_TAG_PAGE_LINKS) return parent;
    current = parent;
  }
  return undefined;
}

/** From an unlabelled topic list, climb at most this many levels to find the heading of its box. */
const MAX_HEADING_CLIMB = 6;
/** Siblings before an element looked at for a heading, at each level. */
const MAX_HEADING_SIBLINGS = 3;
/** A box heading is short. */
const MAX_HEADING_CHARS = 80;
const HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'header']);

/**
 * Does a topic list without a tag label stand in a box of its own with a heading that is not a tag
 * label ("Internationale Politik von A bis Z", "Popular topics")? Then it is a directory of the
 * site's topic pages, not the article's tags. The article's own headline (a header holding the
 * `<h1>`) is not such a heading.
 */
function isUnderOwnHeading(container: Element, context: Context, rootPath: RootPath): boolean {
  let current: Element = container;
  for (let level = 0; level < MAX_HEADING_CLIMB; level++) {
    const parent = context.parents.get(current);
    if (parent?.type !== 'element' || rootPath.levels.has(parent)) return false;
    const siblings = parent.children;
    let looked = 0;
    for (let i = siblings.indexOf(current) - 1; i >= 0 && looked < MAX_HEADING_SIBLINGS; i--) {
      const sibling = siblings[i];
      if (sibling?.type !== 'element') continue;
      looked++;
      if (!HEADING_TAGS.has(sibling.tagName) && attr(sibling, 'role') !== 'heading') continue;
      if (sibling.tagName === 'header' && holdsHeadline(sibling)) return false;
      const text = shortTextOf(sibling, MAX_HEADING_CHARS);
      return text !== undefined && text !== '' && TAG_LABEL.exec(text) === null;
    }
    current = parent;
  }
  return false;
}

/** Levels climbed from a list to the article's header at most. */
const MAX_HEADER_CLIMB = 8;

/**
 * Is the list inside the article's own header (a `<header>` holding the `<h1>`), after the
 * headline? Hub-page links there are the story's topics; elsewhere they are section menus and
 * teaser kickers.
 */
function inHeadlineHeader(list: Element, context: Context): boolean {
  let current: Element = list;
  for (let level = 0; level < MAX_HEADER_CLIMB; level++) {
    const parent = context.parents.get(current);
    if (parent?.type !== 'element') return false;
    if (parent.tagName === 'header') {
      const siblings = parent.children;
      const at = siblings.indexOf(current);
      return siblings.some((child, i) => i < at && child.type === 'element' && (child.tagName === 'h1' || holdsHeadline(child)));
    }
    current = parent;
  }
  return false;
}

function holdsHeadline(element: Element): boolean {
  let found = false;
  walkElements(element, (child) => {
    if (child.tagName !== 'h1') return;
    found = true;
    return STOP;
  });
  return found;
}

/**
 * Is the topic list a list of links and nothing else (`<ul>` of items that are one link each)? Then
 * its other links are topics too, routed elsewhere by the CMS ("/person/…", "/country/…").
 */
function wholeListOfLinks(container: Element, context: Context): boolean {
  if (container.tagName !== 'ul' && container.tagName !== 'ol') return false;
  let items = 0;
  let topicLinks = 0;
  for (const item of container.children) {
    if (item.type !== 'element') continue;
    if (item.tagName !== 'li' || ++items > MAX_TAGS_PER_LIST) return false;
    const anchors = tagAnchors(item, context);
    if (anchors.length !== 1 || visibleText(item) !== visibleText(anchors[0] as Element)) return false;
    if (isTagPageLink(anchors[0] as Element)) topicLinks++;
  }
  return topicLinks * 2 > items;
}

function meanWords(anchors: Element[]): number {
  let words = 0;
  for (const anchor of anchors) words += visibleText(anchor).split(' ').length;
  return anchors.length > 0 ? words / anchors.length : 0;
}

/** Share of the container's text (its label aside) that is tag links. */
function listDensity(container: Element, anchors: Element[], context: Context): number {
  let text = visibleText(container);
  const label = TAG_LABEL.exec(text.slice(0, MAX_LABEL_CHARS));
  if (label) text = text.slice(label[0].length).trim();
  // A skip link ("Skip the next section") is the list's furniture, not text beside the tags.
  let length = text.length;
  walkElements(container, (element) => {
    if (element.tagName !== 'a') return;
    const href = attr(element, 'href');
    if (href && isSamePageLink(href, context)) length -= visibleText(element).length;
    return SKIP;
  });
  if (length <= 0) return 0;
  let linked = 0;
  for (const anchor of anchors) linked += visibleText(anchor).length;
  return linked / length;
}

/** `rel=tag` (WordPress and others), but not `rel="category tag"`: categories are sections. */
function isTagRel(anchor: Element): boolean {
  const rel = (attr(anchor, 'rel') ?? '').toLowerCase();
  return /(?:^|[\s,])tag(?:$|[\s,])/.test(rel) && !rel.includes('category');
}

/** The anchors of a tag list: short link texts, not share buttons, categories or whole sentences. */
function tagAnchors(container: Element, context: Context): Element[] {
  const anchors: Element[] = [];
  const consider = (anchor: Element) => {
    const text = visibleText(anchor);
    if (text.length === 0 || text.length > MAX_TAG_CHARS) return;
    if ((attr(anchor, 'rel') ?? '').toLowerCase().includes('category')) return;
    if (TAG_CALL_TO_ACTION.test(text)) return;
    const href = attr(anchor, 'href');
    if (isShareLink(href) || (href && AUTHOR_PATH.test(href))) return;
    if (href && isSamePageLink(href, context)) return; // a "skip to the next section" link
    if (href && isHomePageLink(href, context)) return; // the site's home: a breadcrumb's first step, never a topic
    anchors.push(anchor);
  };
  if (container.tagName === 'a') consider(container);
  else {
    walkElements(container, (element) => {
      if (element.tagName === 'a') {
        consider(element);
        return SKIP;
      }
      if (classNamesMatch(element, NOT_TAG_CLASS)) return SKIP;
    });
  }
  return anchors;
}

/** A link to a place on this very page ("#comments", "<page URL>#related-topics"): a skip link. */
function isSamePageLink(href: string, context: Context): boolean {
  const trimmed = href.trim();
  if (trimmed.startsWith('#')) return true;
  const hash = trimmed.indexOf('#');
  if (hash < 0) return false;
  const url = resolveUrl(trimmed, context.baseUrl);
  return url !== undefined && ownUrls(context).has(urlKey(url));
}

/** A link to the site's home page ("/", "https://www.example.com/"). */
function isHomePageLink(href: string, context: Context): boolean {
  const url = resolveUrl(href.trim(), context.baseUrl);
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.pathname === '/' && parsed.search === ''; // "/?tag=nato" is a tag page
  } catch {
    return false;
  }
}

/** Share buttons and social profiles: never a tag page. */
function isShareLink(href: string | undefined): boolean {
  if (!href) return false;
  if (/^(?:mailto|javascript|tel|sms|whatsapp):/i.test(href.trim())) return true;
  const host = hostOf(href);
  return host !== '' && NON_ARTICLE_HOSTS.some((domain) => hostIs(host, domain));
}

function anchorTag(anchor: Element, context: Context): TagCandidate {
  const url = resolveUrl(attr(anchor, 'href'), context.baseUrl);
  const name = tagLinkText(anchor);
  return url ? { name, url, source: 'visible' } : { name, source: 'visible' };
}

/**
 * A tag link's text without its count badge: tag lists often show how many stories carry the tag
 * in an element of its own inside the link ("Kirche <span>3922</span>"), which is not the tag's name.
 */
function tagLinkText(anchor: Element): string {
  const text = visibleText(anchor);
  const last = [...anchor.children].reverse().find((child) => child.type === 'element' || (child.type === 'text' && child.value.trim()));
  if (last?.type !== 'element') return text;
  const count = visibleText(last);
  if (!COUNT_BADGE.test(count) || count.length >= text.length) return text;
  return text.slice(0, text.length - count.length).trim();
}

/** A count badge: digits only, maybe grouped or in brackets ("3922", "1.278", "(27)"). */
const COUNT_BADGE = /^\(?\d[\d.,\u00a0 ]{0,12}\)?$/;

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

/**
 * The tag lists a label introduces: the elements right after it (or after its parent, for a label
 * wrapped in a heading box) that hold tag links, up to the first that does not (a share bar, the
 * comments). Never the article itself.
 */
function listsAfterLabel(label: Element, context: Context, rootPath: RootPath): Element[] {
  let current: Element = label;
  for (let level = 0; level < MAX_LABEL_CLIMB; level++) {
    const parent = context.parents.get(current);
    if (parent?.type !== 'element') return [];
    const lists: Element[] = [];
    const siblings = parent.children;
    for (let i = siblings.indexOf(current) + 1; i < siblings.length; i++) {
      const sibling = siblings[i];
      if (sibling?.type !== 'element') continue;
      if (sibling.tagName === 'br') continue;
      if (classNamesMatch(sibling, NOT_TAG_CLASS) || tagAnchors(sibling, context).length === 0) break;
      lists.push(sibling);
    }
    if (lists.length > 0) return lists;
    if (rootPath.levels.has(parent)) return [];
    current = parent;
  }
  return [];
}

/** Is the text a tag label and nothing else ("Tags:", "Schlagworte", not "Tags: a, b")? */
function isOnlyLabel(text: string): boolean {
  const label = TAG_LABEL.exec(text);
  return label !== null && label[0].trim().length >= text.length;
}

/** The text of a small element holding only a label, else undefined. */
function shortText(element: Element): string | undefined {
  if (element.children.length > 3) return undefined;
  if (element.children.some((child) => child.type === 'element' && child.tagName === 'a')) return undefined;
  return shortTextOf(element, MAX_LABEL_CHARS) || undefined;
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
    const anchors = block.kind === 'text' ? [] : tagAnchors(block.element, context);
    const items = splitList(rest).map((item) => item.trim());
    // "Topic - a sentence about it" is prose: every item of a tag line is a short label.
    if (items.some((item) => item.length > MAX_TAG_CHARS || item.split(' ').length > MAX_TAG_WORDS)) continue;
    const names =
      anchors.length > 0
        ? anchors.map((anchor) => anchorTag(anchor, context))
        : items.map((name) => ({ name, source: 'visible' as const }));
    candidates.push(...names);
    block.claimedBy = 'tags';
  }
  return candidates;
}
