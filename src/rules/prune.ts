/**
 * The page without a rule's excluded elements, as a new tree: the elements on the way from the
 * root to each excluded one are copied, everything else is shared. The caller's tree (from
 * `extractFromTree` or the rehype plugin) is never changed.
 */
import type { Element, Parents, Root, RootContent } from 'hast';

/** The pruned tree, and the copy made of each element on the way to an excluded one. */
export interface Pruned {
  tree: Root;
  copies: Map<Parents, Parents>;
}

export function withoutElements(tree: Root, excluded: Set<Element>, parents: WeakMap<Element, Parents>): Pruned {
  // Which parents hold an excluded element somewhere below: only those are copied.
  const holders = new Set<Parents>();
  for (const element of excluded) {
    let current = parents.get(element);
    for (let depth = 0; current && !holders.has(current) && depth < MAX_ANCESTORS; depth++) {
      holders.add(current);
      current = current.type === 'element' ? parents.get(current) : undefined;
    }
  }
  const copies = new Map<Parents, Parents>();
  const copyOf = <T extends Parents>(node: T): T => {
    const copy = { ...node, children: [] as RootContent[] } as T;
    copies.set(node, copy);
    return copy;
  };
  const root = copyOf(tree);
  // Iterative: no page can overflow the stack. Each holder is copied once, its children filtered.
  const pending: Parents[] = [tree];
  while (pending.length > 0) {
    const original = pending.pop() as Parents;
    const copy = copies.get(original) as Parents;
    const children: RootContent[] = [];
    for (const child of original.children) {
      if (child.type === 'element' && excluded.has(child)) continue;
      if (child.type === 'element' && holders.has(child)) {
        children.push(copyOf(child));
        pending.push(child);
      } else children.push(child);
    }
    (copy as Root).children = children;
  }
  return { tree: root, copies };
}

/** The tree is depth-capped at 400 by the parser; this bounds the upward walks regardless. */
const MAX_ANCESTORS = 400;
