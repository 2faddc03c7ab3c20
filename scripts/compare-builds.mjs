#!/usr/bin/env node
// Do two builds give the same output? For speed work and refactors, whose output must not move.
//
//   node scripts/compare-builds.mjs --a /tmp/base/index.js --b dist/index.js [--dir DIR]… [--field quotes]
//
// Runs both builds over every .html page (the fixtures, plus ../shared's corpus and PolNeAR pages when present,
// or the --dir folders given), with no time budget so that machine load cannot change an answer, and
// reports the pages whose JSON differs. Exits 1 when any does.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name) => args.flatMap((arg, i) => (arg === `--${name}` && args[i + 1] ? [args[i + 1]] : []));
const [entryA] = option('a');
const [entryB = join(root, 'dist/index.js')] = option('b');
const [field] = option('field');
if (!entryA) {
  console.error('usage: compare-builds.mjs --a ENTRY [--b ENTRY] [--dir DIR]… [--field NAME]');
  process.exit(2);
}
const shared = resolve(root, '..', 'shared');
const dirs = option('dir').length
  ? option('dir')
  : [join(shared, 'corpus/html'), join(shared, 'polnear/html/train'), join(shared, 'polnear/html/dev')].filter(existsSync);
const pages = [];
for (const dir of dirs) for (const name of readdirSync(dir).sort()) if (name.endsWith('.html')) pages.push(join(dir, name));
const fixtures = join(root, 'fixtures');
for (const name of readdirSync(fixtures).sort()) {
  const page = join(fixtures, name, 'input.html');
  if (existsSync(page)) pages.push(page);
}

const [a, b] = await Promise.all([entryA, entryB].map((entry) => import(pathToFileURL(resolve(entry)).href)));
const show = (article) => JSON.stringify(field ? article[field] : article);
const differing = [];
for (const page of pages) {
  const html = readFileSync(page, 'utf8');
  const options = { timeBudgetMs: Number.POSITIVE_INFINITY };
  if (show(a.extract(html, options)) !== show(b.extract(html, options))) differing.push(page);
}
for (const page of differing.slice(0, 20)) console.log(`differs: ${page}`);
console.log(`compare-builds: ${pages.length} pages, ${differing.length} differ${field ? ` (field ${field})` : ''}`);
process.exit(differing.length > 0 ? 1 : 0);
