/**
 * Social posts and videos embedded in the article.
 *
 * Three steps, called from the pipeline: `findMarkupEmbeds` reads embed code (blockquotes, iframes, AMP,
 * lazy and consent-gated forms, WordPress wrappers, noscript copies, escaped code) before the text is
 * collected, so that each embed's fallback text stays out of `Article.text`; `findTextEmbeds` finds tweets
 * flattened into paragraphs; `placeEmbeds` merges, orders and places them. Platforms live in
 * `platforms/*`, one module each, behind `registry.ts`.
 *
 * A page that is itself a platform page: when the page's own URL (`options.url`, else its canonical or
 * `og:url`) is a post or video on a known platform — a saved tweet, a YouTube watch page, an Instagram
 * post — the page is not an article that embeds a post. `embeds` is then empty (the page's own post is
 * not reported as an embed of itself, nor are the replies, suggestions or related videos around it), and
 * a `platform-page` warning names the platform and id; title, text and metadata are read as for any page.
 */
import type { Element, Root } from 'hast';
import type { Anchor, Block } from '../boundary/blocks.js';
import { firstMeta, type Context } from '../context.js';
import type { ArticleText } from '../text.js';
import type { Embed } from '../types.js';
import { budgetSpent } from '../limits.js';
import { findFlattenedEmbeds } from './flattened.js';
import { findElement, visibleText, walkElements } from '../hast/util.js';
import { enrichFromPageState } from './page-state.js';
import { placeAll } from './place.js';
import { matchUrl } from './registry.js';
import { scanEmbeds, type ScanResult } from './scan.js';
import { storyOfStream } from './stream.js';
import type { EmbedDraft, ReadContext } from './types.js';

export type { EmbedDraft } from './types.js';

/** Re-parsed embeds stand where their host element stands: kept beside the map that findMarkupEmbeds returns. */
const standInsOf = new WeakMap<Map<Element, EmbedDraft>, Map<Element, Element>>();
/** On a stream page, the embeds of the stories the page is not about. */
const otherStories = new WeakMap<Map<Element, EmbedDraft>, Set<Element>>();

/** Embeds in markup under the article root, keyed by the element that holds each. */
export function findMarkupEmbeds(context: Context, root: Element | Root): Map<Element, EmbedDraft> {
  const result: ScanResult = { embeds: new Map(), standIns: new Map() };
  if (platformPage(context)) return result.embeds;
  const readContext: ReadContext = {
    ...(context.baseUrl ? { baseUrl: context.baseUrl } : {}),
    langHints: context.htmlLang ? [context.htmlLang] : [],
  };
  scanEmbeds(root, readContext, result);
  // The article's header (lead video or post) lies outside the text root: scan the rest of the <article> too.
  const article = enclosingArticle(context, root);
  if (article && article !== root) scanEmbeds(article, readContext, result, true, root as Element);
  const story = storyOfStream(context, root);
  if (story) {
    // Other stories' embeds stay keys (so their fallback text stays out of Article.text) but are not reported.
    const inStory = new Set<Element>();
    walkElements(story, (element) => {
      if (result.embeds.has(element)) inStory.add(element);
    });
    otherStories.set(result.embeds, new Set([...result.embeds.keys()].filter((element) => !inStory.has(result.standIns.get(element) ?? element))));
  }
  if (result.embeds.size === 0 && root.type === 'element' && root.tagName !== 'body') {
    // The root may be too narrow (a testimonial block, a live blog entry): look at the page's body once,
    // outside comments, sidebars and teasers, which the scan never enters.
    const body = findElement(context.tree, (element) => element.tagName === 'body');
    if (body) scanEmbeds(body, readContext, result);
  }
  // Searching script state is the stage's one open-ended cost: skip it once the time budget is spent.
  if (!budgetSpent(context.budget)) enrichFromPageState(context.tree, result.embeds.values(), readContext);
  for (const [element, embed] of result.embeds) {
    const caption = figureCaption(context, result.standIns.get(element) ?? element);
    if (caption && !embed.caption) embed.caption = caption;
  }
  standInsOf.set(result.embeds, result.standIns);
  return result.embeds;
}

/** Embeds flattened into text ("— Name (@handle) February 3, 2026"); claims the blocks they span. */
export function findTextEmbeds(context: Context, blocks: Block[]): { embed: EmbedDraft; blockIndex: number }[] {
  if (platformPage(context)) return [];
  return findFlattenedEmbeds(context, blocks);
}

/** Give every embed its paragraph, merge duplicates, and order them as the page does. */
export function placeEmbeds(
  context: Context,
  markup: Map<Element, EmbedDraft>,
  anchors: Anchor[],
  text: { embed: EmbedDraft; blockIndex: number }[],
  body: ArticleText,
): Embed[] {
  const page = platformPage(context);
  if (page) {
    context.warnings.push({
      code: 'platform-page',
      message: `The page is itself a ${page.platform} ${page.kind} (${page.id ?? page.url}), not an article embedding it; no embeds are reported.`,
    });
    return [];
  }
  const ignored = otherStories.get(markup);
  const own = ignored ? new Map([...markup].filter(([element]) => !ignored.has(element))) : markup;
  return placeAll(context, own, standInsOf.get(markup) ?? new Map(), anchors, text, body);
}

/** How far above the text root its `<article>` may be. */
const MAX_ARTICLE_DEPTH = 6;

/**
 * The `<article>` element around the text root: its header holds the lead video or post that the text root
 * (the body's paragraphs) leaves out. Furniture inside it is still skipped by the scan.
 */
function enclosingArticle(context: Context, root: Element | Root): Element | undefined {
  if (root.type !== 'element') return undefined;
  let current: Element | undefined = root;
  for (let depth = 0; current && depth <= MAX_ARTICLE_DEPTH; depth++) {
    if (current.tagName === 'article') return current;
    const parent = context.parents.get(current);
    current = parent?.type === 'element' ? parent : undefined;
  }
  return undefined;
}

/** How far up from an embed its `<figure>` may be (figure > wrapper div > blockquote). */
const MAX_FIGURE_DEPTH = 3;

/** The `<figcaption>` of the figure an embed sits in: the publisher's caption for it. */
function figureCaption(context: Context, element: Element): string | undefined {
  let current: Element | undefined = element;
  for (let depth = 0; current && depth <= MAX_FIGURE_DEPTH; depth++) {
    if (current.tagName === 'figure') {
      const caption = current.children.find((child): child is Element => child.type === 'element' && child.tagName === 'figcaption');
      const text = caption ? visibleText(caption) : '';
      return text || undefined;
    }
    const parent = context.parents.get(current);
    current = parent?.type === 'element' ? parent : undefined;
  }
  return undefined;
}

/** The platform post this page is, when its own URL is a post or video URL. */
function platformPage(context: Context): { platform: string; kind: string; id?: string; url: string } | undefined {
  const own = context.pageUrl ?? context.links.get('canonical')?.[0] ?? firstMeta(context, 'og:url');
  const found = own ? matchUrl(own) : undefined;
  return found ? { platform: found.module.platform, ...found.match } : undefined;
}
