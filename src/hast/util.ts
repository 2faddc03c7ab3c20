/** Small, allocation-light helpers over hast, all iterative so that no page can overflow the stack. */
import type { Element, Nodes, Parents } from 'hast';
import { propertyOf } from './attribute-names.js';

/** Elements whose text is never content. */
const NON_TEXT_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'head', 'iframe', 'object', 'select', 'textarea']);

const propertyNames = new Map<string, string>();

/** The value of an HTML attribute (by its HTML name, e.g. "data-tweet-id") as a string. */
export function attr(element: Element, name: string): string | undefined {
  let property = propertyNames.get(name);
  if (property === undefined) {
    property = propertyOf(name);
    propertyNames.set(name, property);
  }
  const value = element.properties[property];
  if (value === undefined || value === null || value === false) return undefined;
  if (Array.isArray(value)) return value.join(' ');
  return value === true ? '' : String(value);
}

/** The element's class list (a fresh array: callers may change it). */
export function classList(element: Element): string[] {
  const value: unknown = element.properties.className;
  if (Array.isArray(value)) {
    const list: string[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) list[i] = String(value[i]);
    return list;
  }
  return typeof value === 'string' ? value.split(/\s+/) : [];
}

export function hasClass(element: Element, name: string): boolean {
  const value: unknown = element.properties.className;
  if (Array.isArray(value)) {
    // No copy: this runs per element in walks.
    for (let i = 0; i < value.length; i++) if (String(value[i]) === name) return true;
    return false;
  }
  return typeof value === 'string' ? value.split(/\s+/).includes(name) : false;
}

/** `class` and `id` joined, lower-cased: what name-based heuristics look at. */
export function classAndId(element: Element): string {
  const value: unknown = element.properties.className;
  let classes = '';
  if (Array.isArray(value)) {
    // The same string as `classList(element).join(' ')`, without the intermediate array.
    for (let i = 0; i < value.length; i++) classes += i === 0 ? String(value[i]) : ` ${String(value[i])}`;
  } else if (typeof value === 'string') classes = value.split(/\s+/).join(' ');
  const id = element.properties.id;
  return `${classes} ${typeof id === 'string' ? id : ''}`.toLowerCase();
}

/** What a visitor returns: `SKIP` to not descend into the element, `STOP` to end the walk. */
export const SKIP = 1;
export const STOP = 2;
export type Visit = (element: Element, parent: Parents) => number | undefined | void; // SKIP, STOP or nothing

/** Visit every element below `root` in document order, without recursion. */
export function walkElements(root: Parents, visit: Visit): void {
  // Two parallel stacks rather than one frame object per element: every stage walks the whole
  // page, so this loop is among the hottest in the library.
  const parents: Parents[] = [root];
  const indexes: number[] = [0];
  let top = 0;
  while (top >= 0) {
    const parent = parents[top] as Parents;
    const index = indexes[top] as number;
    const child = parent.children[index];
    if (child === undefined) {
      parents.pop();
      indexes.pop();
      top--;
      continue;
    }
    indexes[top] = index + 1;
    if (child.type !== 'element') continue;
    const result = visit(child, parent);
    if (result === STOP) return;
    if (result !== SKIP && child.children.length > 0) {
      parents.push(child);
      indexes.push(0);
      top++;
    }
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
  let out = node.type === 'element' && node.tagName === 'br' ? '\n' : '';
  // Parallel stacks of open parents and the next child to read in each (no per-node pushes).
  const parents: Parents[] = [node];
  const indexes: number[] = [0];
  let top = 0;
  while (top >= 0) {
    const parent = parents[top] as Parents;
    const index = indexes[top] as number;
    const child = parent.children[index];
    if (child === undefined) {
      parents.pop();
      indexes.pop();
      top--;
      continue;
    }
    indexes[top] = index + 1;
    if (child.type === 'text') out += child.value;
    else if (child.type === 'element') {
      if (NON_TEXT_TAGS.has(child.tagName)) continue;
      if (child.tagName === 'br') out += '\n';
      if (child.children.length > 0) {
        parents.push(child);
        indexes.push(0);
        top++;
      }
    }
  }
  return out;
}

/**
 * Runs of white space that collapsing changes: two or more white-space characters starting with a
 * space, or any run starting with another white-space character (tab, newline, no-break space,
 * zero-width space…). A lone space between words is left alone, so the replace touches far fewer
 * places than matching every run would, for the same result.
 */
const WHITESPACE_TO_COLLAPSE = /(?: [\s\u200b]+|[\t\n\v\f\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff][\s\u200b]*)/g;

/** Collapse runs of white space (including no-break and zero-width spaces) to one space and trim. */
export function collapseWhitespace(value: string): string {
  return value.replace(WHITESPACE_TO_COLLAPSE, ' ').trim();
}

/** Visible text of a node, white space collapsed. */
export function visibleText(node: Nodes): string {
  return collapseWhitespace(textContent(node));
}
