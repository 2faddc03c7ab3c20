/**
 * Cleaning tag candidates: trimming what CMSs wrap them in, dropping what is not a topic (internal
 * codes, placement flags, desk names, the page's own section or slug), and removing duplicates
 * case-insensitively while keeping the first spelling met (sources run visible list first).
 */
import { collapseWhitespace } from '../hast/util.js';
import type { Tag } from '../types.js';
import { DESK_NAME_PATTERNS, DESK_NAMES, MAX_TAG_CHARS, MAX_TAG_WORDS, MIN_TAG_CHARS, PLACEMENT_FLAGS } from './vocabulary.js';

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
}

/** A slug needs this many words before a tag equal to it is taken for the slug (not for a one-word topic). */
const MIN_SLUG_WORDS = 3;

/** Trim quotes, hashes, separators and white space a CMS leaves around a tag. */
export function tidyTagName(raw: string): string {
  let name = collapseWhitespace(raw);
  if (name.length > MAX_TAG_CHARS * 2) return '';
  name = name.replace(/^[#"'“”«»„\s]+|["'“”«»,;.:\s]+$/g, '');
  return name;
}

/** Lower-cased, Unicode-normalised: the key tags are compared by. */
export function tagKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Codes, ids and dates a CMS stores among tags: "ctp_video", "/article", "$alchemy_keywords",
 * "section:news", "1847362", "11/8/23".
 */
export function isInternalCode(name: string): boolean {
  if (/^[/$%{@\\<[]/.test(name) || name.includes('://') || name.includes('{{')) return true;
  if (!name.includes(' ') && name.includes('_')) return true; // snake_case identifiers
  if (/^[a-z][\w-]*:[\w-]+$/i.test(name)) return true; // key:value
  if (/^\d{5,}$/.test(name)) return true; // numeric ids (years stay)
  if (/^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/.test(name)) return true; // a date archive link ("11/8/23")
  return /^(?=[a-f\d-]*\d)(?=[a-f\d-]*[a-f])[a-f\d-]{8,}$/i.test(name); // hex ids, UUIDs
}

function isDeskName(key: string): boolean {
  return DESK_NAMES.has(key) || DESK_NAME_PATTERNS.some((pattern) => pattern.test(key));
}

/** Is the candidate a topic of this article? */
export function isTopic(candidate: TagCandidate, facts: PageFacts): boolean {
  const { name } = candidate;
  if (name.length < MIN_TAG_CHARS || name.length > MAX_TAG_CHARS) return false;
  if (name.split(' ').length > MAX_TAG_WORDS) return false;
  if (isInternalCode(name)) return false;
  const key = tagKey(name);
  if (PLACEMENT_FLAGS.has(key)) return false;
  if (candidate.source === 'meta' && (isDeskName(key) || facts.sections.has(key))) return false;
  if (facts.slug && key === facts.slug) return false;
  return true;
}

/** The topics among the candidates, first spelling kept, a later source's URL filling a missing one. */
export function cleanTags(candidates: TagCandidate[], facts: PageFacts): Tag[] {
  const byKey = new Map<string, Tag>();
  for (const raw of candidates) {
    const candidate = { ...raw, name: tidyTagName(raw.name) };
    if (!isTopic(candidate, facts)) continue;
    const key = tagKey(candidate.name);
    const known = byKey.get(key);
    if (!known) byKey.set(key, candidate.url ? { name: candidate.name, url: candidate.url } : { name: candidate.name });
    else if (!known.url && candidate.url) known.url = candidate.url;
  }
  return [...byKey.values()];
}

/** The URL's last path segment as lower-cased words, when it is a multi-word slug. */
export function slugWords(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const segment = path.split('/').filter(Boolean).pop();
  if (!segment) return undefined;
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // keep the raw segment
  }
  const words = decoded.replace(/\.[a-z]{2,5}$/i, '').split(/[-_+]+/).filter(Boolean);
  // Trailing ids are not part of the words ("…-labor-day-151f82b5…", "…-593111").
  while (words.length > 0 && /^(?=.*\d)[a-f\d]{6,}$/i.test(words[words.length - 1] as string)) words.pop();
  return words.length >= MIN_SLUG_WORDS ? tagKey(words.join(' ')) : undefined;
}
