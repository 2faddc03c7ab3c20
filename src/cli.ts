/**
 * The `onrecord` command: read pages, print Articles as JSON.
 *
 *   onrecord page.html [--url URL]          one page, pretty JSON
 *   onrecord -                              the page on standard input
 *   onrecord --ndjson <files or folders…>   one JSON line per page: {"file": …, …Article}
 *   onrecord crawl.warc.gz 'pages/**\/*.html' records.ndjson --concurrency 8 --fields quotes,embeds
 *
 * This file is also the worker-thread script: the pool starts it again with a flag in workerData.
 * See `onrecord --help` and src/cli/ for the parts.
 */
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
  runCli(process.argv.slice(2), new URL(import.meta.url), { stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`onrecord: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
