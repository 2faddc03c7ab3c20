/**
 * `extract()`: the whole pipeline, in the order it runs. Each stage is one module with one concern;
 * they share only the `Context` and the article's blocks.
 */
import type { Root } from 'hast';
import { collectBlocks } from './boundary/blocks.js';
import { findArticleRoot } from './boundary/root.js';
import { createContext } from './context.js';
import { findMarkupEmbeds, findTextEmbeds, placeEmbeds } from './embeds/index.js';
import { capTreeDepth, parseHtml } from './hast/parse.js';
import { budgetLeft, cutToBytes, resolveLimits, runStage, startBudget } from './limits.js';
import { extractMetadata } from './metadata/index.js';
import { extractQuotes } from './quotes/index.js';
import { extractRelatedLinks } from './related/index.js';
import { applyRules, claimRuledBlocks, withRuledMetadata } from './rules/index.js';
import { sanitizeArticle } from './safety/sanitize.js';
import { extractTags } from './tags/index.js';
import { assembleText } from './text.js';
import type { Article, ExtractOptions, Warning } from './types.js';

/**
 * Read one article page.
 *
 * Synchronous and pure: no network, no scripts run. Never throws on a string; what it could not do
 * (including what the limits in `options` cut) is reported in `warnings`.
 *
 * @throws {TypeError} when `html` is not a string.
 */
export function extract(html: string, options: ExtractOptions = {}): Article {
  if (typeof html !== 'string') {
    throw new TypeError(`onrecord: extract() expects the page's HTML as a string, got ${describe(html)}`);
  }
  const warnings: Warning[] = [];
  const safeOptions = checkOptions(options, warnings);
  const limits = resolveLimits(safeOptions, warnings);
  const budget = startBudget(limits.timeBudgetMs);
  const input = cutToBytes(html, limits.maxBytes);
  if (input.bytes !== undefined) {
    warnings.push({
      code: 'input-truncated',
      message: `The page is ${input.bytes} bytes; only its first ${limits.maxBytes} bytes (maxBytes) were read.`,
    });
  }
  let parsed: ReturnType<typeof parseHtml>;
  try {
    parsed = parseHtml(input.html, { maxElements: limits.maxElements });
  } catch (error) {
    warnings.push({ code: 'parse-failed', message: `The HTML could not be parsed: ${String(error)}` });
    return sanitizeArticle(emptyArticle(safeOptions, warnings));
  }
  if (parsed.flattened > 0) {
    warnings.push({ code: 'tree-too-deep', message: `${parsed.flattened} elements nested too deeply were flattened.` });
  }
  if (parsed.longAttributes > 0) {
    warnings.push({
      code: 'attribute-too-long',
      message: `${parsed.longAttributes} attribute values longer than any real page needs were dropped.`,
    });
  }
  if (parsed.dropped !== 0) {
    const dropped = parsed.dropped > 0 ? `the ${parsed.dropped} after` : 'the rest of the page after';
    warnings.push({
      code: 'elements-truncated',
      message: `The page has more than ${limits.maxElements} elements (maxElements); ${dropped} the first ${limits.maxElements} were not read.`,
    });
  }
  // The budget started before parsing: the pipeline gets what is left of it.
  const article = extractFromTree(parsed.tree, { ...safeOptions, timeBudgetMs: budgetLeft(budget) });
  article.warnings.unshift(...warnings);
  return article;
}

/** Options as the pipeline can use them: a non-object is no options, a non-string `url` is dropped (with a warning). */
function checkOptions(options: unknown, warnings: Warning[]): ExtractOptions {
  if (options === null || options === undefined) return {};
  if (typeof options !== 'object') {
    warnings.push({ code: 'invalid-option', message: `The options must be an object, got ${describe(options)}; they were ignored.` });
    return {};
  }
  const checked = { ...(options as ExtractOptions) };
  if (checked.url !== undefined && checked.url !== null && typeof checked.url !== 'string') {
    warnings.push({ code: 'invalid-option', message: `Option url must be a string, got ${describe(checked.url)}; it was ignored.` });
    delete checked.url;
  }
  return checked;
}

/** Read an article from a hast tree you already hold (from rehype-parse or `extract`'s own parser). */
export function extractFromTree(tree: Root, options: ExtractOptions = {}): Article {
  try {
    // A tree from another parser (rehype-parse) is not depth-capped: a deep page would overflow the stack.
    const capped = capTreeDepth(tree);
    const article = sanitizeArticle(runPipeline(capped.tree, options));
    if (capped.flattened > 0) {
      article.warnings.unshift({ code: 'tree-too-deep', message: `${capped.flattened} elements nested too deeply were flattened.` });
    }
    return article;
  } catch (error) {
    // A bug in one stage must not take a data pipeline down: report it and return what is known.
    return emptyArticle(options, [{ code: 'internal-error', message: `Extraction failed: ${String(error)}` }]);
  }
}

function runPipeline(tree: Root, options: ExtractOptions): Article {
  const pageContext = createContext(tree, options);
  // Site rules (src/rules/): without any, nothing below changes.
  const ruled =
    options.rules === undefined ? undefined : runStage(pageContext, 'site rules', undefined, () => applyRules(pageContext, options));
  const context = ruled?.context ?? pageContext;
  const root = ruled?.body ?? findArticleRoot(context.tree, context);
  // Optional stages run through runStage: skipped once the time budget is spent, contained if they throw.
  const markupEmbeds = runStage(context, 'embeds', new Map(), () => findMarkupEmbeds(context, root));
  const { blocks, anchors } = collectBlocks(root, (element) => markupEmbeds.has(element));
  if (ruled) claimRuledBlocks(blocks, ruled);
  const textEmbeds = runStage(context, 'text embeds', [], () => findTextEmbeds(context, blocks));
  let metadata = runStage(context, 'metadata', { authors: [] }, () => extractMetadata(context, root, blocks));
  if (ruled) metadata = withRuledMetadata(metadata, ruled);
  const tags = ruled?.tags ?? runStage(context, 'tags', [], () => extractTags(context, root, blocks, metadata.authors));
  const relatedLinks = ruled?.relatedLinks ?? runStage(context, 'related links', [], () => extractRelatedLinks(context, root, blocks));
  const body = assembleText(blocks);
  const embeds = runStage(context, 'embed placement', [], () => placeEmbeds(context, markupEmbeds, anchors, textEmbeds, body));
  const quotes =
    ruled?.quotes === false ? [] : runStage(context, 'quotes', [], () => extractQuotes(context, body, { metadata, tags, embeds }));
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
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) {
    const name = (value as { constructor?: { name?: string } }).constructor?.name ?? 'ArrayBuffer';
    return `bytes (an instance of ${name}): decode them to a string first, e.g. with new TextDecoder().decode(bytes)`;
  }
  if (typeof value === 'object' && value !== null && 'constructor' in value) {
    return `an instance of ${(value as { constructor: { name?: string } }).constructor.name ?? 'Object'}`;
  }
  return typeof value;
}
