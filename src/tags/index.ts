/**
 * The publisher's topic labels for the article.
 *
 * Sources, in this order (the first spelling met wins when two sources give the same tag, so the
 * page's visible spelling is kept, and a tag page URL from a visible link is attached):
 * 1. the visible tag list attached to the article (tag containers, `rel=tag` links, a list after a
 *    "Tags:" / "Schlagworte" / "Etiquetas" label) and a "Tags: a, b" line among the paragraphs;
 * 2. `article:tag` meta;
 * 3. JSON-LD `keywords` of the article;
 * 4. `news_keywords` meta;
 * 5. `keywords` meta, only when it shares a tag with sources 1–4 (alone it is often stale SEO).
 * Internal codes, placement flags, and (from metadata) desk and section names and the URL slug are
 * dropped; see clean.ts and vocabulary.ts.
 */
import type { Element, Root } from 'hast';
import type { Block } from '../boundary/blocks.js';
import type { Context } from '../context.js';
import { isWithin } from '../related/placement.js';
import type { Author, Tag } from '../types.js';
import {
  cleanTags,
  directorySegments,
  dropGeneratedEntries,
  confirmMachineList,
  hostLabels,
  invertedAuthorKeys,
  type PageFacts,
  parsePageUrl,
  slugPhrase,
  slugWords,
  type TagCandidate,
  tagKey,
  tidyTagName,
} from './clean.js';
import {
  analyticsTagMeta,
  articleTagMeta,
  jsonLdKeywords,
  keywordsMeta,
  keywordsMetaEntries,
  newsKeywordsMeta,
  sectionNames,
  siteNames,
} from './sources.js';
import { findTagLines, findVisibleTags } from './visible.js';

/** A chosen tag list this long makes the keyword fields confirm-only. */
const MIN_CHOSEN_TAGS = 2;
/** The id a CMS appends to a topic page's slug ("donald-john-trump-2tq", "…-gd5", "…-1234"). */
const PAGE_ID = /^(?=[a-z\d]*\d)[a-z\d]{1,8}$/;
/** A keyword field this many times longer than the chosen list is an SEO expansion of it. */
const MIN_EXPANSION_RATIO = 3;

export function extractTags(context: Context, root: Element | Root, blocks: Block[], authors: Author[] = []): Tag[] {
  const visible = findVisibleTags(context, root);
  for (const block of blocks) {
    if (!block.claimedBy && isWithin(block.element, visible.containers, context.parents)) block.claimedBy = 'tags';
  }
  let text: string | undefined;
  const articleText = () => {
    text ??= [...(context.meta.get('og:title') ?? []), ...(context.meta.get('description') ?? []), ...blocks.map((block) => block.text)]
      .join(' ')
      .toLowerCase();
    return text;
  };
  const pageUrl = parsePageUrl(context.pageUrl ?? context.links.get('canonical')?.[0]);
  const words = slugWords(pageUrl);
  const facts: PageFacts = {
    sections: sectionNames(context),
    slugWords: new Set(words),
    siteNames: siteNames(context),
    hostLabels: hostLabels(pageUrl),
    // A directory the article names as a word ("markets") may be a topic too; one it never names
    // ("yourmoney") is only the CMS's path.
    directories: new Set([...directorySegments(pageUrl)].filter((segment) => !articleText().includes(segment))),
    authors: invertedAuthorKeys(authors),
  };
  const slug = slugPhrase(words);
  if (slug) facts.slug = slug;
  // A metadata tag that names a visible tag's page ("Donald John Trump" for the link "Donald Trump"
  // to /person/donald-john-trump-2tq) is the same topic under the CMS's full name: the page's spelling stands.
  const visiblePages = visible.candidates.flatMap((candidate) => (candidate.url ? [slugWords(candidate.url).join(' ')] : []));
  const namesVisiblePage = (candidate: TagCandidate) => {
    const key = keyOf(candidate);
    return key.includes(' ') && visiblePages.some((page) => page === key || (page.startsWith(`${key} `) && PAGE_ID.test(page.slice(key.length + 1))));
  };
  const tagLines = findTagLines(blocks, context);
  const sources = {
    articleTags: articleTagMeta(context),
    jsonLd: jsonLdKeywords(context),
    newsKeywords: newsKeywordsMeta(context),
    keywords: keywordsMetaEntries(context),
  };
  const fromMeta = (list: TagCandidate[]) => dropGeneratedEntries(list, facts).filter((candidate) => !namesVisiblePage(candidate));
  // The other keyword fields (each kept apart, and not the same list copied into another field) that
  // can confirm a machine-filled JSON-LD list.
  const keysOf = (list: TagCandidate[]) => new Set(list.map(keyOf).filter(Boolean));
  const ldKeys = keysOf(sources.jsonLd);
  const cleanLists = [sources.articleTags, sources.newsKeywords, analyticsTagMeta(context), sources.keywords]
    .map(keysOf)
    .filter((keys) => keys.size > 0 && !sameKeys(keys, ldKeys));
  const confirmedByCleanList = cleanLists.length > 0 ? (key: string) => cleanLists.some((keys) => keys.has(key)) : undefined;
  const chosen: TagCandidate[] = [...visible.candidates, ...tagLines, ...fromMeta(sources.articleTags)];
  const chosenKeys = new Set(chosen.map(keyOf));
  // The tag list the editor picked (shown on the page, or the CMS's article:tag field) is the article's
  // topics; keyword fields beside it add SEO phrases and search terms, so they only confirm it.
  const confirmOnly = (list: TagCandidate[]) =>
    chosenKeys.size >= MIN_CHOSEN_TAGS && list.length >= chosenKeys.size * MIN_EXPANSION_RATIO
      ? list.filter((candidate) => chosenKeys.has(keyOf(candidate)))
      : list;
  const candidates: TagCandidate[] = [
    ...chosen,
    ...confirmOnly(fromMeta(confirmMachineList(sources.jsonLd, confirmedByCleanList))),
    ...confirmOnly(fromMeta(sources.newsKeywords)),
  ];
  const known = new Set(candidates.map(keyOf));
  candidates.push(...confirmOnly(fromMeta(keywordsMeta(sources.keywords, known, articleText))));
  return cleanTags(candidates, facts);
}

/** The key a candidate is compared by (its tidied name's `tagKey`). */
function keyOf(candidate: TagCandidate): string {
  return tagKey(tidyTagName(candidate.name));
}

/** Do two key sets hold the same keys (the same list written into two fields)? */
function sameKeys(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size) return false;
  for (const key of a) if (!b.has(key)) return false;
  return true;
}
