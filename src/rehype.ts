/**
 * `rehypeOnrecord`: onrecord as a unified plugin. It reads the hast tree that rehype-parse (or any
 * earlier plugin) built and puts the Article on `file.data.onrecord`; the tree is left unchanged, so
 * it can sit anywhere in a pipeline.
 *
 *   const file = await unified().use(rehypeParse).use(rehypeOnrecord, { url }).use(rehypeStringify).process(html);
 *   file.data.onrecord.quotes;
 */
import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { extractFromTree } from './extract.js';
import type { Article, ExtractOptions } from './types.js';

/** Options of `rehypeOnrecord`: those of `extract`. */
export type RehypeOnrecordOptions = ExtractOptions;

declare module 'vfile' {
  interface DataMap {
    /** The Article that `rehypeOnrecord` read from the tree. */
    onrecord: Article;
  }
}

/**
 * A unified plugin: reads the article from the hast tree and puts the `Article` on
 * `file.data.onrecord`, leaving the tree unchanged. Options are those of `extract`.
 */
export const rehypeOnrecord: Plugin<[(RehypeOnrecordOptions | null | undefined)?], Root> = (options) => {
  const extractOptions: ExtractOptions = options ?? {};
  return (tree, file) => {
    file.data.onrecord = extractFromTree(tree, extractOptions);
  };
};
