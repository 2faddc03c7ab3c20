/**
 * The article's title.
 *
 * Sources, in order (Readability's, so that both agree): the JSON-LD headline (or its `name`, when
 * that is the one og:title, the `<h1>` or the `<title>` repeats), Dublin Core title, `og:title`, `twitter:title`, other CMS
 * title metas, then the page's `<h1>` and last the document `<title>`. A known site name (siteName, the
 * publisher, the host) is cut from either end ("Headline | Site", "Site - Headline"); a `<title>`
 * with a separator and no known site name loses its last segment when what is left still reads as
 * a headline (Readability's rule). A meta title's last segment that also ends the `<title>` is the
 * site's name when the `<h1>` is what precedes it. Kickers (Dachzeile, overline) are not the headline
 * where the sources disagree on them: og:title wins over a JSON-LD headline that is og:title with a
 * kicker glued before it, and og:title and the `<h1>` under two different kickers give their shared end.
 */
import type { Element, Root } from 'hast';
import type { Context } from '../context.js';
import { visibleText } from '../hast/util.js';
import { insideRoot, pageIndex } from './page-index.js';
import { articleLd, cleanText, headTitle, metaText } from './sources.js';

/** Separators between a headline and the site name. */
const SEPARATORS = [' | ', ' * ', ' - ', ' – ', ' — ', ' :: ', ' · ', ' » ', ' / ', ' \\ ', ' > ', ' _ ', '_', '｜', ' ｜ ', 'ㅣ', ' ㅣ '];
/**
 * Cut a known site name from meta titles too ("How to Build a Terrarium | eHow" → "How to Build a
 * Terrarium"). Readability keeps what the publisher wrote in og:title or JSON-LD, so on its test
 * pages this costs 7 exact matches of 130 (0.931 instead of 0.985): the issue asks for the site
 * name removed, and the cut title is the article's.
 */
export const STRIP_SITE_NAME_FROM_META = true;
/** A `<title>` segment with fewer words than this is a site name, not a headline. */
const MIN_HEADLINE_WORDS = 3;
/** A cut `<title>` this short (in words) is more likely a fragment: the whole title is kept. */
const MAX_FRAGMENT_WORDS = 4;
/** JSON-LD name and headline "match" the `<title>` above this similarity. */
const SAME_TITLE_SIMILARITY = 0.75;
/** Two kickers sharing more than this (Readability's similarity) are one kicker spelt twice. */
const MAX_KICKER_SIMILARITY = 0.3;
/** The separators Readability cuts a `<title>` at when the site name is unknown. */
const TITLE_SEPARATOR = / [|\-–—\\/>»] /g;

/** `names`: the site's known names (siteName, publisher, host, see `knownSiteNames`). */
export function extractTitle(context: Context, root: Element | Root, names: string[]): string | undefined {
  const heading = pageHeading(context, root);
  const ogTitle = metaText(context, 'og:title');
  const ldHeadline = jsonLdHeadline(context, [ogTitle, heading]);
  const fromMeta =
    (shownKicker(ldHeadline, ogTitle, heading, names) ? ogTitle : withoutKicker(ldHeadline, ogTitle, names)) ??
    metaText(
      context,
      'dc:title',
      'dcterm:title',
      'dcterms:title',
      'dc.title',
      'dcterms.title',
      'og:title',
      'twitter:title',
      'title',
      'parsely-title',
      'sailthru.title',
    );
  if (fromMeta) {
    const stripped = STRIP_SITE_NAME_FROM_META ? stripSiteName(fromMeta, names) : fromMeta;
    if (!STRIP_SITE_NAME_FROM_META) return stripped;
    const title = withoutSharedSuffix(stripped, headTitle(context), heading);
    const headline = heading ? (headlineUnderKickers(title, heading) ?? title) : title;
    return typedQuotes(headline, ogTitle, names);
  }
  const documentTitle = headTitle(context);
  if (documentTitle) {
    const stripped = stripSiteName(documentTitle, names);
    return stripped !== documentTitle ? stripped : dropLastSegment(documentTitle);
  }
  return heading;
}

/**
 * A meta title whose last " - …" segment also ends the document `<title>` ends with the site's
 * name even where the page names no site ("Headline – Daily Paper" in og:title and `<title>`):
 * cut it when what is left is the visible headline.
 */
function withoutSharedSuffix(title: string, documentTitle: string | undefined, heading: string | undefined): string {
  if (!documentTitle || !heading) return title;
  for (const separator of SEPARATORS) {
    const at = title.lastIndexOf(separator);
    if (at <= 0) continue;
    const suffix = squash(title.slice(at + separator.length));
    const rest = title.slice(0, at).trim();
    if (suffix && squash(documentTitle).endsWith(suffix) && sameText(rest, heading)) return rest;
  }
  return title;
}

/** Typographic quotes and apostrophes, folded to the typewriter ones they stand for. */
const CURLY_SINGLE = /[\u2018\u2019\u201a\u201b]/gu;
const CURLY_DOUBLE = /[\u201c\u201d\u201e\u201f]/gu;

function foldQuotes(value: string): string {
  return value.replace(CURLY_SINGLE, "'").replace(CURLY_DOUBLE, '"');
}

/**
 * og:title's quotes where it is the chosen title with other quote marks: WordPress's wptexturize
 * curls quotes for display (the `<h1>`, and the JSON-LD headline Yoast builds from it, often as
 * `&#8217;`), while og:title and `<title>` keep the title as the editor typed it.
 */
function typedQuotes(title: string, ogTitle: string | undefined, names: string[]): string {
  if (!ogTitle || title === ogTitle) return title;
  const typed = stripSiteName(ogTitle, names);
  return typed !== title && foldQuotes(typed) === foldQuotes(title) ? typed : title;
}

/** What may end a kicker glued before a headline: a colon, a dash, a slash, a pipe or a hyphen ("MSV-"). */
const KICKER_END = /[:|/–—-]\s*$/u;

/**
 * The JSON-LD headline, unless it is og:title with a kicker glued before it ("SVP-Parteitag: Chiesa
 * ruft …" against "Chiesa ruft …"): CMSs put the kicker (Dachzeile, overline, section) in the
 * search-engine headline, and the og:title it ends with is the headline itself.
 */
function withoutKicker(ldHeadline: string | undefined, ogTitle: string | undefined, names: string[]): string | undefined {
  if (!ldHeadline || !ogTitle) return ldHeadline;
  const long = stripSiteName(ldHeadline, names);
  const short = stripSiteName(ogTitle, names);
  if (short.length >= long.length || !long.endsWith(short)) return ldHeadline;
  const kicker = long.slice(0, long.length - short.length);
  return KICKER_END.test(kicker) && wordCount(short) >= MIN_HEADLINE_WORDS ? ogTitle : ldHeadline;
}

/**
 * Is og:title the JSON-LD headline with a kicker before it ("Großer Umzug / Der 3. März kommt: …")
 * that the visible `<h1>` shows too (its overline `<span>` inside the heading)? Then the kicker is
 * part of the headline as the page presents it, and og:title is the title; the search-engine
 * headline left it out.
 */
function shownKicker(ldHeadline: string | undefined, ogTitle: string | undefined, heading: string | undefined, names: string[]): boolean {
  if (!ldHeadline || !ogTitle || !heading) return false;
  const long = stripSiteName(ogTitle, names);
  const short = stripSiteName(ldHeadline, names);
  if (short.length >= long.length || !long.endsWith(short) || wordCount(short) < MIN_HEADLINE_WORDS) return false;
  const kicker = long.slice(0, long.length - short.length);
  return /\p{L}/u.test(kicker) && KICKER_END.test(kicker) && sameText(long, heading);
}

/**
 * The headline two sources share under two different kickers: og:title "Angriff auf Israel:
 * «…»" and the `<h1>` "Eskalation in Nahost - «…»" agree on «…», and each kicker is only one
 * desk's label for it (the overline above the visible headline, another in the social title).
 */
function headlineUnderKickers(title: string, heading: string): string | undefined {
  let common = 0;
  while (common < title.length && common < heading.length && title.at(-1 - common) === heading.at(-1 - common)) common++;
  const headline = title.slice(title.length - common).replace(/^[\s:|/–—-]+/u, '');
  if (wordCount(headline) < MIN_HEADLINE_WORDS) return undefined;
  const kickers = [title, heading].map((value) => value.slice(0, value.length - headline.length));
  const isKicker = (kicker: string) => /\p{L}/u.test(kicker) && KICKER_END.test(kicker) && /[\s:]$/u.test(kicker);
  const [own, shown] = kickers as [string, string];
  // Two spellings of one kicker ("Dropbox’s ATF -", "Dropbox ATF:") are a headline's first half.
  if (Math.max(similarity(own, shown), similarity(shown, own)) > MAX_KICKER_SIMILARITY) return undefined;
  return isKicker(own) && isKicker(shown) ? headline : undefined;
}

/** A one-word section glued to the headline's end by a hyphen ("…커졌다-정치"). */
const GLUED_SECTION = /(?<=\S)-[^\s\d-]{1,10}$/u;

/** The same words in the same order, whatever the spacing and punctuation. */
function sameText(a: string, b: string): boolean {
  return squash(a) === squash(b);
}

/**
 * JSON-LD `headline`, or `name`: some sites put their own name in one of them. When both are there
 * and differ, the one that repeats the page's og:title or `<h1>` wins; else the one the document
 * `<title>` contains, else `name` (as Readability does).
 */
function jsonLdHeadline(context: Context, visible: (string | undefined)[]): string | undefined {
  const node = articleLd(context);
  if (!node) return undefined;
  const headline = typeof node.headline === 'string' ? cleanText(node.headline) : undefined;
  const name = typeof node.name === 'string' ? cleanText(node.name) : undefined;
  if (!headline || !name || headline === name) return name ?? headline;
  const shown = visible.filter((value): value is string => value !== undefined);
  const headlineShown = shown.some((value) => sameText(value, headline));
  const nameShown = shown.some((value) => sameText(value, name));
  if (headlineShown !== nameShown) return headlineShown ? headline : name;
  const documentTitle = dropLastSegment(headTitle(context) ?? '');
  const headlineMatches = similarity(headline, documentTitle) > SAME_TITLE_SIMILARITY;
  const nameMatches = similarity(name, documentTitle) > SAME_TITLE_SIMILARITY;
  return headlineMatches && !nameMatches ? headline : name;
}

/** Readability's text similarity: the share of `b`'s words (by length) that `a` also has. */
function similarity(a: string, b: string): number {
  const wordsOf = (value: string) =>
    value
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const aWords = new Set(wordsOf(a));
  const bWords = wordsOf(b);
  if (aWords.size === 0 || bWords.length === 0) return 0;
  const unique = bWords.filter((word) => !aWords.has(word)).join(' ');
  return 1 - unique.length / bWords.join(' ').length;
}

/** The page's headline element: the first `<h1>` in the article root, else the page's only `<h1>`. */
export function pageHeading(context: Context, root: Element | Root): string | undefined {
  const { h1s } = pageIndex(context);
  const inRoot = root.type === 'element' ? h1s.filter(insideRoot(root, context.parents)) : [];
  const candidates = inRoot.length > 0 ? inRoot : h1s;
  if (inRoot.length === 0 && candidates.length !== 1) return undefined;
  return cleanText(visibleText(candidates[0] as Element));
}

/** Letters and digits only, lower-cased: "Latin Times" and "latintimes" compare equal. */
function squash(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A title segment that credits the author ("by Jane Doe"), as SEO title templates append after the site name. */
const AUTHOR_SEGMENT = /^by \p{Lu}/u;
/** An author segment has at most this many words ("by" and a name). */
const MAX_AUTHOR_SEGMENT_WORDS = 6;

/** Cut a known site name from the title's end or start ("Headline | Site", also "Headline | Site | by Author"). */
export function stripSiteName(title: string, siteNames: string[]): string {
  const names = siteNameKeys(siteNames);
  if (names.size === 0) return title;
  const withoutAuthor = withoutAuthorSegment(title);
  if (withoutAuthor !== title) {
    const stripped = stripSiteName(withoutAuthor, siteNames);
    if (stripped !== withoutAuthor) return stripped;
  }
  const isSite = (segment: string) => isSiteSegment(segment, names);
  for (const separator of SEPARATORS) {
    const last = siteSuffixStart(title, separator, isSite);
    if (last > 0) {
      const rest = title.slice(0, last).trim();
      // Korean sites write "Headline-Section ㅣ Site": the section, glued on by a hyphen, goes too.
      if (rest && separator.trim() === 'ㅣ') return rest.replace(GLUED_SECTION, '') || rest;
      if (rest) return rest;
    }
    const first = title.indexOf(separator);
    if (first > 0 && isSite(title.slice(0, first))) {
      const rest = title.slice(first + separator.length).trim();
      if (rest) return rest;
    }
  }
  return withoutSiteAndSections(title, isSite);
}

/** A site's name may itself hold this many separated parts ("Site - Tagline"). */
const MAX_SITE_NAME_PARTS = 3;

/** Where the separator before a site name that ends the title stands (-1 if none): "Headline - Site - Its Tagline". */
function siteSuffixStart(title: string, separator: string, isSite: (segment: string) => boolean): number {
  let at = title.length;
  for (let parts = 0; parts < MAX_SITE_NAME_PARTS; parts++) {
    at = title.lastIndexOf(separator, at - 1);
    if (at <= 0) return -1;
    if (isSite(title.slice(at + separator.length))) return at;
  }
  return -1;
}

/** A site segment followed by no more than this many section segments ("Site - News - World"). */
const MAX_SECTION_SEGMENTS = 3;
/** A section segment has at most this many words. */
const MAX_SECTION_WORDS = 3;

/**
 * "Headline - Site - Section - Subsection": older CMSs (and Arc's default) write the site's
 * breadcrumb after the headline. Cut at the site's name when only short section names follow it.
 */
function withoutSiteAndSections(title: string, isSite: (segment: string) => boolean): string {
  for (const separator of SEPARATORS) {
    if (!separator.startsWith(' ')) continue;
    const segments = title.split(separator).slice(0, MAX_SECTION_SEGMENTS + 2);
    if (segments.length < 3 || title.split(separator).length > MAX_SECTION_SEGMENTS + 2) continue;
    const at = segments.findIndex((segment, index) => index > 0 && isSite(segment));
    if (at <= 0 || at === segments.length - 1) continue;
    if (!segments.slice(at + 1).every((segment) => wordCount(segment) <= MAX_SECTION_WORDS)) continue;
    const rest = segments.slice(0, at).join(separator).trim();
    if (wordCount(rest) >= MIN_HEADLINE_WORDS) return rest;
  }
  return title;
}

/** The squashed site names ("Latin Times" → "latintimes"), one letter or none left out. */
function siteNameKeys(siteNames: string[]): Set<string> {
  return new Set(siteNames.map(squash).filter((name) => name.length > 1));
}

/** A top-level domain ending a site's name as a title shows it ("Daily.com", "Tageblatt.lu"). */
const TOP_LEVEL_DOMAIN = /\.[a-z]{2,6}$/i;

/** The segment is the site's name, also written with its domain ending ("Site.com" for "Site"). */
function isSiteSegment(segment: string, names: Set<string>): boolean {
  const trimmed = segment.trim();
  return names.has(squash(trimmed)) || (TOP_LEVEL_DOMAIN.test(trimmed) && names.has(squash(trimmed.replace(TOP_LEVEL_DOMAIN, ''))));
}

/** The title without a last "| by Author" segment (the same title when it has none). */
function withoutAuthorSegment(title: string): string {
  for (const separator of SEPARATORS) {
    const at = title.lastIndexOf(separator);
    const tail = at > 0 ? title.slice(at + separator.length).trim() : '';
    if (AUTHOR_SEGMENT.test(tail) && wordCount(tail) <= MAX_AUTHOR_SEGMENT_WORDS) return title.slice(0, at).trim();
  }
  return title;
}

function wordCount(value: string): number {
  return value.split(/\s+/).filter(Boolean).length;
}

/**
 * Readability's cut of a `<title>` whose site name is unknown: drop the last " | …" segment; if what
 * is left is under three words, drop the first segment instead; a result of four words or fewer is
 * likely a fragment, so the whole title stays.
 */
function dropLastSegment(title: string): string {
  const separators = [...title.matchAll(TITLE_SEPARATOR)].slice(0, 50);
  const last = separators[separators.length - 1];
  if (last?.index === undefined) return title;
  let cut = title.slice(0, last.index).trim();
  if (wordCount(cut) < MIN_HEADLINE_WORDS) {
    const first = separators[0] as RegExpMatchArray;
    cut = title.slice((first.index ?? 0) + first[0].length).trim();
  }
  const hierarchical = / [\\/>»] /.test(title);
  const wholeWords = wordCount(title.replace(/[|\-–—\\/>»]+/g, ''));
  if (wordCount(cut) <= MAX_FRAGMENT_WORDS && (!hierarchical || wordCount(cut) !== wholeWords - 1)) return title;
  return cut || title;
}
