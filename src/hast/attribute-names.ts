/**
 * How hast names and types an HTML attribute, as property-information's `find(html, name)` does,
 * from a generated table (html-attributes.ts) rather than the package: no schemas built at import,
 * and names such as `constructor` or `__proto__` are plain unknown attributes, not lookups that
 * land on Object.prototype.
 */
import { PROPERTY_BY_NAME, TYPES_BY_PROPERTY, VALUE_TYPES } from './html-attributes.js';

/** How a property's value is written in hast. */
export type ValueType = (typeof VALUE_TYPES)[number] | 'string';

let propertyByName: Map<string, string> | undefined;
let typeByProperty: Map<string, ValueType> | undefined;

/** Built on first use: most imports of the library are followed by a parse, but not all. */
function tables(): { names: Map<string, string>; types: Map<string, ValueType> } {
  if (propertyByName === undefined || typeByProperty === undefined) {
    propertyByName = new Map(PROPERTY_BY_NAME);
    typeByProperty = new Map();
    for (const [property, mask] of TYPES_BY_PROPERTY) {
      // The first type set, in the order the value is tested (a comma list of numbers is a comma list).
      const bit = VALUE_TYPES.findIndex((_, index) => (mask & (1 << index)) !== 0);
      typeByProperty.set(property, VALUE_TYPES[bit] ?? 'string');
    }
  }
  return { names: propertyByName, types: typeByProperty };
}

/** A `data-*` attribute or its property spelling (property-information's test). */
const DATA_NAME = /^data[-\w.:]+$/i;
const DASH_LETTER = /-[a-z]/g;

/** The hast property name for an attribute (or property) name: `class` → `className`, `data-tweet-id` → `dataTweetId`. */
export function propertyOf(name: string): string {
  const normal = name.toLowerCase();
  const known = tables().names.get(normal);
  if (known !== undefined) return known;
  if (normal.length > 4 && normal.startsWith('data') && name.charAt(4) === '-' && DATA_NAME.test(name)) {
    const rest = name.slice(5).replace(DASH_LETTER, (match) => (match.charAt(1) as string).toUpperCase());
    return `data${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
  }
  return name;
}

/** How the value of a hast property is written: a token list, a boolean, a number, or a string. */
export function valueTypeOf(property: string): ValueType {
  return tables().types.get(property) ?? 'string';
}
