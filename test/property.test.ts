/**
 * Properties over random and mutated pages (fast-check): `extract` never throws on a string, and
 * every Article keeps the contract (hostile-invariants.ts): quote offsets slice Article.text
 * exactly, every URL is absolute http(s), every date is ISO 8601, every id is a string, every
 * string is well-formed, and no stage hit an internal error. Run counts stay modest for CI; the
 * 10,000-input run is scripts/fuzz.mjs. A failure prints fast-check's seed and shrunk input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { cutToBytes } from '../src/limits.js';
import { fixtureNames, readFixture } from './helpers/fixtures.js';
import { htmlFragment, htmlPage, mutate, mutations, options } from './hostile-arbitraries.js';
import { articleViolations } from './hostile-invariants.js';

/** No time budget: a slow CI machine must not change what a property sees. */
const NO_BUDGET = { timeBudgetMs: Infinity };

function holds(html: string, extra: object = {}): void {
  const article = extract(html, { ...NO_BUDGET, ...extra });
  const problems = articleViolations(article);
  if (problems.length > 0) throw new Error(`${problems.join('\n')}\n--- page (${html.length} chars): ${JSON.stringify(html.slice(0, 2000))}`);
}

describe('random HTML', () => {
  it('random pages: never throws, and the Article keeps the contract', () => {
    fc.assert(
      fc.property(htmlPage, options, (html, opts) => holds(html, opts)),
      { numRuns: 250 },
    );
  });

  it('random fragments with no document structure at all', () => {
    fc.assert(
      fc.property(htmlFragment, (html) => holds(html)),
      { numRuns: 200 },
    );
  });

  it('any string at all, including lone surrogates and NULs', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (html) => holds(html)),
      { numRuns: 200 },
    );
  });
});

describe('mutated fixture pages', () => {
  const pages = fixtureNames().map((name) => readFixture(name));

  it('real pages cut, spliced, repeated, truncated and poisoned: never throws, contract kept', () => {
    expect(pages.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: pages.length - 1 }), mutations, (index, changes) => {
        const page = pages[index] as (typeof pages)[number];
        holds(mutate(page.html, changes), page.options);
      }),
      { numRuns: 300 },
    );
  });

  it('two real pages spliced together', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: pages.length - 1 }),
        fc.integer({ min: 0, max: pages.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b, cutA, cutB) => {
          const first = (pages[a] as (typeof pages)[number]).html;
          const second = (pages[b] as (typeof pages)[number]).html;
          holds(first.slice(0, Math.floor(cutA * first.length)) + second.slice(Math.floor(cutB * second.length)));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('cutToBytes', () => {
  const encoder = new TextEncoder();
  const withSurrogates = fc
    .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom('\ud800', '\udfff', '😀', 'é', '€', '\u0000')), { maxLength: 30 })
    .map((parts) => parts.join(''));

  it('keeps the longest prefix that fits in maxBytes UTF-8 bytes, never splitting a pair', () => {
    fc.assert(
      fc.property(withSurrogates, fc.integer({ min: 0, max: 200 }), (value, maxBytes) => {
        const { html, bytes } = cutToBytes(value, maxBytes);
        const size = encoder.encode(value).length;
        if (size <= maxBytes) {
          expect(html).toBe(value);
          expect(bytes).toBeUndefined();
          return;
        }
        expect(bytes).toBe(size);
        expect(value.startsWith(html)).toBe(true);
        expect(encoder.encode(html).length).toBeLessThanOrEqual(maxBytes);
        // One more code point would not fit.
        const next = value.codePointAt(html.length) as number;
        const nextUnits = next > 0xffff ? 2 : 1;
        expect(encoder.encode(value.slice(0, html.length + nextUnits)).length).toBeGreaterThan(maxBytes);
      }),
      { numRuns: 300 },
    );
  });
});
