/** Reading JSON-LD safely: broken or hostile blocks are reported and skipped, never fatal. */
import type { Warning } from '../types.js';

export type JsonLdNode = Record<string, unknown>;

/** Nodes beyond this are ignored: no article needs more, and huge arrays are a denial-of-service shape. */
export const MAX_JSON_LD_NODES = 2000;
/** Deeper nesting is not walked. */
export const MAX_JSON_LD_DEPTH = 32;

/** Parse every JSON-LD script body and flatten `@graph` members and arrays into a list of objects. */
export function readJsonLd(scripts: string[], warnings: Warning[]): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  for (const source of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(cleanJson(source));
    } catch {
      warnings.push({ code: 'json-ld-invalid', message: 'A JSON-LD block could not be parsed and was skipped.' });
      continue;
    }
    const stack: { value: unknown; depth: number }[] = [{ value: data, depth: 0 }];
    while (stack.length > 0 && nodes.length < MAX_JSON_LD_NODES) {
      const { value, depth } = stack.pop() as { value: unknown; depth: number };
      if (depth > MAX_JSON_LD_DEPTH) continue;
      if (Array.isArray(value)) {
        for (let i = Math.min(value.length, MAX_JSON_LD_NODES) - 1; i >= 0; i--) stack.push({ value: value[i], depth: depth + 1 });
      } else if (value !== null && typeof value === 'object') {
        const node = value as JsonLdNode;
        if (node['@type'] !== undefined) nodes.push(node);
        if (Array.isArray(node['@graph'])) stack.push({ value: node['@graph'], depth: depth + 1 });
      }
    }
  }
  return nodes;
}

/** Strip what CMSs wrap JSON-LD in: CDATA markers, HTML comments, trailing semicolons. */
function cleanJson(source: string): string {
  return source
    .trim()
    .replace(/^(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>$/g, '')
    .replace(/^<!--|-->$/g, '')
    .replace(/;\s*$/, '')
    .trim();
}

/** The node's `@type` values, lower-cased. */
export function typesOf(node: JsonLdNode): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
}

const ARTICLE_TYPES = /article|posting|report|blog|newsarticle|webpage|liveblog/;

/** The JSON-LD node that describes the article itself, if any. */
export function articleNode(nodes: JsonLdNode[]): JsonLdNode | undefined {
  let fallback: JsonLdNode | undefined;
  for (const node of nodes) {
    const types = typesOf(node);
    if (types.some((t) => t !== 'webpage' && ARTICLE_TYPES.test(t))) return node;
    if (!fallback && types.includes('webpage')) fallback = node;
  }
  return fallback;
}

/** A JSON-LD value as plain strings: strings, `name`s of objects, members of arrays. */
export function stringsOf(value: unknown, key = 'name'): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((item) => stringsOf(item, key));
  if (value !== null && typeof value === 'object') {
    const inner = (value as JsonLdNode)[key];
    return typeof inner === 'string' ? [inner] : [];
  }
  return [];
}
