#!/usr/bin/env node
// Fuzz run (not CI): extract() over N random and mutated inputs, in a worker with a watchdog, then
// the pathological page shapes timed at growing sizes to show that time grows linearly.
//
// Reports: throws, hangs (an input over --hang-ms, or one the watchdog had to kill), contract
// violations (test/hostile-invariants.ts: offsets, URLs, dates, ids, well-formed strings, internal
// errors), time percentiles, and ms per MB per shape and size. Failing inputs are saved to --out.
//
// Usage: node scripts/fuzz.mjs [--runs 10000] [--seed 42] [--pages DIR] [--hang-ms 5000]
//                              [--out DIR] [--no-scaling] [--scaling-only]
//   --pages DIR   also mutate the .html pages in DIR (default: fixtures/*/input.html only)
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as esbuild from 'esbuild';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const RUNS = Number(option('runs', 10_000));
const SEED = Number(option('seed', 42));
const HANG_MS = Number(option('hang-ms', 5_000));
/** The watchdog kills the worker after this long on one input: a hang, not a slow page. */
const KILL_MS = Math.max(60_000, HANG_MS * 4);
const OUT = resolve(option('out', join(tmpdir(), 'onrecord-fuzz')));
const PAGES_DIR = option('pages', undefined);
const scaling = !args.includes('--no-scaling');
const fuzzing = !args.includes('--scaling-only');

// Build the library and the test arbitraries into one bundle the worker can import.
const dir = mkdtempSync(join(tmpdir(), 'onrecord-fuzz-build-'));
const bundle = join(dir, 'fuzz-bundle.mjs');
// Fed on stdin, resolved from scripts/, so that fast-check comes from the project's node_modules.
const entry = [
  "export { extract } from '../src/index.js';",
  "export { htmlPage, htmlFragment, mutate, mutations, options } from '../test/hostile-arbitraries.js';",
  "export * as pages from '../test/hostile-pages.js';",
  "export { articleViolations } from '../test/hostile-invariants.js';",
  "export { default as fc } from 'fast-check';",
].join('\n');
await esbuild.build({
  stdin: { contents: entry, resolveDir: join(root, 'scripts'), loader: 'ts', sourcefile: 'fuzz-entry.ts' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: bundle,
  logLevel: 'warning',
});
const lib = await import(pathToFileURL(bundle).href);

/* Worker with a watchdog --------------------------------------------------------------------------- */

const WORKER = `
import { parentPort } from 'node:worker_threads';
const { extract, articleViolations } = await import(${JSON.stringify(pathToFileURL(bundle).href)});
parentPort.on('message', ({ html, options }) => {
  const start = performance.now();
  let threw, violations = [], codes = [];
  try {
    const article = extract(html, options);
    violations = articleViolations(article);
    codes = [...new Set(article.warnings.map((w) => w.code))];
  } catch (error) {
    threw = String(error && error.stack || error).slice(0, 2000);
  }
  parentPort.postMessage({ ms: performance.now() - start, threw, violations, codes });
});
parentPort.postMessage('ready');
`;
const workerFile = join(dir, 'worker.mjs');
writeFileSync(workerFile, WORKER);

let worker;
async function startWorker() {
  worker = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: 4096, stackSizeMb: 4 } });
  await new Promise((ok, fail) => {
    worker.once('message', ok);
    worker.once('error', fail);
  });
}

/** Run one input; resolves with the worker's answer, or { killed } when the watchdog fired or the worker died. */
function runOne(html, options) {
  return new Promise((done) => {
    const timer = setTimeout(async () => {
      cleanup();
      await worker.terminate();
      await startWorker();
      done({ killed: `no answer after ${KILL_MS} ms`, ms: KILL_MS });
    }, KILL_MS);
    const onMessage = (answer) => {
      cleanup();
      done(answer);
    };
    const onError = async (error) => {
      cleanup();
      await startWorker();
      done({ killed: `worker died: ${String(error).slice(0, 500)}`, ms: 0 });
    };
    const cleanup = () => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage({ html, options });
  });
}

/* Inputs ------------------------------------------------------------------------------------------- */

function realPages() {
  const pages = [];
  const fixtures = join(root, 'fixtures');
  for (const name of readdirSync(fixtures)) {
    try {
      pages.push(readFileSync(join(fixtures, name, 'input.html'), 'utf8'));
    } catch {}
  }
  if (PAGES_DIR) {
    for (const name of readdirSync(PAGES_DIR)) {
      const path = join(PAGES_DIR, name);
      if (name.endsWith('.html') && statSync(path).isFile()) pages.push(readFileSync(path, 'utf8'));
    }
  }
  return pages;
}

const { fc, pages: shapes } = lib;
const PATHOLOGICAL = [
  (n) => shapes.nested(n * 50, 'div', n % 2 === 0),
  (n) => shapes.nested(n * 50, ['span', 'b', 'a', 'li', 'blockquote', 'table', 'template'][n % 7], false),
  (n) => shapes.quotationMarks(n * 500, n % 2 === 0),
  (n) => shapes.unclosedQuote(n * 200),
  (n) => shapes.hugeAttribute(n * 2000, ['class', 'href', 'style', 'data-x', 'content'][n % 5]),
  (n) => shapes.hostileJsonLd(n * 20),
  (n) => shapes.escapedEmbedCode(n * 5),
  (n) => shapes.manyTweets(n * 10),
  (n) => shapes.nulsAndSurrogates(n * 2),
  (n) => shapes.onlyScripts(n * 5),
  () => shapes.dangerousUrls(),
];

/** The N inputs: a fixed mix of generators, drawn from one seed so that a run can be repeated. */
function* inputs() {
  const pages = realPages();
  const share = (fraction) => Math.round(RUNS * fraction);
  const kinds = [
    ['random-page', share(0.35), fc.tuple(lib.htmlPage, lib.options).map(([html, options]) => ({ html, options }))],
    ['random-fragment', share(0.15), lib.htmlFragment.map((html) => ({ html, options: {} }))],
    ['random-string', share(0.05), fc.string({ unit: 'binary', maxLength: 2000 }).map((html) => ({ html, options: {} }))],
    [
      'mutated-page',
      share(0.35),
      fc.tuple(fc.integer({ min: 0, max: pages.length - 1 }), lib.mutations).map(([index, changes]) => ({ html: lib.mutate(pages[index], changes), options: {} })),
    ],
  ];
  const used = kinds.reduce((sum, [, count]) => sum + count, 0);
  kinds.push([
    'pathological',
    Math.max(0, RUNS - used),
    fc.tuple(fc.integer({ min: 0, max: PATHOLOGICAL.length - 1 }), fc.integer({ min: 1, max: 100 })).map(([index, n]) => ({ html: PATHOLOGICAL[index](n), options: {} })),
  ]);
  let seed = SEED;
  for (const [kind, count, arbitrary] of kinds) {
    // Sampled in chunks so that a 10,000-input run never holds every page in memory at once.
    for (let done = 0; done < count; done += 100) {
      for (const input of fc.sample(arbitrary, { numRuns: Math.min(100, count - done), seed: seed++ })) yield { kind, ...input };
    }
  }
}

/* Run ---------------------------------------------------------------------------------------------- */

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const format = (ms) => `${ms.toFixed(1)} ms`;
mkdirSync(OUT, { recursive: true });
await startWorker();
const summary = {};

if (fuzzing) {
  const times = [];
  const byKind = new Map();
  let throws = 0;
  let hangs = 0;
  let killed = 0;
  let violations = 0;
  let bytes = 0;
  let saved = 0;
  const slowest = [];
  const started = performance.now();
  let count = 0;
  for (const input of inputs()) {
    count++;
    const answer = await runOne(input.html, { timeBudgetMs: Infinity, ...input.options });
    times.push(answer.ms);
    bytes += input.html.length;
    const stats = byKind.get(input.kind) ?? { n: 0, ms: 0, max: 0 };
    stats.n++;
    stats.ms += answer.ms;
    stats.max = Math.max(stats.max, answer.ms);
    byKind.set(input.kind, stats);
    slowest.push({ ms: answer.ms, kind: input.kind, chars: input.html.length });
    slowest.sort((a, b) => b.ms - a.ms);
    slowest.length = Math.min(slowest.length, 5);
    const problem = answer.killed ? 'killed' : answer.threw ? 'throw' : answer.ms > HANG_MS ? 'hang' : answer.violations.length > 0 ? 'violation' : undefined;
    if (answer.killed) killed++;
    if (answer.threw) throws++;
    if (answer.ms > HANG_MS || answer.killed) hangs++;
    if (!answer.killed && answer.violations.length > 0) violations++;
    if (problem) {
      const file = join(OUT, `${problem}-${String(++saved).padStart(3, '0')}-${input.kind}.html`);
      if (saved <= 50) writeFileSync(file, input.html);
      console.log(`${problem.toUpperCase()} #${count} ${input.kind} (${input.html.length} chars, ${format(answer.ms)}): ${answer.killed ?? answer.threw ?? answer.violations.join('; ')} → ${file}`);
    }
    if (count % 1000 === 0) console.log(`… ${count} inputs, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  summary.fuzz = {
    inputs: count,
    seed: SEED,
    throws,
    hangs,
    killedByWatchdog: killed,
    contractViolations: violations,
    totalMB: +(bytes / 1e6).toFixed(1),
    wallSeconds: +((performance.now() - started) / 1000).toFixed(1),
    msPerInput: { p50: +percentile(sorted, 0.5).toFixed(2), p95: +percentile(sorted, 0.95).toFixed(2), p99: +percentile(sorted, 0.99).toFixed(2), max: +(sorted.at(-1) ?? 0).toFixed(1) },
    byKind: Object.fromEntries([...byKind].map(([kind, s]) => [kind, { inputs: s.n, meanMs: +(s.ms / s.n).toFixed(2), maxMs: +s.max.toFixed(1) }])),
    slowest: slowest.map((s) => `${s.kind} ${s.chars} chars ${format(s.ms)}`),
  };
  console.log(`fuzz: ${count} inputs (seed ${SEED}): ${throws} throws, ${hangs} hangs (> ${HANG_MS} ms), ${killed} killed, ${violations} contract violations`);
}

if (scaling) {
  // Each shape at ~1, 2, 4 and 8 MB. Linear time keeps ms/MB flat; limits (maxElements, maxBytes) may make it fall.
  const SIZES_MB = [1, 2, 4, 8];
  const SHAPES = {
    'article paragraphs': (n) => shapes.bigArticle(n),
    'nested <div>': (n) => shapes.nested(n, 'div', false),
    'quotation marks': (n) => shapes.quotationMarks(n, true),
    'unclosed quote': (n) => shapes.unclosedQuote(n),
    'huge class attribute': (n) => shapes.hugeAttribute(n, 'class'),
    'hostile JSON-LD': (n) => shapes.hostileJsonLd(n),
    'escaped embed code': (n) => shapes.escapedEmbedCode(n),
    tweets: (n) => shapes.manyTweets(n),
    'NULs and surrogates': (n) => shapes.nulsAndSurrogates(n),
    'only scripts': (n) => shapes.onlyScripts(n),
  };
  summary.scaling = {};
  console.log(`\nscaling (ms per MB at ${SIZES_MB.join(', ')} MB; no time budget, default limits)`);
  for (const [name, make] of Object.entries(SHAPES)) {
    const perUnit = make(1000).length / 1000;
    const row = [];
    for (const mb of SIZES_MB) {
      const html = make(Math.max(1, Math.round((mb * 1e6) / perUnit)));
      const answer = await runOne(html, { timeBudgetMs: Infinity });
      const trouble = answer.killed ?? answer.threw ?? (answer.violations?.length ? answer.violations[0] : undefined);
      row.push({ mb: +(html.length / 1e6).toFixed(2), ms: Math.round(answer.ms), msPerMB: Math.round(answer.ms / (html.length / 1e6)), cut: (answer.codes ?? []).filter((c) => /truncated|too-long|too-deep/.test(c)), trouble });
    }
    summary.scaling[name] = row;
    const growth = (row.at(-1).ms / Math.max(1, row[0].ms)).toFixed(1);
    console.log(
      `${name.padEnd(22)} ${row.map((r) => `${r.mb} MB ${String(r.ms).padStart(6)} ms (${String(r.msPerMB).padStart(5)}/MB)`).join('  ')}  ×${growth} for ×${(row.at(-1).mb / row[0].mb).toFixed(1)} size${row.some((r) => r.trouble) ? `  TROUBLE: ${row.find((r) => r.trouble).trouble}` : ''}`,
    );
  }
}

await worker.terminate();
rmSync(dir, { recursive: true, force: true });
writeFileSync(join(OUT, 'summary.json'), JSON.stringify(summary, null, 2));
console.log(`\nsummary: ${join(OUT, 'summary.json')}`);
const failed = summary.fuzz && (summary.fuzz.throws > 0 || summary.fuzz.hangs > 0 || summary.fuzz.contractViolations > 0);
process.exit(failed ? 1 : 0);
