/**
 * YouTube: `/embed/ID` iframes (also youtube-nocookie, lazy `data-src`), WP Rocket `rll-youtube-player[data-id]`,
 * `lite-youtube[videoid]`, `amp-youtube[data-videoid]`, legacy `/v/ID` objects, and watch / youtu.be / shorts URLs.
 * The markup has no author or date.
 */
import type { Element } from 'hast';
import { attr, classList } from '../../hast/util.js';
import { bareHost, compact } from '../markup.js';
import type { EmbedDraft, PlatformModule, UrlMatch } from '../types.js';

const VIDEO_ID = /^[A-Za-z0-9_-]{11}$/;
const PATH_ID = /^\/(?:embed|v|shorts|live|e)\/([A-Za-z0-9_-]{11})(?:[/?#&]|$)/;
/** Iframe titles that say nothing about the video. */
const GENERIC_TITLE = /^(?:youtube(?: video)?(?: player)?|embedded content|video|iframe)$/i;

function video(id: string, kind = 'video'): UrlMatch {
  return { kind, id, url: kind === 'short' ? `https://www.youtube.com/shorts/${id}` : `https://www.youtube.com/watch?v=${id}` };
}

function readUrl(url: URL): UrlMatch | undefined {
  const host = bareHost(url);
  if (host === 'youtu.be') {
    const id = url.pathname.slice(1).split('/')[0] ?? '';
    return VIDEO_ID.test(id) ? video(id) : undefined;
  }
  if (host !== 'youtube.com' && host !== 'youtube-nocookie.com' && host !== 'music.youtube.com') return undefined;
  const path = PATH_ID.exec(url.pathname);
  if (path) return video(path[1] as string, url.pathname.startsWith('/shorts/') ? 'short' : 'video');
  if (url.pathname === '/watch') {
    const id = url.searchParams.get('v') ?? '';
    return VIDEO_ID.test(id) ? video(id) : undefined;
  }
  const list = url.searchParams.get('list');
  if ((url.pathname === '/embed/videoseries' || url.pathname === '/playlist') && list && /^[\w-]{10,64}$/.test(list)) {
    return { kind: 'playlist', id: list, url: `https://www.youtube.com/playlist?list=${list}` };
  }
  return undefined;
}

function readElement(element: Element): EmbedDraft | undefined {
  const id =
    attr(element, 'videoid') ??
    attr(element, 'data-videoid') ??
    (classList(element).some((name) => name === 'rll-youtube-player' || name === 'youtube-player') ? attr(element, 'data-id') : undefined);
  if (!id || !VIDEO_ID.test(id)) return undefined;
  const variant = element.tagName === 'amp-youtube' ? 'youtube.amp' : element.tagName.startsWith('lite-') ? 'youtube.lite' : 'youtube.lazy';
  const title = attr(element, 'data-alt') ?? attr(element, 'playlabel')?.replace(/^play:\s*/i, '');
  return compact({ platform: 'youtube', kind: 'video', id, url: video(id).url, title: title && !GENERIC_TITLE.test(title) ? title : undefined, variant });
}

/** The iframe `title` is the video's title in oEmbed code, unless it is a generic label. */
export function youtubeTitle(title: string | undefined): string | undefined {
  return title && !GENERIC_TITLE.test(title.trim()) ? title.trim() : undefined;
}

export const youtube: PlatformModule = {
  platform: 'youtube',
  hosts: ['youtube.com', 'youtu.be', 'youtube-nocookie.com'],
  classes: ['rll-youtube-player', 'youtube-player'],
  tags: ['lite-youtube', 'lite-youtube-embed', 'amp-youtube'],
  readElement,
  readUrl,
};
