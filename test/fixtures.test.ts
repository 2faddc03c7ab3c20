/**
 * Every fixture's expected JSON, reviewed by hand, holds. `expected.json` may be the whole Article
 * or a subset: objects match on the keys given, arrays must have the same length.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { fixtureNames, readFixture } from './helpers/fixtures.js';

describe('fixtures', () => {
  for (const name of fixtureNames()) {
    it(name, () => {
      const fixture = readFixture(name);
      expect(fixture.expected, `${name} has no expected.json`).toBeDefined();
      const article = extract(fixture.html, fixture.options);
      expect(article).toMatchObject(fixture.expected as object);
      // Offsets are exact: each quote's span of Article.text starts and ends with its words.
      for (const quote of article.quotes) {
        const span = article.text.slice(quote.start, quote.end);
        const parts = quote.parts ?? [quote.text];
        expect(span.startsWith(parts[0] as string), `${name}: quote starts at its offset`).toBe(true);
        expect(span.endsWith(parts[parts.length - 1] as string), `${name}: quote ends at its offset`).toBe(true);
      }
    });
  }
});
