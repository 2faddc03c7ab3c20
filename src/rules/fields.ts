/**
 * A field's value read from the elements a rule's selector matched, the way the page marks it up:
 * a `<meta>` carries it in `content`, a `<time>` in `datetime`, a link its URL in `href`; anything
 * else in its text. Undefined when the elements hold nothing readable for the field.
 */
import type { Element } from 'hast';
import { attr, findAllElements, visibleText } from '../hast/util.js';
import { namesOf } from '../metadata/authors.js';
import { toIsoDate } from '../metadata/dates.js';
import { cleanText } from '../metadata/sources.js';
import { tagKey, tidyTagName } from '../tags/clean.js';
import type { Author, RelatedLink, Tag } from '../types.js';
import { resolveUrl } from '../url.js';

/** At most this many of each list are kept: a selector matching a whole site's index is a mistake. */
const MAX_AUTHORS = 20;
const MAX_TAGS = 50;
const MAX_RELATED = 100;
/** A name the byline splitter does not read is kept as written when this short. */
const MAX_RAW_NAME_CHARS = 80;

/** The element's value: its `content` attribute (a `<meta>`), else its visible text. */
function shownValue(element: Element): string | undefined {
  return cleanText(attr(element, 'content') ?? visibleText(element));
}

export function readTitle(elements: Element[]): string | undefined {
  for (const element of elements) {
    const value = shownValue(element);
    if (value) return value;
  }
  return undefined;
}

/** Each match names one or more authors ("By A and B" is split as a byline is); its `href` is the url of a lone name. */
export function readAuthors(elements: Element[], baseUrl: string | undefined): Author[] | undefined {
  const authors: Author[] = [];
  const seen = new Set<string>();
  for (const element of elements) {
    const value = shownValue(element);
    if (!value) continue;
    let names = namesOf(value);
    // The user chose this element: a name the splitter does not read ("Staff") is still theirs.
    if (names.length === 0 && value.length <= MAX_RAW_NAME_CHARS) names = [value];
    const url = names.length === 1 ? resolveUrl(attr(element, 'href'), baseUrl) : undefined;
    for (const name of names) {
      if (seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      authors.push(url ? { name, url } : { name });
    }
    if (authors.length >= MAX_AUTHORS) break;
  }
  return authors.length > 0 ? authors.slice(0, MAX_AUTHORS) : undefined;
}

/** The first match that reads as a date: its `datetime`, its `content`, or its text. */
export function readDate(elements: Element[]): string | undefined {
  for (const element of elements) {
    const date = toIsoDate(attr(element, 'datetime') ?? attr(element, 'content') ?? visibleText(element));
    if (date) return date;
  }
  return undefined;
}

/** One tag per match (a `<meta>`'s `content` is a comma list, as `keywords` are written), the match's `href` as its url. */
export function readTags(elements: Element[], baseUrl: string | undefined): Tag[] | undefined {
  const tags: Tag[] = [];
  const seen = new Set<string>();
  for (const element of elements) {
    const content = attr(element, 'content');
    const names = content === undefined ? [visibleText(element)] : content.split(',');
    const url = content === undefined ? resolveUrl(attr(element, 'href'), baseUrl) : undefined;
    for (const raw of names) {
      const name = tidyTagName(raw);
      const key = tagKey(name);
      if (!name || seen.has(key)) continue;
      seen.add(key);
      tags.push(url ? { name, url } : { name });
    }
    if (tags.length >= MAX_TAGS) break;
  }
  return tags.length > 0 ? tags.slice(0, MAX_TAGS) : undefined;
}

/** The matches that are links, and the links inside the other matches, in page order, one per URL. */
export function readRelated(elements: Element[], baseUrl: string | undefined): RelatedLink[] | undefined {
  const links: RelatedLink[] = [];
  const seen = new Set<string>();
  const isLink = (element: Element) => element.tagName === 'a' && attr(element, 'href') !== undefined;
  for (const element of elements) {
    for (const anchor of isLink(element) ? [element] : findAllElements(element, isLink)) {
      const url = resolveUrl(attr(anchor, 'href'), baseUrl);
      if (!url || seen.has(url)) continue;
      seen.add(url);
      const title = visibleText(anchor);
      links.push(title ? { url, title } : { url });
      if (links.length >= MAX_RELATED) return links;
    }
  }
  return links.length > 0 ? links : undefined;
}
