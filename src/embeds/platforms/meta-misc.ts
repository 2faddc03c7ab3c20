/** Threads, Reddit, Telegram and LinkedIn: embed code that carries a permalink but no text or date. One module each. */
import type { Element } from 'hast';
import { attr, classList } from '../../hast/util.js';
import { bareHost, compact, linksIn, parseUrl } from '../markup.js';
import type { EmbedDraft, PlatformModule, UrlMatch } from '../types.js';
import { urlPlatform } from './simple.js';

const THREADS_PATH = /^\/@([\w.]{1,30})\/post\/([\w-]{5,40})(?:[/?#]|$)/;

function threadsUrl(url: URL): UrlMatch | undefined {
  const host = bareHost(url);
  if (host !== 'threads.net' && host !== 'threads.com') return undefined;
  const match = THREADS_PATH.exec(url.pathname);
  if (!match) return undefined;
  const handle = match[1] as string;
  return { kind: 'post', id: match[2] as string, url: `https://www.threads.net/@${handle}/post/${match[2]}`, author: { handle, url: `https://www.threads.net/@${handle}` } };
}

export const threads: PlatformModule = {
  platform: 'threads',
  hosts: ['threads.net', 'threads.com'],
  classes: ['text-post-media'],
  readUrl: threadsUrl,
  readElement(element: Element): EmbedDraft | undefined {
    if (element.tagName !== 'blockquote' || !classList(element).includes('text-post-media')) return undefined;
    const url = parseUrl(attr(element, 'data-text-post-permalink') ?? linksIn(element)[0]?.href);
    const match = url ? threadsUrl(url) : undefined;
    return match ? compact({ platform: 'threads', kind: match.kind, id: match.id, url: match.url, author: match.author, variant: 'threads.blockquote' }) : undefined;
  },
};

const REDDIT_PATH = /^\/(?:r|user|u)\/([\w-]{1,50})\/comments\/([a-z0-9]{2,10})(?:\/[^/?#]{0,300})?(?:\/([a-z0-9]{2,10}))?/;

function redditUrl(url: URL): UrlMatch | undefined {
  const host = bareHost(url);
  if (host === 'redd.it') {
    const id = url.pathname.slice(1);
    return /^[a-z0-9]{2,10}$/.test(id) ? { kind: 'post', id, url: `https://www.reddit.com/comments/${id}/` } : undefined;
  }
  if (!['reddit.com', 'old.reddit.com', 'embed.reddit.com', 'redditmedia.com', 'new.reddit.com'].includes(host)) return undefined;
  const match = REDDIT_PATH.exec(url.pathname);
  if (!match) return undefined;
  const comment = /\/comment\/([a-z0-9]{2,10})/.exec(url.pathname)?.[1];
  const base = `https://www.reddit.com${url.pathname.replace(/\/?$/, '/')}`;
  return comment ? { kind: 'comment', id: comment, url: base } : { kind: 'post', id: match[2] as string, url: base };
}

export const reddit: PlatformModule = {
  platform: 'reddit',
  hosts: ['reddit.com', 'redd.it', 'redditmedia.com'],
  classes: ['reddit-embed-bq', 'reddit-card', 'reddit-embed'],
  tags: ['amp-reddit'],
  readUrl: redditUrl,
  readElement(element: Element): EmbedDraft | undefined {
    const links = linksIn(element);
    const first = parseUrl(attr(element, 'data-src') ?? links[0]?.href);
    const match = first ? redditUrl(first) : undefined;
    if (!match) return undefined;
    const authorLink = links.find((link) => /^u\//.test(link.text) || /\/user\//.test(link.href));
    const handle = authorLink?.text.replace(/^u\//, '') || undefined;
    return compact({
      platform: 'reddit',
      kind: match.kind,
      id: match.id,
      url: match.url,
      author: { handle, url: handle ? `https://www.reddit.com/user/${handle}/` : undefined },
      title: match.kind === 'post' ? links[0]?.text : undefined,
      variant: element.tagName === 'amp-reddit' ? 'reddit.amp' : 'reddit.blockquote',
    });
  },
};

export const telegram: PlatformModule = {
  platform: 'telegram',
  hosts: ['t.me', 'telegram.me'],
  attributes: ['data-telegram-post'],
  readUrl(url) {
    const match = /^\/(?:s\/)?([A-Za-z][\w]{3,31})\/(\d{1,10})\/?$/.exec(url.pathname);
    if (!match || url.searchParams.get('embed') === null) return undefined; // plain t.me links are links, not embeds
    return { kind: 'post', id: `${match[1]}/${match[2]}`, url: `https://t.me/${match[1]}/${match[2]}`, author: { handle: match[1] as string } };
  },
  readElement(element) {
    const value = attr(element, 'data-telegram-post') ?? '';
    const match = /^([A-Za-z][\w]{3,31}|c\/\d{1,20})\/(\d{1,10})$/.exec(value.trim());
    if (!match) return undefined;
    const channel = match[1] as string;
    return compact({
      platform: 'telegram',
      kind: 'post',
      id: `${channel}/${match[2]}`,
      url: `https://t.me/${channel}/${match[2]}`,
      author: channel.startsWith('c/') ? undefined : { handle: channel, url: `https://t.me/${channel}` },
      variant: 'telegram.widget',
    });
  },
};

export const linkedin = urlPlatform('linkedin', ['linkedin.com'], [
  {
    pattern: /^linkedin\.com\/embed\/feed\/update\/urn:li:(share|ugcPost|activity):(\d{10,25})\b/,
    idGroup: 2,
    kind: 'post',
    canonical: (id, groups) => `https://www.linkedin.com/feed/update/urn:li:${groups[0] ?? 'activity'}:${id}/`,
  },
  {
    // "/posts/{slug}-activity-{id}-{hash}": cut the id out in code (the slug may hold any words and dashes).
    pattern: /^linkedin\.com\/posts\/([\w%-]{1,400})/,
    idFrom: (captured) => /(?:^|-)(?:activity|ugcPost)-(\d{10,25})(?:-|$)/.exec(captured)?.[1],
    kind: 'post',
    canonical: (id) => `https://www.linkedin.com/feed/update/urn:li:activity:${id}/`,
  },
]);
