/**
 * Related links written into the body as paragraphs: "READ MORE: <a>Title</a>", or a label
 * paragraph ("Related-", "Lesen Sie auch:") followed by paragraphs that are nothing but a linked
 * title, possibly separated by "-" paragraphs. The paragraphs are claimed out of `Article.text`.
 */
import type { Element } from 'hast';
import type { Block } from '../boundary/blocks.js';
import type { Context } from '../context.js';
import { attr, findAllElements } from '../hast/util.js';
import { articleUrl, type Candidate, anchorTitle, isOtherSite, isTitleLike } from './links.js';
import { CLICK_HERE_POINTER, INLINE_RELATED_LABEL, SEPARATOR_TEXT } from './vocabulary.js';

/** Label tests look only at a block's opening characters. */
const LABEL_WINDOW_CHARS = 160;
/** A label paragraph that announces links below is short ("Lesen Sie auch die folgenden Beiträge:"). */
const MAX_LABEL_ONLY_CHARS = 80;
/** In a "label: link" paragraph, the link text covers at least this share of what follows the label. */
const MIN_LINK_SHARE_AFTER_LABEL = 0.5;
/** A paragraph is "just a linked title" when its links cover at least this share of its text. */
const MIN_LINK_SHARE_OF_LINK_BLOCK = 0.7;
/** A "Click here to read …" pointer is one short sentence. */
const MAX_POINTER_CHARS = 200;
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
    // A label line may already be claimed as boilerplate (a bare "DON'T MISS"): it still announces links.
    if ((block.claimedBy && block.claimedBy !== 'boilerplate') || block.kind === 'text') continue;
    const label = INLINE_RELATED_LABEL.exec(block.text.slice(0, LABEL_WINDOW_CHARS));
    if (!label) {
      const pointer = clickHerePointer(block, context, own);
      if (pointer) take(block, pointer);
      continue;
    }
    const rest = block.text.slice(label[0].length).trim();
    const inlineLinks = linksOf(block.element, context, own);
    if (rest && inlineLinks.linked > 0 && share(inlineLinks, rest) >= MIN_LINK_SHARE_AFTER_LABEL) {
      take(block, inlineLinks.candidates);
      continue;
    }
    const labelOnly = inlineLinks.linked === 0 && block.text.length <= MAX_LABEL_ONLY_CHARS && (rest === '' || block.text.endsWith(':'));
    if (!labelOnly) continue;
    // The label announces the paragraphs below: take linked titles and separators until the prose resumes.
    const taken: Block[] = [];
    let linkBlocks = 0;
    for (let j = i + 1; j < blocks.length && linkBlocks < MAX_LINKS_AFTER_LABEL; j++) {
      const next = blocks[j] as Block;
      if (next.claimedBy) continue;
      if (SEPARATOR_TEXT.test(next.text)) {
        taken.push(next);
        continue;
      }
      if (next.kind === 'text') break;
      const links = linksOf(next.element, context, own);
      if (links.linked === 0 || share(links, next.text) < MIN_LINK_SHARE_OF_LINK_BLOCK) break;
      taken.push(next);
      linkBlocks++;
    }
    // Trailing separators belong to the prose after the list, not to it.
    while (taken.length > 0 && SEPARATOR_TEXT.test((taken[taken.length - 1] as Block).text)) taken.pop();
    if (linkBlocks === 0) continue;
    take(block, []);
    for (const next of taken) take(next, SEPARATOR_TEXT.test(next.text) ? [] : linksOf(next.element, context, own).candidates);
  }
  return found;
}

/**
 * "Click here to read the ruling": a short paragraph whose only link is the "here" pointing to one
 * of the site's own stories. Its title is the paragraph's text, the link's being only "here".
 */
function clickHerePointer(block: Block, context: Context, own: Set<string>): Candidate[] | undefined {
  if (block.text.length > MAX_POINTER_CHARS || !CLICK_HERE_POINTER.test(block.text.slice(0, LABEL_WINDOW_CHARS))) return undefined;
  const anchors = findAllElements(block.element, (child) => child.tagName === 'a');
  if (anchors.length !== 1 || !context.baseUrl) return undefined;
  const url = articleUrl(anchors[0] as Element, context, own);
  if (!url || isOtherSite(url, context)) return undefined;
  return [{ url, title: block.text }];
}

/** The titled story links inside a block element, and how much of its text they cover. */
interface BlockLinks {
  /** Links with an absolute URL (what is output). */
  candidates: Candidate[];
  /** Characters of titled link text, counting relative links that cannot be resolved without a base URL. */
  linked: number;
}

function linksOf(element: Element, context: Context, own: Set<string>): BlockLinks {
  const anchors = element.tagName === 'a' ? [element] : findAllElements(element, (child) => child.tagName === 'a');
  const found: BlockLinks = { candidates: [], linked: 0 };
  for (const anchor of anchors) {
    const title = anchorTitle(anchor);
    if (!isTitleLike(title)) continue;
    const url = articleUrl(anchor, context, own);
    if (url) found.candidates.push({ url, title });
    // Without a base URL a relative link cannot be output, but it still marks the paragraph as links.
    if (url || (!context.baseUrl && isRelativeHref(attr(anchor, 'href')))) found.linked += title.length;
  }
  return found;
}

function isRelativeHref(href: string | undefined): boolean {
  if (!href) return false;
  const trimmed = href.trim();
  return trimmed !== '' && !trimmed.startsWith('#') && !/^[a-z][a-z\d+.-]*:/i.test(trimmed);
}

/** Share of `text` covered by the block's link texts. */
function share(links: BlockLinks, text: string): number {
  return text ? Math.min(1, links.linked / text.length) : 0;
}
