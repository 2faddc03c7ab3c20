/**
 * The article body of a page rendered in the browser: the server sends a shell and the article as
 * an HTML string inside the app's script state (Next.js `__NEXT_DATA__` and `self.__next_f.push`
 * flight chunks, React Query's dehydrated cache, Nuxt's `__NUXT__`, Arc's Fusion globals). When the
 * DOM holds no prose, the longest such string of paragraphs is read as the body.
 */
import type { Element, Root } from 'hast';
import { parseHtml } from '../hast/parse.js';
import { SKIP, attr, findElement, textContent, walkElements } from '../hast/util.js';
import { scriptText, unescapeJsonString } from '../script-state.js';

/** Script state strings shorter than this (as written, escapes included) hold no article. */
const MIN_STATE_STRING_CHARS = 400;
/** A body string opens at least this many paragraphs. */
const MIN_STATE_PARAGRAPHS = 3;
/** …and holds at least this much paragraph text once parsed. */
const MIN_STATE_PARAGRAPH_CHARS = 400;
/** Script text read in all (bounds the scan on pages that inline megabytes of state). */
const MAX_SCRIPT_CHARS = 4_000_000;
/** Candidate strings parsed as HTML, longest first. */
const MAX_CANDIDATES_PARSED = 5;
/** A paragraph opening as written in a JS or JSON string: raw, or with `<` escaped. */
const PARAGRAPH_OPENING = /<p[\s>]|\\u003cp[\s>\\]/gi;
/** Script types that hold data, not state (JSON-LD is read elsewhere, as text). */
const NON_STATE_TYPES = /ld\+json|template|text\/html/i;

/** The article body found in the page's script state, as a `<div>` of its parsed markup, or undefined. */
export function bodyFromPageState(tree: Root): Element | undefined {
  const candidates: string[] = [];
  let budget = MAX_SCRIPT_CHARS;
  walkElements(tree, (element) => {
    if (element.tagName !== 'script') return undefined;
    if (budget <= 0 || attr(element, 'src') !== undefined) return SKIP;
    const type = attr(element, 'type');
    if (type && NON_STATE_TYPES.test(type)) return SKIP;
    const text = scriptText(element);
    budget -= text.length;
    if (text.length >= MIN_STATE_STRING_CHARS) collectHtmlStrings(text, candidates);
    return SKIP;
  });
  if (candidates.length === 0) return undefined;
  candidates.sort((a, b) => b.length - a.length);
  let best: { element: Element; chars: number } | undefined;
  for (const raw of candidates.slice(0, MAX_CANDIDATES_PARSED)) {
    const body = findElement(parseHtml(unescapeJsonString(raw)).tree, (element) => element.tagName === 'body');
    if (!body) continue;
    const chars = paragraphChars(body);
    if (chars >= MIN_STATE_PARAGRAPH_CHARS && (!best || chars > best.chars)) best = { element: body, chars };
  }
  if (!best) return undefined;
  return { type: 'element', tagName: 'div', properties: {}, children: best.element.children };
}

/**
 * The double-quoted string literals of a script that open enough paragraphs, as written (escapes
 * undone later). One linear pass: a quote opens a string, a backslash skips the next character.
 */
function collectHtmlStrings(script: string, into: string[]): void {
  let start = -1;
  for (let i = 0; i < script.length; i++) {
    const code = script.charCodeAt(i);
    if (start >= 0 && code === 92 /* \ */) {
      i++;
      continue;
    }
    if (code !== 34 /* " */) continue;
    if (start < 0) {
      start = i + 1;
      continue;
    }
    if (i - start >= MIN_STATE_STRING_CHARS) {
      const value = script.slice(start, i);
      if (countOpenings(value) >= MIN_STATE_PARAGRAPHS) into.push(value);
    }
    start = -1;
  }
}

function countOpenings(value: string): number {
  PARAGRAPH_OPENING.lastIndex = 0;
  let count = 0;
  while (count < MIN_STATE_PARAGRAPHS && PARAGRAPH_OPENING.exec(value)) count++;
  return count;
}

/** Text inside the markup's `<p>` elements. */
function paragraphChars(root: Element): number {
  let chars = 0;
  walkElements(root, (element) => {
    if (element.tagName !== 'p') return undefined;
    chars += textContent(element).trim().length;
    return SKIP;
  });
  return chars;
}
