#!/usr/bin/env node
/**
 * onrecord's speed, measured side by side with the parser floor and its peers (`npm run bench`).
 *
 *   node bench/run.mjs [--entry dist/index.js] [--limit N] [--rounds 3] [--postlight DIR]
 *                      [--corpus DIR] [--memory-pages 1000] [--skip cold,memory,scaling,peers] [--json FILE]
 *                      [--mode isolated [--node-flags "--max-semi-space-size=32"]] [--compare OTHER_BUILD.js]
 *
 * One process times every tool on every page, alternating the tools per page (rotating who goes
 * first) so that drift in the machine's load hits them all alike. Memory, cold import and long-page
 * scaling run in fresh child processes (bench/child.mjs) that load onrecord alone.
 * `--mode isolated` instead times each tool alone in a fresh process per round: then no tool pays
 * for garbage another left behind (in one process, a heavy allocator makes the others' GC pauses
 * longer), and each tool's peak RSS is its own.
 * `--postlight DIR` points at a folder where `@postlight/parser` is installed, when it is not a
 * devDependency. Nothing here is asserted: the targets are printed with the measured figures.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCorpus, loadPages } from './corpus.mjs';
import { onrecordTool, peerTools } from './peers.mjs';
import { fixed, median, summarize } from './stats.mjs';
import { timeOne, toolKey, warmUp } from './timing.mjs';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHILD = resolve(REPO_ROOT, 'bench/child.mjs');
const MB = 1024 * 1024;

/** The issue's targets (issue 7). */
const TARGET_RATIO_TO_REHYPE = 1.0;
const TARGET_PEAK_RSS_MB = 200;
const TARGET_COLD_IMPORT_MS = 50;
const TARGET_SCALING_RATIO = 2;
/** Live heap may wobble by this much between checkpoints without counting as growth. */
const HEAP_GROWTH_TOLERANCE_MB = 5;
const COLD_IMPORT_RUNS = 7;

const args = { entry: 'dist/index.js', rounds: '3', 'memory-pages': '1000', skip: '' };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) args[argv[i].replace(/^--/, '')] = argv[i + 1];
const skip = new Set(args.skip.split(',').filter(Boolean));
const entry = resolve(args.entry);
const rounds = Number(args.rounds);

const corpus = findCorpus(REPO_ROOT, args.corpus);
const pages = loadPages(args.limit ? corpus.pages.slice(0, Number(args.limit)) : corpus.pages);
const corpusMB = pages.reduce((sum, p) => sum + p.bytes, 0) / MB;

const onrecord = await onrecordTool(entry);
const allPeers = skip.has('peers') ? [] : await peerTools(args.postlight);
// `--compare PATH`: another build of onrecord (a change under test), timed in the same run.
const compared = args.compare ? [await onrecordTool(resolve(args.compare), args.compare.split('/').pop())] : [];
const tools = [onrecord, ...compared, ...allPeers.filter((t) => !t.unavailable)];
const unavailable = allPeers.filter((t) => t.unavailable);

log(`# onrecord bench — node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores)`);
log(`corpus: ${corpus.label}${args.limit ? `, first ${pages.length}` : ''}, ${fixed(corpusMB)} MB; ${rounds} rounds; entry ${args.entry}`);
log(
  args.mode === 'isolated'
    ? 'mode: isolated — each tool alone in a fresh process per round, tool order rotating'
    : 'mode: side by side — one process, every tool on each page in turn, who goes first rotating',
);
for (const t of unavailable) log(`unavailable: ${t.name} — ${t.unavailable}`);

function child(mode, extra, nodeFlags = []) {
  const out = spawnSync(process.execPath, [...nodeFlags, CHILD, mode, '--entry', entry, ...extra], {
    encoding: 'utf8',
    maxBuffer: 16 * MB,
  });
  if (out.status !== 0) throw new Error(`child ${mode} failed: ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').pop());
}
const corpusArgs = [...(args.corpus ? ['--corpus', args.corpus] : []), ...(args.limit ? ['--limit', args.limit] : [])];

/** `--node-flags "--max-semi-space-size=32"`: V8 flags for the isolated runs (e.g. to try GC settings). */
const nodeFlags = (args['node-flags'] ?? '').split(' ').filter(Boolean);

// ---- side by side ----
const isolated = args.mode === 'isolated';
const times = tools.map(() => pages.map(() => []));
const cpuTimes = tools.map(() => pages.map(() => []));
const failures = tools.map(() => 0);
const toolRss = tools.map(() => Number.NaN);
const record = (t, p, { wall, cpu, ok }, round) => {
  times[t][p].push(wall);
  cpuTimes[t][p].push(cpu);
  if (!ok && round === 0) failures[t]++;
};
if (isolated) {
  // Each tool alone in a fresh process per round (its own heap, so its own garbage collection),
  // the tools' order rotating between rounds.
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < tools.length; k++) {
      const t = (round + k) % tools.length;
      const build = compared.includes(tools[t])
        ? ['--tool', toolKey(onrecord.name), '--entry', resolve(args.compare)]
        : ['--tool', toolKey(tools[t].name)];
      const toolArgs = [...build, ...corpusArgs, ...(args.postlight ? ['--postlight', args.postlight] : [])];
      const pass = child('tool', toolArgs, nodeFlags);
      for (const [p, result] of pass.results.entries()) record(t, p, result, round);
      toolRss[t] = Number.isNaN(toolRss[t]) ? pass.peakRssMB : Math.max(toolRss[t], pass.peakRssMB);
    }
  }
} else {
  // One process; per page every tool in turn, who goes first rotating with the page and round.
  for (const tool of tools) await warmUp(tool, pages);
  for (let round = 0; round < rounds; round++) {
    for (let p = 0; p < pages.length; p++) {
      for (let k = 0; k < tools.length; k++) {
        const t = (p + round + k) % tools.length;
        record(t, p, await timeOne(tools[t], pages[p]), round);
      }
    }
  }
}
const bench = { peakRssMB: process.resourceUsage().maxRSS / 1024 };
const perPage = times.map((byPage) => byPage.map(median));
const cpuPerPage = cpuTimes.map((byPage) => byPage.map(median));
const rows = tools.map((tool, t) => ({
  name: tool.name,
  note: tool.note,
  failures: failures[t],
  ...summarize(perPage[t]),
  cpu: summarize(cpuPerPage[t]),
}));
const base = rows[0];
const rehypeIndex = tools.findIndex((t) => t.name.startsWith('rehype-parse'));
const pairedToRehype = rehypeIndex < 0 ? Number.NaN : median(perPage[0].map((ms, p) => ms / perPage[rehypeIndex][p]));

// ---- children: cold import, memory over many pages, long pages ----
let cold;
if (!skip.has('cold')) {
  const runs = Array.from({ length: COLD_IMPORT_RUNS }, () => child('cold', []));
  cold = { median: median(runs.map((r) => r.ms)), cpuMedian: median(runs.map((r) => r.cpuMs)) };
}
let memory;
if (!skip.has('memory')) {
  memory = child('memory', ['--count', args['memory-pages'], ...corpusArgs], ['--expose-gc']);
  const [first, ...later] = memory.checkpoints.slice(1); // the first checkpoint still holds warm-up allocations
  const last = later.at(-1) ?? first;
  memory.heapGrowthMB = first && last ? last.heapMB - first.heapMB : Number.NaN;
}
let scaling;
if (!skip.has('scaling')) scaling = child('scaling', corpusArgs);

// ---- report ----
log('');
log(
  `| tool | median ms/page | p95 ms/page | pages/s | median vs extract() | median CPU ms/page | failed pages |${isolated ? ' peak RSS MB |' : ''}`,
);
log(`|---|---:|---:|---:|---:|---:|---:|${isolated ? '---:|' : ''}`);
for (const row of rows) {
  const ratio = row === base ? '1.00×' : `${fixed(row.median / base.median, 2)}×`;
  const name = row.note ? `${row.name}, ${row.note}` : row.name;
  log(
    `| ${name} | ${fixed(row.median)} | ${fixed(row.p95)} | ${fixed(row.pagesPerSecond, 0)} | ${ratio} | ${fixed(row.cpu.median)} | ${row.failures} |${isolated ? ` ${fixed(toolRss[rows.indexOf(row)], 0)} |` : ''}`,
  );
}
for (const t of unavailable) log(`| ${t.name} | unavailable | | | | | |`);
log('');
if (!isolated) log(`Peak RSS of this bench process (all tools loaded): ${fixed(bench.peakRssMB, 0)} MB.`);
log('');
const yes = (ok) => (ok ? 'yes' : '**no**');
const targets = [];
if (rehypeIndex >= 0) {
  const r = rows[rehypeIndex];
  const ratio = base.median / r.median;
  targets.push([
    `extract() ≤ ${TARGET_RATIO_TO_REHYPE}× rehype-parse parse()`,
    `${fixed(ratio, 2)}× (median); ${fixed(base.total / r.total, 2)}× (total); ${fixed(pairedToRehype, 2)}× (median per-page ratio)`,
    yes(ratio <= TARGET_RATIO_TO_REHYPE),
  ]);
}
for (const peer of ['Readability', 'article-extractor', 'Postlight']) {
  const r = rows.find((row) => row.name.startsWith(peer));
  if (r)
    targets.push([`faster than ${r.name}`, `${fixed(base.median, 1)} vs ${fixed(r.median, 1)} ms median`, yes(base.median < r.median)]);
  else if (!skip.has('peers')) targets.push([`faster than ${peer}`, 'peer unavailable', '—']);
}
if (memory) {
  targets.push([
    `peak RSS ≤ ${TARGET_PEAK_RSS_MB} MB over ${memory.count} pages`,
    `${fixed(memory.peakRssMB, 0)} MB (onrecord alone, corpus cycled: ${memory.corpusPages} pages)`,
    yes(memory.peakRssMB <= TARGET_PEAK_RSS_MB),
  ]);
  const heaps = memory.checkpoints.map((c) => fixed(c.heapMB, 0)).join(', ');
  targets.push([
    'no growth over those pages',
    `live heap after GC every 100 pages: ${heaps} MB (growth ${fixed(memory.heapGrowthMB, 1)} MB)`,
    yes(memory.heapGrowthMB <= HEAP_GROWTH_TOLERANCE_MB),
  ]);
}
if (cold)
  targets.push([
    `cold import ≤ ${TARGET_COLD_IMPORT_MS} ms`,
    `${fixed(cold.median)} ms median of ${COLD_IMPORT_RUNS} (CPU ${fixed(cold.cpuMedian)} ms)`,
    yes(cold.median <= TARGET_COLD_IMPORT_MS),
  ]);
if (scaling) {
  targets.push([
    `8 MB page ≤ ${TARGET_SCALING_RATIO}× the per-MB time of a 1 MB page`,
    `${fixed(scaling.largePerMB)} vs ${fixed(scaling.smallPerMB)} ms/MB (${fixed(scaling.largeMB, 1)} MB in ${fixed(scaling.largeMs, 0)} ms, ${fixed(scaling.smallMB, 1)} MB in ${fixed(scaling.smallMs, 0)} ms): ${fixed(scaling.ratio, 2)}×${scaling.warnings.length ? `; warnings: ${scaling.warnings.join(', ')}` : ''}`,
    yes(scaling.ratio <= TARGET_SCALING_RATIO),
  ]);
}
log('| target | measured | met |');
log('|---|---|---|');
for (const [target, measured, met] of targets) log(`| ${target} | ${measured} | ${met} |`);

if (args.json) {
  writeFileSync(
    args.json,
    JSON.stringify({ corpus: corpus.label, pages: pages.length, rounds, rows, unavailable, bench, cold, memory, scaling }, null, 2),
  );
}

function log(line) {
  process.stdout.write(`${line}\n`);
}
