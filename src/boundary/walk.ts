/** An iterative walk with an exit hook, for bottom-up measures (text lengths summed into ancestors). */
import type { Element, Parents, Text } from 'hast';

export interface WalkHooks {
  /** Called entering an element; return false to not descend (its `exit` is not called either). */
  enter: (element: Element, parent: Parents, depth: number) => boolean;
  /** Called on each text node, with its parent. */
  text: (node: Text, parent: Parents) => void;
  /** Called after all of an element's children were visited. */
  exit: (element: Element, parent: Parents) => void;
}

/** Visit `root`'s descendants in document order, calling `exit` once the subtree is done. No recursion. */
export function walkInOut(root: Parents, hooks: WalkHooks): void {
  // Parallel stacks of open parents and the next child to read in each: no frame object per element.
  const nodes: Parents[] = [root];
  const indexes: number[] = [0];
  while (nodes.length > 0) {
    const top = nodes.length - 1;
    const node = nodes[top] as Parents;
    const index = indexes[top] as number;
    const child = node.children[index];
    if (child === undefined) {
      nodes.pop();
      indexes.pop();
      if (top > 0 && node.type === 'element') hooks.exit(node, nodes[top - 1] as Parents);
      continue;
    }
    indexes[top] = index + 1;
    if (child.type === 'text') hooks.text(child, node);
    else if (child.type === 'element') {
      if (hooks.enter(child, node, nodes.length)) {
        nodes.push(child);
        indexes.push(0);
      }
    }
  }
}
