/**
 * `extract()`: the whole pipeline, in the order it runs. Each stage is one module with one concern;
 * they share only the `Context` and the article's blocks.
 */
import type { Root } from 'hast';
import { collectBlocks } from './boundary/blocks.js';
import { findArticleRoot } from './boundary/root.js';
import { createContext } from './context.js';
import { findMarkupEmbeds, findTextEmbeds, placeEmbeds } from './embeds/index.js';
import { parseHtml } from './hast/parse.js';
import { extractMetadata } from './metadata/index.js';
import { extractQuotes } from './quotes/index.js';
import { extractRelatedLinks } from './related/index.js';
import { extractTags } from './tags/index.js';
import { assembleText } from './text.js';
import type { Article, ExtractOptions, Warning } from './types.js';

/**
 * Read one article page.
 *
 * Synchronous and pure: no network, no scripts run. Never throws on a string; what it could not do
 * is reported in `warnings`.
 *
 * @throws {TypeError} when `html` is not a string.
 */
export function extract(html: string, options: ExtractOptions = {}): Article {
  if (typeof html !== 'string') {
    throw new TypeError(`onrecord: extract() expects the page's HTML as a string, got ${describe(html)}`);
  }
  const warnings: Warning[] = [];
  let parsed: ReturnType<typeof parseHtml>;
  try {
    parsed = parseHtml(html);
  } catch (error) {
    warnings.push({ code: 'parse-failed', message: `The HTML could not be parsed: ${String(error)}` });
    return emptyArticle(options, warnings);
  }
  if (parsed.flattened > 0) {
    warnings.push({ code: 'tree-too-deep', message: `${parsed.flattened} elements nested too deeply were flattened.` });
  }
  const article = extractFromTree(parsed.tree, options);
  article.warnings.unshift(...warnings);
  return article;
}

/** Read an article from a hast tree you already hold (from rehype-parse or `extract`'s own parser). */
export function extractFromTree(tree: Root, options: ExtractOptions = {}): Article {
  try {
    return runPipeline(tree, options);
  } catch (error) {
    // A bug in one stage must not take a data pipeline down: report it and return what is known.
    return emptyArticle(options, [{ code: 'internal-error', message: `Extraction failed: ${String(error)}` }]);
  }
}

function runPipeline(tree: Root, options: ExtractOptions): Article {
  const context = createContext(tree, options);
  const root = findArticleRoot(tree);
  const markupEmbeds = findMarkupEmbeds(context, root);
  const { blocks, anchors } = collectBlocks(root, (element) => markupEmbeds.has(element));
  const textEmbeds = findTextEmbeds(context, blocks);
  const metadata = extractMetadata(context, root, blocks);
  const tags = extractTags(context, root, blocks);
  const relatedLinks = extractRelatedLinks(context, root, blocks);
  const body = assembleText(blocks);
  const embeds = placeEmbeds(context, markupEmbeds, anchors, textEmbeds, body);
  const quotes = extractQuotes(context, body, { metadata, tags, embeds });
  return {
    ...(context.pageUrl ? { url: context.pageUrl } : {}),
    ...metadata,
    text: body.text,
    quotes,
    embeds,
    relatedLinks,
    tags,
    warnings: context.warnings,
  };
}

function emptyArticle(options: ExtractOptions, warnings: Warning[]): Article {
  const url = typeof options.url === 'string' && /^https?:\/\//i.test(options.url) ? options.url : undefined;
  return { ...(url ? { url } : {}), authors: [], text: '', quotes: [], embeds: [], relatedLinks: [], tags: [], warnings };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object' && value !== null && 'constructor' in value) {
    return `an instance of ${(value as { constructor: { name?: string } }).constructor.name ?? 'Object'}`;
  }
  return typeof value;
}
