/**
 * Twitter / X: the publisher blockquote (`blockquote.twitter-tweet`, `.twitter-video`), its rendered forms
 * (`div.twitter-tweet-rendered`, `platform.twitter.com/embed/Tweet.html?id=` iframes, `data-tweet-id`), AMP
 * `amp-twitter` (whose `data-tweetid` may hold a full URL) and lazy blockquotes (`data-twitter`).
 */
import type { Element } from 'hast';
import { attr, classList, findElement } from '../../hast/util.js';
import { parseAttribution } from '../attribution.js';
import { parseLocalizedDate } from '../dates.js';
import { twitterIdDate } from '../id-dates.js';
import { bareHost, compact, embedText, linksIn, parseUrl, tidyText } from '../markup.js';
import { safeDecode } from '../../url.js';
import type { EmbedDraft, PlatformModule, ReadContext, UrlMatch } from '../types.js';

const STATUS_PATH = /^\/(?:#!\/)?(\w{1,15}|i\/web|i)\/status(?:es)?\/(\d{5,20})(?:[/?#]|$)/;
/** Handles that CMSes put in a status URL as placeholders: the page does not show the author. */
const PLACEHOLDER_HANDLES = new Set(['i', 'i/web', 'x', 'twitter', 'user', 'username']);
const TWEET_CLASSES = ['twitter-tweet', 'twitter-video', 'twitter-tweet-rendered'];
const ID_ATTRIBUTES = ['data-tweet-id', 'data-tweetid', 'data-twitter-id'];

function readUrl(url: URL): UrlMatch | undefined {
  const host = bareHost(url);
  if (host === 'twitter.com' || host === 'x.com') {
    // Pre-2012 links keep the path in a hashbang: twitter.com/#!/user/status/ID.
    const path = url.pathname === '/' && url.hash.startsWith('#!/') ? url.hash.slice(2) : url.pathname;
    const match = STATUS_PATH.exec(path);
    if (!match) return undefined;
    return statusMatch(match[2] as string, match[1] as string);
  }
  if (host === 'platform.twitter.com' && url.pathname.startsWith('/embed/')) {
    const id = url.searchParams.get('id');
    return id && /^\d{5,20}$/.test(id) ? statusMatch(id) : undefined;
  }
  if (host === 'twitframe.com') {
    const inner = parseUrl(url.searchParams.get('url') ?? undefined);
    return inner && bareHost(inner) !== 'twitframe.com' ? readUrl(inner) : undefined;
  }
  return undefined;
}

function statusMatch(id: string, handle?: string): UrlMatch {
  const known = handle && !PLACEHOLDER_HANDLES.has(handle.toLowerCase()) ? handle : undefined;
  return {
    kind: 'post',
    id,
    url: known ? `https://twitter.com/${known}/status/${id}` : `https://twitter.com/i/web/status/${id}`,
    ...(known ? { author: { handle: known, url: `https://twitter.com/${known}` } } : {}),
  };
}

function readElement(element: Element, context: ReadContext): EmbedDraft | undefined {
  const classes = classList(element);
  const tag = element.tagName;
  if (tag === 'amp-twitter') {
    const placeholder = findElement(element, (child) => child.tagName === 'blockquote');
    const fromAttr = idFromAttribute(attr(element, 'data-tweetid'));
    const fromQuote = placeholder ? readBlockquote(placeholder, context, 'twitter.amp') : undefined;
    if (fromQuote && (!fromAttr || fromQuote.id === fromAttr.id)) return fromQuote;
    return fromAttr ? draftFromMatch(fromAttr, 'twitter.amp') : undefined;
  }
  if (tag === 'blockquote') {
    if (classes.some((name) => TWEET_CLASSES.includes(name)) || attr(element, 'data-twitter') !== undefined) {
      const variant = classes.includes('twitter-video') ? 'twitter.video-blockquote' : 'twitter.blockquote';
      return readBlockquote(element, context, variant);
    }
    // Classes stripped by the CMS: still the embed code when it ends in "— Name (@handle) <a …/status/ID>date</a>".
    const draft = readBlockquote(element, context, 'twitter.blockquote-unclassed');
    return draft?.id && draft.author?.name && draft.dateText ? draft : undefined;
  }
  if (tag === 'iframe') {
    for (const name of ID_ATTRIBUTES) {
      const match = idFromAttribute(attr(element, name));
      if (match) return draftFromMatch(match, 'twitter.iframe-rendered');
    }
    return undefined; // src-only iframes are read through readUrl
  }
  // A rendered container or a lazy placeholder: the id sits on it, or on the iframe or blockquote inside.
  const inner = findElement(element, (child) => child.tagName === 'blockquote' && child !== element);
  const fromQuote = inner ? readBlockquote(inner, context, 'twitter.blockquote') : undefined;
  if (fromQuote?.id) return fromQuote;
  for (const name of ID_ATTRIBUTES) {
    const match = idFromAttribute(attr(element, name));
    if (match) return draftFromMatch(match, classes.includes('twitter-tweet-rendered') ? 'twitter.iframe-rendered' : 'twitter.lazy');
  }
  const frame = findElement(element, (child) => child.tagName === 'iframe' || ID_ATTRIBUTES.some((name) => attr(child, name) !== undefined));
  if (frame) {
    for (const name of ID_ATTRIBUTES) {
      const match = idFromAttribute(attr(frame, name));
      if (match) return draftFromMatch(match, 'twitter.iframe-rendered');
    }
    const src = parseUrl(attr(frame, 'src') ?? attr(frame, 'data-src'));
    const match = src ? readUrl(src) : undefined;
    if (match) return draftFromMatch(match, 'twitter.iframe-rendered');
  }
  return undefined;
}

/** `data-tweet-id` holds a bare id or (AMP) a status URL. */
function idFromAttribute(value: string | undefined): UrlMatch | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d{5,20}$/.test(trimmed)) return statusMatch(trimmed);
  const url = parseUrl(trimmed);
  return url ? readUrl(url) : undefined;
}

function draftFromMatch(match: UrlMatch, variant: string): EmbedDraft {
  return compact({ platform: 'twitter', kind: match.kind, id: match.id, url: match.url, author: match.author, variant, ...idDate(match.id) });
}

function idDate(id: string | undefined): Partial<EmbedDraft> {
  return id ? twitterIdDate(id) : {};
}

/** The publisher code: `<p lang>text</p> — Name (@handle) <a href=".../status/ID">date</a>`. */
export function readBlockquote(element: Element, context: ReadContext, variant: string): EmbedDraft | undefined {
  const links = linksIn(element);
  let statusLink: { match: UrlMatch; text: string; index: number } | undefined;
  links.forEach((link, index) => {
    const url = parseUrl(link.href);
    const match = url ? readUrl(url) : undefined;
    if (match) statusLink = { match, text: link.text, index };
  });
  const attribution = parseAttribution(tidyText(embedText(element)));
  if (!statusLink && !attribution) return undefined;
  const handle = attribution?.handle ?? statusLink?.match.author?.handle;
  const id = statusLink?.match.id;
  const url = id ? (handle ? `https://twitter.com/${handle}/status/${id}` : statusLink?.match.url) : undefined;
  const paragraph = findElement(element, (child) => child.tagName === 'p' && attr(child, 'lang') !== undefined);
  const lang = paragraph ? attr(paragraph, 'lang') : undefined;
  const hints = [attr(element, 'data-lang'), attr(element, 'lang'), ...context.langHints].filter((v): v is string => !!v);
  const dateText = statusLink?.text && parseLocalizedDate(statusLink.text, hints) ? statusLink.text : attribution?.after;
  const parsed = dateText ? parseLocalizedDate(dateText, hints) : undefined;
  const fromId = idDate(id);
  const body = attribution?.body ?? '';
  const entities = readEntities(links.slice(0, statusLink ? statusLink.index : links.length).map((link) => link));
  return compact({
    platform: 'twitter',
    kind: variant === 'twitter.video-blockquote' ? 'video' : 'post',
    id,
    url,
    author: { name: attribution?.name, handle, url: handle ? `https://twitter.com/${handle}` : undefined },
    ...(fromId.publishedAt
      ? fromId
      : parsed
        ? { publishedAt: parsed.iso, publishedAtPrecision: parsed.precision, publishedAtSource: 'text' as const }
        : {}),
    dateText: parsed ? dateText : undefined,
    ...(parsed?.locale ? { dateLocale: parsed.locale } : {}),
    text: body,
    lang,
    ...entities,
    variant,
  });
}

/** Media, links, hashtags, mentions and a quoted tweet from the links inside the post text. */
function readEntities(links: { href: string; text: string }[]): Partial<EmbedDraft> {
  const media: { url: string; type: 'unknown' }[] = [];
  const other: string[] = [];
  const hashtags: string[] = [];
  const mentions: string[] = [];
  let quoted: EmbedDraft['quoted'];
  for (const link of links) {
    const url = parseUrl(link.href);
    if (!url) continue;
    if (/^pic\.(?:twitter|x)\.com\//i.test(link.text)) {
      media.push({ url: `https://${link.text}`, type: 'unknown' });
      continue;
    }
    const host = bareHost(url);
    if ((host === 'twitter.com' || host === 'x.com') && url.pathname.startsWith('/hashtag/')) {
      hashtags.push(link.text.replace(/^#/, '') || safeDecode(url.pathname.slice(9)));
      continue;
    }
    if ((host === 'twitter.com' || host === 'x.com') && /^\/\w{1,15}\/?$/.test(url.pathname) && link.text.startsWith('@')) {
      mentions.push(link.text.slice(1));
      continue;
    }
    const status = readUrl(url);
    if (status) quoted ??= { platform: 'twitter', kind: 'post', id: status.id, url: status.url };
    other.push(url.href);
  }
  return compact({ media, links: other, hashtags, mentions, quoted } as EmbedDraft);
}

export const twitter: PlatformModule = {
  platform: 'twitter',
  hosts: ['twitter.com', 'x.com', 'platform.twitter.com', 'twitframe.com'],
  classes: TWEET_CLASSES,
  tags: ['amp-twitter', 'blockquote'],
  attributes: ID_ATTRIBUTES,
  readElement,
  readUrl,
};
