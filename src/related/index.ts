/**
 * Links the publisher presents as related to the article.
 *
 * Two kinds of source, collected in page order and deduplicated by URL:
 * 1. related blocks attached to the article, known by their class ("related-posts", "rel-art",
 *    "you-might-also-like") or by their heading ("Related", "Lesen Sie auch", "Te puede interesar");
 * 2. inline paragraphs in the body: "READ MORE: <a>…</a>", or "Related-" followed by linked titles.
 * Never from the site's chrome (navigation, sidebars, most-read and trending lists), sponsored
 * widgets, next-story navigation, author or tag pages, or share links (see vocabulary.ts).
 */
import type { Element, Root } from 'hast';
import type { Block } from '../boundary/blocks.js';
import type { Context } from '../context.js';
import { attr, collapseWhitespace, findElement, SKIP, visibleText, walkElements } from '../hast/util.js';
import type { RelatedLink } from '../types.js';
import { findInlineRelated } from './inline.js';
import { teaserBox } from './teasers.js';
import { type Candidate, candidatesIn, countTitled, isNotRelatedPart, isTitleLike, LinkCollector, linksToSelf, ownUrls } from './links.js';
import {
  componentNamesMatch,
  distanceFromRoot,
  hasNearAncestor,
  isWithin,
  type Placement,
  type RootPath,
  rootPathOf,
  shortTextOf,
  walkPage,
} from './placement.js';
import { NOT_RELATED_HEADING, REFERENCE_LINKS_HEADING, RELATED_CLASS, RELATED_HEADING, SITE_WIDE_RELATED_HEADING } from './vocabulary.js';

/** Related-looking blocks measured per page at most (real pages have a handful). */
const MAX_BLOCKS_MEASURED = 200;
/** A related block outside the article stands at most this many levels above the root's own level. */
const MAX_ATTACH_LEVELS = 4;
/** More titled links than this is a site-wide list, not one article's related box. */
const MAX_LINKS_PER_BLOCK = 16;
/** A related block is mostly links: link text covers at least this share of its text. */
const MIN_LINK_DENSITY = 0.2;
/** More than this share of titles starting in lower case: phrases from sentences, not headlines. */
const MAX_PHRASE_SHARE = 0.5;
/** An article block this long whose links cover less than this share of it is prose. */
const MIN_PROSE_BLOCK_CHARS = 80;
const MAX_PROSE_LINK_SHARE = 0.5;
/** A paragraph with this much unlinked text is prose, not a teaser's excerpt or a date line. */
const MIN_PROSE_PARAGRAPH_CHARS = 200;
/** More prose than this in a candidate block means it holds the article's own paragraphs. */
const MAX_PROSE_CHARS = 400;
/** A link card holds a flag and a headline; its text is mostly the link. */
const MAX_CARD_CHARS = 200;
const MIN_CARD_LINK_DENSITY = 0.8;
/** A paragraph's wrappers up to this many levels count as the paragraph (BBC's text-block > div > div > p). */
const MAX_PROSE_WRAPPERS = 4;
/** A card's link wraps its headline block at most this many levels up. */
const MAX_LINK_NESTING = 6;
/** Headings are short; longer text is a paragraph that happens to start with "Related". */
const MAX_HEADING_CHARS = 80;
/** From a heading, climb at most this many levels to the element that holds its links. */
const MAX_HEADING_CLIMB = 3;

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements that may serve as a block's heading when they hold only a short text. */
const LABEL_TAGS = new Set(['p', 'span', 'strong', 'b', 'div', 'header', 'dt', 'label', 'em']);

export function extractRelatedLinks(context: Context, root: Element | Root, blocks: Block[]): RelatedLink[] {
  const own = ownUrls(context);
  const collector = new LinkCollector();
  const inline = findInlineRelated(blocks, context, own);
  const inlineElements = new Set(inline.elements);
  const prose = proseBlocks(blocks, context);
  const proseHolders = proseHoldersOf(prose, context);
  const rootPath = rootPathOf(context, root);
  const containers = new Set<Element>();

  const accept = (container: Element, candidates: Candidate[]) => {
    containers.add(container);
    collector.add(candidates);
  };
  // Outside the article, a related block must follow it: a list above the article is the site's.
  let articleStarted = root.type === 'root';
  const attached = (element: Element, placement: Placement) =>
    placement.inArticle || (articleStarted && distanceFromRoot(element, context, rootPath) <= MAX_ATTACH_LEVELS);

  let measured = 0;
  walkPage(context, root, rootPath, (element, placement) => {
    if (placement.inRoot) articleStarted = true;
    if (inlineElements.has(element)) {
      collector.add(inline.candidates.get(element) ?? []);
      inlineElements.delete(element);
      return SKIP;
    }
    if (element === root || placement.holdsRoot) return;
    if (isNotRelatedPart(element, true)) return SKIP;
    if (componentNamesMatch(element, RELATED_CLASS)) {
      // Each candidate block is measured over its subtree: bound how many a hostile page can offer.
      if (++measured > MAX_BLOCKS_MEASURED) return SKIP;
      const candidates = candidatesIn(element, context, own);
      const verdict = judgeBlock(element, candidates, context, own, prose);
      if (verdict === 'never') return SKIP;
      if (verdict === 'related' && attached(element, placement)) {
        accept(element, candidates);
        return SKIP;
      }
      return;
    }
    if (element.tagName === 'aside' && placement.inRoot && !isWithin(element, containers, context.parents)) {
      const card = linkCard(element, context, own);
      if (card) {
        accept(element, card);
        return SKIP;
      }
    }
    // A box stands between the article's paragraphs: a sibling of one (or of its wrapper).
    if (placement.inArticle && !proseHolders.has(element) && besideProse(element, context, proseHolders)) {
      const cards = teaserBox(element, context, own, (box) => holdsAny(box, prose) || proseChars(box) > 0);
      if (cards && !blockLabels(element, context).some((label) => NOT_RELATED_HEADING.test(label))) {
        accept(element, cards);
        return SKIP;
      }
    }
    const heading = headingText(element);
    // In a landmark outside the article, "Recommended" or "Don't miss" heads the site's own picks.
    const related = heading !== undefined && RELATED_HEADING.test(heading) && !(placement.inLandmark && SITE_WIDE_RELATED_HEADING.test(heading));
    if (related && !isWithin(element, containers, context.parents)) {
      if (++measured > MAX_BLOCKS_MEASURED) return;
      const container = climbToLinks(element, { context, own, rootPath, prose });
      if (container && attached(container.element, placement)) {
        // Under a "Links:" heading every link is a reference the editor chose, a site's home page too.
        const references = REFERENCE_LINKS_HEADING.test(heading);
        accept(container.element, references ? candidatesIn(container.element, context, own, true) : container.candidates);
      }
    }
  }, { landmarksAfterArticle: true });

  // Inline paragraphs the walk did not reach (inside something it skips) still count, after the rest.
  for (const element of inlineElements) collector.add(inline.candidates.get(element) ?? []);
  claimBlocks(blocks, containers, context);
  return collector.links();
}

/** The paragraphs of prose and their wrappers up to `MAX_PROSE_WRAPPERS` levels (a CMS's "text-block" divs). */
function proseHoldersOf(prose: Set<Element>, context: Context): Set<Element> {
  const holders = new Set<Element>();
  for (const block of prose) {
    let current: Element | Root | undefined = block;
    for (let level = 0; level <= MAX_PROSE_WRAPPERS && current && current.type === 'element'; level++) {
      if (holders.has(current)) break;
      holders.add(current);
      current = context.parents.get(current);
    }
  }
  return holders;
}

/** Is the element's previous or next element sibling a paragraph of prose (or its wrapper)? */
function besideProse(element: Element, context: Context, holders: Set<Element>): boolean {
  const parent = context.parents.get(element);
  if (!parent) return false;
  const siblings = parent.children;
  const index = siblings.indexOf(element);
  for (const step of [-1, 1]) {
    for (let i = index + step; i >= 0 && i < siblings.length; i += step) {
      const sibling = siblings[i];
      if (sibling?.type !== 'element') continue;
      if (holders.has(sibling)) return true;
      break;
    }
  }
  return false;
}

type Verdict = 'related' | 'not-here' | 'never';

/**
 * A related-looking element is a related block when it holds a few titled links and little else.
 * It is never one (nor is anything inside it) when it is headed as a site-wide list ("Most read",
 * "More in Tech") or lists the article itself (a post stack, a "latest posts" list).
 */
function judgeBlock(element: Element, candidates: Candidate[], context: Context, own: Set<string>, prose: Set<Element>): Verdict {
  const titled = countTitled(candidates);
  if (titled === 0) return 'not-here';
  if (blockLabels(element, context).some((label) => NOT_RELATED_HEADING.test(label))) return 'never';
  if (linksToSelf(element, context, own)) return 'never';
  if (titled > MAX_LINKS_PER_BLOCK || linkDensity(element) < MIN_LINK_DENSITY) return 'not-here';
  if (phraseShare(candidates) > MAX_PHRASE_SHARE) return 'not-here';
  // An element holding paragraphs of prose is the article (or part of it), not a box of links.
  if (holdsAny(element, prose) || proseChars(element) > MAX_PROSE_CHARS) return 'not-here';
  return 'related';
}

/**
 * Share of the titled links whose text starts with a lower-case letter: headlines start with a
 * capital (in scripts that have case); a lower-case start is a phrase cut from a sentence, so the
 * block is a list of in-text links (a promo stack of "what you should spend your money on").
 */
function phraseShare(candidates: Candidate[]): number {
  let titled = 0;
  let phrases = 0;
  for (const { title } of candidates) {
    if (!isTitleLike(title)) continue;
    titled++;
    if (/^\p{Ll}/u.test(title)) phrases++;
  }
  return titled > 0 ? phrases / titled : 0;
}

/**
 * A link card: an `<aside>` set between the article's paragraphs that is one link to another story,
 * its headline in a heading (the Guardian's "rich link", ORF's "linkcard", WordPress embed cards).
 * Inside the article an aside of one story link is the editor's pointer to a related story.
 */
function linkCard(element: Element, context: Context, own: Set<string>): Candidate[] | undefined {
  if (shortTextOf(element, MAX_CARD_CHARS) === undefined) return undefined;
  const candidates = candidatesIn(element, context, own);
  if (countTitled(candidates) !== 1 || new Set(candidates.map((candidate) => candidate.url)).size !== 1) return undefined;
  const headline = findElement(element, (child) => HEADING_TAGS.has(child.tagName));
  if (!headline || linkDensity(element) < MIN_CARD_LINK_DENSITY) return undefined;
  return candidates;
}

/** A block's headings: its first heading element, and a heading standing right before it. */
function blockLabels(element: Element, context: Context): string[] {
  const labels: string[] = [];
  const inner = findElement(element, (child) => HEADING_TAGS.has(child.tagName));
  if (inner) labels.push(visibleText(inner));
  const parent = context.parents.get(element);
  if (!parent) return labels;
  const index = parent.children.indexOf(element);
  for (let i = index - 1; i >= 0; i--) {
    const sibling = parent.children[i];
    if (!sibling || sibling.type === 'comment' || (sibling.type === 'text' && !sibling.value.trim())) continue;
    const text = sibling.type === 'element' ? headingText(sibling) : undefined;
    if (text) labels.push(text);
    break;
  }
  return labels;
}

/** Share of the element's text that is link text (any link: a related block is a list of links). */
function linkDensity(element: Element): number {
  if (element.tagName === 'a') return 1; // a card that is one link (its flag, headline and image inside)
  const text = visibleText(element);
  if (!text) return 0;
  let linked = 0;
  walkElements(element, (child) => {
    if (child.tagName !== 'a') return;
    linked += visibleText(child).length || overlayLabel(child).length;
    return SKIP;
  });
  return Math.min(1, linked / text.length);
}

/**
 * The label of an empty "stretched" link: card layouts lay one textless `<a title="Headline">` (or
 * `aria-label`) over the whole card and print the headline beside it, so the card's text is the link's.
 */
function overlayLabel(anchor: Element): string {
  return collapseWhitespace(attr(anchor, 'title') ?? attr(anchor, 'aria-label') ?? '');
}

/**
 * The article's paragraphs of prose: blocks with enough text that is mostly not link text. A block
 * inside a link (a card's headline set in a `<div>` within its `<a>`) is all link text.
 */
function proseBlocks(blocks: Block[], context: Context): Set<Element> {
  const prose = new Set<Element>();
  for (const block of blocks) {
    if (block.claimedBy || block.text.length < MIN_PROSE_BLOCK_CHARS || insideLink(block.element, context)) continue;
    let linked = 0;
    walkElements(block.element, (inner) => {
      if (inner.tagName !== 'a') return;
      linked += visibleText(inner).length;
      return SKIP;
    });
    if (linked / block.text.length < MAX_PROSE_LINK_SHARE) prose.add(block.element);
  }
  return prose;
}

/** Is the element inside an `<a>` (within a card's few levels)? */
function insideLink(element: Element, context: Context): boolean {
  return hasNearAncestor(element, context.parents, MAX_LINK_NESTING, (ancestor) => ancestor.tagName === 'a');
}

function holdsAny(element: Element, elements: Set<Element>): boolean {
  if (elements.size === 0) return false;
  return elements.has(element) || findElement(element, (child) => elements.has(child)) !== undefined;
}

/** Characters of unlinked text in the element's real paragraphs (teaser excerpts are short, or inside their link). */
function proseChars(element: Element): number {
  let total = 0;
  walkElements(element, (child) => {
    // A card's excerpt inside its link is the link's text, not prose.
    if (child.tagName === 'a') return SKIP;
    if (child.tagName !== 'p') return;
    let linked = 0;
    walkElements(child, (inner) => {
      if (inner.tagName !== 'a') return;
      linked += visibleText(inner).length;
      return SKIP;
    });
    const unlinked = visibleText(child).length - linked;
    if (unlinked >= MIN_PROSE_PARAGRAPH_CHARS) total += unlinked;
    return SKIP;
  });
  return total;
}

/** The element's text when it reads as a short heading, else undefined. */
function headingText(element: Element): string | undefined {
  if (!HEADING_TAGS.has(element.tagName) && !(LABEL_TAGS.has(element.tagName) && holdsOnlyInline(element))) return undefined;
  return shortTextOf(element, MAX_HEADING_CHARS) || undefined;
}

function holdsOnlyInline(element: Element): boolean {
  let count = 0;
  for (const child of element.children) {
    if (child.type !== 'element') continue;
    if (++count > 3 || !['span', 'strong', 'b', 'em', 'i', 'a', 'small'].includes(child.tagName)) return false;
  }
  return true;
}

/** What a heading's search for its links reads: the page, its own URLs, the article's place and prose. */
interface HeadingScope {
  context: Context;
  own: Set<string>;
  rootPath: RootPath;
  prose: Set<Element>;
}

/** A block of related links a heading names, with its links. */
interface FoundBlock {
  element: Element;
  candidates: Candidate[];
}

/** From a heading, the nearest ancestor that holds story links besides the heading itself. */
function climbToLinks(heading: Element, scope: HeadingScope): FoundBlock | undefined {
  const { context, own, rootPath, prose } = scope;
  let child: Element = heading;
  let current = context.parents.get(heading);
  for (let level = 0; level < MAX_HEADING_CLIMB && current && current.type === 'element'; level++) {
    // Reached the article itself (inline paragraphs handle that), or a wrapper that also holds it:
    // the links may still be the heading's next sibling, as when a title bar and a card list are
    // two boxes side by side ("<div class=section-title>Leia também</div><div class=cards>").
    if (rootPath.levels.has(current)) return nextSiblingBlock(child, scope);
    if (isNotRelatedPart(current)) return undefined;
    const candidates = candidatesIn(current, context, own);
    if (countTitled(candidates) > 0) {
      if (judgeBlock(current, candidates, context, own, prose) === 'related') return { element: current, candidates };
      return nextSiblingBlock(child, scope);
    }
    child = current;
    current = context.parents.get(current);
  }
  return undefined;
}

/** The element right after a heading (or its title bar), when it is a block of related links. */
function nextSiblingBlock(heading: Element, scope: HeadingScope): FoundBlock | undefined {
  const { context, own, rootPath, prose } = scope;
  // Only a bare title bar announces its sibling: one that holds links of its own (a topic list under
  // "Related topics") is a block of its own, and what follows it is something else.
  if (findElement(heading, (element) => element.tagName === 'a')) return undefined;
  const parent = context.parents.get(heading);
  if (!parent) return undefined;
  const index = parent.children.indexOf(heading);
  for (let i = index + 1; i < parent.children.length; i++) {
    const sibling = parent.children[i];
    if (sibling?.type !== 'element') continue;
    if (rootPath.levels.has(sibling) || isNotRelatedPart(sibling)) return undefined;
    const candidates = candidatesIn(sibling, context, own);
    if (countTitled(candidates) === 0) return undefined;
    return judgeBlock(sibling, candidates, context, own, prose) === 'related' ? { element: sibling, candidates } : undefined;
  }
  return undefined;
}

/** Blocks inside an accepted related block are not the article's text. */
function claimBlocks(blocks: Block[], containers: Set<Element>, context: Context): void {
  if (containers.size === 0) return;
  for (const block of blocks) {
    if (!block.claimedBy && isWithin(block.element, containers, context.parents)) block.claimedBy = 'related';
  }
}
