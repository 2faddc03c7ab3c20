/** Small, allocation-light helpers over hast, all iterative so that no page can overflow the stack. */
import type { Element, Nodes, Parents, Root } from 'hast';
import { find, html as htmlSchema } from 'property-information';

/** Elements whose text is never content. */
const NON_TEXT_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'head', 'iframe', 'object', 'select', 'textarea']);

const propertyNames = new Map<string, string>();

/** The value of an HTML attribute (by its HTML name, e.g. "data-tweet-id") as a string. */
export function attr(element: Element, name: string): string | undefined {
  let property = propertyNames.get(name);
  if (property === undefined) {
    property = find(htmlSchema, name).property;
    propertyNames.set(name, property);
  }
  const value = element.properties[property];
  if (value === undefined || value === null || value === false) return undefined;
  if (Array.isArray(value)) return value.join(' ');
  return value === true ? '' : String(value);
}

/** The element's class list. */
export function classList(element: Element): string[] {
  const value: unknown = element.properties.className;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/) : [];
}

export function hasClass(element: Element, name: string): boolean {
  return classList(element).includes(name);
}

/** `class` and `id` joined, lower-cased: what name-based heuristics look at. */
export function classAndId(element: Element): string {
  const id = element.properties.id;
  return `${classList(element).join(' ')} ${typeof id === 'string' ? id : ''}`.toLowerCase();
}

export function isElement(node: Nodes | undefined, tagName?: string): node is Element {
  return node !== undefined && node.type === 'element' && (tagName === undefined || node.tagName === tagName);
}

/** What a visitor returns: `SKIP` to not descend into the element, `STOP` to end the walk. */
export const SKIP = 1;
export const STOP = 2;
export type Visit = (element: Element, parent: Parents) => number | undefined | void; // SKIP, STOP or nothing

/** Visit every element below `root` in document order, without recursion. */
export function walkElements(root: Parents, visit: Visit): void {
  const stack: { node: Parents; index: number }[] = [{ node: root, index: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as { node: Parents; index: number };
    const child = frame.node.children[frame.index++];
    if (child === undefined) {
      stack.pop();
      continue;
    }
    if (child.type !== 'element') continue;
    const result = visit(child, frame.node);
    if (result === STOP) return;
    if (result !== SKIP && child.children.length > 0) stack.push({ node: child, index: 0 });
  }
}

/** The first element matching `test` below `root`, in document order. */
export function findElement(root: Parents, test: (element: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  walkElements(root, (element) => {
    if (test(element)) {
      found = element;
      return STOP;
    }
  });
  return found;
}

/** Every element matching `test` below `root`, in document order. */
export function findAllElements(root: Parents, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  walkElements(root, (element) => {
    if (test(element)) found.push(element);
  });
  return found;
}

/** Raw text of a node (as DOM `textContent`, but skipping scripts and styles). */
export function textContent(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  let out = '';
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as Nodes;
    if (current.type === 'text') out += current.value;
    else if (current.type === 'element' || current.type === 'root') {
      if (current.type === 'element' && NON_TEXT_TAGS.has(current.tagName) && current !== node) continue;
      if (current.type === 'element' && current.tagName === 'br') out += '\n';
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as Nodes);
    }
  }
  return out;
}

/** Collapse runs of white space (including no-break spaces) to one space and trim. */
export function collapseWhitespace(value: string): string {
  return value.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** Visible text of a node, white space collapsed. */
export function visibleText(node: Nodes): string {
  return collapseWhitespace(textContent(node));
}

/** Every element's parent, for upward walks. Built once per document. */
export function parentMap(root: Root): WeakMap<Element, Parents> {
  const parents = new WeakMap<Element, Parents>();
  walkElements(root, (element, parent) => {
    parents.set(element, parent);
  });
  return parents;
}
