/**
 * Finding the element that holds the article: the CMS's own signals first (itemprop=articleBody,
 * body classes, <article>), then Readability-style paragraph scoring when there are none.
 */
import type { Element, Root } from 'hast';
import { attr, classAndId, textContent, walkElements, SKIP, STOP } from '../hast/util.js';
import { isFurniture } from './furniture.js';
import { BODY_CLASS } from './signals.js';

/** Paragraphs shorter than this add nothing to a container's score. */
const MIN_PARAGRAPH_CHARS = 25;
/** A signalled container must hold at least this share of the best-scored container's text. */
const SIGNAL_MIN_SHARE = 0.35;
/** Signalled containers considered at most (each is measured, so this bounds the work). */
const MAX_SIGNALLED = 40;

/** The article's root element, or the `<body>` (or the tree) when nothing stands out. */
export function findArticleRoot(tree: Root): Element | Root {
  const paragraphText = new Map<Element, number>();
  const signalled: Element[] = [];
  let body: Element | undefined;
  // Score containers by the paragraph text they hold (Readability: parent full, grandparent half).
  const ancestors: Element[] = [];
  const depthOf = new Map<Element, number>();
  walkElements(tree, (element, parent) => {
    const parentDepth = parent.type === 'element' ? (depthOf.get(parent) ?? 0) : 0;
    depthOf.set(element, parentDepth + 1);
    ancestors.length = parentDepth;
    ancestors.push(element);
    if (element.tagName === 'body') body = element;
    if (isFurniture(element) && element.tagName !== 'body') return SKIP;
    if (signalled.length < MAX_SIGNALLED && isBodySignal(element)) signalled.push(element);
    if (element.tagName === 'p' || element.tagName === 'pre') {
      const length = textContent(element).trim().length;
      if (length >= MIN_PARAGRAPH_CHARS) {
        const parentElement = ancestors[ancestors.length - 2];
        const grandparent = ancestors[ancestors.length - 3];
        if (parentElement) paragraphText.set(parentElement, (paragraphText.get(parentElement) ?? 0) + length);
        if (grandparent) paragraphText.set(grandparent, (paragraphText.get(grandparent) ?? 0) + length / 2);
      }
      return SKIP;
    }
  });
  let best: Element | undefined;
  let bestScore = 0;
  for (const [element, score] of paragraphText) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  // Prefer the CMS's signal when it holds a fair share of the text: it knows its own layout.
  const textOf = (element: Element) => signalText(element);
  const bestText = best ? textOf(best) : 0;
  let chosen: Element | undefined;
  let chosenText = 0;
  for (const element of signalled) {
    const length = textOf(element);
    if (length >= bestText * SIGNAL_MIN_SHARE && length > chosenText) {
      chosen = element;
      chosenText = length;
    }
  }
  if (chosen && best && chosen !== best && contains(chosen, best) === false && contains(best, chosen) === false && chosenText < bestText * 0.6) {
    chosen = undefined;
  }
  return chosen ?? best ?? body ?? tree;
}

function isBodySignal(element: Element): boolean {
  const itemprop = attr(element, 'itemprop');
  if (itemprop && /\barticlebody\b/i.test(itemprop)) return true;
  if (element.tagName === 'article') return true;
  const names = classAndId(element);
  return names.length > 1 && names.length < 500 && BODY_CLASS.test(names);
}

/** Length of the paragraph text inside an element, furniture excluded. */
function signalText(root: Element): number {
  let total = 0;
  walkElements(root, (element) => {
    if (isFurniture(element)) return SKIP;
    if (element.tagName === 'p' || element.tagName === 'pre') {
      total += textContent(element).trim().length;
      return SKIP;
    }
  });
  return total;
}

function contains(ancestor: Element, descendant: Element): boolean {
  let found = false;
  walkElements(ancestor, (element) => {
    if (element === descendant) {
      found = true;
      return STOP;
    }
  });
  return found;
}
