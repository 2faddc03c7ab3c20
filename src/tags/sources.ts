/**
 * Tags the page states in its head: `article:tag` meta, JSON-LD `keywords`, `news_keywords` and
 * (corroborated) `keywords` meta; and the page's own section names, to recognise them among tags.
 */
import type { Context } from '../context.js';
import { articleNode, type JsonLdNode, stringsOf, typesOf } from '../metadata/json-ld.js';
import type { TagCandidate } from './clean.js';
import { tagKey, tidyTagName } from './clean.js';
import {
  ANALYTICS_TAG_META_KEYS,
  KEYWORDS_META_KEYS,
  NEWS_KEYWORDS_META_KEYS,
  SECTION_META_KEYS,
  SITE_EDITION_SUFFIXES,
  SITE_EDITION_WORDS,
  SITE_NAME_META_KEYS,
  TAG_META_KEYS,
} from './vocabulary.js';

/** Items read from one list at most: keyword fields can be stuffed. */
const MAX_LIST_ITEMS = 100;
/** A `keywords` meta longer than this is an SEO dump, not the publisher's topic list. */
const MAX_KEYWORDS_META_ITEMS = 30;
/** An `articleSection` with more entries than this lists tags too (some themes do), not sections. */
const MAX_SECTION_ENTRIES = 3;

const ARTICLE_TYPES = /article|posting|report|blog|liveblog/;

/**
 * Split a keyword string on commas (or semicolons / pipes when it has no comma). Chinese and
 * Japanese lists use the full-width comma or the enumeration comma "、", and Chinese CMSs often
 * separate keywords with spaces alone (words are not spaced in those scripts, so a space there is
 * always a separator).
 */
export function splitList(value: string): string[] {
  const capped = value.length > 20_000 ? value.slice(0, 20_000) : value;
  const separator = LIST_SEPARATORS.find((candidate) => capped.includes(candidate));
  if (separator) return capped.split(separator).slice(0, MAX_LIST_ITEMS);
  if (CJK_WORDS_SPACED.test(capped.trim())) return capped.trim().split(/[\s\u3000]+/).slice(0, MAX_LIST_ITEMS);
  return [capped];
}

/** Keyword separators, in the order they are looked for. */
const LIST_SEPARATORS = [',', '，', '、', ';', '；', '|'];
/** Han or kana words separated by spaces (Korean spaces its words, so it is not split), and nothing else. */
const CJK_WORDS_SPACED = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]+(?:[\s\u3000][\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]+)+$/u;

function metaValues(context: Context, keys: string[]): string[] {
  return keys.flatMap((key) => context.meta.get(key) ?? []);
}

/** `article:tag`: one tag per element; a single element holding a comma list is split. */
export function articleTagMeta(context: Context): TagCandidate[] {
  const values = metaValues(context, TAG_META_KEYS);
  const names = values.length === 1 ? splitList(values[0] as string) : values.slice(0, MAX_LIST_ITEMS);
  return names.map((name) => ({ name, source: 'meta' }));
}

/** JSON-LD `keywords` of the article node (a string list or an array of strings or named objects). */
export function jsonLdKeywords(context: Context): TagCandidate[] {
  const node = keywordsNode(context.jsonLd);
  if (!node) return [];
  return keywordStrings(node['keywords']).map((name) => ({ name, source: 'meta' }));
}

function keywordsNode(nodes: JsonLdNode[]): JsonLdNode | undefined {
  const article = articleNode(nodes);
  if (article && article['keywords'] !== undefined) return article;
  return nodes.find((node) => node['keywords'] !== undefined && typesOf(node).some((type) => ARTICLE_TYPES.test(type)));
}

function keywordStrings(value: unknown): string[] {
  if (typeof value === 'string') return splitList(value);
  if (!Array.isArray(value)) return [];
  const names: string[] = [];
  for (const item of value.slice(0, MAX_LIST_ITEMS)) {
    if (typeof item === 'string') names.push(item);
    else if (item !== null && typeof item === 'object') {
      const named = [...stringsOf(item, 'name'), ...stringsOf(item, 'title'), ...stringsOf(item, '@value')];
      if (named[0] !== undefined) names.push(named[0]);
    }
  }
  return names;
}

/**
 * Tags an analytics service is given (Parse.ly's `parsely-tags`, Sailthru's `sailthru.tags`): the
 * CMS's topic list, read only to confirm entries of the other sources.
 */
export function analyticsTagMeta(context: Context): TagCandidate[] {
  return metaValues(context, ANALYTICS_TAG_META_KEYS)
    .flatMap(splitList)
    .map((name) => ({ name, source: 'meta' }));
}

/** Every entry of the `keywords` meta, unfiltered (to confirm other sources' entries). */
export function keywordsMetaEntries(context: Context): TagCandidate[] {
  return metaValues(context, KEYWORDS_META_KEYS)
    .flatMap(splitList)
    .map((name) => ({ name, source: 'meta' }));
}

/** `news_keywords` meta. */
export function newsKeywordsMeta(context: Context): TagCandidate[] {
  return metaValues(context, NEWS_KEYWORDS_META_KEYS)
    .flatMap(splitList)
    .map((name) => ({ name, source: 'meta' }));
}

/**
 * `keywords` meta (its `entries`, from `keywordsMetaEntries`), when it is the publisher's topic list:
 * short enough, and sharing at least one tag with what the other sources already gave (`known`, keys from `tagKey`).
 */
export function keywordsMeta(entries: TagCandidate[], known: Set<string>, articleText: () => string): TagCandidate[] {
  if (entries.length === 0 || entries.length > MAX_KEYWORDS_META_ITEMS) return [];
  const names = entries.map((entry) => entry.name);
  if (names.some((name) => known.has(tagKey(tidyTagName(name))))) return entries;
  // The page's only topic list: trusted when short and mostly named in the article itself (a stale
  // SEO list names the site's usual subjects, not this story's people and places).
  if (known.size > 0 || names.length > MAX_LONE_KEYWORDS) return [];
  const text = articleText();
  const tidy = names.map(tidyTagName).filter(Boolean);
  const named = tidy.filter((name) => text.includes(name.toLowerCase())).length;
  return tidy.length > 0 && named / tidy.length >= MIN_LONE_KEYWORDS_NAMED ? entries : [];
}

/** A `keywords` meta standing alone is read only when this short… */
const MAX_LONE_KEYWORDS = 12;
/** …and this share of its entries occur in the article's title or text. */
const MIN_LONE_KEYWORDS_NAMED = 0.5;

/** The page's section names, lower-cased: from section meta and a short JSON-LD `articleSection`. */
export function sectionNames(context: Context): Set<string> {
  const sections = new Set<string>();
  for (const value of metaValues(context, SECTION_META_KEYS)) sections.add(tagKey(tidyTagName(value)));
  const article = articleNode(context.jsonLd);
  const declared = article ? stringsOf(article['articleSection']).flatMap(splitList) : [];
  if (declared.length <= MAX_SECTION_ENTRIES) for (const value of declared) sections.add(tagKey(tidyTagName(value)));
  sections.delete('');
  return sections;
}

/** The site's own names (keys), from `og:site_name`, `application-name` and the JSON-LD publisher. */
export function siteNames(context: Context): Set<string> {
  const names = new Set<string>();
  const add = (value: string) => {
    const key = tagKey(tidyTagName(value));
    names.add(key);
    // The site's name without its edition word ("朝日新聞デジタル", "Example Online") is the paper's name.
    const paper = withoutEditionWord(key);
    if (paper && paper.length >= MIN_PAPER_NAME_CHARS) names.add(paper);
  };
  for (const value of metaValues(context, SITE_NAME_META_KEYS)) add(value);
  const article = articleNode(context.jsonLd);
  if (article) for (const name of stringsOf(article['publisher']).slice(0, MAX_LIST_ITEMS)) add(name);
  names.delete('');
  return names;
}

/**
 * The key without the edition word a site puts after its paper's name: a word after a space
 * ("example online", "example de" from "Example.de"; keys are `tagKey`s), or the Japanese suffixes
 * written without one.
 */
function withoutEditionWord(key: string): string | undefined {
  for (const word of SITE_EDITION_WORDS) if (key.endsWith(` ${word}`)) return key.slice(0, -word.length - 1);
  for (const suffix of SITE_EDITION_SUFFIXES) if (key.endsWith(suffix)) return key.slice(0, -suffix.length);
  return undefined;
}

/** A name left shorter than this is not the paper's (one kanji may be a word). */
const MIN_PAPER_NAME_CHARS = 2;
