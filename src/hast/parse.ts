/**
 * HTML → hast without source positions.
 *
 * rehype-parse spends most of its time on positions and the vfile machinery, which onrecord never
 * reads. We run the same spec-compliant parse5 parse and convert its tree ourselves, iteratively, so
 * that a page nested 100,000 levels deep cannot overflow the stack.
 *
 * parse5 itself is not safe from deep nesting: its scope checks walk the stack of open elements for
 * every start tag (100,000 nested <div>s take minutes), and it recurses once per open <template> at
 * the end of input (20,000 of them overflow the stack). So the parser below stops nesting at
 * MAX_TREE_DEPTH: a start tag met that deep is ignored, its content joining the element at the cap.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { type DefaultTreeAdapterMap, defaultTreeAdapter, Parser, type Token } from 'parse5';
import { toProperties } from './properties.js';
import { speedUpTokenizer } from './tokenizer-fast-path.js';

export { MAX_ATTRIBUTE_CHARS, MAX_NAME_ATTRIBUTE_CHARS, MAX_URL_ATTRIBUTE_CHARS } from './properties.js';

/** Deeper elements are re-parented to their ancestor at this depth: real pages stay far below it (about 50). */
export const MAX_TREE_DEPTH = 400;

/**
 * Start tags still honoured at the depth cap: void elements, which never deepen the tree, and
 * raw-text elements, which hold one text node and whose start tag switches the tokenizer into the
 * state that keeps script and style source out of the markup.
 */
const LEAF_TAGS = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen', 'link',
  'meta', 'param', 'source', 'track', 'wbr',
  'script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext',
]);

/**
 * Formatting elements (<b>, <font>, <a>…) the parser remembers for reopening. The spec sets no bound,
 * and each one left open is re-created for every later run of text after its parent closes: a few
 * bytes of misnested tags can make millions of elements. Real pages keep a handful open.
 */
const MAX_ACTIVE_FORMATTING = 16;

/** The start tags that add to the list of active formatting elements (the spec's "in body" rules). */
const FORMATTING_TAGS = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);

/**
 * parse5's spec-compliant parser with three guards: nesting capped at MAX_TREE_DEPTH open elements,
 * at most MAX_ACTIVE_FORMATTING remembered formatting elements, and a stop once `maxElements`
 * elements exist (parse5 builds its whole tree first, so the cap must act here to bound memory).
 */
class GuardedParser extends Parser<DefaultTreeAdapterMap> {
  /** Start tags ignored because they came too deep. */
  ignored = 0;
  /** Parsing stopped at the element limit. */
  halted = false;
  readonly counter: { elements: number };
  readonly maxElements: number;

  constructor(maxElements: number, tokenizerFastPath: boolean) {
    const counter = { elements: 0 };
    super({
      treeAdapter: {
        ...defaultTreeAdapter,
        createElement(tagName, namespaceURI, attrs) {
          counter.elements++;
          return defaultTreeAdapter.createElement(tagName, namespaceURI, attrs);
        },
      },
    });
    this.counter = counter;
    this.maxElements = maxElements;
    if (tokenizerFastPath) speedUpTokenizer(this.tokenizer);
  }

  override onStartTag(token: Token.TagToken): void {
    if (this.counter.elements >= this.maxElements) {
      if (!this.halted) this.tokenizer.pause(); // the rest of the input is never tokenized
      this.halted = true;
      return;
    }
    if (this.openElements.stackTop >= MAX_TREE_DEPTH && !LEAF_TAGS.has(token.tagName)) {
      this.ignored++;
      return;
    }
    super.onStartTag(token);
    if (FORMATTING_TAGS.has(token.tagName)) {
      dropOldestFormatting(this.activeFormattingElements as unknown as FormattingList);
    }
  }
}

/** parse5 ≥ 8 keeps the list of active formatting elements as a linked list, newest first. */
interface FormattingEntry {
  type: number;
  older: FormattingEntry | null;
}
interface FormattingList {
  newest: FormattingEntry | null;
  removeEntry(entry: FormattingEntry): void;
}
const MARKER = 0;

/** Forget formatting elements beyond the newest MAX_ACTIVE_FORMATTING since the last marker. */
function dropOldestFormatting(list: FormattingList): void {
  let entry = list.newest;
  for (let kept = 0; entry !== null && entry.type !== MARKER && kept < MAX_ACTIVE_FORMATTING; kept++) entry = entry.older;
  while (entry !== null && entry.type !== MARKER) {
    const older: FormattingEntry | null = entry.older;
    list.removeEntry(entry);
    entry = older;
  }
}

function parseDocument(
  source: string,
  maxElements: number,
  tokenizerFastPath: boolean,
): { document: P5Node; ignored: number; stopped: boolean } {
  const parser = new GuardedParser(maxElements, tokenizerFastPath);
  parser.tokenizer.write(source, true);
  return { document: parser.document as unknown as P5Node, ignored: parser.ignored, stopped: parser.halted };
}

interface P5Attr {
  name: string;
  value: string;
}
interface P5Node {
  nodeName: string;
  tagName?: string;
  attrs?: P5Attr[];
  childNodes?: P5Node[];
  value?: string;
  data?: string;
  content?: P5Node;
}

export interface ParseResult {
  tree: Root;
  /** Elements that were re-parented because the page nested deeper than MAX_TREE_DEPTH. */
  flattened: number;
  /** Elements in the tree. */
  elements: number;
  /**
   * Elements left out because `maxElements` was reached, with all text after them: counted when the
   * parser made them, or -1 when it stopped before making them (their number is then unknown).
   */
  dropped: number;
  /** Attribute values dropped for being longer than their limit (MAX_ATTRIBUTE_CHARS and kin). */
  longAttributes: number;
}

export interface ParseOptions {
  /** Convert at most this many elements, in document order; the rest of the page is dropped. */
  maxElements?: number;
  /** Skip in bulk through script and style text, attribute values and comments (tokenizer-fast-path.ts); off only to test that it changes nothing. */
  tokenizerFastPath?: boolean;
}

/** Trees `parseHtml` made: already within MAX_TREE_DEPTH, so `capTreeDepth` need not measure them again. */
const cappedTrees = new WeakSet<Root>();

/** Parse a whole HTML document into a hast `Root`. */
export function parseHtml(source: string, options: ParseOptions = {}): ParseResult {
  const maxElements = options.maxElements ?? Infinity;
  const { document: doc, ignored, stopped } = parseDocument(source, maxElements, options.tokenizerFastPath ?? true);
  const tree: Root = { type: 'root', children: [] };
  let flattened = ignored;
  let elements = 0;
  let dropped = 0;
  const counts = { longAttributes: 0 };
  // Parallel stacks, one entry per open parse5 parent: its children still to convert, the next one
  // to read, the hast parent they go into (null once the element limit is reached: the walk goes
  // on only to count what is dropped) and its depth. No frame object per element.
  const sources: P5Node[][] = [doc.childNodes ?? []];
  const indexes: number[] = [0];
  const targets: (Root | Element | null)[] = [tree];
  const depths: number[] = [0];
  const open = (children: P5Node[], target: Root | Element | null, depth: number) => {
    sources.push(children);
    indexes.push(0);
    targets.push(target);
    depths.push(depth);
  };
  while (sources.length > 0) {
    const top = sources.length - 1;
    const nodes = sources[top] as P5Node[];
    const index = indexes[top] as number;
    if (index >= nodes.length) {
      sources.pop();
      indexes.pop();
      targets.pop();
      depths.pop();
      continue;
    }
    indexes[top] = index + 1;
    const node = nodes[index] as P5Node;
    const depth = depths[top] as number;
    if (dropped > 0 || (node.tagName !== undefined && elements >= maxElements)) {
      // From the first element over the limit on, keep nothing more (text after it would come out of
      // order), but count the elements for the warning.
      if (node.tagName === undefined) continue;
      dropped++;
      const children = node.tagName === 'template' ? (node.content?.childNodes ?? []) : (node.childNodes ?? []);
      if (children.length > 0) open(children, null, depth);
      continue;
    }
    const parent = targets[top] as Root | Element | null;
    if (parent === null) continue;
    if (node.nodeName === '#text') {
      appendText(parent, node.value ?? '');
    } else if (node.nodeName === '#comment') {
      (parent.children as RootContent[]).push({ type: 'comment', value: node.data ?? '' });
    } else if (node.tagName !== undefined) {
      elements++;
      const element: Element = {
        type: 'element',
        tagName: node.tagName,
        properties: toProperties(node.attrs ?? [], counts),
        children: [],
      };
      const children = node.tagName === 'template' ? (node.content?.childNodes ?? []) : (node.childNodes ?? []);
      if (depth >= MAX_TREE_DEPTH) {
        // Too deep: keep the content, drop the nesting.
        flattened++;
        if (children.length > 0) open(children, parent, depth);
        continue;
      }
      (parent.children as ElementContent[]).push(element);
      if (children.length > 0) open(children, element, depth + 1);
    }
  }
  cappedTrees.add(tree);
  return { tree, flattened, elements, dropped: stopped ? -1 : dropped, longAttributes: counts.longAttributes };
}

function appendText(parent: Root | Element, value: string): void {
  const last = parent.children[parent.children.length - 1];
  if (last && last.type === 'text') last.value += value;
  else (parent.children as ElementContent[]).push({ type: 'text', value });
}

/**
 * A tree nested deeper than MAX_TREE_DEPTH, flattened the way `parseHtml` flattens (deeper elements
 * re-parented to their ancestor at the cap, content kept), for trees built elsewhere (rehype-parse
 * does not cap depth). The given tree is returned as is when it is shallow enough; otherwise it is
 * copied down to the cap, never changed.
 */
export function capTreeDepth(tree: Root): { tree: Root; flattened: number } {
  if (cappedTrees.has(tree) || depthOf(tree) <= MAX_TREE_DEPTH) return { tree, flattened: 0 };
  const copy: Root = { type: 'root', children: [] };
  let flattened = 0;
  const stack: { nodes: RootContent[]; index: number; parent: Root | Element; depth: number }[] = [
    { nodes: tree.children, index: 0, parent: copy, depth: 0 },
  ];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as (typeof stack)[number];
    const node = frame.nodes[frame.index++];
    if (node === undefined) {
      stack.pop();
      continue;
    }
    if (node.type !== 'element') {
      (frame.parent.children as RootContent[]).push(node);
      continue;
    }
    if (frame.depth >= MAX_TREE_DEPTH) {
      flattened++;
      stack.push({ nodes: node.children, index: 0, parent: frame.parent, depth: frame.depth });
      continue;
    }
    const element: Element = { ...node, children: [] };
    (frame.parent.children as ElementContent[]).push(element);
    stack.push({ nodes: node.children, index: 0, parent: element, depth: frame.depth + 1 });
  }
  return { tree: copy, flattened };
}

/** The deepest element nesting below `root`, found without recursion. */
function depthOf(root: Root): number {
  let deepest = 0;
  const stack: { node: Root | Element; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: Root | Element; depth: number };
    if (depth > deepest) deepest = depth;
    for (const child of node.children) if (child.type === 'element') stack.push({ node: child, depth: depth + 1 });
  }
  return deepest;
}
