/**
 * Rendered embeds (a tweet's iframe) show only an id; many CMSes keep the original embed code in the page's
 * script state (Fusion, Next.js and similar JSON). For such embeds, find that code by the post's id, unescape
 * it, read it as markup, and take the fields the rendered form lacks.
 */
import type { Element, Root } from 'hast';
import { parseHtml } from '../hast/parse.js';
import { scriptText, unescapeJsonString } from '../script-state.js';
import { walkElements, SKIP } from '../hast/util.js';
import { scanEmbeds, type ScanResult } from './scan.js';
import type { EmbedDraft, ReadContext } from './types.js';

/** How far before the id the embed code may start, and after it end, in characters. */
const MAX_CODE_CHARS = 20_000;
/** Embeds to look up, and occurrences of each id to try: bounds the work on huge state blobs. */
const MAX_LOOKUPS = 50;
const MAX_OCCURRENCES = 3;
/** Only embed codes whose fallback holds text and author are worth recovering. */
const OPENERS = ['<blockquote', '\\u003cblockquote'];
const CLOSERS = ['</blockquote>', '<\\/blockquote>', '\\u003c/blockquote\\u003e', '\\u003c\\/blockquote\\u003e'];
/** Enough characters past a closer's start to include any of its spellings. */
const CLOSE_TAG_CHARS = 30;

export function enrichFromPageState(tree: Root, embeds: Iterable<EmbedDraft>, context: ReadContext): void {
  const wanting = [...embeds].filter((embed) => embed.id && !embed.text && !embed.author?.name).slice(0, MAX_LOOKUPS);
  if (wanting.length === 0) return;
  const scripts = scriptTexts(tree);
  if (scripts.length === 0) return;
  for (const embed of wanting) {
    const id = embed.id as string;
    const found = findCode(scripts, id, embed, context);
    if (!found) continue;
    if (found.url && found.author?.handle && !embed.author?.handle) embed.url = found.url;
    for (const key of ['author', 'text', 'lang', 'dateText', 'dateLocale', 'media', 'links', 'hashtags', 'mentions'] as const) {
      if (found[key] !== undefined && embed[key] === undefined) (embed as Record<string, unknown>)[key] = found[key];
    }
    if (!embed.publishedAt && found.publishedAt) {
      embed.publishedAt = found.publishedAt;
      if (found.publishedAtPrecision) embed.publishedAtPrecision = found.publishedAtPrecision;
      if (found.publishedAtSource) embed.publishedAtSource = found.publishedAtSource;
    }
  }
}

function scriptTexts(tree: Root): string[] {
  const texts: string[] = [];
  walkElements(tree, (element: Element) => {
    if (element.tagName !== 'script') return undefined;
    const text = scriptText(element);
    if (text.includes('blockquote')) texts.push(text);
    return SKIP;
  });
  return texts;
}

function findCode(scripts: string[], id: string, embed: EmbedDraft, context: ReadContext): EmbedDraft | undefined {
  for (const script of scripts) {
    let from = 0;
    for (let occurrence = 0; occurrence < MAX_OCCURRENCES; occurrence++) {
      const at = script.indexOf(id, from);
      if (at < 0) break;
      from = at + id.length;
      const window = script.slice(Math.max(0, at - MAX_CODE_CHARS), at + MAX_CODE_CHARS);
      const idAt = Math.min(at, MAX_CODE_CHARS);
      const start = Math.max(...OPENERS.map((opener) => window.lastIndexOf(opener, idAt)));
      if (start < 0) continue;
      const closing = CLOSERS.map((closer) => window.indexOf(closer, idAt)).filter((at) => at >= 0);
      const end = closing.length > 0 ? Math.min(...closing) + CLOSE_TAG_CHARS : window.length;
      const code = unescapeJsonString(window.slice(start, end));
      const result: ScanResult = { embeds: new Map(), standIns: new Map() };
      scanEmbeds(parseHtml(code).tree, context, result, false);
      for (const draft of result.embeds.values()) {
        if (draft.platform === embed.platform && draft.id === id) return draft;
      }
    }
  }
  return undefined;
}
