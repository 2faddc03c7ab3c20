/**
 * The queue commands' entry, reached from the CLI's entry by dynamic import only: `onrecord
 * enqueue | worker | results`. Loads BullMQ and the Redis driver, connects, and runs the command.
 */
import type { Queue } from 'bullmq';
import type { CliStreams } from '../run.js';
import { parseQueueArgs } from './args.js';
import { runEnqueue } from './enqueue.js';
import type { PageJobData } from './jobs.js';
import { connectRedis, loadQueueLibrary, QueueCommandError } from './library.js';
import { runResults } from './results.js';
import { runWorker } from './worker.js';

/** Resolves to the exit code. `script` is the CLI's own module, run as the worker's threads. */
export async function runQueueCommand(argv: readonly string[], script: URL, streams: CliStreams): Promise<number> {
  const parsed = parseQueueArgs(argv);
  if ('message' in parsed) {
    (parsed.exitCode === 0 ? streams.stdout : streams.stderr).write(`${parsed.message}\n`);
    return parsed.exitCode;
  }
  const { options } = parsed;
  try {
    const library = await loadQueueLibrary();
    const connection = await connectRedis(library, options.redisUrl);
    const queue: Queue<PageJobData> = new library.bullmq.Queue(options.queue, { connection });
    queue.on('error', (error) => streams.stderr.write(`onrecord ${options.command}: ${error.message}\n`));
    try {
      if (options.command === 'enqueue') return await runEnqueue(queue, options, streams);
      if (options.command === 'worker') return await runWorker(library, connection, queue, options, script, streams);
      return await runResults(connection, queue, options, streams);
    } finally {
      await queue.close();
      await connection.quit();
    }
  } catch (error) {
    if (!(error instanceof QueueCommandError)) throw error;
    streams.stderr.write(`onrecord ${options.command}: ${error.message}\n`);
    return error.exitCode;
  }
}
