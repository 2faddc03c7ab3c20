/**
 * The JSON Schema that `npm run build` generates from src/types.ts (dist/schema.json, shipped as
 * `onrecord/schema.json`): every fixture's output validates against it, and it is strict enough
 * to reject outputs that break the types.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_FIELDS } from '../src/cli/fields.js';
import { extract } from '../src/index.js';
import { builtPackage } from './helpers/built-package.js';
import { fixtureNames, readFixture } from './helpers/fixtures.js';

let schema: { $ref: string; definitions: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
let validate: ValidateFunction;

beforeAll(async () => {
  schema = JSON.parse(readFileSync(join((await builtPackage()).distDir, 'schema.json'), 'utf8'));
  validate = new Ajv({ strict: true, allErrors: true }).compile(schema);
}, 300_000);

/** An output as a JSON consumer sees it. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('dist/schema.json', () => {
  for (const name of fixtureNames()) {
    it(`validates the output for ${name}`, () => {
      const fixture = readFixture(name);
      const article = asJson(extract(fixture.html, fixture.options));
      expect(validate(article), JSON.stringify(validate.errors, null, 2)).toBe(true);
    });
  }

  it('validates the outputs for empty, broken and non-article input', () => {
    for (const html of ['', '<', '<html><body><nav><a href="/x">Home</a></nav></body></html>', '\u0000'.repeat(10)]) {
      const article = asJson(extract(html, { url: 'https://example.com/page' }));
      expect(validate(article), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('rejects outputs that break the types', () => {
    const good = asJson(extract(readFixture(fixtureNames()[0]!).html));
    expect(validate(good)).toBe(true);
    const broken = [
      { ...good, quotes: [{ text: 'Hi', paragraph: 0, start: 0, end: 2 }] }, // no speaker key
      { ...good, tags: [{ name: 7 }] },
      { ...good, embeds: [{ platform: 'twitter' }] },
      { ...good, mood: 'cheerful' }, // fields outside the type
      Object.fromEntries(Object.entries(good).filter(([key]) => key !== 'text')), // a required field missing
    ];
    for (const article of broken) expect(validate(article)).toBe(false);
  });

  it('describes every top-level field of Article, and the CLI knows them all for --fields', () => {
    const article = schema.definitions['Article']!;
    expect(schema.$ref).toBe('#/definitions/Article');
    expect(Object.keys(article.properties ?? {}).sort()).toEqual([...ARTICLE_FIELDS].sort());
    expect(article.required?.sort()).toEqual(['authors', 'embeds', 'quotes', 'relatedLinks', 'tags', 'text', 'warnings']);
  });
});
