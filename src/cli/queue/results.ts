/**
 * `onrecord results`: every finished page as one NDJSON line, the same line `onrecord --ndjson`
 * prints, read from the queue's completed and failed jobs in the order they finished; with
 * --follow, pages go on coming out as they finish. A summary of the queue goes to stderr.
 */
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Queue } from 'bullmq';
import type { CliStreams } from '../run.js';
import type { QueueOptions } from './args.js';
import type { PageJobData } from './jobs.js';
import type { RedisClient } from './library.js';
import type { PageLine } from './worker.js';

/** Jobs read from Redis per round trip. */
const READ_BATCH = 200;
/** --follow: how long to wait before looking again when no page finished. */
const FOLLOW_POLL_MS = 500;
/**
 * Finished jobs are read by position in a set sorted by finishing time, which each worker takes
 * from its own clock: a page finished on a machine whose clock lags lands a little before the
 * end. Each read starts this many places back, and skips the ids it has already printed.
 */
const REREAD_WINDOW = 1_000;

export interface QueueCounts {
  completed: number;
  failed: number;
  active: number;
  waiting: number;
  delayed: number;
  prioritized: number;
}

export async function readCounts(queue: Queue): Promise<QueueCounts> {
  const counts = await queue.getJobCounts('completed', 'failed', 'active', 'waiting', 'delayed', 'prioritized');
  return {
    completed: counts['completed'] ?? 0,
    failed: counts['failed'] ?? 0,
    active: counts['active'] ?? 0,
    waiting: counts['waiting'] ?? 0,
    delayed: counts['delayed'] ?? 0,
    prioritized: counts['prioritized'] ?? 0,
  };
}

/** Pages not finished yet: waiting, being worked on, or waiting for a retry. */
export function pendingCount(counts: QueueCounts): number {
  return counts.waiting + counts.active + counts.delayed + counts.prioritized;
}

export async function runResults(
  connection: RedisClient,
  queue: Queue<PageJobData>,
  options: QueueOptions,
  streams: CliStreams,
): Promise<number> {
  const completed = new FinishedReader(queue, 'completed');
  const failed = new FinishedReader(queue, 'failed');
  const printed = { pages: 0, withError: 0, failed: 0 };
  const write = async (json: string) => {
    if (!streams.stdout.write(`${json}\n`)) await once(streams.stdout, 'drain');
  };
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  try {
    do {
      let fresh = 0;
      for await (const ids of completed.readNew()) {
        for (const json of await readResults(connection, queue, ids)) {
          // A job removed between the read of its id and of its result is gone: nothing to print.
          if (json === null) continue;
          printed.pages++;
          if ((JSON.parse(json) as PageLine).error !== undefined) printed.withError++;
          await write(json);
          fresh++;
        }
      }
      for await (const ids of failed.readNew()) {
        for (const job of await Promise.all(ids.map((id) => queue.getJob(id)))) {
          if (!job) continue;
          printed.failed++;
          await write(JSON.stringify({ ...job.data.label, error: job.failedReason || 'the job failed' }));
          fresh++;
        }
      }
      if (fresh === 0 && options.follow && !interrupted) await sleep(FOLLOW_POLL_MS);
    } while (options.follow && !interrupted);
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
  if (!options.quiet) streams.stderr.write(`${formatResultsSummary(options.queue, printed, await readCounts(queue))}\n`);
  return printed.withError + printed.failed > 0 ? 1 : 0;
}

/**
 * The finished jobs' results as BullMQ stored them: the JSON of each page's output line, read in
 * one round trip, and nothing else of the job (its data holds the whole page).
 */
async function readResults(connection: RedisClient, queue: Queue, ids: readonly string[]): Promise<(string | null)[]> {
  const replies = (await connection.pipeline(ids.map((id) => ['hget', queue.toKey(id), 'returnvalue'])).exec()) ?? [];
  return replies.map(([error, value]) => {
    if (error) throw error;
    return typeof value === 'string' ? value : null;
  });
}

/** `onrecord: queue "onrecord": 198 done (2 with an error), 0 failed, 0 waiting, 0 in progress; 200 lines written`. */
export function formatResultsSummary(
  queue: string,
  printed: { pages: number; withError: number; failed: number },
  counts: QueueCounts,
): string {
  const waiting = pendingCount(counts) - counts.active;
  return (
    `onrecord: queue "${queue}": ${counts.completed} done (${printed.withError} of those written with an error), ` +
    `${counts.failed} failed, ${waiting} waiting, ${counts.active} in progress; ${printed.pages + printed.failed} lines written`
  );
}

/** Reads the jobs of one finished state in finishing order, each once, however often it is asked. */
class FinishedReader {
  /** Position (in finishing order) up to which every job has been read. */
  private next = 0;
  /** Ids read in the last REREAD_WINDOW positions, oldest first. */
  private readonly recent: string[] = [];
  private readonly recentSet = new Set<string>();

  constructor(
    private readonly queue: Queue<PageJobData>,
    private readonly state: 'completed' | 'failed',
  ) {}

  /** The ids not read before, a batch at a time. */
  async *readNew(): AsyncGenerator<string[]> {
    let position = Math.max(0, this.next - REREAD_WINDOW);
    for (;;) {
      const ids = await this.queue.getRanges([this.state], position, position + READ_BATCH - 1, true);
      const fresh = ids.filter((id) => !this.recentSet.has(id));
      for (const id of fresh) this.remember(id);
      if (fresh.length > 0) yield fresh;
      position += ids.length;
      this.next = Math.max(this.next, position);
      if (ids.length < READ_BATCH) return;
    }
  }

  private remember(id: string): void {
    this.recent.push(id);
    this.recentSet.add(id);
    while (this.recent.length > REREAD_WINDOW * 2) this.recentSet.delete(this.recent.shift() as string);
  }
}
