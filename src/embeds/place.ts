/**
 * Placing embeds: each gets the index of the paragraph it follows; the same post met twice (a blockquote and
 * its rendered iframe, an AMP element and its placeholder, a noscript copy) becomes one embed with the fields
 * merged; the list runs in page order. A text date that disagrees with the id-encoded time is reported.
 */
import type { Element } from 'hast';
import type { Anchor } from '../boundary/blocks.js';
import type { Context } from '../context.js';
import { walkElements } from '../hast/util.js';
import type { ArticleText } from '../text.js';
import type { Embed } from '../types.js';
import { daysApart, instantOnDay, parseLocalizedDate } from './dates.js';
import type { EmbedDraft } from './types.js';

/** A text date may lag or lead the id's UTC instant by the author's time zone: more than this is a mismatch. */
const MAX_DATE_DISAGREEMENT_DAYS = 1;
/** Where the id fixes the date, which source wins for `publishedAt`. */
const SOURCE_RANK: Record<string, number> = { 'id-timestamp': 3, 'datetime-attr': 2, attr: 1, text: 0 };

interface Placed {
  embed: EmbedDraft;
  paragraph: number;
  order: number;
}

export function placeAll(
  context: Context,
  markup: Map<Element, EmbedDraft>,
  standIns: Map<Element, Element>,
  anchors: Anchor[],
  text: { embed: EmbedDraft; blockIndex: number }[],
  body: ArticleText,
): Embed[] {
  const paragraphOf = (blockIndex: number) => (blockIndex <= 0 ? -1 : (body.paragraphAtBlock[blockIndex - 1] ?? -1));
  const anchored = new Map<Element, number>();
  for (const anchor of anchors) anchored.set(anchor.element, paragraphOf(anchor.blockIndex));
  const unanchored = [...markup.keys()].filter((element) => !anchored.has(standIns.get(element) ?? element));
  const walked = unanchored.length > 0 ? paragraphsByWalk(context, body, new Set(unanchored.map((element) => standIns.get(element) ?? element))) : new Map();
  const placed: Placed[] = [];
  let order = 0;
  for (const [element, embed] of markup) {
    const host = standIns.get(element) ?? element;
    placed.push({ embed, paragraph: anchored.get(host) ?? walked.get(host) ?? -1, order: order++ });
  }
  for (const { embed, blockIndex } of text) placed.push({ embed, paragraph: paragraphOf(blockIndex), order: order++ });
  placed.sort((a, b) => a.paragraph - b.paragraph || a.order - b.order);

  const merged: Embed[] = [];
  const byKey = new Map<string, Embed>();
  for (const { embed, paragraph } of placed) {
    const key = identity(embed);
    const existing = key ? byKey.get(key) : undefined;
    if (existing) {
      mergeInto(existing, embed);
      continue;
    }
    const out: Embed = { ...embed, paragraph };
    if (key) byKey.set(key, out);
    merged.push(out);
  }
  for (const embed of merged) checkDates(context, embed);
  return merged;
}

function identity(embed: EmbedDraft): string | undefined {
  if (embed.id) return `${embed.platform}:${embed.id}`;
  if (embed.url) return `${embed.platform}:${embed.url}`;
  return undefined;
}

/** The richer variant wins per field: longer text, the more exact date, every author detail. */
function mergeInto(target: Embed, other: EmbedDraft): void {
  const record = target as unknown as Record<string, unknown>;
  // A permalink with the author's handle beats the handle-less /i/web/status/ form of a rendered iframe.
  if (other.url && other.author?.handle && !target.author?.handle) target.url = other.url;
  for (const [key, value] of Object.entries(other)) {
    if (value === undefined || key === 'variant') continue;
    if (record[key] === undefined) record[key] = value;
  }
  if (other.author) target.author = { ...other.author, ...target.author };
  if (other.text && (!target.text || other.text.length > target.text.length)) target.text = other.text;
  if (other.publishedAt && (SOURCE_RANK[other.publishedAtSource ?? 'text'] ?? 0) > (SOURCE_RANK[target.publishedAtSource ?? 'text'] ?? 0)) {
    target.publishedAt = other.publishedAt;
    if (other.publishedAtPrecision) target.publishedAtPrecision = other.publishedAtPrecision;
    if (other.publishedAtSource) target.publishedAtSource = other.publishedAtSource;
  }
}

/**
 * The shown date must agree with the id's instant within a day. When it names the neighbouring day (the page
 * rendered it in another time zone), the instant is written in the offset that puts it on that day; further
 * apart, the id's time is kept and a warning says so.
 */
function checkDates(context: Context, embed: Embed): void {
  const exact = embed.publishedAtSource === 'id-timestamp' || embed.publishedAtSource === 'datetime-attr';
  if (!exact || !embed.publishedAt || !embed.dateText) return;
  const shown = parseLocalizedDate(embed.dateText, embed.dateLocale ? [embed.dateLocale] : []);
  if (!shown || shown.day === embed.publishedAt.slice(0, 10)) return;
  if (daysApart(shown.day, embed.publishedAt) <= MAX_DATE_DISAGREEMENT_DAYS) {
    const aligned = instantOnDay(Date.parse(embed.publishedAt), shown.day, embed.publishedAtPrecision === 'ms');
    if (aligned) embed.publishedAt = aligned;
    return;
  }
  context.warnings.push({
    code: 'embed-date-mismatch',
    message: `The ${embed.platform} post ${embed.id ?? ''} shows the date "${embed.dateText}" but its ${embed.publishedAtSource === 'id-timestamp' ? 'id encodes' : 'datetime attribute says'} ${embed.publishedAt}; that time is kept.`,
  });
}

/** For embeds the block walk never met (inside furniture-named wrappers, outside the root): the last paragraph before them. */
function paragraphsByWalk(context: Context, body: ArticleText, wanted: Set<Element>): Map<Element, number> {
  const paragraphAt = new Map<Element, number>();
  for (const paragraph of body.paragraphs) if (!paragraphAt.has(paragraph.block.element)) paragraphAt.set(paragraph.block.element, paragraph.index);
  const found = new Map<Element, number>();
  let last = -1;
  walkElements(context.tree, (element) => {
    if (wanted.has(element)) {
      found.set(element, last);
      return 1;
    }
    const index = paragraphAt.get(element);
    if (index !== undefined) last = index;
    return undefined;
  });
  return found;
}
