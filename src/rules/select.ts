/**
 * Selecting with a rule's selector on the page, never throwing: hast-util-select rejects a few
 * selectors only when it meets an element they would test (`p::before`, `:nth-child(2 of p)`), so
 * a selector that parsed can still fail on a page. Such a failure is a warning, like a selector
 * that matches nothing.
 */
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import type { Warning } from '../types.js';
import { type CompiledRule, errorText } from './compile.js';

/** What a rule's selector selected on a page; empty (with a warning) when it failed or matched nothing. */
export function selectForRule(tree: Root, rule: CompiledRule, key: string, selector: string, warnings: Warning[]): Element[] {
  let found: Element[];
  try {
    found = selectAll(selector, tree);
  } catch (error) {
    warnings.push({
      code: 'rule-invalid',
      message: `Site ${rule.label}: selector ${JSON.stringify(selector)} for ${key} is invalid (${errorText(error)}); it was ignored.`,
    });
    return [];
  }
  if (found.length === 0) {
    warnings.push({
      code: 'rule-unmatched',
      message: `Site ${rule.label}: selector ${JSON.stringify(selector)} for ${key} matched nothing on this page.`,
    });
  }
  return found;
}

/** Matches inside other matches dropped: each part of the page is read once. */
export function outermost(elements: Element[], parents: WeakMap<Element, Root | Element>): Element[] {
  const chosen = new Set(elements);
  return elements.filter((element) => {
    let current = parents.get(element);
    for (let depth = 0; current && current.type === 'element' && depth < MAX_ANCESTORS; depth++) {
      if (chosen.has(current)) return false;
      current = parents.get(current);
    }
    return true;
  });
}

/** The tree is depth-capped at 400 by the parser; this bounds the upward walks regardless. */
const MAX_ANCESTORS = 400;
