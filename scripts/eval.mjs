#!/usr/bin/env node
// Scores the built library with ../shared/eval/score.mjs on every shared set, when ../shared exists.
// Usage: npm run eval [-- --out DIR] [-- --gate] [-- --only SET,SET]
//   --out DIR  each set's per-page misses as JSON (default .eval/)
//   --gate     fail when a figure falls below its floor in eval-floors.json (the CI gate, as trafilatura's
//              eval_gate.py: floors only move up, and a small epsilon absorbs measurement noise)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
if (!existsSync(scorer)) {
  console.log('eval: ../shared is not here, so there is nothing to score against.');
  process.exit(0);
}
const gate = process.argv.includes('--gate');
const floors = gate ? JSON.parse(readFileSync(join(root, 'eval-floors.json'), 'utf8')) : {};
const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : join(root, '.eval');
mkdirSync(outDir, { recursive: true });

const sets = [
  ['polnear-train', ['polnear', '--gold', join(shared, 'polnear/train.jsonl'), '--html', join(shared, 'polnear/html/train')]],
  ['polnear-dev', ['polnear', '--gold', join(shared, 'polnear/dev.jsonl'), '--html', join(shared, 'polnear/html/dev')]],
  ['labels-dev', ['labels', '--labels', join(shared, 'labels/dev'), '--html', join(shared, 'corpus/html')]],
  ['labels-fresh', ['labels', '--labels', join(shared, 'labels/fresh'), '--html', join(shared, 'corpus/html')]],
  ['german-train', ['polnear', '--gold', join(shared, 'gnqa/train.jsonl'), '--html', join(shared, 'gnqa/html/train')]],
  ['german-dev', ['polnear', '--gold', join(shared, 'gnqa/dev.jsonl'), '--html', join(shared, 'gnqa/html/dev')]],
  ['fundus-dev', ['meta', '--gold', join(shared, 'fundus/dev.jsonl'), '--html', join(shared, 'corpus/html')]],
  ['body-aeb', ['body', '--gold', join(shared, 'corpus/aeb-ground-truth.json'), '--html', join(shared, 'corpus/html')]],
];
// `--only a,b` scores just those sets (a quick loop while working on one stage).
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex > 0 ? new Set(process.argv[onlyIndex + 1].split(',')) : undefined;
let failed = false;
/** Scores are deterministic, but a loaded machine can hit the time budget on the largest pages: allow a hair. */
const EPSILON = 0.0005;
for (const [name, args] of sets) {
  if (only && !only.has(name)) continue;
  // A number is a floor; `{ "max": n }` is a ceiling, for figures that must stay low (speaker.wrong).
  const mins = Object.entries(floors[name] ?? {}).flatMap(([key, bound]) =>
    typeof bound === 'number' ? ['--min', `${key}=${bound - EPSILON}`] : ['--max', `${key}=${bound.max + EPSILON}`],
  );
  const run = spawnSync(process.execPath, [scorer, ...args, ...mins, '--entry', join(root, 'dist/index.js'), '--out', join(outDir, `${name}.json`)], {
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
