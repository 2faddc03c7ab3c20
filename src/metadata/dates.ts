/**
 * When the article was published and last modified, as ISO 8601 strings that keep the page's own
 * timezone offset ("2026-02-04T10:32:00-05:00" stays so; it is not converted to UTC).
 *
 * publishedAt sources, in order: JSON-LD datePublished (then dateCreated, uploadDate, then a nested or
 * sibling node's datePublished), `article:published_time`, other CMS metas (og, itemprop, Dublin Core,
 * parsely, sailthru, PRISM, date), microdata `itemprop=datePublished` on an element, then the first
 * `<time datetime>` in the article (or its byline), then the date shown beside the headline.
 * modifiedAt: JSON-LD dateModified, `article:modified_time`, `og:updated_time`, other CMS metas.
 */
import type { Element, Root } from 'hast';
import type { Context } from '../context.js';
import { attr, classAndId, findElement, visibleText } from '../hast/util.js';
import { insideRoot, pageIndex } from './page-index.js';
import { type JsonLdNode, typesOf } from './json-ld.js';
import { articleLd, ldText, metaText } from './sources.js';
import { parseVisibleDate } from './visible-date.js';
import { MODIFIED_NAME } from './vocabulary.js';

/** Date strings longer than this are not dates. */
const MAX_DATE_CHARS = 64;
/** Years outside this range are misparses (or epoch zero placeholders). */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'article:published',
  'datepublished',
  'published_time',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.created',
  'dc.date.created',
  'parsely-pub-date',
  'sailthru.date',
  'date',
  'article.published',
  'citation_publication_date',
  'datecreated',
  // Less common forms of the same conventions (Open Graph's long prefix, Dublin Core's colon
  // spelling, Cxense, a video page's uploadDate as microdata).
  'og:article:published_time',
  'article:published_date',
  'dc:date',
  'dcterms:issued',
  'dcterms:created',
  'dcterms.date',
  'publication_date',
  'publish_date',
  'pub_date',
  'cxenseparse:recs:publishtime',
  'uploaddate',
  // The rest of the names htmldate and trafilatura read (PRISM, rNews, Shareaholic, CMS house forms).
  'prism.publicationdate',
  'rnews:datepublished',
  'shareaholic:article_published_time',
  'originalpublicationdate',
  'article_date_original',
  'article.created',
  'date_published',
  'published-date',
  'dc.date.publication',
  'dcterms.available',
  'release_date',
  'dateposted',
];
const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'article:modified',
  'datemodified',
  'modified_time',
  'dcterms.modified',
  'dc.date.modified',
  'last-modified',
  'lastmod',
  'article.updated',
];

export function extractDates(
  context: Context,
  root: Element | Root,
  bylineElement: Element | undefined,
): { publishedAt?: string; modifiedAt?: string } {
  const node = articleLd(context);
  const lang = context.htmlLang;
  const publishedAt =
    anyDate(ldText(node?.datePublished), lang) ??
    anyDate(ldText(node?.dateCreated), lang) ??
    anyDate(ldText(node?.uploadDate), lang) ??
    nestedLdDate(context, node, lang) ??
    firstDate(context, PUBLISHED_META) ??
    microdataDate(context) ??
    timeElementDate(bylineElement) ??
    timeElementDate(root.type === 'element' ? root : undefined) ??
    shownDate(context, root);
  const modifiedAt = toIsoDate(ldText(node?.dateModified)) ?? firstDate(context, MODIFIED_META);
  return { ...(publishedAt ? { publishedAt } : {}), ...(modifiedAt ? { modifiedAt } : {}) };
}

function firstDate(context: Context, keys: string[]): string | undefined {
  for (const key of keys) {
    const date = anyDate(metaText(context, key), context.htmlLang);
    if (date) return date;
  }
  return undefined;
}

/**
 * A date value in ISO form, else in the page's own written form: CMSs fill meta and JSON-LD fields
 * with "25.04.2024 09:15" or "25. April 2024" too.
 */
function anyDate(value: string | undefined, lang: string | undefined): string | undefined {
  return toIsoDate(value) ?? (value && /\d{4}/.test(value) ? parseVisibleDate(value, lang) : undefined);
}

/** How deep into the article node's values `datePublished` is looked for. */
const MAX_LD_DEPTH = 4;
/** Nested values visited at most. */
const MAX_LD_VALUES = 500;
/** Items of one JSON-LD array read. */
const MAX_LD_ARRAY_ITEMS = 20;
/** The page's other JSON-LD nodes read for one describing the article. */
const MAX_LD_NODES = 50;

/**
 * schema.org `datePublished` where the article node does not carry it itself: on the article it
 * wraps (a WebPage's `mainEntity`, an ItemPage's `about`), else on another node of the page's
 * graph that describes the article (Yoast's WebPage beside its Article). A listing's items
 * (`itemListElement`) are other articles and are not read.
 */
function nestedLdDate(context: Context, node: JsonLdNode | undefined, lang: string | undefined): string | undefined {
  const queue: { value: unknown; depth: number }[] = node ? [{ value: node, depth: 0 }] : [];
  for (let index = 0; index < queue.length && index < MAX_LD_VALUES; index++) {
    const { value, depth } = queue[index] as { value: unknown; depth: number };
    if (value === null || typeof value !== 'object' || depth > MAX_LD_DEPTH) continue;
    if (Array.isArray(value)) {
      for (const item of value.slice(0, MAX_LD_ARRAY_ITEMS)) queue.push({ value: item, depth: depth + 1 });
      continue;
    }
    const record = value as Record<string, unknown>;
    const date = depth > 0 ? anyDate(ldText(record.datePublished), lang) : undefined;
    if (date) return date;
    for (const [key, inner] of Object.entries(record)) {
      if (key !== 'itemListElement' && key !== 'hasPart' && key !== 'isPartOf') queue.push({ value: inner, depth: depth + 1 });
    }
  }
  for (const other of context.jsonLd.slice(0, MAX_LD_NODES)) {
    if (other === node || !typesOf(other).some((type) => DESCRIBES_PAGE.test(type))) continue;
    const date = anyDate(ldText(other.datePublished), lang);
    if (date) return date;
  }
  return undefined;
}

/** Node types that describe the page itself (not a person, a video or an organisation). */
const DESCRIBES_PAGE = /article|posting|report|webpage|itempage|liveblog/;

/**
 * schema.org microdata on an element rather than a `<meta>`: `<time itemprop="datePublished"
 * datetime="…">`, `<span itemprop="datePublished" content="…">`.
 */
function microdataDate(context: Context): string | undefined {
  for (const element of pageIndex(context).publishedProps) {
    const date = anyDate(attr(element, 'datetime') ?? attr(element, 'content') ?? visibleText(element), context.htmlLang);
    if (date) return date;
  }
  return undefined;
}

function timeElementDate(scope: Element | undefined): string | undefined {
  if (!scope) return undefined;
  const time = findElement(scope, (element) => element.tagName === 'time' && attr(element, 'datetime') !== undefined);
  return time ? toIsoDate(attr(time, 'datetime')) : undefined;
}

/** How many levels above the `<h1>` its header block may start. */
const HEADER_CLIMB = 3;

/**
 * The date the article shows beside its headline or in its body: a `<time datetime>` (a WordPress
 * theme's `entry-date published`, for one) in the headline's header block, else the text of a
 * `<time>` or of an element named as a date ("meta_date", "article-date"), in multilingual
 * formats. A last-modified line ("updated") is not the publication date.
 */
function shownDate(context: Context, root: Element | Root): string | undefined {
  const near = nearHeading(context, root);
  const candidates = pageIndex(context).dateElements.filter((element) => near(element) && !MODIFIED_NAME.test(classAndId(element)));
  for (const element of candidates) {
    const date = element.tagName === 'time' ? toIsoDate(attr(element, 'datetime')) : undefined;
    if (date) return date;
  }
  for (const element of candidates) {
    const date = parseVisibleDate(visibleText(element), context.htmlLang);
    if (date) return date;
  }
  return undefined;
}

/** Inside the article root, or in the block a few levels above the page's first `<h1>`. */
function nearHeading(context: Context, root: Element | Root): (element: Element) => boolean {
  const inRoot = root.type === 'element' ? insideRoot(root, context.parents) : () => false;
  let header: Element | undefined = pageIndex(context).h1s[0];
  for (let level = 0; header && level < HEADER_CLIMB; level++) {
    const parent = context.parents.get(header);
    header = parent?.type === 'element' ? parent : header;
  }
  const inHeader = header ? insideRoot(header, context.parents) : () => false;
  return (element) => inRoot(element) || inHeader(element);
}

/** ISO-like date and time, with an optional offset: 2021-11-01T10:52:50+0100, 2017-11-03 03:01:00.000000. */
const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?$/i;

/**
 * A date string as ISO 8601. ISO-like input keeps its own offset (normalised to ±hh:mm) or none;
 * other formats that `Date` reads (RFC 2822…) become UTC. Undefined for what is not a date.
 */
export function toIsoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (!text || text.length > MAX_DATE_CHARS) return undefined;
  const match = ISO_LIKE.exec(text);
  if (match) {
    const [, year, month, day, hour, minute, second, fraction, zone] = match;
    if (!validYear(Number(year)) || Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return undefined;
    const date = `${year}-${month}-${day}`;
    if (hour === undefined) return date;
    const time = `${hour}:${minute}:${second ?? '00'}${fraction ?? ''}`;
    return `${date}T${time}${normaliseZone(zone)}`;
  }
  if (!/\d{4}/.test(text) || !isWrittenDate(text)) return undefined;
  const parsed = new Date(text.replace(/ at /i, ' '));
  if (Number.isNaN(parsed.getTime()) || !validYear(parsed.getUTCFullYear())) return undefined;
  return parsed.toISOString().replace('.000Z', 'Z');
}

/** Words a written date may hold besides numbers: month and day names, am/pm, "at", timezone names. */
const DATE_WORD =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]{0,7}\.?$|^(?:am|pm|a\.m\.|p\.m\.|at|gmt|utc|z|[ecmp][sd]t|bst|cet|cest)$/i;
const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * A date written out ("Wed, 04 Feb 2026 15:32:00 GMT", "February 4, 2026 at 3:46 PM"): only
 * numbers and date words, with a month name. `Date` alone would read "Who will win in 2020?" too.
 */
function isWrittenDate(text: string): boolean {
  const tokens = text.split(/[\s,]+/).filter(Boolean);
  if (tokens.length > 12) return false;
  let month = false;
  for (const token of tokens) {
    if (/^[\d:.+-]+$/.test(token)) continue;
    if (!DATE_WORD.test(token)) return false;
    if (MONTH_WORD.test(token)) month = true;
  }
  return month;
}

function validYear(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

function normaliseZone(zone: string | undefined): string {
  if (!zone) return '';
  if (zone.toUpperCase() === 'Z') return 'Z';
  const digits = zone.slice(1).replace(':', '');
  const hours = digits.slice(0, 2);
  const minutes = digits.slice(2, 4) || '00';
  return `${zone[0]}${hours}:${minutes}`;
}
