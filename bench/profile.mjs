#!/usr/bin/env node
/**
 * Where extract() spends its time: runs it over the bench corpus under `node --cpu-prof` (in a
 * child process), then prints self time by module and by function, and inclusive time of the
 * pipeline's stages, mapped back to the TypeScript sources through the entry's source map.
 *
 *   npx esbuild src/index.ts --bundle --format=esm --platform=neutral --main-fields=module,main \
 *     --sourcemap --outfile=/tmp/bench/index.js
 *   node bench/profile.mjs --entry /tmp/bench/index.js [--rounds 2] [--limit N] [--top 25] [--out DIR]
 *   node bench/profile.mjs --analyse FILE.cpuprofile --entry /tmp/bench/index.js   (an existing profile)
 *   add --callers NAME to break one function's inclusive time down by its callers;
 *   --kind heap profiles allocations instead (bytes allocated, garbage included: what the GC pays for)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { analyseProfile, cpuSamples, heapSamples, printAnalysis } from './profile-analysis.mjs';
import { findCorpus, loadPages } from './corpus.mjs';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = { entry: 'dist/index.js', rounds: '2', top: '25' };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) args[argv[i].replace(/^--/, '')] = argv[i + 1];
const entry = resolve(args.entry);

const heap = args.kind === 'heap';
/** Mean bytes between heap samples: fine enough for per-function totals, cheap enough to run over the corpus. */
const HEAP_SAMPLING_BYTES = 64 * 1024;

if (args.worker) {
  // Inside the profiled child: extract every page `rounds` times, nothing else.
  const { extract } = await import(pathToFileURL(entry).href);
  const { pages } = findCorpus(REPO_ROOT, args.corpus);
  const loaded = loadPages(args.limit ? pages.slice(0, Number(args.limit)) : pages);
  const session = heap ? new Session() : undefined;
  const post = (method, params) =>
    new Promise((done, fail) => session.post(method, params, (error, result) => (error ? fail(error) : done(result))));
  if (session) {
    session.connect();
    // Every allocation counts, including objects the GC has since collected: that garbage is the GC's work.
    await post('HeapProfiler.startSampling', {
      samplingInterval: HEAP_SAMPLING_BYTES,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  }
  for (let round = 0; round < Number(args.rounds); round++) {
    for (const page of loaded) extract(page.html, page.url ? { url: page.url } : {});
  }
  if (session) {
    const { profile } = await post('HeapProfiler.stopSampling');
    writeFileSync(join(args.worker, 'allocations.heapprofile'), JSON.stringify(profile));
  }
} else {
  let file = args.analyse;
  if (!file) {
    const dir = resolve(args.out ?? join(tmpdir(), `onrecord-profile-${process.pid}`));
    mkdirSync(dir, { recursive: true });
    const workerArgs = ['--worker', dir, '--entry', entry, '--rounds', args.rounds, ...(heap ? ['--kind', 'heap'] : [])];
    for (const key of ['limit', 'corpus']) if (args[key]) workerArgs.push(`--${key}`, args[key]);
    const flags = heap ? [] : ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '250'];
    const run = spawnSync(process.execPath, [...flags, fileURLToPath(import.meta.url), ...workerArgs], { stdio: 'inherit' });
    if (run.status !== 0) process.exit(run.status ?? 1);
    const name = readdirSync(dir).find((f) => f.endsWith(heap ? '.heapprofile' : '.cpuprofile'));
    file = join(dir, name);
    console.log(`profile: ${file}`);
  }
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const samples = file.endsWith('.heapprofile') ? heapSamples(profile) : cpuSamples(profile);
  printAnalysis(analyseProfile(samples, entry, args.callers), Number(args.top));
}
