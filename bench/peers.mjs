/**
 * The tools timed side by side. Each entry: `{ name, note?, run(html, url) }` where `run` may return a
 * promise (then the bench awaits it), or `{ name, unavailable }` when the tool cannot be loaded.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const FALLBACK_URL = 'https://example.com/article';

async function load(name, make) {
  try {
    return { name, ...(await make()) };
  } catch (error) {
    return { name, unavailable: String(error?.message ?? error).split('\n')[0] };
  }
}

/** onrecord's whole `extract()` from the built entry; `label` names a second build timed against the first. */
export async function onrecordTool(entry, label) {
  const lib = await import(pathToFileURL(resolve(entry)).href);
  if (typeof lib.extract !== 'function') throw new Error(`${entry} exports no extract()`);
  return {
    name: label ? `onrecord extract() [${label}]` : 'onrecord extract()',
    run: (html, url) => lib.extract(html, url ? { url } : {}),
  };
}

/** Every peer; `postlightPath` is a folder holding an installed `@postlight/parser` (optional). */
export async function peerTools(postlightPath) {
  const require = createRequire(import.meta.url);
  return [
    await load('rehype-parse parse()', async () => {
      const { unified } = await import('unified');
      const { default: rehypeParse } = await import('rehype-parse');
      const processor = unified().use(rehypeParse).freeze();
      return { run: (html) => processor.parse(html) };
    }),
    await load('parse5 parse() only', async () => {
      const { parse } = await import('parse5');
      return { run: (html) => parse(html) };
    }),
    await load('Readability + linkedom', async () => {
      const { Readability } = await import('@mozilla/readability');
      const { parseHTML } = await import('linkedom');
      return { run: (html) => new Readability(parseHTML(html).document).parse() };
    }),
    await load('article-extractor', async () => {
      const { extractFromHtml } = await import('@extractus/article-extractor');
      // extractFromHtml is declared async but does all its work before its first await.
      return { note: 'async API (awaited)', run: (html, url) => extractFromHtml(html, url ?? FALLBACK_URL) };
    }),
    await load('Postlight Parser', async () => {
      const id = postlightPath ? createRequire(resolve(postlightPath, 'package.json')).resolve('@postlight/parser') : '@postlight/parser';
      const Parser = require(id);
      // No network: the HTML is given and following "next page" links is off.
      return { note: 'async API (awaited)', run: (html, url) => Parser.parse(url ?? FALLBACK_URL, { html, fetchAllPages: false }) };
    }),
  ];
}
