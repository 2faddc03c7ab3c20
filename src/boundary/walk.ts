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
  const stack: { node: Parents; index: number }[] = [{ node: root, index: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as { node: Parents; index: number };
    const child = frame.node.children[frame.index++];
    if (child === undefined) {
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent && frame.node.type === 'element') hooks.exit(frame.node, parent.node);
      continue;
    }
    if (child.type === 'text') hooks.text(child, frame.node);
    else if (child.type === 'element') {
      if (hooks.enter(child, frame.node, stack.length)) stack.push({ node: child, index: 0 });
    }
  }
}
