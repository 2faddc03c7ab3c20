/**
 * Cleaning tag candidates: trimming what CMSs wrap them in, dropping what is not a topic (internal
 * codes, placement flags, desk names, the page's own section or slug), and removing duplicates
 * case-insensitively while keeping the first spelling met (sources run visible list first).
 */
import { collapseWhitespace } from '../hast/util.js';
import { TAG_LABEL } from './vocabulary.js';
import type { Tag } from '../types.js';
import { safeDecode } from '../url.js';
import {
  ANALYTICS_FIELD_KEYS,
  DESK_NAME_PATTERNS,
  DESK_NAMES,
  MAX_TAG_CHARS,
  MAX_TAG_WORDS,
  MIN_TAG_CHARS,
  NAME_ABBREVIATIONS,
  PLACEMENT_FLAGS,
} from './vocabulary.js';

/** Where a candidate came from: visible tags are the publisher's deliberate labels. */
export type TagSource = 'visible' | 'meta';

export interface TagCandidate {
  name: string;
  url?: string;
  source: TagSource;
}

/** What the page says about itself, to recognise its own section and slug among the tags. */
export interface PageFacts {
  /** Lower-cased section names of the page. */
  sections: Set<string>;
  /** The page URL's last path segment as words, lower-cased ("trump harris election 2024"). */
  slug?: string;
  /** The same words one by one. */
  slugWords: Set<string>;
  /** The site's own names (keys): a site is not a topic of its own article. */
  siteNames?: Set<string>;
  /** The labels of the page URL's host, lower-cased ("dailymail" for www.dailymail.co.uk). */
  hostLabels?: Set<string>;
  /** The page URL's directory segments as written ("yourmoney" for /yourmoney/article-1/…). */
  directories?: Set<string>;
  /** The authors' names as keys, surname first ("ruiz ana" for Ana Ruiz). */
  authors?: Set<string>;
}

/**
 * Drop what a whole metadata list shows to be generated rather than chosen: a wire's subject codes
 * ("AER, AIRS08, INDG…", dropped code by code), analytics fields ("Page Type: Article", dropped
 * entry by entry) or the URL slug cut into words ("mueren, seis, personas…", dropped as a list).
 */
export function dropGeneratedEntries(list: TagCandidate[], facts: PageFacts): TagCandidate[] {
  if (list.length < MIN_LIST_FOR_SHARES) return list;
  const names = list.map((candidate) => tidyTagName(candidate.name));
  const codes = names.filter((name) => SUBJECT_CODE.test(name) && /[A-Z]/.test(name)).length;
  if (codes / list.length >= MAX_SUBJECT_CODE_SHARE) return list.filter((_, i) => !SUBJECT_CODE.test(names[i] as string));
  const keyValues = names.filter((name) => KEY_VALUE.test(name)).length;
  if (keyValues / list.length >= MAX_KEY_VALUE_SHARE) return list.filter((_, i) => !KEY_VALUE.test(names[i] as string));
  const slugged = names.filter((name) => facts.slugWords.has(tagKey(name))).length;
  if (facts.slugWords.size > 0 && slugged / list.length >= MAX_SLUG_WORD_SHARE) return [];
  return list;
}

/**
 * A JSON-LD keyword list that carries CMS codes ("_commerce", "channel_other", "comments-enabled")
 * is the CMS's machine list, filled from its channels and layout flags as well as the topics
 * (Condé Nast's and Future plc's themes: "gear", "outdoor", "textaboveleftsmall", "serversidehawk").
 * When another keyword field of the page holds the clean topic list, the machine list only confirms
 * it (`confirmed`, by tag key); alone, it is read as it is.
 */
export function confirmMachineList(list: TagCandidate[], confirmed: ((key: string) => boolean) | undefined): TagCandidate[] {
  if (!confirmed || !list.some((candidate) => isMachineCode(tidyTagName(candidate.name)))) return list;
  return list.filter((candidate) => confirmed(tagKey(tidyTagName(candidate.name))));
}

/**
 * The codes only a CMS writes (not a stock ticker or a domain, which a hand-kept list may hold too):
 * snake_case and underscore-led names ("channel_other", "_commerce"), feature switches
 * ("comments-enabled"), run-together layout names ("splitscreenimageleftinset") and ids.
 */
function isMachineCode(name: string): boolean {
  return (
    name.startsWith('_') ||
    /[a-z\d]_[a-z\d]/.test(name) ||
    isSwitchFlag(name) ||
    (name.length >= MIN_COMPOUND_CODE_CHARS && /^[a-z]+$/.test(name)) ||
    HEX_ID.test(name)
  );
}

/**
 * A lower-case setting a CMS stores among tags to switch a feature ("comments-enabled", "paywall
 * exclude", "ads-disabled"): a switch word beside another word, never a topic of the story.
 */
const SWITCH_WORDS = new Set(['enabled', 'disabled', 'exclude', 'excluded', 'noindex', 'nofollow', 'hide', 'hidden']);

function isSwitchFlag(name: string): boolean {
  if (!/^[a-z][a-z -]*$/.test(name)) return false;
  const words = name.split(/[ -]+/);
  return words.length >= 2 && words.some((word) => SWITCH_WORDS.has(word));
}

/** Hex ids and UUIDs ("8f507083-bac4-…"). */
const HEX_ID = /^(?=[a-f\d-]*\d)(?=[a-f\d-]*[a-f])[a-f\d-]{8,}$/i;
/** What templates print for an empty value. */
const PLACEHOLDERS = new Set(['null', 'undefined', 'none', 'nan', 'n/a', 'false', 'true', '0']);
/** A single lower-case token this long is a layout or feature code, not a word a reader sees. */
const MIN_COMPOUND_CODE_CHARS = 20;
/** A metadata list mostly made of short upper-case codes ("AIRS08", "INDG") is a wire's subject codes. */
const SUBJECT_CODE = /^[A-Z0-9]{2,7}$/;
const MAX_SUBJECT_CODE_SHARE = 0.6;
/** A metadata list mostly made of "Key: value" entries ("Page Type: Article") is analytics data. */
const KEY_VALUE = /^\p{L}[\p{L} ]{0,24}: \S/u;
const MAX_KEY_VALUE_SHARE = 0.5;
/** A metadata list mostly made of the URL slug's words was generated from the slug. */
const MAX_SLUG_WORD_SHARE = 0.75;
const MIN_LIST_FOR_SHARES = 4;

/** A slug needs this many words before a tag equal to it is taken for the slug (not for a one-word topic). */
const MIN_SLUG_WORDS = 3;

/** Characters a CMS leaves before a tag ("#tag", "“tag") and after it ("tag,", "tag”"). */
const LEADING_NOISE = new Set(['#', '"', "'", '“', '”', '‘', '’', '«', '»', '„', ' ']);
const TRAILING_NOISE = new Set(['"', "'", '“', '”', '‘', '’', '«', '»', ',', ';', '.', ':', ' ']);
/** Entities a CMS double-escaped into `<meta content>` ("Privacy &amp;amp; Technology"). */
const ENTITY = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|quot|apos|lt|gt|nbsp));/gi;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ' };

function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(ENTITY, (match, decimal: string | undefined, hex: string | undefined, named: string | undefined) => {
    if (named) return NAMED_ENTITIES[named.toLowerCase()] ?? match;
    const code = decimal ? Number(decimal) : Number.parseInt(hex as string, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
  });
}

/** Trim quotes, hashes, separators and white space a CMS leaves around a tag. */
export function tidyTagName(raw: string): string {
  if (raw.length > MAX_TAG_CHARS * 4) return '';
  const name = collapseWhitespace(decodeEntities(raw));
  if (name.length > MAX_TAG_CHARS * 2) return '';
  let start = 0;
  let end = name.length;
  while (start < end && LEADING_NOISE.has(name[start] as string)) start++;
  while (end > start && TRAILING_NOISE.has(name[end - 1] as string)) end--;
  // The period of an abbreviation ending a name is part of it ("Indeed Inc.", "U.S.", "Papst Leo XIV.").
  if (name[end] === '.' && endsInAbbreviation(name.slice(start, end))) end++;
  return name.slice(start, end);
}

/**
 * Does the name end in a word whose period is part of it: a company or name suffix ("Inc", "Ltd",
 * "Jr"), a Roman numeral (German writes regnal ordinals with a period: "Leo XIV."), or dotted
 * initials ("U.S", "D.C")?
 */
function endsInAbbreviation(name: string): boolean {
  const word = /(?:^|[\s(])([\p{L}.]{1,12})$/u.exec(name)?.[1];
  if (!word) return false;
  return (
    (/^\p{Lu}/u.test(word) && NAME_ABBREVIATIONS.has(word.toLowerCase())) ||
    /^[IVXLC]{2,6}$/.test(word) ||
    /^(?:\p{L}\.)+\p{L}$/u.test(word)
  );
}

/**
 * The key tags are compared by: Unicode-normalised, lower-cased, punctuation as space, so that
 * "donald-trump" and "Travel & Leisure" / "travel-leisure" are the same tag.
 */
export function tagKey(name: string): string {
  const lower = name.normalize('NFKC').toLowerCase();
  return lower.replace(/[^\p{L}\p{N}]+/gu, ' ').trim() || lower.trim();
}

/**
 * Codes, ids, dates and analytics fields a CMS stores among tags: "ctp_video", "/article",
 * "$alchemy_keywords", "section:news", "1847362", "11/8/23", "Page Type: Article".
 */
export function isInternalCode(name: string): boolean {
  if (/^[/$%{@\\<[_]/.test(name) || name.includes('://') || name.includes('{{')) return true;
  if (isSwitchFlag(name)) return true; // 'comments-enabled', 'paywall exclude'
  if (PLACEHOLDERS.has(name.toLowerCase())) return true; // template values left empty
  if (/[\p{L}\d]_[\p{L}\d]/u.test(name)) return true; // snake_case identifiers ("ctp_video", "MA_Abington - …")
  const field = /^([\p{L} ]{2,30}): /u.exec(name);
  if (field && ANALYTICS_FIELD_KEYS.has((field[1] as string).toLowerCase())) return true; // "NLP Category: Business"
  if (/^[a-z][\w-]*:[\w-]+$/i.test(name) || /^[a-z]+: ?[\w-]+$/.test(name)) return true; // key:value, "type: news"
  if (/^[a-z][\w-]{0,30}:[a-z][\w-]{0,30}:/i.test(name)) return true; // a namespaced key path ("source:tagname:Wire Source")
  if (name.length >= MIN_COMPOUND_CODE_CHARS && /^[a-z]+$/.test(name)) return true; // "splitscreenimagerightinset"
  if (/^\d{5,}$/.test(name)) return true; // numeric ids (years stay)
  if (/^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/.test(name)) return true; // a date archive link ("11/8/23")
  if (/^[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|co|io|de|fr|es|it|uk|pl|nl|ru|br|in)$/i.test(name)) return true; // the site's domain
  return HEX_ID.test(name);
}

/** The lexicons under the same key as the tags they are compared with; built on first use, not at import (cold start). */
let deskKeys: Set<string> | undefined;
let flagKeys: Set<string> | undefined;

function isLabel(name: string): boolean {
  const label = TAG_LABEL.exec(name);
  return label !== null && label[0].trim().length >= name.length;
}

function isDeskName(key: string): boolean {
  deskKeys ??= new Set([...DESK_NAMES].map(tagKey));
  return deskKeys.has(key) || DESK_NAME_PATTERNS.some((pattern) => pattern.test(key));
}

/**
 * A CMS that joins its default keywords to the article's without a separator glues a desk name to
 * the first tag ("Breaking newsTehrik-e-Taliban Pakistan"): the desk name is cut off.
 */
export function unglueDeskPrefix(name: string): string {
  const glued = /^([\p{L} ]{4,30}?)(\p{Lu})/u.exec(name);
  if (!glued || !/\p{Ll}$/u.test(glued[1] as string)) return name;
  return isDeskName(tagKey(glued[1] as string)) ? name.slice((glued[1] as string).length) : name;
}

/** Is the candidate a topic of this article? */
export function isTopic(candidate: TagCandidate, facts: PageFacts): boolean {
  const { name } = candidate;
  if (name.length < MIN_TAG_CHARS || name.length > MAX_TAG_CHARS) return false;
  if (name.split(' ').length > MAX_TAG_WORDS) return false;
  if (isInternalCode(name)) return false;
  const key = tagKey(name);
  flagKeys ??= new Set([...PLACEMENT_FLAGS].map(tagKey));
  if (flagKeys.has(key)) return false;
  if (candidate.source === 'meta' && (isDeskName(key) || facts.sections.has(key))) return false;
  if (facts.slug && key === facts.slug) return false;
  if (facts.siteNames?.has(key)) return false;
  // A host label written as a keyword ("dailymail" on dailymail.co.uk) is the site, not a topic.
  if (candidate.source === 'meta' && facts.hostLabels?.has(name)) return false;
  // A keyword written exactly as a directory of the page's URL ("yourmoney" for /yourmoney/article-…)
  // is the CMS's path name of the section; a topic would be spelt as words.
  if (candidate.source === 'meta' && facts.directories?.has(name)) return false;
  // A CMS that files each story under its author's index key ("Exner-Ulrich" for Ulrich Exner) writes
  // it among the keywords: the byline, not a topic. (The name in reading order stays: publishers tag
  // a guest author's name on purpose.)
  if (candidate.source === 'meta' && facts.authors?.has(key)) return false;
  if (isLabel(name)) return false; // a list's own "Tags" label taken for a tag
  return true;
}

/** The topics among the candidates, first spelling kept, a later source's URL filling a missing one. */
export function cleanTags(candidates: TagCandidate[], facts: PageFacts): Tag[] {
  const byKey = new Map<string, Tag>();
  for (const raw of candidates) {
    const tidy = tidyTagName(raw.name);
    const candidate = { ...raw, name: raw.source === 'meta' ? unglueDeskPrefix(tidy) : tidy };
    if (!isTopic(candidate, facts)) continue;
    const key = tagKey(candidate.name);
    const known = byKey.get(key);
    if (!known) byKey.set(key, candidate.url ? { name: candidate.name, url: candidate.url } : { name: candidate.name });
    else if (!known.url && candidate.url) known.url = candidate.url;
  }
  return [...byKey.values()];
}

/** The page URL parsed once for the page facts (undefined when absent or not a URL). */
export function parsePageUrl(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** The labels of the URL's host but the top-level ones ("dailymail" for www.dailymail.co.uk). */
export function hostLabels(url: URL | undefined): Set<string> {
  const labels = new Set<string>();
  if (!url) return labels;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  for (const label of host.split('.').slice(0, -1)) if (label.length >= MIN_HOST_LABEL_CHARS && label !== 'www') labels.add(label);
  return labels;
}

/**
 * The URL's directory segments (all but the last), as written, when they look like a CMS path name:
 * lower-case letters only, long enough not to be a language or edition code ("en", "uk").
 */
export function directorySegments(url: URL | undefined): Set<string> {
  const segments = new Set<string>();
  if (!url) return segments;
  const parts = url.pathname.split('/').filter(Boolean).slice(0, -1).slice(0, MAX_DIRECTORY_SEGMENTS);
  for (const part of parts) if (part.length >= MIN_HOST_LABEL_CHARS && /^[a-z]+$/.test(part)) segments.add(part);
  return segments;
}

/** Directory segments read from a URL at most. */
const MAX_DIRECTORY_SEGMENTS = 10;

/** The authors' names as tag keys, surname first ("exner ulrich" for Ulrich Exner). */
export function invertedAuthorKeys(authors: { name: string }[]): Set<string> {
  const keys = new Set<string>();
  for (const author of authors.slice(0, MAX_AUTHORS_READ)) {
    const words = tagKey(author.name).split(' ');
    if (words.length < 2) continue; // a one-word "author" is a desk or a brand
    keys.add([words[words.length - 1], ...words.slice(0, -1)].join(' '));
  }
  return keys;
}

/** Authors read at most. */
const MAX_AUTHORS_READ = 20;

/** Shorter host labels ("co", "m") are not names. */
const MIN_HOST_LABEL_CHARS = 4;

/** The URL's last path segment as lower-cased words (trailing ids removed). */
export function slugWords(url: URL | string | undefined): string[] {
  const parsed = typeof url === 'string' ? parsePageUrl(url) : url;
  if (!parsed) return [];
  const segment = parsed.pathname.split('/').filter(Boolean).pop();
  if (!segment) return [];
  const words = safeDecode(segment)
    .replace(/\.[a-z]{2,5}$/i, '')
    .split(/[-_+]+/)
    .filter(Boolean);
  // Trailing ids are not part of the words ("…-labor-day-151f82b5…", "…-593111").
  while (words.length > 0 && /^(?=.*\d)[a-f\d]{6,}$/i.test(words[words.length - 1] as string)) words.pop();
  return words.map(tagKey);
}

/** The slug as one phrase, when it has enough words to be told from a one-word topic. */
export function slugPhrase(words: string[]): string | undefined {
  return words.length >= MIN_SLUG_WORDS ? words.join(' ') : undefined;
}
