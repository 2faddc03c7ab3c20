/** Bluesky: `blockquote.bluesky-embed` (at:// URI with the author's DID and a TID record key), embed.bsky.app iframes, post URLs. */
import type { Element } from 'hast';
import { attr, classList, findElement } from '../../hast/util.js';
import { parseAttributionLoose } from '../attribution.js';
import { parseLocalizedDate } from '../dates.js';
import { blueskyIdDate } from '../id-dates.js';
import { bareHost, compact, embedText, linksIn, tidyText } from '../markup.js';
import { safeDecode } from '../../url.js';
import type { EmbedDraft, PlatformModule, ReadContext, UrlMatch } from '../types.js';

const AT_URI = /^at:\/\/(did:[a-z]{1,10}:[A-Za-z0-9._:%-]{1,200})\/app\.bsky\.feed\.post\/([a-z0-9]{5,20})$/;
const POST_PATH = /^\/profile\/([A-Za-z0-9._:%-]{1,200})\/post\/([a-z0-9]{5,20})(?:[/?#]|$)/;
const EMBED_PATH = /^\/embed\/(did:[a-z]{1,10}:[A-Za-z0-9._:%-]{1,200})\/app\.bsky\.feed\.post\/([a-z0-9]{5,20})(?:[/?#]|$)/;

function post(actor: string, rkey: string): UrlMatch {
  const handle = actor.startsWith('did:') ? undefined : actor;
  return { kind: 'post', id: rkey, url: `https://bsky.app/profile/${actor}/post/${rkey}`, ...(handle ? { author: { handle, url: `https://bsky.app/profile/${handle}` } } : {}) };
}

function readUrl(url: URL): UrlMatch | undefined {
  const host = bareHost(url);
  if (host === 'bsky.app') {
    const match = POST_PATH.exec(url.pathname);
    return match ? post(safeDecode(match[1] as string), match[2] as string) : undefined;
  }
  if (host === 'embed.bsky.app') {
    const match = EMBED_PATH.exec(url.pathname);
    return match ? post(safeDecode(match[1] as string), match[2] as string) : undefined;
  }
  return undefined;
}

const idDate = blueskyIdDate;

function readElement(element: Element, context: ReadContext): EmbedDraft | undefined {
  if (element.tagName !== 'blockquote' || !classList(element).includes('bluesky-embed')) return undefined;
  const uri = AT_URI.exec(attr(element, 'data-bluesky-uri') ?? '');
  if (!uri) return undefined;
  const did = uri[1] as string;
  const rkey = uri[2] as string;
  const links = linksIn(element);
  const attribution = parseAttributionLoose(tidyText(embedText(element)));
  const dateLink = links[links.length - 1];
  const parsed = dateLink ? parseLocalizedDate(dateLink.text, context.langHints) : undefined;
  const paragraph = findElement(element, (child) => child.tagName === 'p');
  const handle = attribution?.handle;
  const date = idDate(rkey);
  return compact({
    platform: 'bluesky',
    kind: 'post',
    id: rkey,
    url: `https://bsky.app/profile/${handle ?? did}/post/${rkey}`,
    author: { name: attribution?.name, handle, url: `https://bsky.app/profile/${handle ?? did}` },
    ...(date.publishedAt ? date : parsed ? { publishedAt: parsed.iso, publishedAtPrecision: parsed.precision, publishedAtSource: 'text' as const } : {}),
    dateText: parsed ? dateLink?.text : undefined,
    text: paragraph ? withoutMediaMarker(tidyText(embedText(paragraph))) : undefined,
    lang: paragraph ? attr(paragraph, 'lang') : undefined,
    variant: 'bluesky.blockquote',
  });
}

/** The fallback links media or a quoted post as "[image or embed]": not part of the text. */
const MEDIA_MARKER = '[image or embed]';

function withoutMediaMarker(text: string): string {
  return text.endsWith(MEDIA_MARKER) ? text.slice(0, -MEDIA_MARKER.length).trim() : text;
}

export const bluesky: PlatformModule = {
  platform: 'bluesky',
  hosts: ['bsky.app', 'embed.bsky.app'],
  classes: ['bluesky-embed'],
  readElement,
  readUrl,
};
