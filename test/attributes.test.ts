/**
 * The generated attribute table (src/hast/html-attributes.ts, scripts/build-attributes.mjs) must
 * name and type every attribute exactly as property-information does (what rehype-parse uses), so
 * that trees from either parser read the same; and names that property-information trips over
 * must parse as plain attributes.
 */
import { find, html } from 'property-information';
import { describe, expect, it } from 'vitest';
import { propertyOf, valueTypeOf } from '../src/hast/attribute-names.js';
import { extract } from '../src/index.js';

/** The type onrecord reads from a property-information Info, in setProperty's order. */
function expectedType(name: string): string {
  const info = find(html, name);
  for (const type of ['spaceSeparated', 'commaSeparated', 'boolean', 'overloadedBoolean', 'number'] as const) if (info[type]) return type;
  return 'string';
}

const OBJECT_MEMBERS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__'];

describe('attribute names', () => {
  const known = [...Object.keys(html.normal), ...Object.values(html.property).map((info) => info.attribute)];
  const others = [
    'data-tweet-id', 'data-a', 'data-src-set', 'data-x.y:z', 'data-', 'data', 'dataTweetId', 'data-Foo-bar', 'DATA-ID',
    'x-custom', 'viewBox', 'xlink:href', 'ng-if', 'v-on:click', '@click', 'aria-label', 'aria-hidden', 'itemprop', 'CLASS',
  ];

  it.each([...new Set([...known, ...others])])('%s is named and typed as property-information does', (name) => {
    expect(propertyOf(name)).toBe(find(html, name).property);
    expect(valueTypeOf(propertyOf(name))).toBe(expectedType(name));
  });

  it('takes names of Object.prototype members as plain attributes', () => {
    for (const name of OBJECT_MEMBERS) {
      expect(propertyOf(name)).toBe(name);
      expect(valueTypeOf(name)).toBe('string');
    }
  });

  it('parses a page whose elements carry such names', () => {
    const attributes = OBJECT_MEMBERS.map((name, i) => `${name}="${i}"`).join(' ');
    const article = extract(`<html><body><article><p ${attributes}>“The river rose overnight,” said Ana Souza, the mayor.</p></article></body></html>`);
    expect(article.warnings).toEqual([]);
    expect(article.quotes.map((quote) => quote.speaker?.name)).toEqual(['Ana Souza']);
  });
});
