/**
 * Measurements that need a process of their own, so that the peers' modules and garbage do not
 * count against onrecord:
 *   node bench/child.mjs cold    --entry F                  → import time of the entry, in ms
 *   node --expose-gc bench/child.mjs memory --entry F --count N [--corpus D] [--limit N]
 *   node bench/child.mjs scaling --entry F [--corpus D]    → ms per MB for ~1 MB and ~8 MB pages
 *   node bench/child.mjs tool --entry F --tool KEY [--postlight D] [--corpus D] [--limit N]
 *                                                          → one tool's time on every page, and its peak RSS
 * Each prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { articleParagraphs, buildLongPage, findCorpus, loadPages } from './corpus.mjs';
import { onrecordTool, peerTools } from './peers.mjs';
import { median } from './stats.mjs';
import { timeOne, toolKey, warmUp } from './timing.mjs';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1024 * 1024;
/** How often (in pages) the memory run samples RSS and, after a full GC, the live heap. */
const MEMORY_CHECKPOINT_EVERY = 100;

const [mode, ...rest] = process.argv.slice(2);
const args = {};
for (let i = 0; i < rest.length; i += 2) args[rest[i].replace(/^--/, '')] = rest[i + 1];
const entryUrl = pathToFileURL(resolve(args.entry ?? 'dist/index.js')).href;

function corpusPages() {
  const { pages } = findCorpus(REPO_ROOT, args.corpus);
  return args.limit ? pages.slice(0, Number(args.limit)) : pages;
}

if (mode === 'cold') {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const lib = await import(entryUrl);
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  console.log(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, exports: Object.keys(lib).length }));
} else if (mode === 'memory') {
  const { extract } = await import(entryUrl);
  const pages = corpusPages();
  const count = Number(args.count ?? 1000);
  const checkpoints = [];
  let peakSampled = 0;
  let checksum = 0;
  for (let i = 0; i < count; i++) {
    const page = pages[i % pages.length];
    // Read per page, as a pipeline would: the corpus itself is not held in memory.
    const article = extract(readFileSync(page.path, 'utf8'), page.url ? { url: page.url } : {});
    checksum += article.text.length + article.quotes.length;
    peakSampled = Math.max(peakSampled, process.memoryUsage.rss());
    if ((i + 1) % MEMORY_CHECKPOINT_EVERY === 0) {
      globalThis.gc?.();
      const { rss, heapUsed } = process.memoryUsage();
      checkpoints.push({ pages: i + 1, rssMB: rss / MB, heapMB: heapUsed / MB });
    }
  }
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ count, corpusPages: pages.length, peakRssMB, peakSampledMB: peakSampled / MB, checkpoints, checksum }));
} else if (mode === 'scaling') {
  const { extract } = await import(entryUrl);
  let paragraphs = articleParagraphs(corpusPages().map((p) => readFileSync(p.path, 'utf8')));
  const small = buildLongPage(paragraphs, 1 * MB);
  const large = buildLongPage(paragraphs, 8 * MB);
  paragraphs = undefined;
  const rounds = Number(args.rounds ?? 2);
  // No time budget: the point is what the whole pipeline costs per MB (with the default budget a
  // slow enough page would skip stages and look faster).
  const options = { timeBudgetMs: Number.POSITIVE_INFINITY };
  const skipped = new Set();
  const time = (html) => {
    const start = performance.now();
    const article = extract(html, options);
    const ms = performance.now() - start;
    for (const warning of article.warnings) skipped.add(warning.code);
    return ms;
  };
  time(small); // warm-up
  const smallMs = [];
  const largeMs = [];
  for (let r = 0; r < rounds; r++) {
    smallMs.push(time(small));
    largeMs.push(time(large));
  }
  const smallMB = Buffer.byteLength(small) / MB;
  const largeMB = Buffer.byteLength(large) / MB;
  const smallPerMB = median(smallMs) / smallMB;
  const largePerMB = median(largeMs) / largeMB;
  console.log(
    JSON.stringify({
      smallMB,
      largeMB,
      smallMs: median(smallMs),
      largeMs: median(largeMs),
      smallPerMB,
      largePerMB,
      ratio: largePerMB / smallPerMB,
      warnings: [...skipped],
    }),
  );
} else if (mode === 'tool') {
  const candidates =
    args.tool === toolKey('onrecord extract()') ? [await onrecordTool(args.entry ?? 'dist/index.js')] : await peerTools(args.postlight);
  const tool = candidates.find((t) => toolKey(t.name) === args.tool && !t.unavailable);
  if (!tool) throw new Error(`no such tool: ${args.tool}`);
  const pages = loadPages(corpusPages());
  await warmUp(tool, pages);
  const results = [];
  for (const page of pages) results.push(await timeOne(tool, page));
  console.log(JSON.stringify({ results, peakRssMB: process.resourceUsage().maxRSS / 1024 }));
} else {
  console.error('usage: child.mjs cold|memory|scaling|tool --entry F [...]');
  process.exit(2);
}
