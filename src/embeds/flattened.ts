/**
 * Tweets flattened into text: the post's paragraph, then "— Name (@handle) February 3, 2026" (or both in one
 * block). The dash line must end in a date that parses (§14 locales), so a citation such as
 * "— John (@john) said" is not taken. The blocks a tweet spans are claimed, so they leave `Article.text`.
 */
import type { Element } from 'hast';
import type { Block } from '../boundary/blocks.js';
import type { Context } from '../context.js';
import { findAllElements, attr } from '../hast/util.js';
import { parseAttribution } from './attribution.js';
import { parseLocalizedDate } from './dates.js';
import { idDateFor } from './id-dates.js';
import { compact, parseUrl, trimEndChars } from './markup.js';
import { INSTAGRAM_SHARED_BY } from './data/phrases.js';
import { FALLBACK_LINE, readInstagramUrl, stripSharedBy } from './platforms/instagram.js';
import { matchUrl } from './registry.js';
import type { EmbedDraft } from './types.js';

/** A block longer than this is an article paragraph, not a tweet and its attribution. */
const MAX_TWEET_BLOCK_CHARS = 1200;
/** The previous block is the tweet's text only when it is this short (a tweet, with its links). */
const MAX_TWEET_TEXT_CHARS = 1000;
const HEADING_KINDS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** "on Truth Social, February 3, 2026": the platform named after the handle. */
const PLATFORM_NAMED = /\bon\s+(truth\s+social|twitter|x|instagram|threads|bluesky)\b[,:]?/i;

export interface TextEmbed {
  embed: EmbedDraft;
  blockIndex: number;
}

export function findFlattenedEmbeds(context: Context, blocks: Block[]): TextEmbed[] {
  const found: TextEmbed[] = [];
  const hints = context.htmlLang ? [context.htmlLang] : [];
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as Block;
    if (block.claimedBy || block.text.length > MAX_TWEET_BLOCK_CHARS || !block.text.includes('(@')) continue;
    const instagram = flattenedInstagram(blocks, index, hints);
    if (instagram) {
      found.push(instagram);
      continue;
    }
    const attribution = parseAttribution(block.text);
    if (!attribution?.dashed || !attribution.name) continue;
    const named = PLATFORM_NAMED.exec(attribution.after);
    const dateText = trimEndChars(attribution.after.replace(PLATFORM_NAMED, '').replace(/^[\s,]+/, ''), ' .\n\t');
    const parsed = parseLocalizedDate(dateText, hints);
    if (!parsed) continue;
    let text = attribution.body;
    let first = index;
    const previous = blocks[index - 1];
    if (!text && previous && !previous.claimedBy && !HEADING_KINDS.has(previous.kind) && previous.text.length <= MAX_TWEET_TEXT_CHARS) {
      text = previous.text;
      first = index - 1;
      // Inside a (class-less) blockquote, the post's text may run over several paragraphs: take them all.
      const quote = block.inQuote ? enclosingBlockquote(context, block) : undefined;
      while (quote && first > 0) {
        const earlier = blocks[first - 1] as Block;
        if (earlier.claimedBy || enclosingBlockquote(context, earlier) !== quote || text.length + earlier.text.length > MAX_TWEET_TEXT_CHARS) break;
        text = `${earlier.text}\n\n${text}`;
        first--;
      }
    }
    const platform = named && /truth/i.test(named[1] as string) ? 'truthsocial' : 'twitter';
    const status = platform === 'twitter' ? statusLink(blocks.slice(first, index + 1)) : undefined;
    const handle = attribution.handle;
    const id = status?.id;
    const fromId = idDateFor(platform, id);
    found.push({
      embed: compact({
        platform,
        kind: 'post',
        id,
        url: id ? `https://twitter.com/${handle}/status/${id}` : undefined,
        author: { name: attribution.name, handle, url: platform === 'twitter' ? `https://twitter.com/${handle}` : `https://truthsocial.com/@${handle}` },
        ...(fromId.publishedAt ? fromId : { publishedAt: parsed.iso, publishedAtPrecision: parsed.precision, publishedAtSource: 'text' as const }),
        dateText,
        ...(parsed.locale ? { dateLocale: parsed.locale } : {}),
        text,
        variant: 'text.flattened',
      }),
      blockIndex: first,
    });
    for (let claimed = first; claimed <= index; claimed++) (blocks[claimed] as Block).claimedBy = 'embed';
  }
  return found;
}

/** How far up a block's blockquote may be (blockquote > div > p). */
const MAX_QUOTE_DEPTH = 4;

function enclosingBlockquote(context: Context, block: Block): Element | undefined {
  let current: Element | undefined = block.element;
  for (let depth = 0; current && depth <= MAX_QUOTE_DEPTH; depth++) {
    if (current.tagName === 'blockquote') return current;
    const parent = context.parents.get(current);
    current = parent?.type === 'element' ? parent : undefined;
  }
  return undefined;
}

/** A `/status/ID` link in the tweet's blocks gives its id. */
function statusLink(blocks: Block[]): { id: string } | undefined {
  for (const block of blocks) {
    for (const link of findAllElements(block.element, (element) => element.tagName === 'a')) {
      const url = parseUrl(attr(link, 'href'));
      const found = url ? matchUrl(url) : undefined;
      if (found?.module.platform === 'twitter' && found.match.id) return { id: found.match.id };
    }
  }
  return undefined;
}

const SHARED_BY_MARK = /\(\s*@([A-Za-z0-9_.]{1,30})\s*\)/;
const DATE_LEAD = /^(?:on|am|el|le|il|em|op)\s+/i;

/**
 * Instagram's fallback with its tags stripped: "View this post on Instagram", then "A post shared by NAME (@handle)
 * on DATE". Taken only when an instagram.com post link sits in the same or the previous block.
 */
function flattenedInstagram(blocks: Block[], index: number, hints: string[]): TextEmbed | undefined {
  const block = blocks[index] as Block;
  const lower = block.text.toLowerCase();
  if (!INSTAGRAM_SHARED_BY.some((phrase) => lower.includes(phrase))) return undefined;
  const mark = SHARED_BY_MARK.exec(block.text);
  if (!mark) return undefined;
  const previous = blocks[index - 1];
  const candidates = previous && !previous.claimedBy ? [block, previous] : [block];
  let post: ReturnType<typeof readInstagramUrl>;
  for (const candidate of candidates) {
    for (const link of findAllElements(candidate.element, (element) => element.tagName === 'a')) {
      const url = parseUrl(attr(link, 'href'));
      post ??= url ? readInstagramUrl(url) : undefined;
    }
  }
  if (!post) return undefined;
  const handle = mark[1] as string;
  const name = stripSharedBy(block.text.slice(0, mark.index).trim());
  const dateText = block.text.slice(mark.index + mark[0].length).trim().replace(DATE_LEAD, '');
  const parsed = dateText ? parseLocalizedDate(dateText, hints) : undefined;
  const first = previous && !previous.claimedBy && FALLBACK_LINE.test(previous.text) ? index - 1 : index;
  for (let claimed = first; claimed <= index; claimed++) (blocks[claimed] as Block).claimedBy = 'embed';
  return {
    embed: compact({
      platform: 'instagram',
      kind: post.kind,
      id: post.id,
      url: post.url,
      author: { name, handle, url: `https://www.instagram.com/${handle}/` },
      ...(parsed ? { publishedAt: parsed.iso, publishedAtPrecision: parsed.precision, publishedAtSource: 'text' as const, dateText } : {}),
      ...(parsed?.locale ? { dateLocale: parsed.locale } : {}),
      variant: 'instagram.flattened',
    }),
    blockIndex: first,
  };
}
