/**
 * Markup a page keeps in its script state (Next.js, Fusion, Nuxt and similar JSON): the embeds' original
 * code and, on pages rendered in the browser, the article body. Read as written, without running or
 * parsing the scripts; shared by src/embeds/page-state.ts and src/boundary/page-state.ts.
 */
import type { Element } from 'hast';

/** A script element's source: its text children as written. */
export function scriptText(script: Element): string {
  let text = '';
  for (const child of script.children) if (child.type === 'text') text += child.value;
  return text;
}

/** Undo JSON string escapes (`\"`, `\/`, `\n`, `\u003c`) without parsing the surrounding JSON. */
export function unescapeJsonString(value: string): string {
  return value.replace(/\\(?:u([0-9a-fA-F]{4})|(["\\/bfnrt]))/g, (_, hex: string | undefined, char: string | undefined) => {
    if (hex) return String.fromCharCode(Number.parseInt(hex, 16));
    return char === 'n' ? '\n' : char === 't' ? '\t' : char === 'r' || char === 'b' || char === 'f' ? ' ' : (char as string);
  });
}
