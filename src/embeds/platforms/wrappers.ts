/**
 * Embed code that is not a platform's own: AMP players for the URL-only platforms, Embedly cards and Iframely
 * frames. Each names the post by an attribute or a link; the platform modules then read that URL.
 */
import type { Element } from 'hast';
import { attr, findElement, hasClass } from '../../hast/util.js';
import { parseUrl } from '../markup.js';

/** AMP components that carry a video id in an attribute, with the URL that id stands for. */
export const AMP_PLAYERS: Record<string, { attribute: string; url: (id: string) => string }> = {
  'amp-vimeo': { attribute: 'data-videoid', url: (id) => `https://vimeo.com/${id}` },
  'amp-dailymotion': { attribute: 'data-videoid', url: (id) => `https://www.dailymotion.com/video/${id}` },
  'amp-soundcloud': { attribute: 'data-trackid', url: (id) => `https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/${id}` },
  'amp-pinterest': { attribute: 'data-url', url: (id) => id },
  'amp-bluesky': { attribute: 'data-src', url: (id) => id },
};

/** The post URL an AMP player, an Embedly card or an Iframely frame stands for. */
export function wrappedUrl(element: Element): string | undefined {
  const amp = AMP_PLAYERS[element.tagName];
  if (amp) {
    const value = attr(element, amp.attribute)?.trim();
    return value ? amp.url(value) : undefined;
  }
  if (hasClass(element, 'embedly-card')) {
    const link = element.tagName === 'a' ? element : findElement(element, (child) => child.tagName === 'a');
    return link ? attr(link, 'href') : undefined;
  }
  if (element.tagName === 'iframe' || hasClass(element, 'iframely-embed')) {
    const frame = element.tagName === 'iframe' ? element : findElement(element, (child) => child.tagName === 'iframe');
    const src = parseUrl(frame ? (attr(frame, 'src') ?? attr(frame, 'data-src')) : undefined);
    if (src && (src.hostname === 'cdn.iframe.ly' || src.hostname === 'iframe.ly' || src.hostname.endsWith('.embedly.com'))) {
      return src.searchParams.get('url') ?? src.searchParams.get('src') ?? undefined;
    }
  }
  return undefined;
}
