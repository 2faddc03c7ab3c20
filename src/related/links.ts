/**
 * Which anchors are links to related articles, and what their titles are. Collected in page order,
 * deduplicated by URL; a teaser's image link and its title link to the same story become one link
 * with the title.
 */
import type { Element } from 'hast';
import type { Context } from '../context.js';
import { attr, classList, collapseWhitespace, findElement, SKIP, STOP, visibleText, walkElements } from '../hast/util.js';
import type { RelatedLink } from '../types.js';
import { hostIs, hostOf, resolveUrl } from '../url.js';
import { classNamesMatch, componentNamesMatch, shortTextOf } from './placement.js';
import {
  AD_MODIFIER_NAME,
  CALL_TO_ACTION,
  CHROME_CLASS,
  DESCRIPTIVE_CLASS_NAME,
  INLINE_RELATED_LABEL,
  NON_ARTICLE_HOSTS,
  NON_ARTICLE_PATH,
  NON_ARTICLE_QUERY,
  NOT_RELATED_CLASS,
  SPONSORED_BADGE,
} from './vocabulary.js';

/** A title needs this many words (or `MIN_TITLE_CHARS` characters, for scripts without spaces). */
const MIN_TITLE_WORDS = 3;
const MIN_TITLE_CHARS = 20;
/** A "Related:" label is looked for in a title's opening characters only. */
const LABEL_WINDOW_CHARS = 160;
/** What themes put before the story title in a link's `title` attribute ("Permalink to …"). */
const TITLE_ATTRIBUTE_PREFIX = /^(?:permalink to|link to|read more about|continue reading|go to) /i;
const HEADLINE_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements of a card's link read for its headline (a card is small; a link wrapping a page is not). */
const MAX_CARD_ELEMENTS = 200;
/** A path segment of this many words is a story's slug. */
const MIN_SLUG_WORDS = 4;
/** Titles are cut here: a teaser's link may wrap its whole excerpt. */
const MAX_TITLE_CHARS = 300;

/** A story link found in a related block. */
export interface Candidate {
  url: string;
  /** The anchor's text, or its title/alt when it has none. */
  title: string;
  /** The title is an image's alt text (a photo caption): a headline link to the same story is better. */
  fromImage?: boolean;
  /** From a box of reference links ("Links:"): a site's name is title enough there. */
  reference?: boolean;
}

/** A candidate for the anchor: its URL and title, marked when the title is its image's alt text. */
function candidateOf(anchor: Element, url: string): Candidate {
  const title = anchorTitle(anchor);
  return visibleText(anchor) || attr(anchor, 'title')?.trim() ? { url, title } : { url, title, fromImage: true };
}

/** A reference link's title is a name: this many letters at least, and no call to action. */
const MIN_REFERENCE_TITLE_CHARS = 3;

function isReferenceTitle(title: string): boolean {
  return (title.match(/\p{L}/gu)?.length ?? 0) >= MIN_REFERENCE_TITLE_CHARS && !CALL_TO_ACTION.test(title);
}

export function isTitleLike(title: string): boolean {
  const words = title.split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  if (CALL_TO_ACTION.test(title) && words <= 4) return false;
  return words >= MIN_TITLE_WORDS || title.length >= MIN_TITLE_CHARS;
}

/** Normalised for comparing two URLs of the same page (scheme, `www.`, query, fragment, trailing `/`). */
export function urlKey(url: string): string {
  let key = url
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '');
  const cut = key.search(/[?#]/);
  if (cut >= 0) key = key.slice(0, cut);
  let end = key.length;
  while (end > 0 && key[end - 1] === '/') end--;
  return key.slice(0, end);
}

/** The page's own URLs: a link back to the article itself is never related. */
export function ownUrls(context: Context): Set<string> {
  const own = new Set<string>();
  const candidates = [context.pageUrl, ...(context.links.get('canonical') ?? []), ...(context.meta.get('og:url') ?? [])];
  for (const value of candidates) {
    const url = value && resolveUrl(value, context.baseUrl);
    if (url) own.add(urlKey(url));
  }
  return own;
}

/**
 * The absolute URL an anchor points to, when it can be a related article. A home page never is,
 * except another site's in a box of reference links (`references`), where the editor names the
 * party, agency or campaign the story is about ("Weißes Haus" → whitehouse.gov).
 */
export function articleUrl(anchor: Element, context: Context, own: Set<string>, references = false): string | undefined {
  const href = attr(anchor, 'href');
  if (!href || href.startsWith('#')) return undefined;
  const rel = (attr(anchor, 'rel') ?? '').toLowerCase();
  if (/\b(?:tag|category|author|sponsored)\b/.test(rel)) return undefined;
  const url = resolveUrl(href, context.baseUrl);
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const homePage = parsed.pathname === '/' || parsed.pathname === '';
  if (homePage && !(references && isOtherSite(url, context))) return undefined;
  if (isListingPath(parsed.pathname) || NON_ARTICLE_QUERY.test(parsed.search)) return undefined;
  const host = hostOf(url);
  if (NON_ARTICLE_HOSTS.some((domain) => hostIs(host, domain))) return undefined;
  if (own.has(urlKey(url))) return undefined;
  return url;
}

/** Is the URL on another host than the page's own (unknown without a base URL: then it is not)? */
export function isOtherSite(url: string, context: Context): boolean {
  // (hostOf already drops `www.`.)
  return !!context.baseUrl && hostOf(url) !== hostOf(context.baseUrl);
}

/**
 * Is the path an author, tag or section page (see NON_ARTICLE_PATH)? Some CMSs file each story
 * under its author or topic ("/autoren/NAME/STORY-SLUG"): a story slug (`MIN_SLUG_WORDS` words or
 * more) below the listing's name is the story, while a listing's own pages are its name and pages
 * ("/author/NAME/", "/tag/NAME/page/2").
 */
function isListingPath(pathname: string): boolean {
  const listing = NON_ARTICLE_PATH.exec(pathname);
  if (!listing) return false;
  const below = pathname
    .slice(listing.index + listing[0].length)
    .split('/')
    .filter(Boolean);
  const last = below.at(-1) ?? '';
  return !(below.length >= 2 && last.split(/[-_]/).filter(Boolean).length >= MIN_SLUG_WORDS);
}

/** The title an anchor shows: its text (without a "Related:" label), else its `title`, else its image's alt. */
export function anchorTitle(anchor: Element): string {
  // A card that is one link shows its headline in a heading, beside a kicker or flag ("Mehr zum Thema"),
  // which may be a heading of lower rank ("<h5>News from …</h5><h4>Headline</h4>").
  let title = headlineOf(anchor);
  if (!title) title = visibleText(anchor);
  const label = INLINE_RELATED_LABEL.exec(title.slice(0, LABEL_WINDOW_CHARS));
  if (label && label[0].length < title.length && /[:\-–—|>»]\s*$/.test(label[0])) title = title.slice(label[0].length).trim();
  if (!title) title = collapseWhitespace(attr(anchor, 'title') ?? '').replace(TITLE_ATTRIBUTE_PREFIX, '');
  if (!title) {
    const image = findElement(anchor, (element) => element.tagName === 'img');
    title = image ? collapseWhitespace(attr(image, 'alt') ?? '') : '';
  }
  return title.length > MAX_TITLE_CHARS ? `${title.slice(0, MAX_TITLE_CHARS).trimEnd()}…` : title;
}

/**
 * Class names of a card's headline element when it is no heading ("headline", "card__title",
 * "teaser-headline"): card templates set kicker and headline as two `<span>`s in one link, which
 * read glued together ("PoliticsBudget hearing …") as the link's text.
 */
const HEADLINE_CLASS = /^(?:[\w-]*[_-])?(?:headline|title)$/i;

/**
 * The text of the highest-ranked heading inside a card's link (the first of that rank), else of the
 * first element whose class names it the headline, or ''.
 */
function headlineOf(anchor: Element): string {
  let best: Element | undefined;
  let named: Element | undefined;
  let count = 0;
  walkElements(anchor, (element) => {
    if (++count > MAX_CARD_ELEMENTS) return STOP;
    if (!HEADLINE_TAGS.has(element.tagName)) {
      if (!named && classList(element).some((name) => HEADLINE_CLASS.test(name))) named = element;
      return;
    }
    if (!best || element.tagName < best.tagName) best = element;
    return SKIP;
  });
  const headline = best ?? named;
  return headline ? visibleText(headline) : '';
}

/**
 * Story links below `container`, skipping sponsored, share and navigation parts inside it. With
 * `references` (a "Links:" box), every link is marked a reference and other sites' home pages count.
 */
export function candidatesIn(container: Element, context: Context, own: Set<string>, references = false): Candidate[] {
  const found: Candidate[] = [];
  walkElements(container, (element) => {
    if (element.tagName !== 'a') {
      if (isNotRelatedPart(element) || isChromePart(element)) return SKIP;
      if (CARD_TAGS.has(element.tagName) && hasSponsoredBadge(element)) return SKIP;
      return;
    }
    const url = articleUrl(element, context, own, references);
    if (url) found.push(candidateOf(element, url));
    return SKIP;
  });
  if (container.tagName === 'a') {
    const url = articleUrl(container, context, own, references);
    if (url) found.push(candidateOf(container, url));
  }
  return references ? found.map((candidate) => ({ ...candidate, reference: true })) : found;
}

/** Is the element named as the site's chrome (a menu, a trending list), not by a card's terms alone? */
function isChromePart(element: Element): boolean {
  return classNamesMatch(element, CHROME_CLASS) && !matchedOnlyByDescriptiveNames(element, CHROME_CLASS);
}

/** Elements that hold one teaser card in a list. */
const CARD_TAGS = new Set(['li', 'article']);
/** A badge is a word or two. */
const MAX_BADGE_CHARS = 40;

/**
 * Does the card carry a badge that marks it as paid placement ("Advertorial", "Anzeige",
 * "Sponsored")? Publishers must label such teasers, and they sit among the editorial ones.
 */
export function hasSponsoredBadge(card: Element): boolean {
  return (
    findElement(card, (child) => {
      if (child.tagName === 'a' || !child.children.some((node) => node.type === 'text' && node.value.trim())) return false;
      const text = shortTextOf(child, MAX_BADGE_CHARS);
      return text !== undefined && SPONSORED_BADGE.test(text);
    }) !== undefined
  );
}

/**
 * Is the element named as something that is never a related link (sponsored, share, next-story,
 * author box; see NOT_RELATED_CLASS)? `components` also reads CamelCase component names.
 */
export function isNotRelatedPart(element: Element, components = false): boolean {
  if (!(components ? componentNamesMatch(element, NOT_RELATED_CLASS) : classNamesMatch(element, NOT_RELATED_CLASS))) return false;
  return !matchedOnlyByDescriptiveNames(element, NOT_RELATED_CLASS);
}

/**
 * Did `pattern` match the element's names only through names that are no role: a flag about an ad
 * slot ("hide-read-more-ad") or a card's terms or style variant ("tag-social-media",
 * "post-share-style2"; see DESCRIPTIVE_CLASS_NAME)? Asked only after the whole names matched.
 */
function matchedOnlyByDescriptiveNames(element: Element, pattern: RegExp): boolean {
  const names = classList(element);
  const kept = names.filter((name) => {
    const lower = name.toLowerCase();
    return !AD_MODIFIER_NAME.test(lower) && !DESCRIPTIVE_CLASS_NAME.test(lower);
  });
  if (kept.length === names.length) return false;
  const id = attr(element, 'id') ?? '';
  return !pattern.test(`${kept.join(' ')} ${id}`.toLowerCase());
}

/**
 * Does the block link back to the article itself? Related boxes never do; an auto-load post stack,
 * a "latest posts" list or a post navigation that includes the current story does.
 */
export function linksToSelf(container: Element, context: Context, own: Set<string>): boolean {
  if (own.size === 0) return false;
  return (
    findElement(container, (element) => {
      if (element.tagName !== 'a') return false;
      const href = attr(element, 'href');
      if (!href || href.startsWith('#')) return false;
      const url = resolveUrl(href, context.baseUrl);
      return url !== undefined && own.has(urlKey(url));
    }) !== undefined
  );
}

/** Is `title` the `full` title cut short with an ellipsis ("Jobs der Woche: 10 Stellen..." of the whole)? */
function cutShortOf(title: string, full: string): boolean {
  const stem = title.replace(/(?:\.{3}|…)$/, '').trimEnd();
  return stem.length < title.length && full.startsWith(stem);
}

/** Related links in page order, one per URL, each with the best title the page gave it. */
export class LinkCollector {
  private readonly byKey = new Map<string, RelatedLink>();
  /** Keys whose title so far is an image's alt text. */
  private readonly imageTitled = new Set<string>();
  /** Keys listed in a box of reference links, where a short name is the title. */
  private readonly references = new Set<string>();

  add(candidates: Candidate[]): void {
    for (const { url, title, fromImage, reference } of candidates) {
      const key = urlKey(url);
      if (reference && !fromImage) this.references.add(key);
      const known = this.byKey.get(key);
      if (!known) {
        this.byKey.set(key, title ? { url, title } : { url });
        if (fromImage) this.imageTitled.add(key);
        continue;
      }
      if (!title) continue;
      // A teaser's image link comes first with the photo's alt text; its headline link is the title.
      const better =
        !known.title ||
        (!isTitleLike(known.title) && isTitleLike(title)) ||
        (this.imageTitled.has(key) && !fromImage && isTitleLike(title) && !cutShortOf(title, known.title));
      if (!better) continue;
      known.title = title;
      if (!fromImage) this.imageTitled.delete(key);
    }
  }

  /**
   * The links that carry a real title (an image-only or "Read more" link alone is not enough); in a
   * box of reference links, a name of `MIN_REFERENCE_TITLE_CHARS` letters or more ("Weißes Haus").
   */
  links(): RelatedLink[] {
    return [...this.byKey.entries()]
      .filter(([key, link]) => link.title !== undefined && (isTitleLike(link.title) || (this.references.has(key) && isReferenceTitle(link.title))))
      .map(([, link]) => link);
  }
}

/** How many distinct, titled story links the candidates hold. */
export function countTitled(candidates: Candidate[]): number {
  const keys = new Set<string>();
  for (const candidate of candidates) if (isTitleLike(candidate.title)) keys.add(urlKey(candidate.url));
  return keys.size;
}
