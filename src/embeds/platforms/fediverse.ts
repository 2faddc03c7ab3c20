/**
 * Mastodon (any instance) and Truth Social (a Mastodon fork): `iframe.mastodon-embed` / `.truthsocial-embed`
 * pointing at `/@user/ID/embed`, and Mastodon 4.3's `blockquote.mastodon-embed[data-embed-url]`.
 * Ids are Mastodon snowflakes: `id >> 16` is the creation time in ms. Any host can be a Mastodon instance, so
 * Mastodon is recognised by its class or its `/@user/ID/embed` path, never by a host list.
 */
import type { Element } from 'hast';
import { attr, classList } from '../../hast/util.js';
import { mastodonIdDate } from '../id-dates.js';
import { bareHost, compact, parseUrl } from '../markup.js';
import type { EmbedDraft, PlatformModule, UrlMatch } from '../types.js';

const STATUS_PATH = /^\/@([A-Za-z0-9_]{1,30})\/(?:posts\/)?(\d{6,20})(\/embed)?\/?$/;

function status(url: URL, platform: 'mastodon' | 'truthsocial'): UrlMatch | undefined {
  const match = STATUS_PATH.exec(url.pathname);
  if (!match) return undefined;
  const host = url.hostname.toLowerCase();
  const user = match[1] as string;
  const id = match[2] as string;
  const canonical = platform === 'truthsocial' ? `https://truthsocial.com/@${user}/posts/${id}` : `https://${host}/@${user}/${id}`;
  const handle = platform === 'truthsocial' ? user : `${user}@${host}`;
  return { kind: 'post', id, url: canonical, author: { handle, url: `https://${host}/@${user}` } };
}

function idDate(id: string | undefined): Partial<EmbedDraft> {
  return id ? mastodonIdDate(id) : {};
}

function fromElement(element: Element, platform: 'mastodon' | 'truthsocial'): EmbedDraft | undefined {
  const className = platform === 'truthsocial' ? 'truthsocial-embed' : 'mastodon-embed';
  if (!classList(element).includes(className)) return undefined;
  for (const name of ['data-embed-url', 'data-src', 'src', 'cite']) {
    const url = parseUrl(attr(element, name));
    const match = url ? status(url, platform) : undefined;
    if (match) {
      const variant = `${platform}.${element.tagName === 'iframe' ? 'iframe' : 'blockquote'}`;
      return compact({ platform, kind: match.kind, id: match.id, url: match.url, author: match.author, embedUrl: url?.href, ...idDate(match.id), variant });
    }
  }
  return undefined;
}

export const truthsocial: PlatformModule = {
  platform: 'truthsocial',
  hosts: ['truthsocial.com'],
  classes: ['truthsocial-embed'],
  readElement: (element) => fromElement(element, 'truthsocial'),
  readUrl: (url) => (bareHost(url) === 'truthsocial.com' ? status(url, 'truthsocial') : undefined),
};

export const mastodon: PlatformModule = {
  platform: 'mastodon',
  hosts: [],
  classes: ['mastodon-embed'],
  readElement: (element) => fromElement(element, 'mastodon'),
};
