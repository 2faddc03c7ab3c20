/**
 * `onrecord enqueue`: read pages as the plain command does (files, folders, globs, NDJSON, WARC,
 * stdin) and add one job per page, in batches. A page already in the queue, in any state, is left
 * as it is: BullMQ ignores an add whose job id it holds.
 */
import type { Queue } from 'bullmq';
import { expandInputs } from '../inputs.js';
import { ProgressBar, type ProgressState } from '../progress.js';
import type { CliStreams } from '../run.js';
import { type ReadStats, readTasks } from '../sources.js';
import { describeLabel } from '../task.js';
import type { QueueOptions } from './args.js';
import { jobDataOf, jobIdOf, PAGE_JOB, type PageJobData } from './jobs.js';

/** Pages sent to Redis in one round trip: few enough to bound memory, many enough to amortise the trip. */
const ENQUEUE_BATCH = 100;
/**
 * Attempts for a job whose processing throws. A page that cannot be parsed does not throw (it is
 * a finished job with its error); this covers the rest, a lost connection say, with a backoff.
 */
const JOB_ATTEMPTS = 3;
const RETRY_BACKOFF_MS = 5_000;

interface EnqueueCounts {
  read: number;
  added: number;
  present: number;
  unreadable: number;
}

export async function runEnqueue(queue: Queue<PageJobData>, options: QueueOptions, streams: CliStreams): Promise<number> {
  const started = performance.now();
  const stats: ReadStats = { bytesRead: 0, skipped: 0 };
  const counts: EnqueueCounts = { read: 0, added: 0, present: 0, unreadable: 0 };
  const state = (): ProgressState => ({
    pages: counts.read,
    failed: counts.unreadable,
    skipped: stats.skipped,
    elapsedMs: performance.now() - started,
  });
  const bar = (options.progress ?? streams.stderr.isTTY === true) ? new ProgressBar(streams.stderr, state) : undefined;
  bar?.start();
  // Keyed by job id: a page twice in one batch is one job.
  let batch = new Map<string, PageJobData>();
  const flush = async () => {
    if (batch.size === 0) return;
    const { added, present } = await addBatch(queue, batch);
    counts.added += added;
    counts.present += present;
    batch = new Map();
  };
  try {
    for (const file of expandInputs(options.inputs, options.inputFormat)) {
      for await (const task of readTasks(file, stats)) {
        if (task.kind === 'failed') {
          counts.unreadable++;
          bar?.clear();
          streams.stderr.write(`onrecord: ${describeLabel(task.label)}: ${task.error}\n`);
          continue;
        }
        counts.read++;
        const id = jobIdOf(task);
        if (batch.has(id)) counts.present++;
        else batch.set(id, jobDataOf(task));
        if (batch.size >= ENQUEUE_BATCH) await flush();
      }
    }
    await flush();
  } finally {
    bar?.stop();
  }
  if (!options.quiet) streams.stderr.write(`${formatEnqueueSummary(options.queue, counts, stats.skipped)}\n`);
  return counts.unreadable > 0 ? 1 : 0;
}

/**
 * Adds the batch in one round trip. Which ids the queue held before is asked first, for the
 * summary only: the add itself is what keeps a page from being done twice, even when two
 * `enqueue` runs race.
 */
async function addBatch(queue: Queue<PageJobData>, batch: ReadonlyMap<string, PageJobData>) {
  const entries = [...batch];
  const states = await Promise.all(entries.map(([id]) => queue.getJobState(id)));
  const present = states.filter((state) => state !== 'unknown').length;
  await queue.addBulk(
    entries.map(([id, data]) => ({
      name: PAGE_JOB,
      data,
      opts: { jobId: id, attempts: JOB_ATTEMPTS, backoff: { type: 'exponential', delay: RETRY_BACKOFF_MS } },
    })),
  );
  return { added: entries.length - present, present };
}

/** `onrecord: 200 pages read, 150 added to queue "onrecord", 50 already there; 2 could not be read`. */
export function formatEnqueueSummary(queue: string, counts: EnqueueCounts, skipped: number): string {
  let text = `onrecord: ${counts.read} pages read, ${counts.added} added to queue "${queue}", ${counts.present} already there`;
  if (counts.unreadable > 0) text += `; ${counts.unreadable} could not be read`;
  if (skipped > 0) text += `; ${skipped} skipped (not an HTML 2xx response)`;
  return text;
}
