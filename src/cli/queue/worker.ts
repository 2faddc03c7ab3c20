/**
 * `onrecord worker`: take pages from the queue and store each page's output line as the job's
 * result. Pages run in the CLI's pool of threads, so the main thread stays free to renew the job
 * locks: a slow page is never taken for a dead worker. A page that cannot be read or parsed is a
 * finished job holding its error, not a failure to retry. A worker that dies mid-page (killed,
 * its machine lost) stops renewing its locks: after about --lock-seconds another worker's stalled
 * check puts its pages back in the queue. SIGTERM or SIGINT lets the pages in hand finish first.
 */
import type { Job, Queue, Worker } from 'bullmq';
import { WorkerPool } from '../pool.js';
import { ProgressBar, type ProgressState } from '../progress.js';
import type { CliStreams } from '../run.js';
import { describeLabel, type PageLabel } from '../task.js';
import type { QueueOptions } from './args.js';
import { type PageJobData, taskOf } from './jobs.js';
import type { QueueLibrary, RedisClient } from './library.js';
import { pendingCount, type QueueCounts, readCounts } from './results.js';

/** One output line of `onrecord --ndjson`: the page's label and its Article, or its error. */
export type PageLine = PageLabel & { error?: string } & Record<string, unknown>;

/**
 * How often a page may be put back after its worker died before it counts as failed. More than
 * BullMQ's default of 1: one crash is a lost machine; a page whose every try ends so is a poison pill.
 */
export const MAX_STALLED_COUNT = 2;
/**
 * Pages taken per thread: one running, one waiting in hand, so that a thread never idles through
 * the Redis round trip between finishing a page and getting the next (the plain command reads ahead
 * for the same reason). The page in hand keeps its lock renewed like the running one.
 */
const PAGES_IN_HAND_PER_THREAD = 2;
/** How often the queue's counts are read, for the progress line and --exit-when-empty. */
const COUNTS_POLL_MS = 1_000;

export async function runWorker(
  library: QueueLibrary,
  connection: RedisClient,
  queue: Queue<PageJobData>,
  options: QueueOptions,
  script: URL,
  streams: CliStreams,
): Promise<number> {
  const started = performance.now();
  const pool = new WorkerPool(script, options.concurrency, {}, options.timeoutMs);
  const mine = { done: 0, withError: 0, failed: 0 };
  const bar = (options.progress ?? streams.stderr.isTTY === true) ? new ProgressBar(streams.stderr, () => state) : undefined;
  const say = (message: string) => {
    bar?.clear();
    streams.stderr.write(`onrecord worker: ${message}\n`);
  };

  const worker: Worker<PageJobData, PageLine> = new library.bullmq.Worker(
    options.queue,
    async (job: Job<PageJobData>) => JSON.parse((await pool.run(taskOf(job.data))).output) as PageLine,
    {
      connection,
      concurrency: options.concurrency * PAGES_IN_HAND_PER_THREAD,
      lockDuration: options.lockMs,
      stalledInterval: options.lockMs,
      maxStalledCount: MAX_STALLED_COUNT,
      autorun: false,
    },
  );
  worker.on('completed', (job, line) => {
    mine.done++;
    if (line.error === undefined) return;
    mine.withError++;
    say(`${describeLabel(job.data.label)}: ${line.error}`);
  });
  worker.on('failed', (job, error) => {
    mine.failed++;
    say(`${job ? describeLabel(job.data.label) : 'a job'} failed: ${error.message}`);
  });
  worker.on('error', (error) => say(error.message));

  let state: ProgressState = { pages: 0, failed: 0, skipped: 0, elapsedMs: 0 };
  let firstCompleted: number | undefined;
  const refresh = async () => {
    const counts: QueueCounts = await readCounts(queue);
    firstCompleted ??= counts.completed;
    state = {
      pages: counts.completed,
      pagesThisRun: counts.completed - firstCompleted,
      waiting: pendingCount(counts) - counts.active,
      failed: counts.failed,
      skipped: 0,
      elapsedMs: performance.now() - started,
    };
    return counts;
  };

  let poller: ReturnType<typeof setInterval> | undefined;
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      clearInterval(poller);
      await worker.close(); // waits for the pages in hand
      await pool.close();
      bar?.stop();
    })();
    return stopping;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      say(`${signal} again: stopping now; the pages in hand go back to the queue after about ${options.lockMs / 1000}s`);
      process.exit(130);
    }
    say(`${signal}: finishing the pages in hand, then stopping (${signal} again to stop at once)`);
    void stop();
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);

  if (bar || options.exitWhenEmpty) {
    await refresh();
    poller = setInterval(() => {
      refresh().then(
        (counts) => {
          if (options.exitWhenEmpty && pendingCount(counts) === 0) void stop();
        },
        (error: unknown) => say(`cannot read the queue's counts: ${error instanceof Error ? error.message : String(error)}`),
      );
    }, COUNTS_POLL_MS);
  }
  bar?.start();
  await worker.run(); // until closed
  await stop();
  process.off('SIGTERM', onSignal);
  process.off('SIGINT', onSignal);
  if (!options.quiet) {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? (mine.done / seconds).toFixed(1) : '0.0';
    say(`${mine.done} pages (${mine.withError} with an error), ${mine.failed} failed, in ${seconds.toFixed(1)}s (${rate} pages/s)`);
  }
  return 0;
}
