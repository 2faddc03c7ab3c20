/**
 * The command's two modes. One page prints one pretty Article. Anything more streams through the
 * worker pool: inputs are read only as fast as pages finish (a bounded window), and results are
 * printed in input order, one JSON line each, so a run over a huge crawl holds a few pages at a time.
 */
import { once } from 'node:events';
import { readFileSync, statSync } from 'node:fs';
import { type CliOptions, parseArgs } from './args.js';
import { expandInputs, type InputFile, isSinglePage } from './inputs.js';
import { WorkerPool } from './pool.js';
import { ProgressBar, type ProgressState, formatSummary } from './progress.js';
import { type ReadStats, readTasks } from './sources.js';
import { describeLabel, runTask, type TaskResult, type TaskSettings } from './task.js';
import { pageUrlProblem } from '../url.js';

/** Pages read ahead per worker: enough to keep every worker busy, few enough to bound memory. */
const READ_AHEAD_PER_WORKER = 4;

export interface CliStreams {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

/** Run the command; resolves to the exit code. `script` is the CLI's own module, run as the workers. */
export async function runCli(argv: readonly string[], script: URL, streams: CliStreams): Promise<number> {
  const parsed = parseArgs(argv);
  if ('message' in parsed) {
    (parsed.exitCode === 0 ? streams.stdout : streams.stderr).write(`${parsed.message}\n`);
    return parsed.exitCode;
  }
  if ('version' in parsed) {
    streams.stdout.write(`${packageVersion(script)}\n`);
    return 0;
  }
  const { options } = parsed;
  const settings: TaskSettings = {};
  if (options.url) settings.url = options.url;
  if (options.fields) settings.fields = options.fields;
  if (options.encoding) settings.encoding = options.encoding;
  if (options.limits) settings.limits = options.limits;
  const urlProblem = options.url ? pageUrlProblem(options.url) : undefined;
  // The library says so in each Article's warnings too; the command says it once, up front.
  if (urlProblem) streams.stderr.write(`onrecord: warning: ${urlProblem.replace(/^Option url/, '--url')}\n`);
  if (options.rules) settings.rules = options.rules;
  const files = expandInputs(options.inputs, options.inputFormat);
  if (!options.ndjson && isSinglePage(options.inputs, files)) {
    return runSinglePage(files[0] as InputFile, settings, options.timeoutMs, script, streams);
  }
  return runBatch(files, options, settings, script, streams);
}

/** The version in the package.json beside the CLI's dist/ folder (dist/cli.js → ../package.json). */
function packageVersion(script: URL): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', script), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown (no package.json beside the CLI)';
  }
}

/** One page, pretty-printed; in a worker when there is a `--timeout`, so that the page can be given up on. */
async function runSinglePage(file: InputFile, settings: TaskSettings, timeoutMs: number, script: URL, streams: CliStreams): Promise<number> {
  const stats: ReadStats = { bytesRead: 0, skipped: 0 };
  const pretty: TaskSettings = { ...settings, pretty: true };
  const pool = timeoutMs > 0 ? new WorkerPool(script, 1, pretty, timeoutMs) : undefined;
  try {
    for await (const task of readTasks(file, stats)) {
      const result = pool ? await pool.run(task) : runTask(task, pretty);
      if (!printSingle(result, streams)) return 1;
    }
  } finally {
    await pool?.close();
  }
  return 0;
}

/** Print one page's result; false when it failed. */
function printSingle(result: TaskResult, streams: CliStreams): boolean {
  reportWarnings(result, streams);
  // A failure prints its {"file", "error"} record too, as in a batch: a pipeline reading stdout sees it.
  streams.stdout.write(`${result.output}\n`);
  if (!result.error) return true;
  streams.stderr.write(`onrecord: ${describeLabel(result.label)}: ${result.error}\n`);
  return false;
}

async function runBatch(
  files: InputFile[],
  options: CliOptions,
  settings: TaskSettings,
  script: URL,
  streams: CliStreams,
): Promise<number> {
  const started = performance.now();
  const stats: ReadStats = { bytesRead: 0, skipped: 0 };
  const counts: ProgressCounts = { pages: 0, failed: 0, pageFilesDone: 0, streamBytesDone: 0 };
  const fraction = estimateProgress(files, counts);
  const state = (): ProgressState => ({
    pages: counts.pages,
    failed: counts.failed,
    skipped: stats.skipped,
    elapsedMs: performance.now() - started,
    fraction: fraction(),
  });
  const showBar = options.progress ?? streams.stderr.isTTY === true;
  const bar = showBar ? new ProgressBar(streams.stderr, state) : undefined;
  bar?.start();

  const emit = async ({ result, fromPageFile, streamBytesAtRead }: InFlight) => {
    const done = await result;
    counts.pages++;
    if (fromPageFile) counts.pageFilesDone++;
    counts.streamBytesDone = Math.max(counts.streamBytesDone, streamBytesAtRead);
    if (done.warnings) bar?.clear();
    reportWarnings(done, streams);
    if (done.error) {
      counts.failed++;
      bar?.clear();
      streams.stderr.write(`onrecord: ${describeLabel(done.label)}: ${done.error}\n`);
    }
    if (!streams.stdout.write(`${done.output}\n`)) await once(streams.stdout, 'drain');
  };

  const pool = new WorkerPool(script, options.concurrency, settings, options.timeoutMs);
  const window: InFlight[] = [];
  const maxInFlight = options.concurrency * READ_AHEAD_PER_WORKER;
  try {
    for (const file of files) {
      const fromPageFile = file.format === 'html';
      for await (const task of readTasks(file, stats)) {
        window.push({ result: pool.run(task), fromPageFile, streamBytesAtRead: stats.bytesRead });
        while (window.length >= maxInFlight) await emit(window.shift() as InFlight);
      }
    }
    for (const head of window.splice(0)) await emit(head);
  } finally {
    await pool.close();
    bar?.stop();
  }
  if (!options.quiet) streams.stderr.write(`${formatSummary(state())}\n`);
  return counts.failed > 0 ? 1 : 0;
}

/** What the CLI decided for a page (an encoding overruled), on stderr; the line's `warnings` say it too. */
function reportWarnings(result: TaskResult, streams: CliStreams): void {
  for (const warning of result.warnings ?? []) streams.stderr.write(`onrecord: ${describeLabel(result.label)}: warning: ${warning}\n`);
}

/** A page being worked on, with what the progress bar needs once it is done. */
interface InFlight {
  result: Promise<TaskResult>;
  fromPageFile: boolean;
  /** Stream bytes read by the time this page was read: all done once this page is. */
  streamBytesAtRead: number;
}

interface ProgressCounts {
  pages: number;
  failed: number;
  pageFilesDone: number;
  /** Bytes of the streamed inputs whose pages are all done (not merely read ahead). */
  streamBytesDone: number;
}

/**
 * Share of the work done: page files count one each; each streamed file (WARC, NDJSON) counts one,
 * split by the share of its bytes done. Unknown when reading standard input.
 */
function estimateProgress(files: readonly InputFile[], counts: ProgressCounts): () => number | undefined {
  if (files.some((file) => file.path === '-')) return () => undefined;
  const pageFiles = files.filter((file) => file.format === 'html').length;
  const streamed = files.filter((file) => file.format !== 'html');
  let streamBytes = 0;
  for (const file of streamed) {
    try {
      streamBytes += statSync(file.path).size;
    } catch {
      // a missing file fails when read, and adds nothing to read
    }
  }
  const units = pageFiles + streamed.length;
  if (units === 0) return () => undefined;
  return () => {
    const streamedShare = streamBytes > 0 ? Math.min(1, counts.streamBytesDone / streamBytes) * streamed.length : 0;
    return (counts.pageFilesDone + streamedShare) / units;
  };
}
