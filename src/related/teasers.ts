/**
 * Teaser boxes set between the article's paragraphs: one or a few story cards, each a headline
 * link (inside or around an `<h2>`–`<h6>`) with at most a kicker, an image and a short excerpt,
 * and no heading or class that names them as related (BBC's "links-block", ARD's "contentbox"
 * teasers, Arc and WordPress story cards). Editors place them in the body to point at earlier
 * coverage of the same story, so they are related links; the body's own paragraphs never look so.
 */
import type { Element } from 'hast';
import type { Context } from '../context.js';
import { findAllElements, findElement, SKIP, STOP, visibleText, walkElements } from '../hast/util.js';
import { type Candidate, anchorTitle, articleUrl, hasSponsoredBadge, isNotRelatedPart, isTitleLike, urlKey } from './links.js';
import { hasNearAncestor } from './placement.js';
import { RELATED_HEADING } from './vocabulary.js';

/** Elements that hold a teaser box (a paragraph, list item or heading is part of the text). */
const TEASER_BOX_TAGS = new Set(['div', 'section', 'aside', 'figure', 'article', 'ul', 'ol']);
const HEADLINE_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const isHeadline = (element: Element) => HEADLINE_TAGS.has(element.tagName);
const isLink = (element: Element) => element.tagName === 'a';
/** A box set between paragraphs holds a handful of cards, never a list of the site's stories. */
const MAX_CARDS = 6;
/** Text beside the headlines (kicker, excerpt, date, credit) allowed per card. */
const MAX_EXTRA_CHARS_PER_CARD = 300;
/** A box title longer than this is not a heading. */
const MAX_BOX_TITLE_CHARS = 80;
/** A headline link sits at most this many levels inside its heading (or the heading inside the link). */
const MAX_HEADLINE_NESTING = 6;
/** Anchors read per box: a box with more is not a handful of cards. */
const MAX_ANCHORS = 40;

/**
 * The box's story links when `element` is a teaser box, else undefined. `holdsProse` tells whether
 * the element holds one of the article's paragraphs of prose.
 */
export function teaserBox(element: Element, context: Context, own: Set<string>, holdsProse: (element: Element) => boolean): Candidate[] | undefined {
  if (!TEASER_BOX_TAGS.has(element.tagName)) return undefined;
  // Cheap first: a box without a heading cannot hold headline links.
  if (!findElement(element, isHeadline)) return undefined;
  // Previous/next-post navigation, sponsored or share parts (or an "Advertorial" badge) make it something else.
  if (findElement(element, (child) => isNotRelatedPart(child, true)) || hasSponsoredBadge(element)) return undefined;
  const anchors: Element[] = [];
  let tooMany = false;
  walkElements(element, (child) => {
    if (child.tagName !== 'a') return;
    if (anchors.length >= MAX_ANCHORS) {
      tooMany = true;
      return STOP;
    }
    anchors.push(child);
    return SKIP;
  });
  if (tooMany || anchors.length === 0) return undefined;

  const candidates: Candidate[] = [];
  const headlineKeys = new Set<string>();
  let headlineChars = 0;
  const untitled: string[] = [];
  for (const anchor of anchors) {
    const url = articleUrl(anchor, context, own);
    const title = anchorTitle(anchor);
    const titled = isTitleLike(title);
    if (!url) {
      // A titled link elsewhere (an in-text link, an external source) means this is not a box of cards.
      if (titled) return undefined;
      continue;
    }
    if (!titled) {
      untitled.push(urlKey(url)); // an image link: it must go to one of the cards' stories
      continue;
    }
    if (!isHeadlineLink(anchor, element, context)) return undefined;
    const key = urlKey(url);
    if (!headlineKeys.has(key)) {
      headlineKeys.add(key);
      headlineChars += title.length;
    }
    candidates.push({ url, title });
  }
  if (headlineKeys.size === 0 || headlineKeys.size > MAX_CARDS) return undefined;
  if (untitled.some((key) => !headlineKeys.has(key))) return undefined;
  if (!titlesAreRelated(element, context) || holdsProse(element)) return undefined;
  const extra = visibleText(element).length - headlineChars;
  if (extra > MAX_EXTRA_CHARS_PER_CARD * headlineKeys.size) return undefined;
  return candidates;
}

/** Is the anchor a card's headline: inside an `<h2>`–`<h6>` (within `box`), or wrapping one? */
function isHeadlineLink(anchor: Element, box: Element, context: Context): boolean {
  // The box itself is never a heading (TEASER_BOX_TAGS): the climb stops below it.
  if (hasNearAncestor(anchor, context.parents, MAX_HEADLINE_NESTING, isHeadline, box)) return true;
  return findElement(anchor, isHeadline) !== undefined;
}

/**
 * A heading of the box that is no card's headline is the box's title: it must announce related
 * stories ("Mehr zum Thema"); "Most read in Football" or "Video" heads the site's own rail.
 */
function titlesAreRelated(box: Element, context: Context): boolean {
  for (const heading of findAllElements(box, isHeadline)) {
    if (findElement(heading, isLink) || hasNearAncestor(heading, context.parents, MAX_HEADLINE_NESTING, isLink, box)) continue;
    const title = visibleText(heading);
    if (title && (title.length > MAX_BOX_TITLE_CHARS || !RELATED_HEADING.test(title))) return false;
  }
  return true;
}
