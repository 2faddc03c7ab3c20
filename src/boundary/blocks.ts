/**
 * The article's paragraphs: the text blocks under the article root, in reading order, with page
 * furniture left out and embeds kept as anchors so that later stages know where they stood.
 */
import type { Element, ElementContent, Root } from 'hast';
import { classAndId, collapseWhitespace } from '../hast/util.js';
import { claimBoilerplate } from './boilerplate.js';
import { isFurniture } from './furniture.js';
import { BLOCK_TAGS, CAPTION_NAME, CONTAINER_TAGS } from './signals.js';

/** Longer class/id strings are not tested. */
const MAX_CAPTION_NAMES = 500;

/** Which concern took a block out of the article text. */
export type BlockClaim = 'embed' | 'related' | 'tags' | 'copyright' | 'byline' | 'headline' | 'dateline' | 'caption' | 'boilerplate';

export interface Block {
  /** The block's text, white space collapsed. */
  text: string;
  /** The element the block came from (for loose text: its container). */
  element: Element;
  /** "p", "h2", "li", "blockquote", "figcaption", … ("text" for loose text in a container). */
  kind: string;
  /** Inside a `<blockquote>` or pull-quote. */
  inQuote: boolean;
  /** Inside a `<figcaption>` or an element named as a caption or photo credit. */
  inCaption?: boolean;
  /** Set when a concern claims the block; claimed blocks are not part of `Article.text`. */
  claimedBy?: BlockClaim;
}

/** An element the block walk must not read into (an embed), and where it stood. */
export interface Anchor {
  element: Element;
  /** Number of blocks collected before it. */
  blockIndex: number;
}

const INLINE_TAGS = new Set([
  'a',
  'span',
  'em',
  'strong',
  'b',
  'i',
  'u',
  'small',
  'sup',
  'sub',
  'time',
  'abbr',
  'cite',
  'q',
  'mark',
  'code',
  's',
  'del',
  'ins',
  'font',
  'label',
  'br',
  'img',
  'wbr',
  'bdi',
  'bdo',
  'kbd',
  'samp',
  'var',
  'dfn',
  'data',
  'big',
  'tt',
]);
const PULL_QUOTE = /pull-?quote|pullquote|blockquote/;

/**
 * Whether image captions and credits are part of `Article.text`. They are kept as blocks (with
 * `inCaption`), but claimed out of the text: a caption describes a picture, is not the article's
 * running prose, often repeats a sentence of it (or a whole gallery's worth), and the published
 * article-extraction benchmark leaves captions out of the body. The lead image's caption and
 * credit are in `Article.image`.
 */
const CAPTIONS_IN_TEXT = false;

function isCaption(element: Element): boolean {
  if (element.tagName === 'figcaption') return true;
  const className = element.properties.className;
  if (className === undefined) return false;
  const names = classAndId(element);
  return names.length < MAX_CAPTION_NAMES && CAPTION_NAME.test(names);
}

export interface BlockWalk {
  blocks: Block[];
  anchors: Anchor[];
}

/**
 * Collect blocks below `root`. `isOpaque` marks elements (embeds) that become anchors instead of text.
 * Recursion is safe here: the parser caps the tree's depth.
 */
export function collectBlocks(root: Element | Root, isOpaque: (element: Element) => boolean): BlockWalk {
  const blocks: Block[] = [];
  const anchors: Anchor[] = [];
  let run: ElementContent[] = [];
  let runParent: Element | undefined;
  let runInQuote = false;
  let runInCaption = false;

  const flush = () => {
    if (run.length > 0 && runParent) {
      const text = collapseWhitespace(inlineText(run));
      if (text) blocks.push({ text, element: runParent, kind: 'text', inQuote: runInQuote, inCaption: runInCaption });
    }
    run = [];
  };

  /** Inline content joins the run of loose text in its container; a new container starts a new run. */
  const addToRun = (node: ElementContent, parent: Element, inQuote: boolean, inCaption: boolean) => {
    if (runParent !== parent) {
      flush();
      runParent = parent;
      runInQuote = inQuote;
      runInCaption = inCaption;
    }
    run.push(node);
  };

  const visit = (element: Element, inQuote: boolean, inCaption: boolean) => {
    const children = element.children;
    for (let index = 0; index < children.length; index++) {
      const child = children[index] as ElementContent;
      // Two <br> in a row end a paragraph of loose text (Readability's rule).
      if (child.type === 'element' && child.tagName === 'br') {
        const next = nextBreak(children, index);
        if (next > index) {
          flush();
          runParent = undefined;
          index = next;
          continue;
        }
      }
      if (child.type === 'text') {
        addToRun(child, element, inQuote, inCaption);
        continue;
      }
      if (child.type !== 'element') continue;
      if (isOpaque(child)) {
        flush();
        anchors.push({ element: child, blockIndex: blocks.length });
        continue;
      }
      if (isFurniture(child)) continue;
      if (INLINE_TAGS.has(child.tagName) && !holdsBlocks(child)) {
        // A caption written as an inline element beside the picture ("<span class=newsCaption>")
        // is a block of its own, not part of the loose text around it.
        if (!inCaption && child.tagName !== 'a' && isCaption(child)) {
          flush();
          runParent = undefined;
          const text = collapseWhitespace(inlineText(child.children));
          if (text) blocks.push({ text, element: child, kind: 'text', inQuote, inCaption: true });
          continue;
        }
        addToRun(child, element, inQuote, inCaption);
        continue;
      }
      flush();
      runParent = undefined;
      const quoted = inQuote || child.tagName === 'blockquote' || PULL_QUOTE.test(String(child.properties.className ?? ''));
      const captioned = inCaption || isCaption(child);
      if (BLOCK_TAGS.has(child.tagName) && !holdsBlocks(child)) {
        const text = collapseWhitespace(inlineText(child.children));
        if (text) blocks.push({ text, element: child, kind: child.tagName, inQuote: quoted, inCaption: captioned });
        continue;
      }
      if (child.tagName === 'hr') continue;
      visit(child, quoted, captioned);
      flush();
      runParent = undefined;
    }
  };

  if (root.type === 'root') {
    for (const child of root.children) if (child.type === 'element') visit(child, false, false);
  } else visit(root, root.tagName === 'blockquote', isCaption(root));
  flush();
  claimBoilerplate(blocks);
  if (!CAPTIONS_IN_TEXT) {
    for (const block of blocks) if (block.inCaption && !block.claimedBy) block.claimedBy = 'caption';
  }
  return { blocks, anchors };
}

/** The index of the `<br>` (or last of a run of them) that follows `children[index]` with only white space between; else -1. */
function nextBreak(children: ElementContent[], index: number): number {
  let found = -1;
  for (let next = index + 1; next < children.length; next++) {
    const node = children[next] as ElementContent;
    if (node.type === 'text' && node.value.trim() === '') continue;
    if (node.type === 'element' && node.tagName === 'br') {
      found = next;
      continue;
    }
    break;
  }
  return found;
}

/** Text of inline content; `<br>` becomes a space, scripts and hidden parts are skipped. */
function inlineText(nodes: ElementContent[]): string {
  let out = '';
  const stack: ElementContent[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as ElementContent;
    if (node.type === 'text') out += node.value;
    else if (node.type === 'element') {
      if (node.tagName === 'br') out += ' ';
      else if (isFurniture(node)) continue;
      else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as ElementContent);
    }
  }
  return out;
}

/** Does this element hold block-level elements (so it is a container, not a paragraph)? */
function holdsBlocks(element: Element): boolean {
  const stack: ElementContent[] = [...element.children];
  let budget = 2000;
  while (stack.length > 0 && budget-- > 0) {
    const node = stack.pop() as ElementContent;
    if (node.type !== 'element') continue;
    if (BLOCK_TAGS.has(node.tagName) || CONTAINER_TAGS.has(node.tagName)) return true;
    for (const child of node.children) stack.push(child);
  }
  return false;
}
