/**
 * Facebook: XFBML `div.fb-post` / `div.fb-video` (data-href, with a `blockquote.fb-xfbml-parse-ignore` fallback
 * holding text, author and a weekday date), `plugins/post.php|video.php?href=` iframes and `amp-facebook`.
 * `fb-page`, `fb-like` and `fb-comments` are site widgets, not posts.
 */
import type { Element } from 'hast';
import { attr, classList, findElement } from '../../hast/util.js';
import { parseLocalizedDate } from '../dates.js';
import { bareHost, compact, embedText, linksIn, parseUrl, tidyText, trimEndChars } from '../markup.js';
import type { EmbedDraft, PlatformModule, ReadContext, UrlMatch } from '../types.js';

const POST_CLASSES = ['fb-post', 'fb-video', 'fb-comment-embed'];
const RESERVED_FIRST_SEGMENTS = new Set(['photo.php', 'permalink.php', 'video.php', 'watch', 'story.php', 'plugins', 'sharer', 'sharer.php', 'share', 'dialog', 'groups', 'media', 'events', 'reel', 'tr']);

function readUrl(url: URL): UrlMatch | undefined {
  const host = bareHost(url);
  if (host !== 'facebook.com' && host !== 'business.facebook.com' && host !== 'developers.facebook.com') return undefined;
  const path = url.pathname;
  if (path.startsWith('/plugins/')) {
    if (!/\/plugins\/(?:post|video|comment_embed)\.php/.test(path)) return undefined;
    const inner = parseUrl(url.searchParams.get('href') ?? undefined);
    return inner ? readPostUrl(inner) : undefined;
  }
  return readPostUrl(url);
}

function readPostUrl(url: URL): UrlMatch | undefined {
  const host = bareHost(url);
  if (!host.endsWith('facebook.com')) return undefined;
  const path = trimEndChars(url.pathname, '/');
  const segments = path.split('/').filter(Boolean);
  const first = segments[0];
  const handle = first && !RESERVED_FIRST_SEGMENTS.has(first.toLowerCase()) ? first : undefined;
  const author = handle ? { handle, url: `https://www.facebook.com/${handle}` } : undefined;
  const fbid = url.searchParams.get('fbid') ?? url.searchParams.get('story_fbid') ?? url.searchParams.get('v');
  if (first === 'photo.php' && fbid && /^\d+$/.test(fbid)) return { kind: 'post', id: fbid, url: `https://www.facebook.com/photo.php?fbid=${fbid}` };
  if ((first === 'permalink.php' || first === 'story.php') && fbid) {
    const owner = url.searchParams.get('id');
    return { kind: 'post', id: fbid, url: `https://www.facebook.com/permalink.php?story_fbid=${fbid}${owner ? `&id=${owner}` : ''}` };
  }
  if ((first === 'video.php' || first === 'watch') && fbid && /^\d+$/.test(fbid)) return { kind: 'video', id: fbid, url: `https://www.facebook.com/watch/?v=${fbid}` };
  const kindAt = segments.findIndex((segment, index) => index > 0 && /^(?:posts|videos|photos|reel|notes|activity)$/.test(segment));
  if (kindAt > 0) {
    const rest = segments.slice(kindAt + 1);
    const id = [...rest].reverse().map((segment) => segment.replace(/:\d+$/, '')).find((segment) => /^(?:\d{6,}|pfbid[A-Za-z0-9]+)$/.test(segment));
    if (!id) return undefined;
    const kind = segments[kindAt] === 'videos' || segments[kindAt] === 'reel' ? 'video' : 'post';
    return { kind, id, url: `https://www.facebook.com${path.replace(/:\d+$/, '')}`, ...(author ? { author } : {}) };
  }
  if (first === 'reel' && segments[1] && /^\d+$/.test(segments[1])) return { kind: 'video', id: segments[1], url: `https://www.facebook.com/reel/${segments[1]}` };
  return undefined;
}

function readElement(element: Element, context: ReadContext): EmbedDraft | undefined {
  if (element.tagName === 'amp-facebook') {
    const url = parseUrl(attr(element, 'data-href'));
    const match = url ? readUrl(url) : undefined;
    return match ? compact({ platform: 'facebook', kind: match.kind, id: match.id, url: match.url, author: match.author, variant: 'facebook.amp' }) : undefined;
  }
  const classes = classList(element);
  if (!classes.some((name) => POST_CLASSES.includes(name))) return undefined;
  const quote = findElement(element, (child) => child.tagName === 'blockquote');
  const href = parseUrl(attr(element, 'data-href')) ?? parseUrl(quote ? attr(quote, 'cite') : undefined);
  const match = href ? readUrl(href) : undefined;
  if (!match) return undefined;
  const fields: Partial<EmbedDraft> = {};
  if (quote) {
    const paragraph = findElement(quote, (child) => child.tagName === 'p');
    const links = linksIn(quote).filter((link) => !paragraph || !isInside(link.element, paragraph));
    const authorLink = links[0];
    const dateLink = links.length > 1 ? links[links.length - 1] : undefined;
    const parsed = dateLink ? parseLocalizedDate(dateLink.text, context.langHints) : undefined;
    if (paragraph) fields.text = tidyText(embedText(paragraph));
    if (authorLink?.text) {
      const authorUrl = parseUrl(authorLink.href);
      fields.author = { ...match.author, name: authorLink.text, ...(authorUrl ? { url: authorUrl.href } : {}) };
    }
    if (parsed && dateLink) {
      Object.assign(fields, { publishedAt: parsed.iso, publishedAtPrecision: parsed.precision, publishedAtSource: 'text', dateText: dateLink.text });
    }
  }
  return compact({
    platform: 'facebook',
    kind: classes.includes('fb-video') ? 'video' : classes.includes('fb-comment-embed') ? 'comment' : match.kind,
    id: match.id,
    url: match.url,
    author: match.author,
    ...fields,
    variant: 'facebook.xfbml',
  });
}

function isInside(element: Element, container: Element): boolean {
  return findElement(container, (child) => child === element) !== undefined;
}

export const facebook: PlatformModule = {
  platform: 'facebook',
  hosts: ['facebook.com'],
  classes: POST_CLASSES,
  tags: ['amp-facebook'],
  readElement,
  readUrl,
};
