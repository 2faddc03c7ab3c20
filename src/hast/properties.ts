/**
 * HTML attributes → hast properties, named and typed the way hastscript and hast-util-from-parse5
 * do it, so that a tree from `parseHtml` and one from rehype-parse read the same through `attr()`.
 */
import type { Element } from 'hast';
import { propertyOf, type ValueType, valueTypeOf } from './attribute-names.js';

/**
 * Attribute values longer than these are dropped (and counted for a warning): no real page needs
 * them, and every later look at a class list, a style or a URL would pay for their length again.
 * Names and token lists (class, id, style, rel…) stay short on real pages; URLs over a few KB are
 * tracking soup or inline `data:` blobs, which onrecord never outputs; other values (JSON in data-*
 * attributes, up to about 250 KB on the pages we measured) get a wide margin.
 */
export const MAX_NAME_ATTRIBUTE_CHARS = 4096;
export const MAX_URL_ATTRIBUTE_CHARS = 16_384;
export const MAX_ATTRIBUTE_CHARS = 1024 * 1024;

const NAME_ATTRIBUTES = new Set([
  'class', 'id', 'style', 'rel', 'role', 'name', 'property', 'itemprop', 'itemtype', 'itemscope', 'lang', 'dir', 'type',
  'http-equiv', 'charset', 'slot', 'is', 'hidden', 'tabindex',
]);
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'action', 'cite', 'poster', 'background', 'longdesc', 'formaction', 'ping', 'srcset', 'data', 'codebase',
  'manifest', 'icon', 'xlink:href',
]);

/** How one attribute name becomes a property: its name, its type and its length limit. */
interface AttributeKind {
  property: string;
  type: ValueType;
  limit: number;
}

/**
 * Kinds by attribute name. Pages repeat a few dozen names thousands of times; the cache stops
 * growing at MAX_CACHED_KINDS (a page of unique data-* names then costs a lookup each).
 */
const kinds = new Map<string, AttributeKind>();
const MAX_CACHED_KINDS = 2048;

function kindOf(name: string): AttributeKind {
  let kind = kinds.get(name);
  if (kind !== undefined) return kind;
  const property = propertyOf(name);
  kind = {
    property,
    type: valueTypeOf(property),
    limit: NAME_ATTRIBUTES.has(name)
      ? MAX_NAME_ATTRIBUTE_CHARS
      : URL_ATTRIBUTES.has(name)
        ? MAX_URL_ATTRIBUTE_CHARS
        : MAX_ATTRIBUTE_CHARS,
  };
  if (kinds.size < MAX_CACHED_KINDS) kinds.set(name, kind);
  return kind;
}

/** A parse5 attribute: only the (local) name and the value are read. */
export interface SourceAttribute {
  name: string;
  value: string;
}

/**
 * Set one attribute on `properties`. Returns false when the value was dropped for its length.
 */
export function setProperty(properties: Element['properties'], name: string, value: string): boolean {
  const kind = kindOf(name);
  if (value.length > kind.limit) return false;
  switch (kind.type) {
    case 'spaceSeparated':
      properties[kind.property] = value.split(/[ \t\n\f\r]+/).filter(Boolean);
      break;
    case 'commaSeparated':
      properties[kind.property] = value.split(',').map((part) => part.trim());
      break;
    case 'boolean':
      properties[kind.property] = true;
      break;
    case 'overloadedBoolean':
      properties[kind.property] = value === '' || value.toLowerCase() === name ? true : value;
      break;
    case 'number': {
      const number = Number(value);
      properties[kind.property] = value !== '' && Number.isFinite(number) ? number : value;
      break;
    }
    default:
      properties[kind.property] = value;
  }
  return true;
}

/** All attributes → properties; `counts.longAttributes` grows by the values dropped for their length. */
export function toProperties(attrs: readonly SourceAttribute[], counts: { longAttributes: number }): Element['properties'] {
  const properties: Element['properties'] = {};
  for (const { name, value } of attrs) if (!setProperty(properties, name, value)) counts.longAttributes++;
  return properties;
}
