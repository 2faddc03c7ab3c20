#!/usr/bin/env node
// Scores the built library with ../shared/eval/score.mjs on every shared set, when ../shared exists.
// Usage: npm run eval [-- --out DIR]   (DIR receives each set's per-page misses as JSON)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
if (!existsSync(scorer)) {
  console.log('eval: ../shared is not here, so there is nothing to score against.');
  process.exit(0);
}
const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : join(root, '.eval');
mkdirSync(outDir, { recursive: true });

const sets = [
  ['polnear-train', ['polnear', '--gold', join(shared, 'polnear/train.jsonl'), '--html', join(shared, 'polnear/html/train')]],
  ['polnear-dev', ['polnear', '--gold', join(shared, 'polnear/dev.jsonl'), '--html', join(shared, 'polnear/html/dev')]],
  ['labels-dev', ['labels', '--labels', join(shared, 'labels/dev'), '--html', join(shared, 'corpus/html')]],
  ['body-aeb', ['body', '--gold', join(shared, 'corpus/aeb-ground-truth.json'), '--html', join(shared, 'corpus/html')]],
];
let failed = false;
for (const [name, args] of sets) {
  const run = spawnSync(process.execPath, [scorer, ...args, '--entry', join(root, 'dist/index.js'), '--out', join(outDir, `${name}.json`)], {
    cwd: root,
    encoding: 'utf8',
  });
  const lines = (run.stdout ?? '').trim().split('\n');
  console.log(`${name.padEnd(14)} ${lines.at(-1) ?? ''}`);
  if (run.status !== 0) {
    failed = true;
    process.stderr.write(run.stderr ?? '');
  }
}
console.log(`per-page misses: ${outDir}`);
process.exit(failed ? 1 : 0);
