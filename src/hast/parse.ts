/**
 * HTML → hast without source positions.
 *
 * rehype-parse spends most of its time on positions and the vfile machinery, which onrecord never
 * reads. We run the same spec-compliant parse5 parse and convert its tree ourselves, iteratively, so
 * that a page nested 100,000 levels deep cannot overflow the stack.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { parse } from 'parse5';
import { find, html as htmlSchema } from 'property-information';

/** Deeper elements are re-parented to their ancestor at this depth: real pages stay far below it. */
export const MAX_TREE_DEPTH = 400;

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
  /** Elements not converted because `maxElements` was reached (with all text after them). */
  dropped: number;
}

export interface ParseOptions {
  /** Convert at most this many elements, in document order; the rest of the page is dropped. */
  maxElements?: number;
}

/** Parse a whole HTML document into a hast `Root`. */
export function parseHtml(source: string, options: ParseOptions = {}): ParseResult {
  const maxElements = options.maxElements ?? Infinity;
  const doc = parse(source) as unknown as P5Node;
  const tree: Root = { type: 'root', children: [] };
  let flattened = 0;
  let elements = 0;
  let dropped = 0;
  // Each frame: the parse5 children still to convert and the hast parent they go into (null once the
  // element limit is reached: the walk goes on only to count what is dropped).
  const stack: { nodes: P5Node[]; index: number; parent: Root | Element | null; depth: number }[] = [
    { nodes: doc.childNodes ?? [], index: 0, parent: tree, depth: 0 },
  ];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as (typeof stack)[number];
    if (frame.index >= frame.nodes.length) {
      stack.pop();
      continue;
    }
    const node = frame.nodes[frame.index++] as P5Node;
    if (elements >= maxElements) {
      // Over the limit: keep nothing more (not even text of elements already kept, which would come
      // out of order), but count the elements for the warning.
      if (node.tagName === undefined) continue;
      dropped++;
      const children = node.tagName === 'template' ? (node.content?.childNodes ?? []) : (node.childNodes ?? []);
      if (children.length > 0) stack.push({ nodes: children, index: 0, parent: null, depth: frame.depth });
      continue;
    }
    if (frame.parent === null) continue;
    if (node.nodeName === '#text') {
      appendText(frame.parent, node.value ?? '');
    } else if (node.nodeName === '#comment') {
      (frame.parent.children as RootContent[]).push({ type: 'comment', value: node.data ?? '' });
    } else if (node.tagName !== undefined) {
      elements++;
      const element: Element = {
        type: 'element',
        tagName: node.tagName,
        properties: toProperties(node.attrs ?? []),
        children: [],
      };
      const children = node.tagName === 'template' ? (node.content?.childNodes ?? []) : (node.childNodes ?? []);
      if (frame.depth >= MAX_TREE_DEPTH) {
        // Too deep: keep the content, drop the nesting.
        flattened++;
        if (children.length > 0) stack.push({ nodes: children, index: 0, parent: frame.parent, depth: frame.depth });
        continue;
      }
      (frame.parent.children as ElementContent[]).push(element);
      if (children.length > 0) stack.push({ nodes: children, index: 0, parent: element, depth: frame.depth + 1 });
    }
  }
  return { tree, flattened, elements, dropped };
}

function appendText(parent: Root | Element, value: string): void {
  const last = parent.children[parent.children.length - 1];
  if (last && last.type === 'text') last.value += value;
  else (parent.children as ElementContent[]).push({ type: 'text', value });
}

/** Attributes → hast properties, the way hastscript names and types them (so hast-util-select matches). */
function toProperties(attrs: P5Attr[]): Element['properties'] {
  const properties: Element['properties'] = {};
  for (const { name, value } of attrs) {
    const info = find(htmlSchema, name);
    if (info.spaceSeparated) properties[info.property] = value.split(/[ \t\n\f\r]+/).filter(Boolean);
    else if (info.commaSeparated) properties[info.property] = value.split(',').map((part) => part.trim());
    else if (info.boolean) properties[info.property] = true;
    else if (info.overloadedBoolean) properties[info.property] = value === '' || value.toLowerCase() === name ? true : value;
    else if (info.number) {
      const number = Number(value);
      properties[info.property] = value !== '' && Number.isFinite(number) ? number : value;
    } else properties[info.property] = value;
  }
  return properties;
}
