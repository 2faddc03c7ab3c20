/**
 * The article's authors, each with a name and, when the page links one, a url.
 *
 * Sources, in order (the first that names anyone wins; later ones only add urls):
 *   1. JSON-LD `author` (then `creator`) of the article node: Person or Organization, name and url;
 *   2. `<meta>` Dublin Core creator, author, article:author (when not a URL), parsely/sailthru;
 *   3. `rel=author` links;
 *   4. the visible byline: `itemprop=author`, or an element named byline/author, short.
 * Names are split on "and", "&" between two names, commas and semicolons; "By" and dates are dropped.
 */
import type { Element, Root } from 'hast';
import type { Context } from '../context.js';
import { attr, findElement, visibleText } from '../hast/util.js';
import { insideRoot, pageIndex } from './page-index.js';
import type { Author } from '../types.js';
import { resolveUrl } from '../url.js';
import { BYLINE_PREFIX, DATE_IN_BYLINE, NAME_SEPARATOR, NOT_A_NAME, ROLE_NOUN, ROLE_QUALIFIER } from './vocabulary.js';
import { articleLd, cleanText, ldList, metaTexts } from './sources.js';

/** A byline longer than this is a paragraph, not a byline. */
export const MAX_BYLINE_CHARS = 120;
/** Names longer than this are not names. */
const MAX_NAME_CHARS = 80;
/** At most this many authors are kept. */
const MAX_AUTHORS = 20;

export interface Byline {
  /** The byline element's text, as shown. */
  text: string;
  element: Element;
}

export function extractAuthors(context: Context, byline: Byline | undefined, root?: Element | Root): Author[] {
  const linked = relAuthorLinks(context, root);
  const sources: (() => Author[])[] = [
    () => fromJsonLd(context),
    () => fromMeta(context),
    () => linked,
    () => (byline ? namesOf(byline.text).map((name) => ({ name })) : []),
  ];
  for (const source of sources) {
    const authors = dedupe(source());
    if (authors.length > 0) return addUrls(authors, linked).slice(0, MAX_AUTHORS);
  }
  return [];
}

function fromJsonLd(context: Context): Author[] {
  const node = articleLd(context);
  if (!node) return [];
  const authors: Author[] = [];
  for (const key of ['author', 'creator']) {
    for (const item of ldList(node[key])) {
      if (typeof item === 'string') {
        for (const name of namesOf(item)) authors.push({ name });
      } else if (item !== null && typeof item === 'object') {
        const person = item as Record<string, unknown>;
        const name = cleanName(typeof person.name === 'string' ? person.name : undefined);
        if (!name) continue;
        const url = resolveUrl(typeof person.url === 'string' ? person.url : undefined, context.baseUrl);
        authors.push(url ? { name, url } : { name });
      }
    }
    if (authors.length > 0) break;
  }
  return authors;
}

function fromMeta(context: Context): Author[] {
  for (const key of [
    'dc:creator',
    'dcterm:creator',
    'dcterms:creator',
    'author',
    'article:author',
    'og:article:author',
    'dc.creator',
    'dcterms.creator',
    'parsely-author',
    'sailthru.author',
    'byl',
    'citation_author',
  ]) {
    const names = metaTexts(context, key)
      .filter((value) => !/^https?:\/\//i.test(value))
      .flatMap(namesOf);
    if (names.length > 0) return names.map((name) => ({ name }));
  }
  return [];
}

/**
 * `<a rel="author">` links outside furniture, with their text as the name: those in the article
 * root, else the first byline's worth (links sharing the first one's grandparent). Pages list other
 * stories' authors with rel=author too.
 */
function relAuthorLinks(context: Context, root: Element | Root | undefined): Author[] {
  const authors: Author[] = [];
  const all = pageIndex(context).authorLinks;
  const inRoot = root ? all.filter(insideRoot(root, context.parents)) : [];
  const first = all[0];
  const grandparent = (link: Element) => {
    const parent = context.parents.get(link);
    return parent?.type === 'element' ? context.parents.get(parent) : parent;
  };
  const links =
    inRoot.length > 0 || root?.type === 'root' || !first ? inRoot : all.filter((link) => grandparent(link) === grandparent(first));
  for (const link of links) {
    const name = cleanName(visibleText(link));
    if (!name) continue;
    const url = resolveUrl(attr(link, 'href'), context.baseUrl);
    authors.push(url ? { name, url } : { name });
    if (authors.length >= MAX_AUTHORS) break;
  }
  return authors;
}

/**
 * The visible byline element: `itemprop=author` or a short element named byline/author, in the
 * article root first, then anywhere on the page outside furniture, then an `itemprop=author` in
 * an aside or footer (explicit microdata, often in the article's own footer).
 */
export function findByline(context: Context, root: Element | Root): Byline | undefined {
  const { bylines, furnitureBylines } = pageIndex(context);
  const inRoot = insideRoot(root, context.parents);
  return firstByline(bylines.filter(inRoot)) ?? firstByline(bylines) ?? firstByline(furnitureBylines);
}

function firstByline(candidates: Element[]): Byline | undefined {
  for (const element of candidates) {
    // schema.org microdata: the name is the author's itemprop=name, not the whole block (bio, photo).
    const microdata = /\bauthor\b/i.test(attr(element, 'itemprop') ?? '');
    const nameElement = microdata ? findElement(element, (inner) => /\bname\b/i.test(attr(inner, 'itemprop') ?? '')) : undefined;
    const text = visibleText(nameElement ?? element);
    if (text && text.length <= MAX_BYLINE_CHARS && namesOf(text).length > 0) return { text, element };
  }
  return undefined;
}

/** Split a byline or meta value into names: "By A and B" → ["A", "B"]. */
export function namesOf(value: string): string[] {
  const text = cleanText(value);
  if (!text || text.length > MAX_BYLINE_CHARS * 2) return [];
  return text
    .replace(BYLINE_PREFIX, '')
    .split(NAME_SEPARATOR)
    .map(cleanName)
    .filter((name): name is string => name !== undefined);
}

/** A name without "By", trailing dates, roles after a pipe, or enclosing punctuation; undefined if not a name. */
export function cleanName(value: string | undefined): string | undefined {
  let name = cleanText(value);
  if (!name || name.length > MAX_NAME_CHARS * 2) return undefined;
  // What follows a pipe, a bullet, a digit or a date ("Joshua Sokol May 20, 2016") is not the name.
  const cuts = [name.search(/[|•·]| \d/), name.search(DATE_IN_BYLINE)].filter((at) => at > 0);
  const end = cuts.length > 0 ? Math.min(...cuts) : name.length;
  name = trimPunctuation(name.slice(0, end).replace(BYLINE_PREFIX, ''));
  if (!name || name.length > MAX_NAME_CHARS || /^https?:|@|\d{3,}/.test(name) || NOT_A_NAME.test(name)) return undefined;
  if (!/\p{L}/u.test(name)) return undefined;
  return withoutRole(name);
}

function dedupe(authors: Author[]): Author[] {
  const seen = new Set<string>();
  return authors.filter((author) => {
    const key = author.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Give each author the url of a `rel=author` link with the same name. */
function addUrls(authors: Author[], linked: Author[]): Author[] {
  return authors.map((author) => {
    if (author.url) return author;
    const match = linked.find((link) => link.url && link.name.toLowerCase() === author.name.toLowerCase());
    return match?.url ? { ...author, url: match.url } : author;
  });
}

const EDGE_PUNCTUATION = new Set([' ', ',', ';', ':', '–', '—', '-', '(', ')']);

/** Trim spaces and list punctuation from both ends (a loop, not a backtracking regex). */
function trimPunctuation(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && EDGE_PUNCTUATION.has(value[start] as string)) start++;
  while (end > start && EDGE_PUNCTUATION.has(value[end - 1] as string)) end--;
  return value.slice(start, end);
}

/** "Ben Silverman Games Editor" → "Ben Silverman": a trailing job title (and its qualifiers) is cut. */
function withoutRole(name: string): string {
  const words = name.split(' ');
  if (words.length < 3 || !ROLE_NOUN.test(words[words.length - 1] as string)) return name;
  let end = words.length - 1;
  while (end > 2 && ROLE_QUALIFIER.test(words[end - 1] as string)) end--;
  return words.slice(0, end).join(' ');
}
