/**
 * The queue commands against a real Redis (`redis-server`, started here on a free port): 200 pages
 * enqueued from files, NDJSON and a WARC.gz; two workers, one killed with SIGKILL mid-run; every
 * page's result must exist exactly once and equal `extract()` of that page. Enqueued again, no page
 * is done twice. The oracle is the library of the same build, as in test/cli.test.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPackage } from './helpers/built-package.js';
import { buildWarc, jsonLines, runCommand } from './helpers/cli.js';
import { fixtureNames, readFixture } from './helpers/fixtures.js';
import { newsPage } from './helpers/news-pages.js';
import { type RedisServer, type Running, startCommand, startRedis, waitFor } from './helpers/redis.js';

const PAGES = 200;
const FILE_PAGES = 120;
const WARC_PAGES = 20;
/** Short locks, so that the killed worker's pages come back within seconds (the default is 30 s). */
const LOCK_SECONDS = '2';
const RUN_TIMEOUT_MS = 100_000;
const QUEUE = 'test-pages';
/** A page the parser cannot take as it is: its Article carries a `tree-too-deep` warning. */
const TOO_DEEP_PAGE = `<body>${'<div>'.repeat(5000)}<p>Deep down.</p></body>`;

let cli: string;
let work: string;
let redis: RedisServer | undefined;
let connection: Redis | undefined;
let queue: Queue;
let builtExtract: typeof import('../src/index.js').extract;
/** What each page's line must be, by its key (see keyOf), in the order the pages were written. */
const expected = new Map<string, Record<string, unknown>>();
const workers: Running[] = [];

/** The same build's `extract` through JSON, as the CLI prints it. */
function extracted(html: string, url?: string): Record<string, unknown> {
  return JSON.parse(JSON.stringify(builtExtract(html, url ? { url } : {})));
}

/** A page's identity in the output: its file, with its NDJSON line or WARC position. */
function keyOf(line: Record<string, unknown>, warcOffsets: readonly number[]): string {
  if (typeof line['line'] === 'number') return `${line['file']}:${line['line']}`;
  if (typeof line['offset'] === 'number') return `${line['file']}#${warcOffsets.indexOf(line['offset'])}`;
  return String(line['file']);
}

beforeAll(async () => {
  const { distDir } = await builtPackage();
  cli = join(distDir, 'cli.js');
  builtExtract = (await import(pathToFileURL(join(distDir, 'index.js')).href)).extract;
  work = mkdtempSync(join(tmpdir(), 'onrecord-queue-'));
  redis = await startRedis();
  connection = new Redis(redis.url, { maxRetriesPerRequest: null });
  queue = new Queue(QUEUE, { connection });

  // The project's fixtures first, then made-up news pages up to 200; a page nested too deeply and
  // a broken NDJSON record among them, which must come out as finished pages (a warning, an error), once.
  // Distinct pages only: some fixtures share one page under different options (site rules), and the same
  // page is one job by design.
  const fixtures = [...new Set(fixtureNames().map((name) => readFixture(name).html))];
  const htmlOf = (n: number) => (n < fixtures.length && n < FILE_PAGES ? (fixtures[n] as string) : newsPage(n));
  mkdirSync(join(work, 'pages/more'), { recursive: true });
  for (let n = 0; n < FILE_PAGES; n++) {
    const file = join(work, n % 2 === 0 ? 'pages' : 'pages/more', `page-${String(n).padStart(3, '0')}.html`);
    const html = n === FILE_PAGES - 1 ? TOO_DEEP_PAGE : htmlOf(n);
    writeFileSync(file, html);
    expected.set(file, { file, ...extracted(html) });
  }
  const records = join(work, 'records.ndjson');
  const lines: string[] = [];
  for (let n = FILE_PAGES; n < PAGES - WARC_PAGES; n++) {
    const line = lines.length + 1;
    if (n === FILE_PAGES) {
      lines.push('{"html": "<p>cut off');
      expected.set(`${records}:${line}`, { file: records, line, error: expect.stringContaining('invalid JSON') });
      continue;
    }
    const url = `https://news.example.org/local/story-${n}`;
    lines.push(JSON.stringify({ html: newsPage(n), url, id: `story-${n}` }));
    expected.set(`${records}:${line}`, { file: records, line, id: `story-${n}`, ...extracted(newsPage(n), url) });
  }
  writeFileSync(records, `${lines.join('\n')}\n`);
  expect(extracted(TOO_DEEP_PAGE)['warnings']).toEqual([expect.objectContaining({ code: 'tree-too-deep' })]);
  const crawl = join(work, 'crawl.warc.gz');
  const responses = Array.from({ length: WARC_PAGES }, (_, i) => {
    const n = PAGES - WARC_PAGES + i;
    return { url: `https://news.example.org/local/story-${n}`, body: newsPage(n) };
  });
  writeFileSync(crawl, await buildWarc(responses, true));
  for (const [i, { url, body }] of responses.entries()) {
    expected.set(`${crawl}#${i}`, { file: crawl, offset: expect.any(Number), id: expect.any(String), ...extracted(body, url) });
  }
}, 300_000);

afterAll(async () => {
  for (const worker of workers) worker.child.kill('SIGKILL');
  await queue?.close();
  await connection?.quit();
  await redis?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

const redisArgs = () => ['--redis', redis?.url as string, '--queue', QUEUE];

describe('a queue of 200 pages, two workers, one killed mid-run', () => {
  it('does every page exactly once, as extract() does it, and nothing twice when enqueued again', async () => {
    const enqueue = runCommand(cli, [
      'enqueue',
      ...redisArgs(),
      join(work, 'pages'),
      join(work, 'records.ndjson'),
      join(work, 'crawl.warc.gz'),
    ]);
    expect(enqueue.stderr).toContain(`${PAGES} pages read, ${PAGES} added to queue "${QUEUE}", 0 already there`);
    expect(enqueue.code).toBe(0);
    expect(await queue.getJobCounts('waiting')).toEqual({ waiting: PAGES });

    const follow = startCommand(cli, ['results', ...redisArgs(), '--follow', '--quiet']);
    // One thread each, with two pages in hand (one running, one next): at most 2 active pages per worker.
    const workerArgs = ['worker', ...redisArgs(), '--concurrency', '1', '--lock-seconds', LOCK_SECONDS, '--no-progress'];
    const [doomed, survivor] = [startCommand(cli, workerArgs), startCommand(cli, workerArgs)] as [Running, Running];
    workers.push(doomed, survivor, follow);

    // Killed while both workers hold pages: more than one worker's share (2) is active, so the
    // doomed worker holds at least one page, which it never finishes.
    await waitFor('both workers at work', async () => (await queue.getJobCounts('active'))['active']! > 2, RUN_TIMEOUT_MS);
    doomed.child.kill('SIGKILL');
    expect((await doomed.exited).signal).toBe('SIGKILL');
    await waitFor('every page done', async () => (await queue.getJobCounts('completed'))['completed'] === PAGES, RUN_TIMEOUT_MS);
    expect(await queue.getJobCounts('waiting', 'active', 'failed', 'delayed')).toEqual({ waiting: 0, active: 0, failed: 0, delayed: 0 });

    // A page the killed worker held was taken again, once its lock ran out.
    const jobs = await queue.getJobs(['completed'], 0, -1, true);
    expect(jobs).toHaveLength(PAGES);
    expect(jobs.some((job) => job.attemptsStarted > 1 || job.stalledCounter > 0)).toBe(true);

    // SIGTERM drains the surviving worker: it exits cleanly, with its summary.
    survivor.child.kill('SIGTERM');
    expect(await survivor.exited).toEqual({ code: 0, signal: null });
    expect(survivor.stderr()).toMatch(/onrecord worker: \d+ pages \([01] with an error\), 0 failed/);

    // Every page's line exactly once, equal to extract() of that page.
    const results = runCommand(cli, ['results', ...redisArgs()]);
    expect(results.code).toBe(1); // the broken NDJSON record is a page with an error
    expect(results.stderr).toContain(
      `${PAGES} done (1 of those written with an error), 0 failed, 0 waiting, 0 in progress; ${PAGES} lines written`,
    );
    checkEveryPageOnce(jsonLines(results.stdout));

    // --follow printed the same lines as they came, none twice.
    await waitFor('--follow to catch up', () => follow.stdout().split('\n').length > PAGES, 30_000);
    follow.child.kill('SIGTERM');
    expect((await follow.exited).code).toBe(1);
    checkEveryPageOnce(jsonLines(follow.stdout()));

    // Enqueued again: every page is already there, and a worker finds nothing to do.
    const finishedBefore = jobs.map((job) => [job.id, job.finishedOn, job.attemptsStarted]);
    const again = runCommand(cli, [
      'enqueue',
      ...redisArgs(),
      join(work, 'pages'),
      join(work, 'records.ndjson'),
      join(work, 'crawl.warc.gz'),
    ]);
    expect(again.stderr).toContain(`${PAGES} pages read, 0 added to queue "${QUEUE}", ${PAGES} already there`);
    expect(await queue.getJobCounts('waiting', 'active', 'completed')).toEqual({ waiting: 0, active: 0, completed: PAGES });
    const idle = runCommand(cli, ['worker', ...redisArgs(), '--exit-when-empty', '--no-progress']);
    expect(idle.code).toBe(0);
    expect(idle.stderr).toContain('onrecord worker: 0 pages (0 with an error), 0 failed');
    const after = await queue.getJobs(['completed'], 0, -1, true);
    expect(after.map((job) => [job.id, job.finishedOn, job.attemptsStarted])).toEqual(finishedBefore);
  }, 240_000);
});

function checkEveryPageOnce(lines: Array<Record<string, unknown>>): void {
  const crawl = join(work, 'crawl.warc.gz');
  const warcOffsets = lines
    .filter((line) => line['file'] === crawl)
    .map((line) => line['offset'] as number)
    .sort((a, b) => a - b);
  const byKey = new Map<string, Record<string, unknown>[]>();
  for (const line of lines) {
    const key = keyOf(line, warcOffsets);
    byKey.set(key, [...(byKey.get(key) ?? []), line]);
  }
  expect([...byKey.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [key, want] of expected) {
    const got = byKey.get(key) ?? [];
    expect(got, key).toHaveLength(1);
    expect(got[0], key).toEqual(want);
  }
}
