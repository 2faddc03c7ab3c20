#!/usr/bin/env node
/**
 * Pages per second through the queue (`onrecord enqueue | worker`), with one worker and with
 * several, next to the plain command on the same pages. Needs a built dist/ and a Redis to use
 * (nothing is kept: each run has its own queue, removed at the end):
 *
 *   redis-server --port 6390 --save '' --appendonly no &
 *   node bench/queue.mjs --redis redis://127.0.0.1:6390 [--limit 300] [--workers 1,2] [--concurrency 1] [--corpus DIR]
 *
 * Each worker is a process of its own (as on separate machines), run with --exit-when-empty.
 * Two figures per run: the wall-clock from the workers' start to their exit (start-up and the
 * last poll included), and the span from the first page taken to the last page finished, read
 * from the jobs' own timestamps. Nothing here is asserted.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { findCorpus } from './corpus.mjs';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = resolve(REPO_ROOT, 'dist/cli.js');

const args = { limit: '300', workers: '1,2', concurrency: '1' };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) args[argv[i].replace(/^--/, '')] = argv[i + 1];
if (!args.redis) {
  console.error('usage: node bench/queue.mjs --redis redis://127.0.0.1:6390 [--limit N] [--workers 1,2] [--concurrency 1] [--corpus DIR]');
  process.exit(2);
}
const corpus = findCorpus(REPO_ROOT, args.corpus);
const files = corpus.pages.slice(0, Number(args.limit)).map((page) => page.path);
const concurrency = Number(args.concurrency);
const connection = new Redis(args.redis, { maxRetriesPerRequest: null });

console.log(`# onrecord queue bench — node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at start`);
console.log(`corpus: ${corpus.label}, first ${files.length}; each worker --concurrency ${concurrency}`);

const plain = timeCommand(['--ndjson', '--quiet', '--no-progress', '--concurrency', String(concurrency), ...files]);
console.log(`plain command, --concurrency ${concurrency}: ${rate(files.length, plain)} pages/s (${(plain / 1000).toFixed(1)} s)`);

for (const workers of args.workers.split(',').map(Number)) {
  const name = `bench-${workers}-${process.pid}`;
  const queue = new Queue(name, { connection });
  const enqueued = timeCommand(['enqueue', '--redis', args.redis, '--queue', name, '--quiet', '--no-progress', ...files]);
  const jobs = await queue.getJobCountByTypes('waiting');
  const started = performance.now();
  const workerArgs = [
    'worker',
    '--redis',
    args.redis,
    '--queue',
    name,
    '--concurrency',
    String(concurrency),
    '--exit-when-empty',
    '--quiet',
    '--no-progress',
  ];
  await Promise.all(Array.from({ length: workers }, () => exitOf(spawn(process.execPath, [CLI, ...workerArgs], { stdio: 'inherit' }))));
  const wall = performance.now() - started;
  const done = await queue.getJobs(['completed'], 0, -1, true);
  const span = Math.max(...done.map((job) => job.finishedOn)) - Math.min(...done.map((job) => job.processedOn));
  console.log(
    `${workers} worker${workers > 1 ? 's' : ''}: ${rate(done.length, wall)} pages/s wall-clock (${(wall / 1000).toFixed(1)} s), ` +
      `${rate(done.length, span)} pages/s first page taken to last done; ${done.length}/${jobs} pages; enqueue ${rate(jobs, enqueued)} pages/s`,
  );
  await queue.obliterate({ force: true });
  await queue.close();
}
await connection.quit();
console.log(`load average ${loadavg()[0].toFixed(1)} at the end`);

function timeCommand(commandArgs) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [CLI, ...commandArgs], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`onrecord ${commandArgs[0]} exited with ${run.status}`);
  return performance.now() - started;
}

function exitOf(child) {
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('exit', resolvePromise);
  });
}

function rate(pages, ms) {
  return ((pages * 1000) / ms).toFixed(1);
}
