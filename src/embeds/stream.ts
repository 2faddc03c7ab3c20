/**
 * Stream pages ("speed reads", infinite scroll) put several whole stories, each with its own URL, under one
 * container. Only the story the page is about (its canonical URL) owns the page's embeds. Live blogs, whose
 * entries share the page's URL, are not streams.
 */
import type { Element, Root } from 'hast';
import type { Context } from '../context.js';
import { firstMeta } from '../context.js';
import { attr, walkElements, SKIP } from '../hast/util.js';
import { resolveUrl } from '../url.js';
import { trimEndChars } from './markup.js';

/** Attributes in which stream items name their own story's URL. */
const STORY_URL_ATTRIBUTES = ['data-url', 'data-permalink', 'data-href', 'itemid', 'data-canonical'];
/** Stories looked at, at most. */
const MAX_STORIES = 100;

/** The story element the page is about, when `root` is a stream of stories with distinct URLs; else undefined. */
export function storyOfStream(context: Context, root: Element | Root): Element | undefined {
  const canonical = context.links.get('canonical')?.[0] ?? firstMeta(context, 'og:url') ?? context.pageUrl;
  const own = canonical ? pathOf(resolveUrl(canonical, context.baseUrl)) : undefined;
  if (!own) return undefined;
  const stories: { element: Element; path: string }[] = [];
  walkElements(root, (element) => {
    if (element.tagName !== 'article') return undefined;
    const url = STORY_URL_ATTRIBUTES.map((name) => attr(element, name)).find(Boolean);
    const path = pathOf(resolveUrl(url, canonical));
    if (path) stories.push({ element, path });
    return stories.length >= MAX_STORIES ? 2 : SKIP;
  });
  const distinct = new Set(stories.map((story) => story.path));
  if (stories.length < 2 || distinct.size < 2) return undefined;
  return stories.find((story) => story.path === own)?.element;
}

function pathOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return trimEndChars(new URL(url).pathname, '/');
  } catch {
    return undefined;
  }
}
