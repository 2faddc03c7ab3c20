/** Reading the project's fixtures: `fixtures/<behaviour>/{input.html, options.json?, expected.json}`. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractOptions } from '../../src/types.js';

export const FIXTURES_DIR = new URL('../../fixtures/', import.meta.url).pathname;

export interface Fixture {
  name: string;
  html: string;
  options: ExtractOptions;
  /** The expected Article, or a subset of it (arrays must match in length). */
  expected: unknown;
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(FIXTURES_DIR, entry.name, 'input.html')))
    .map((entry) => entry.name)
    .sort();
}

export function readFixture(name: string): Fixture {
  const dir = join(FIXTURES_DIR, name);
  const optionsPath = join(dir, 'options.json');
  const expectedPath = join(dir, 'expected.json');
  return {
    name,
    html: readFileSync(join(dir, 'input.html'), 'utf8'),
    options: existsSync(optionsPath) ? JSON.parse(readFileSync(optionsPath, 'utf8')) : {},
    expected: existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, 'utf8')) : undefined,
  };
}
