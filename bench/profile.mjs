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
 *   add --callers NAME to break one function's inclusive time down by its callers
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { analyseProfile, printAnalysis } from './profile-analysis.mjs';
import { findCorpus, loadPages } from './corpus.mjs';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = { entry: 'dist/index.js', rounds: '2', top: '25' };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) args[argv[i].replace(/^--/, '')] = argv[i + 1];
const entry = resolve(args.entry);

if (args.worker) {
  // Inside the profiled child: extract every page `rounds` times, nothing else.
  const { extract } = await import(pathToFileURL(entry).href);
  const { pages } = findCorpus(REPO_ROOT, args.corpus);
  const loaded = loadPages(args.limit ? pages.slice(0, Number(args.limit)) : pages);
  for (let round = 0; round < Number(args.rounds); round++) {
    for (const page of loaded) extract(page.html, page.url ? { url: page.url } : {});
  }
} else {
  let file = args.analyse;
  if (!file) {
    const dir = resolve(args.out ?? join(tmpdir(), `onrecord-profile-${process.pid}`));
    mkdirSync(dir, { recursive: true });
    const workerArgs = ['--worker', '1', '--entry', entry, '--rounds', args.rounds];
    for (const key of ['limit', 'corpus']) if (args[key]) workerArgs.push(`--${key}`, args[key]);
    const run = spawnSync(
      process.execPath,
      ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '250', fileURLToPath(import.meta.url), ...workerArgs],
      { stdio: 'inherit' },
    );
    if (run.status !== 0) process.exit(run.status ?? 1);
    const name = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    file = join(dir, name);
    console.log(`profile: ${file}`);
  }
  const analysis = analyseProfile(JSON.parse(readFileSync(file, 'utf8')), entry, args.callers);
  printAnalysis(analysis, Number(args.top));
}
