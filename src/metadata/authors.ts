/**
 * The article's authors, each with a name and, when the page links one, a url.
 *
 * Sources, in order (the first that names anyone wins; later ones only add urls):
 *   1. JSON-LD `author` (then `creator`) of the article node: Person or Organization, name and url;
 *   2. `<meta>` Dublin Core creator, author, article:author (when not a URL), parsely/sailthru;
 *   3. `rel=author` links;
 *   4. the visible byline: `itemprop=author`, or an element named byline/author, short;
 *   5. a plain line of names at the article's head, "By A" or the names alone in bold.
 * Names are split on "and", "&" between two names, commas and semicolons; "By" and dates are dropped.
 */
import type { Element, Root } from 'hast';
import type { Context } from '../context.js';
import { attr, findElement, visibleText } from '../hast/util.js';
import { insideRoot, pageIndex } from './page-index.js';
import type { Author } from '../types.js';
import { resolveUrl } from '../url.js';
import { NAME_PARTICLES } from '../name-particles.js';
import {
  BYLINE_PREFIX,
  CREDIT_LABEL,
  DATE_IN_BYLINE,
  DATE_PREPOSITION_AT_END,
  LATER_CALL_TO_ACTION,
  LATER_CREDIT,
  LATER_DATELINE,
  NAME_SEPARATOR,
  NON_AUTHOR_CREDIT,
  NOT_A_NAME,
  ROLE_NOUN,
  ROLE_QUALIFIER,
  ROLE_SUFFIX,
} from './vocabulary.js';
import { articleLd, cleanText, ldList, metaTexts } from './sources.js';

/** A byline longer than this is a paragraph, not a byline. */
export const MAX_BYLINE_CHARS = 120;
/** Names longer than this are not names. */
const MAX_NAME_CHARS = 80;
/** At most this many authors are kept. */
const MAX_AUTHORS = 20;
/** An editor's short code in lower case: "amw", "red". */
const EDITOR_CODE = /^\p{Ll}{2,4}$/u;
/**
 * One lower-case word before "by"/"von"/"par" opening a byline is a label, not a name: a brand or
 * column shown (or hidden for screen readers) ahead of the credit, "capital von Anna Berg".
 */
const LABEL_BEFORE_BY = /^\p{Ll}[\p{L}-]{0,30} (?=(?:by|von|par|por|di|door|av|af|przez) \p{Lu})/u;
/** A personal name has at most this many words. */
const MAX_NAME_WORDS = 5;
const PARTICLES = new Set<string>(NAME_PARTICLES);
/** A capitalised name word, an initial ("J.") or a hyphenated or apostrophised one ("O'Neill"). */
const CAPITALISED_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
/** A domain name standing alone: "Example.org", "news.example.co.uk". */
const DOMAIN = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,6}$/iu;
/** A top-level domain ending a name ("STERN.de"). */
const TOP_LEVEL_DOMAIN = /\.[a-z]{2,6}$/i;
/** "Family, Given" as Dublin Core and Highwire write a creator. */
const INVERTED_NAME = /^\p{Lu}[\p{L}'’-]*, \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?$/u;
/** Meta keys whose values follow that convention. */
const INVERTED_NAME_KEYS = new Set(['dc:creator', 'dcterm:creator', 'dcterms:creator', 'dc.creator', 'dcterms.creator', 'citation_author']);

export interface Byline {
  /** The byline element's text, as shown. */
  text: string;
  element: Element;
}

export function extractAuthors(
  context: Context,
  byline: Byline | undefined,
  root?: Element | Root,
  siteNames: string[] = [],
  headLine: () => Byline | undefined = () => undefined,
): Author[] {
  const linked = relAuthorLinks(context, root);
  const brands = new Set(siteNames.map(squashName).filter((name) => name.length > 1));
  const sources: (() => Author[])[] = [
    () => fromJsonLd(context),
    () => fromMeta(context),
    () => linked,
    () => (byline ? namesOf(byline.text).map((name) => ({ name })) : []),
    // Last, a plain line of names at the article's head (see head-byline.ts).
    () => namesOf(headLine()?.text ?? '').map((name) => ({ name })),
  ];
  // CMSs fill the author field with the site's own name where the byline names a person in another
  // source: the site is the author only when no source names anyone else. So is an editor's short
  // code ("amw", German and Austrian desks sign with initials), which says less than the site.
  let brandOnly: Author[] = [];
  for (const [index, source] of sources.entries()) {
    const found = dedupe(source());
    const authors = found.filter((author) => !isBrand(author.name, brands) && !EDITOR_CODE.test(author.name));
    if (authors.length > 0) {
      // A schema.org `author` list that names a person beside the site's desk ("Reporter", "Site
      // Region") credits both: the desk co-signs there, it does not stand in for a missing name.
      const cosigned = index === 0 ? found.filter((author) => !EDITOR_CODE.test(author.name)) : authors;
      return addUrls(cosigned, linked).slice(0, MAX_AUTHORS);
    }
    if (brandOnly.length === 0) brandOnly = found;
  }
  return brandOnly.slice(0, MAX_AUTHORS);
}

function fromJsonLd(context: Context): Author[] {
  const node = articleLd(context);
  if (!node) return [];
  const authors: Author[] = [];
  for (const key of ['author', 'creator']) {
    // A list nested in the list (`[A, [B]]`, as some CMS templates join their author groups) is read flat.
    for (const item of ldList(node[key]).flatMap((entry) => (Array.isArray(entry) ? ldList(entry) : [entry]))) {
      if (typeof item === 'string') {
        for (const name of namesOf(item)) authors.push({ name });
      } else if (item !== null && typeof item === 'object') {
        const person = item as Record<string, unknown>;
        const names = personNames(typeof person.name === 'string' ? person.name : undefined);
        const url = resolveUrl(typeof person.url === 'string' ? person.url : undefined, context.baseUrl);
        for (const name of names) authors.push(url && names.length === 1 ? { name, url } : { name });
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
    const values = metaTexts(context, key).filter((value) => !/^https?:\/\//i.test(value));
    const inverted = INVERTED_NAME_KEYS.has(key) && values.length > 0 && values.every(isInvertedName);
    const names = inverted ? values.map(uninvert) : values.flatMap(namesOf);
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

/**
 * Split a byline or meta value into names: "By A and B" → ["A", "B"]. Beside a personal name, a
 * part that is a phrase or a domain is the author's role or outlet ("Jane Doe, professor of law,
 * Example.org"), not another author.
 */
export function namesOf(value: string): string[] {
  const text = cleanText(value);
  if (!text || text.length > MAX_BYLINE_CHARS * 2) return [];
  const names = text
    .replace(LABEL_BEFORE_BY, '')
    .replace(BYLINE_PREFIX, '')
    .split(NAME_SEPARATOR)
    .map(cleanName)
    .filter((name): name is string => name !== undefined);
  return names.some(isPersonalName) ? names.filter((name) => !isDescription(name)) : names;
}

/**
 * A schema.org Person's `name`, which some CMSs fill with the whole byline ("A, B and C"): split
 * when every part is a personal name (or one name and its role); else the name as given, so that an
 * inverted "Family, Given" stays whole.
 */
function personNames(value: string | undefined): string[] {
  const parts = value ? namesOf(value) : [];
  if (parts.length === 1 || (parts.length > 1 && parts.every(isPersonalName))) return parts;
  const whole = cleanName(value);
  return whole ? [whole] : [];
}

/** Two to five capitalised words (particles and initials allowed): "Claire Benit-Gbaffou", "Jan van Dijk". */
export function isPersonalName(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return false;
  return words.every((word) => CAPITALISED_WORD.test(word) || PARTICLES.has(word));
}

/**
 * A phrase of two or more lower-case words ("professor of law at …"), a domain ("Example.org"), or
 * a job title alone ("Staff Writer").
 */
function isDescription(name: string): boolean {
  if (DOMAIN.test(name)) return true;
  if (name.split(' ').every((word) => ROLE_NOUN.test(word) || ROLE_QUALIFIER.test(word))) return true;
  const lower = name.split(' ').filter((word) => /^\p{Ll}/u.test(word) && !PARTICLES.has(word));
  return lower.length >= 2;
}

/**
 * Dublin Core and Highwire (`citation_author`) write one creator a tag as "Family, Given"
 * ("Brazil, Rachel"): a one-word family name, a comma, one or two given names.
 */
function isInvertedName(value: string): boolean {
  return INVERTED_NAME.test(value);
}

function uninvert(value: string): string {
  const [family, given] = value.split(',') as [string, string];
  return `${given.trim()} ${family.trim()}`;
}

/** Letters and digits only, lower-cased: "STERN.de" and "stern.de" compare equal. */
function squashName(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The site's own name as an author: "Daily Paper", "DAILYPAPER.com" for a site named "Daily Paper". */
function isBrand(name: string, brands: Set<string>): boolean {
  // "Site/Agenturen": the site with its agencies.
  const first = name.split('/')[0] as string;
  return brands.has(squashName(first)) || brands.has(squashName(first.replace(TOP_LEVEL_DOMAIN, '')));
}

/** A name without "By", trailing dates, roles after a pipe, or enclosing punctuation; undefined if not a name. */
export function cleanName(value: string | undefined): string | undefined {
  let name = cleanText(value);
  if (!name || name.length > MAX_NAME_CHARS * 2) return undefined;
  // A photo credit sits in the author field of image microdata ("(Image: Agency)"): not an author.
  if (CREDIT_LABEL.exec(name)?.index === 0 || CREDIT_LABEL.exec(name)?.index === 1) return undefined;
  if (NON_AUTHOR_CREDIT.test(name)) return undefined;
  // What follows a pipe, a bullet, a digit, a date ("Joshua Sokol May 20, 2016"), another credit
  // ("Edited by …"), an author box's link ("All articles") or a date line's word ("Published"), or opens a last
  // parenthesis (an editor's short code, "Anna Muster (amu)"; an agency, "(AP)") is not the name; a
  // nickname inside the name stays ("Richard (R.J.) Eskow").
  const cuts = [
    name.search(/[|•·]| \d/),
    name.search(DATE_IN_BYLINE),
    name.search(LATER_CREDIT),
    name.search(LATER_CALL_TO_ACTION),
    laterDateline(name),
    trailingParenthesis(name),
  ].filter((at) => at > 0);
  const fullLength = name.length;
  const end = cuts.length > 0 ? Math.min(...cuts) : fullLength;
  name = trimPunctuation(name.slice(0, end).replace(BYLINE_PREFIX, ''));
  // Only once something was cut after it: "Ana Ruiz on" before a date, never a name that ends so.
  if (end < fullLength) name = name.replace(DATE_PREPOSITION_AT_END, '');
  if (!name || name.length > MAX_NAME_CHARS || /^https?:|@|\d{3,}/.test(name) || NOT_A_NAME.test(name)) return undefined;
  if (!/\p{L}/u.test(name)) return undefined;
  return withoutRole(name.replace(ROLE_SUFFIX, '') || name);
}

/** Where a date line's word follows a name of two words or more ("Ana Ruiz Published"; not "Last Updated"); -1 if none. */
function laterDateline(name: string): number {
  const at = name.search(LATER_DATELINE);
  return at > 0 && name.slice(0, at).includes(' ') ? at : -1;
}

/** Where a parenthesis that runs to the end of the name (or is never closed) opens; -1 if none. */
function trailingParenthesis(name: string): number {
  const open = name.lastIndexOf(' (');
  if (open < 0) return -1;
  const close = name.indexOf(')', open);
  return close === -1 || close >= name.trimEnd().length - 1 ? open : -1;
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
