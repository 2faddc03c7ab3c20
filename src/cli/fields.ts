/** `--fields`: which parts of the Article each output keeps. */
import type { Article } from '../types.js';

/**
 * Every top-level field of `Article`, in output order. The `satisfies` check keeps this list in
 * step with the type; a test checks it against the JSON Schema too.
 */
export const ARTICLE_FIELDS = [
  'url',
  'canonicalUrl',
  'title',
  'description',
  'lang',
  'siteName',
  'authors',
  'publishedAt',
  'modifiedAt',
  'image',
  'section',
  'copyright',
  'text',
  'quotes',
  'embeds',
  'relatedLinks',
  'tags',
  'warnings',
] as const satisfies readonly (keyof Article)[];

type MissingField = Exclude<keyof Article, (typeof ARTICLE_FIELDS)[number]>;
// Fails to compile when Article gains a field that the list above lacks.
const everyFieldListed: [MissingField] extends [never] ? true : MissingField = true;
void everyFieldListed;

export type ArticleField = (typeof ARTICLE_FIELDS)[number];

/** Parse "quotes,embeds, title" into known field names, or return an error message. */
export function parseFields(value: string): ArticleField[] | string {
  const known = new Set<string>(ARTICLE_FIELDS);
  const fields: ArticleField[] = [];
  for (const raw of value.split(',')) {
    const name = raw.trim();
    if (name === '') continue;
    if (!known.has(name)) return `unknown field "${name}" (known: ${ARTICLE_FIELDS.join(', ')})`;
    if (!fields.includes(name as ArticleField)) fields.push(name as ArticleField);
  }
  if (fields.length === 0) return '--fields needs at least one field name';
  return fields;
}

/** The Article with only `fields` (absent fields stay absent), or the whole Article. */
export function pickFields(article: Article, fields: readonly ArticleField[] | undefined): Partial<Article> {
  if (!fields) return article;
  const picked: Record<string, unknown> = {};
  for (const field of fields) {
    if (article[field] !== undefined) picked[field] = article[field];
  }
  return picked as Partial<Article>;
}
