/**
 * Related links written into the body as paragraphs: "READ MORE: <a>Title</a>", or a label
 * paragraph ("Related-", "Lesen Sie auch:") followed by paragraphs that are nothing but a linked
 * title, possibly separated by "-" paragraphs. The paragraphs are claimed out of `Article.text`.
 */
import type { Element } from 'hast';
import type { Block } from '../boundary/blocks.js';
import type { Context } from '../context.js';
import { findAllElements } from '../hast/util.js';
import { articleUrl, type Candidate, anchorTitle, isTitleLike } from './links.js';
import { INLINE_RELATED_LABEL, SEPARATOR_TEXT } from './vocabulary.js';

/** Label tests look only at a block's opening characters. */
const LABEL_WINDOW_CHARS = 160;
/** A label paragraph that announces links below is short ("Lesen Sie auch die folgenden Beiträge:"). */
const MAX_LABEL_ONLY_CHARS = 80;
/** In a "label: link" paragraph, the link text covers at least this share of what follows the label. */
const MIN_LINK_SHARE_AFTER_LABEL = 0.5;
/** A paragraph is "just a linked title" when its links cover at least this share of its text. */
const MIN_LINK_SHARE_OF_LINK_BLOCK = 0.7;
/** Linked paragraphs taken after one label at most. */
const MAX_LINKS_AFTER_LABEL = 12;

export interface InlineRelated {
  /** The block elements whose links are related, in page order. */
  elements: Element[];
  /** The links per element. */
  candidates: Map<Element, Candidate[]>;
}

/** Find inline related paragraphs among the article's blocks; claims them. */
export function findInlineRelated(blocks: Block[], context: Context, own: Set<string>): InlineRelated {
  const found: InlineRelated = { elements: [], candidates: new Map() };
  const take = (block: Block, candidates: Candidate[]) => {
    block.claimedBy = 'related';
    if (candidates.length > 0 && !found.candidates.has(block.element)) {
      found.elements.push(block.element);
      found.candidates.set(block.element, candidates);
    }
  };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (block.claimedBy || block.kind === 'text') continue;
    const label = INLINE_RELATED_LABEL.exec(block.text.slice(0, LABEL_WINDOW_CHARS));
    if (!label) continue;
    const rest = block.text.slice(label[0].length).trim();
    const inlineLinks = linksOf(block.element, context, own);
    if (rest && inlineLinks.length > 0 && share(inlineLinks, rest) >= MIN_LINK_SHARE_AFTER_LABEL) {
      take(block, inlineLinks);
      continue;
    }
    const labelOnly = inlineLinks.length === 0 && block.text.length <= MAX_LABEL_ONLY_CHARS && (rest === '' || block.text.endsWith(':'));
    if (!labelOnly) continue;
    // The label announces the paragraphs below: take linked titles and separators until the prose resumes.
    const taken: Block[] = [];
    let links = 0;
    for (let j = i + 1; j < blocks.length && links < MAX_LINKS_AFTER_LABEL; j++) {
      const next = blocks[j] as Block;
      if (next.claimedBy) continue;
      if (SEPARATOR_TEXT.test(next.text)) {
        taken.push(next);
        continue;
      }
      const candidates = next.kind === 'text' ? [] : linksOf(next.element, context, own);
      if (candidates.length === 0 || share(candidates, next.text) < MIN_LINK_SHARE_OF_LINK_BLOCK) break;
      taken.push(next);
      links++;
    }
    // Trailing separators belong to the prose after the list, not to it.
    while (taken.length > 0 && SEPARATOR_TEXT.test((taken[taken.length - 1] as Block).text)) taken.pop();
    if (links === 0) continue;
    take(block, []);
    for (const next of taken) take(next, SEPARATOR_TEXT.test(next.text) ? [] : linksOf(next.element, context, own));
  }
  return found;
}

/** The titled story links inside a block element. */
function linksOf(element: Element, context: Context, own: Set<string>): Candidate[] {
  const anchors = element.tagName === 'a' ? [element] : findAllElements(element, (child) => child.tagName === 'a');
  const candidates: Candidate[] = [];
  for (const anchor of anchors) {
    const url = articleUrl(anchor, context, own);
    const title = anchorTitle(anchor);
    if (url && isTitleLike(title)) candidates.push({ url, title });
  }
  return candidates;
}

/** Share of `text` covered by the candidates' link texts. */
function share(candidates: Candidate[], text: string): number {
  if (!text) return 0;
  let linked = 0;
  for (const candidate of candidates) linked += candidate.title.length;
  return Math.min(1, linked / text.length);
}
