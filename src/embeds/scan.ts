/**
 * One walk over the article for embed markup: each element is offered to the platform modules whose tag,
 * class or attribute it carries; iframes and players are read by their URL; `<noscript>` copies and embed code
 * the CMS escaped into text are parsed again and read the same way. Comments, sidebars, teasers and other
 * page furniture are not entered.
 */
import type { Element, Parents, Root } from 'hast';
import { BODY_CLASS } from '../boundary/signals.js';
import { parseHtml } from '../hast/parse.js';
import { attr, classAndId, hasClass, walkElements, SKIP } from '../hast/util.js';
import { EMBED_CONTAINER_CLASS, LAZY_POST_URL_ATTRIBUTES, OUTSIDE_ARTICLE_CLASS, OUTSIDE_ARTICLE_ROLES, OUTSIDE_ARTICLE_TAGS, REPARSE_SIGNALS } from './data/signals.js';
import { compact, frameUrls, parseUrl, tidyText, embedText } from './markup.js';
import { wrappedUrl } from './platforms/wrappers.js';
import { matchUrl, modulesForElement } from './registry.js';
import { idDateFor } from './id-dates.js';
import { youtubeTitle } from './platforms/youtube.js';
import type { EmbedDraft, ReadContext } from './types.js';

/** Escaped or noscript markup longer than this is not re-parsed (a whole page pasted as text). */
const MAX_REPARSE_CHARS = 200_000;
const FRAME_TAGS = new Set(['iframe', 'embed', 'amp-iframe', 'object', 'video']);

export interface ScanResult {
  embeds: Map<Element, EmbedDraft>;
  /** Embeds found in re-parsed markup stand where their host element (the noscript, the paragraph) stands. */
  standIns: Map<Element, Element>;
}

export function scanEmbeds(root: Element | Root, context: ReadContext, result: ScanResult, reparse = true, skip?: Element): void {
  walkElements(root, (element, parent) => {
    if (element === skip) return SKIP;
    const draft = readEmbed(element, context);
    if (draft) {
      result.embeds.set(element, draft);
      return SKIP;
    }
    if (isOutsideArticle(element) && !isInlineEmbedAside(element, parent, context)) return SKIP;
    if (reparse && (element.tagName === 'noscript' || element.tagName === 'p' || element.tagName === 'pre' || element.tagName === 'code' || element.properties.dataHtml !== undefined)) {
      const source = element.properties.dataHtml !== undefined ? consentMarkup(element) : rawMarkup(element);
      if (source) {
        const inner: ScanResult = { embeds: new Map(), standIns: new Map() };
        scanEmbeds(parseHtml(source).tree, context, inner, false);
        let first = true;
        for (const [found, embed] of inner.embeds) {
          const variant = element.tagName === 'noscript' ? embed.variant : element.properties.dataHtml !== undefined ? `${embed.variant}.consent` : `${embed.variant}.escaped`;
          if (first) result.embeds.set(element, { ...embed, variant });
          else {
            result.embeds.set(found, { ...embed, variant });
            result.standIns.set(found, element);
          }
          first = false;
        }
        if (!first) return SKIP;
      }
    }
    return undefined;
  });
}

/** The markup a noscript holds, or embed code a CMS escaped into a paragraph's text. */
function rawMarkup(element: Element): string | undefined {
  let text = '';
  for (const child of element.children) if (child.type === 'text') text += child.value;
  if (text.length < 20 || text.length > MAX_REPARSE_CHARS || !text.includes('<')) return undefined;
  const lower = text.toLowerCase();
  return REPARSE_SIGNALS.some((signal) => lower.includes(signal)) ? text : undefined;
}

/**
 * Consent managers (Embed Privacy, Borlabs) keep the embed code base64-encoded in `data-html` until the reader
 * agrees. Decoded with the platform's `atob` and `TextDecoder`, both in every browser, worker and Node ≥ 16.
 */
function consentMarkup(element: Element): string | undefined {
  const value = attr(element, 'data-html')?.trim();
  if (!value || value.length > MAX_REPARSE_CHARS || !/^[A-Za-z0-9+/=\s]+$/.test(value)) return undefined;
  try {
    const binary = atob(value.replace(/\s+/g, ''));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    const text = new TextDecoder().decode(bytes);
    const lower = text.toLowerCase();
    return REPARSE_SIGNALS.some((signal) => lower.includes(signal)) ? text : undefined;
  } catch {
    return undefined;
  }
}

/** An embed this element is, by its platform signals or, for players, by the URL it loads. */
export function readEmbed(element: Element, context: ReadContext): EmbedDraft | undefined {
  for (const module of modulesForElement(element)) {
    const draft = module.readElement?.(element, context);
    if (draft) return draft;
  }
  const wrapped = wrappedUrl(element);
  if (wrapped) {
    const draft = draftFromUrl(wrapped, element.tagName.startsWith('amp-') ? 'amp' : 'card');
    if (draft) return draft;
  }
  if (FRAME_TAGS.has(element.tagName)) return readFrame(element, context);
  if (hasClass(element, 'wp-block-embed__wrapper')) return readBareUrl(element);
  if (element.tagName !== 'a') return readLazyPlaceholder(element);
  return undefined;
}

/**
 * Lazy loaders and consent tools replace the embed with a placeholder that names the post or player URL in an
 * attribute (`div.embed-twitter[data-url]`, `div.youtube-embed[data-src]`). Links are not placeholders: an
 * inline link to a post is a link.
 */
function readLazyPlaceholder(element: Element): EmbedDraft | undefined {
  // Every placeholder attribute is a data-* one: most elements carry none, and then there is nothing to look up.
  if (!hasDataProperty(element)) return undefined;
  for (const name of LAZY_POST_URL_ATTRIBUTES) {
    const value = attr(element, name);
    if (!value || value.length > 2048 || !/^(?:https?:)?\/\//i.test(value)) continue;
    const draft = draftFromUrl(value, 'lazy');
    if (draft) return draft;
  }
  return undefined;
}

/** Does the element carry a `data-*` attribute (hast: a property named `data…`)? */
function hasDataProperty(element: Element): boolean {
  for (const key in element.properties) if (key.startsWith('data')) return true;
  return false;
}

/** A draft from a post URL alone, with the id-encoded date where the platform has one. */
function draftFromUrl(value: string, container: string): EmbedDraft | undefined {
  const found = matchUrl(value.startsWith('//') ? `https:${value}` : value);
  if (!found) return undefined;
  const { module, match } = found;
  return compact({
    platform: module.platform,
    kind: match.kind,
    id: match.id,
    url: match.url,
    author: match.author,
    ...idDateFor(module.platform, match.id),
    variant: `${module.platform}.${container}`,
  });
}

function readFrame(element: Element, context: ReadContext): EmbedDraft | undefined {
  const urls = frameUrls(element, context.baseUrl);
  if (element.tagName === 'object') {
    for (const child of element.children) {
      if (child.type === 'element' && child.tagName === 'param' && /^(?:movie|src)$/i.test(attr(child, 'name') ?? '')) {
        const value = parseUrl(attr(child, 'value'));
        if (value) urls.push(value.href);
      }
    }
    const data = parseUrl(attr(element, 'data'));
    if (data) urls.push(data.href);
  }
  for (const url of urls) {
    const found = matchUrl(url);
    if (!found) continue;
    const { module, match } = found;
    const platform = module.platform;
    return compact({
      platform,
      kind: match.kind,
      id: match.id,
      url: match.url,
      embedUrl: url,
      author: match.author,
      title: platform === 'youtube' ? youtubeTitle(attr(element, 'title')) : undefined,
      ...idDateFor(platform, match.id),
      variant: `${platform}.${element.tagName === 'iframe' ? 'iframe' : element.tagName}`,
    });
  }
  return undefined;
}

/** A WordPress embed block whose oEmbed fetch failed holds just the post's URL as text. */
function readBareUrl(element: Element): EmbedDraft | undefined {
  const text = tidyText(embedText(element));
  if (!text || /\s/.test(text) || text.length > 2048) return undefined;
  return draftFromUrl(parseUrl(text)?.href ?? text, 'wp-url');
}

/**
 * An `<aside>` standing between two paragraphs and holding one embed is the article's own (a CMS's
 * inline component, `<aside class="artCmp">`), not a sidebar: sidebars do not sit mid-paragraph-run.
 */
function isInlineEmbedAside(element: Element, parent: Parents, context: ReadContext): boolean {
  if (element.tagName !== 'aside') return false;
  const siblings = (parent.children as Root['children']).filter((child): child is Element => child.type === 'element');
  const index = siblings.indexOf(element);
  if (siblings[index - 1]?.tagName !== 'p' || siblings[index + 1]?.tagName !== 'p') return false;
  let embeds = 0;
  walkElements(element, (inner) => {
    if (!readEmbed(inner, context)) return undefined;
    embeds++;
    return SKIP;
  });
  return embeds === 1;
}

/** Comments, sidebars, navigation, teasers: never the article's embeds. */
export function isOutsideArticle(element: Element): boolean {
  if (element.tagName === 'aside') return !EMBED_CONTAINER_CLASS.test(classAndId(element));
  if (OUTSIDE_ARTICLE_TAGS.has(element.tagName)) return true;
  const role = attr(element, 'role');
  if (role && OUTSIDE_ARTICLE_ROLES.has(role.toLowerCase())) return true;
  if (element.tagName === 'article' || element.tagName === 'main' || element.tagName === 'body') return false;
  const names = classAndId(element);
  return names.length > 1 && names.length < 500 && OUTSIDE_ARTICLE_CLASS.test(names) && !BODY_CLASS.test(names);
}
