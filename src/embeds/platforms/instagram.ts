/**
 * Instagram: `blockquote.instagram-media` (v4–v14: permalink, "A post shared by NAME (@handle)", in old versions
 * the caption and `<time datetime>`), rendered `/p/CODE/embed` iframes and `amp-instagram`.
 */
import type { Element } from 'hast';
import { attr, classList, findElement, walkElements } from '../../hast/util.js';
import { INSTAGRAM_SHARED_BY } from '../data/phrases.js';
import { instantInOffset, parseLocalizedDate } from '../dates.js';
import { bareHost, compact, embedText, linksIn, parseUrl, tidyText } from '../markup.js';
import type { EmbedDraft, PlatformModule, ReadContext, UrlMatch } from '../types.js';

const POST_PATH = /^\/(?:[A-Za-z0-9_.]{1,30}\/)?(p|tv|reels?)\/([A-Za-z0-9_-]{5,40})(?:[/?#]|$)/;
const HANDLE_MARK = /\(\s*@([A-Za-z0-9_.]{1,30})\s*\)/;
/** The word joining the author to the date: "(@handle) on Dec 5, 2016", "am Mär 27, 2018". */
const DATE_LEAD = /^(?:on|am|el|le|il|em|op|den|dnia|в)\s+/i;
export const FALLBACK_LINE = /^(?:view this (?:post|reel|video|photo) on instagram|ver esta publicación en instagram|diesen beitrag auf instagram ansehen|voir cette publication sur instagram|visualizza questo post su instagram|bekijk dit bericht op instagram)$/i;

export function readInstagramUrl(url: URL): UrlMatch | undefined {
  return readUrl(url);
}

function readUrl(url: URL): UrlMatch | undefined {
  const host = bareHost(url);
  if (host !== 'instagram.com' && host !== 'instagr.am') return undefined;
  const match = POST_PATH.exec(url.pathname);
  if (!match) return undefined;
  const type = match[1] as string;
  const path = type.startsWith('reel') ? 'reel' : type;
  return { kind: path === 'p' ? 'post' : path === 'reel' ? 'reel' : 'video', id: match[2] as string, url: `https://www.instagram.com/${path}/${match[2]}/` };
}

function readElement(element: Element, context: ReadContext): EmbedDraft | undefined {
  if (element.tagName === 'amp-instagram') {
    const code = attr(element, 'data-shortcode') ?? attr(element, 'shortcode');
    return code && /^[\w-]{5,40}$/.test(code)
      ? compact({ platform: 'instagram', kind: 'post', id: code, url: `https://www.instagram.com/p/${code}/`, variant: 'instagram.amp' })
      : undefined;
  }
  // A theme may put the class on a whole post body: only the blockquote is the embed code.
  if (element.tagName !== 'blockquote' || !classList(element).includes('instagram-media')) return undefined;
  const links = linksIn(element);
  let match: UrlMatch | undefined;
  const permalink = parseUrl(attr(element, 'data-instgrm-permalink'));
  if (permalink) match = readUrl(permalink);
  for (const link of links) {
    if (match) break;
    const url = parseUrl(link.href);
    match = url ? readUrl(url) : undefined;
  }
  if (!match) return undefined;
  const { name, handle, afterHandle } = readAuthor(element);
  const time = findElement(element, (child) => child.tagName === 'time');
  const dateText = time ? tidyText(embedText(time)) : afterHandle;
  const parsed = dateText ? parseLocalizedDate(dateText, context.langHints) : undefined;
  const datetime = time ? Date.parse(attr(time, 'datetime') ?? '') : Number.NaN;
  let date: Partial<EmbedDraft> = {};
  if (!Number.isNaN(datetime)) {
    // The attribute is the exact instant; the text says in which zone the page showed it.
    const iso = parsed?.offsetMinutes !== undefined ? instantInOffset(datetime, parsed.offsetMinutes) : (attr(time as Element, 'datetime') as string);
    date = { publishedAt: iso, publishedAtPrecision: 'second', publishedAtSource: 'datetime-attr' };
  } else if (parsed) {
    date = { publishedAt: parsed.iso, publishedAtPrecision: parsed.precision, publishedAtSource: 'text' };
  }
  return compact({
    platform: 'instagram',
    kind: match.kind,
    id: match.id,
    url: match.url,
    author: { name, handle, url: handle ? `https://www.instagram.com/${handle}/` : undefined },
    ...date,
    dateText: date.publishedAt ? dateText : undefined,
    ...(parsed?.locale ? { dateLocale: parsed.locale } : {}),
    text: readCaption(element),
    variant: 'instagram.blockquote',
  });
}

/** "A post shared by NAME (@handle) on <time>…": the paragraph holding the `(@handle)` mark. */
function readAuthor(element: Element): { name?: string; handle?: string; afterHandle?: string } {
  let found: { name?: string; handle?: string; afterHandle?: string } = {};
  walkElements(element, (child) => {
    if (child.tagName !== 'p' && child.tagName !== 'a' && child.tagName !== 'div') return;
    const text = tidyText(embedText(child)).replace(/\s+/g, ' ');
    const mark = HANDLE_MARK.exec(text);
    if (!mark || text.length > 300) return;
    const before = text.slice(0, mark.index).trim();
    const name = stripSharedBy(before);
    const afterHandle = text.slice(mark.index + mark[0].length).trim().replace(DATE_LEAD, '');
    found = { ...(name ? { name } : {}), handle: mark[1] as string, ...(afterHandle ? { afterHandle } : {}) };
    return 2; // STOP: the first (innermost-first in document order) attribution wins
  });
  return found;
}

export function stripSharedBy(text: string): string | undefined {
  const lower = text.toLowerCase();
  for (const phrase of INSTAGRAM_SHARED_BY) {
    const at = lower.lastIndexOf(phrase);
    if (at >= 0) return text.slice(at + phrase.length).trim() || undefined;
  }
  return text || undefined;
}

/** Old embed code: the caption is the first paragraph's link text. */
function readCaption(element: Element): string | undefined {
  let caption: string | undefined;
  walkElements(element, (child) => {
    if (child.tagName !== 'p') return;
    const text = tidyText(embedText(child));
    if (!text || HANDLE_MARK.test(text) || FALLBACK_LINE.test(text)) return 1;
    caption = text;
    return 2;
  });
  return caption;
}

export const instagram: PlatformModule = {
  platform: 'instagram',
  hosts: ['instagram.com', 'instagr.am'],
  classes: ['instagram-media'],
  tags: ['amp-instagram'],
  readElement,
  readUrl,
};
