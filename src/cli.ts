/**
 * The `onrecord` command: read pages, print Articles as JSON.
 *
 *   onrecord page.html [--url URL]          one page, pretty JSON
 *   onrecord -                              the page on standard input
 *   onrecord --ndjson <files or folders…>   one JSON line per page: {"file": …, …Article}
 *   onrecord crawl.warc.gz 'pages/**\/*.html' records.ndjson --concurrency 8 --fields quotes,embeds
 *   onrecord enqueue | worker | results --redis URL   the same over many machines (src/cli/queue/)
 *
 * This file is also the worker-thread script: the pool starts it again with a flag in workerData.
 * See `onrecord --help` and src/cli/ for the parts.
 */
import { isQueueCommand } from './cli/queue/args.js';
import { runCli } from './cli/run.js';
import { isPoolWorker, serveTasks } from './cli/worker.js';

if (isPoolWorker()) {
  serveTasks();
} else {
  // `onrecord … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const argv = process.argv.slice(2);
  const streams = { stdout: process.stdout, stderr: process.stderr };
  // `onrecord enqueue | worker | results` need bullmq, an optional peer dependency: only they load it, by dynamic import.
  const command = isQueueCommand(argv[0])
    ? import('./cli/queue/main.js').then(({ runQueueCommand }) => runQueueCommand(argv, new URL(import.meta.url), streams))
    : runCli(argv, new URL(import.meta.url), streams);
  command.then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`onrecord: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
