/** TikTok: `blockquote.tiktok-embed` (cite, data-video-id, caption section), `embed/v2` and `player/v1` iframes, `amp-tiktok`. */
import type { Element } from 'hast';
import { attr, classList, findElement } from '../../hast/util.js';
import { tiktokIdDate } from '../id-dates.js';
import { bareHost, compact, embedText, linksIn, parseUrl, tidyText } from '../markup.js';
import type { EmbedDraft, PlatformModule, UrlMatch } from '../types.js';

const VIDEO_PATH = /^\/@([\w.-]{1,40})\/(video|photo)\/(\d{8,20})(?:[/?#]|$)/;
const EMBED_PATH = /^\/(?:embed\/v2|embed|player\/v1)\/(\d{8,20})(?:[/?#]|$)/;
const MOBILE_PATH = /^\/v\/(\d{8,20})\.html/;

function readUrl(url: URL): UrlMatch | undefined {
  if (bareHost(url) !== 'tiktok.com') return undefined;
  const video = VIDEO_PATH.exec(url.pathname);
  if (video) {
    const handle = video[1] as string;
    return { kind: video[2] as string, id: video[3] as string, url: `https://www.tiktok.com/@${handle}/${video[2]}/${video[3]}`, author: { handle, url: `https://www.tiktok.com/@${handle}` } };
  }
  const embed = EMBED_PATH.exec(url.pathname) ?? MOBILE_PATH.exec(url.pathname);
  return embed ? { kind: 'video', id: embed[1] as string, url: `https://www.tiktok.com/video/${embed[1]}` } : undefined;
}

function idDate(id: string | undefined): Partial<EmbedDraft> {
  return id ? tiktokIdDate(id) : {};
}

function readElement(element: Element): EmbedDraft | undefined {
  if (element.tagName === 'amp-tiktok') {
    const value = attr(element, 'data-src') ?? '';
    const url = parseUrl(value);
    const match = url ? readUrl(url) : /^\d{8,20}$/.test(value) ? { kind: 'video', id: value, url: `https://www.tiktok.com/video/${value}` } : undefined;
    return match ? compact({ platform: 'tiktok', kind: match.kind, id: match.id, url: match.url, author: match.author, ...idDate(match.id), variant: 'tiktok.amp' }) : undefined;
  }
  if (element.tagName !== 'blockquote' || !classList(element).includes('tiktok-embed')) return undefined;
  const cite = parseUrl(attr(element, 'cite'));
  const fromCite = cite ? readUrl(cite) : undefined;
  const id = attr(element, 'data-video-id') ?? fromCite?.id;
  if (!id || !/^\d{8,20}$/.test(id)) return undefined; // a creator (profile) embed, not a post
  const links = linksIn(element);
  const handleLink = links.find((link) => link.text.startsWith('@'));
  const handle = fromCite?.author?.handle ?? handleLink?.text.slice(1);
  const caption = findElement(element, (child) => child.tagName === 'p');
  const hashtags = links.filter((link) => link.href.includes('/tag/')).map((link) => link.text.replace(/^#/, ''));
  return compact({
    platform: 'tiktok',
    kind: fromCite?.kind ?? 'video',
    id,
    url: fromCite?.url ?? `https://www.tiktok.com/video/${id}`,
    author: { handle, url: handle ? `https://www.tiktok.com/@${handle}` : undefined },
    ...idDate(id),
    text: caption ? tidyText(embedText(caption)) : undefined,
    hashtags,
    variant: 'tiktok.blockquote',
  });
}

export const tiktok: PlatformModule = {
  platform: 'tiktok',
  hosts: ['tiktok.com'],
  classes: ['tiktok-embed'],
  tags: ['amp-tiktok'],
  readElement,
  readUrl,
};
