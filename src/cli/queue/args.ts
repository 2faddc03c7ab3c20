/** The queue commands' command line: `onrecord enqueue | worker | results [options]`. */
import { availableParallelism } from 'node:os';
import { DEFAULT_TIMEOUT_SECONDS, type InputFormat } from '../args.js';
import { DEFAULT_QUEUE } from './jobs.js';

export const QUEUE_COMMANDS = ['enqueue', 'worker', 'results'] as const;
export type QueueCommand = (typeof QUEUE_COMMANDS)[number];

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
/** BullMQ's default lock: a worker that dies gives its pages back after about this long. */
export const DEFAULT_LOCK_SECONDS = 30;

export const QUEUE_USAGE = `usage: onrecord enqueue [--redis URL] [--queue NAME] <files, folders, globs, .warc(.gz), .ndjson, -…>
       onrecord worker  [--redis URL] [--queue NAME] [--concurrency N] [--timeout SECONDS] [--exit-when-empty]
       onrecord results [--redis URL] [--queue NAME] [--follow]

Extraction over many machines, through a BullMQ queue in Redis (needs: npm install bullmq ioredis).
enqueue adds one job per page (its id is a digest of the page's URL and bytes: a page enqueued twice is
done once); each worker, on any machine, takes pages and stores each page's output line as the job's
result; results prints every finished page as NDJSON, the same lines as onrecord --ndjson.

options
  --redis URL             the Redis server (default: ${DEFAULT_REDIS_URL}); redis://user:password@host:port/db, rediss:// for TLS
  --queue NAME            the queue's name (default: ${DEFAULT_QUEUE})
  --input-ndjson, --input-warc
                          enqueue: read every input (also -) in this format
  --concurrency N         worker: threads, each running one page at a time (default: the number of CPU cores)
  --timeout SECONDS       worker: give up on a page after this long (default: ${DEFAULT_TIMEOUT_SECONDS}; 0 = never)
  --lock-seconds N        worker: a worker that dies gives its pages back after about this long (default: ${DEFAULT_LOCK_SECONDS})
  --exit-when-empty       worker: exit once no page waits or is being worked on
  --follow                results: keep printing pages as they finish, until interrupted
  --progress, --no-progress
                          progress on stderr (default: only when stderr is a terminal)
  --quiet                 no summary on stderr

Exit codes: 0 done, 1 some page failed or could not be read, 2 usage error or Redis unreachable,
3 bullmq or ioredis not installed.`;

export interface QueueOptions {
  command: QueueCommand;
  redisUrl: string;
  queue: string;
  inputs: string[];
  inputFormat?: InputFormat;
  concurrency: number;
  timeoutMs: number;
  lockMs: number;
  exitWhenEmpty: boolean;
  follow: boolean;
  progress?: boolean;
  quiet: boolean;
}

export type ParsedQueueArgs = { options: QueueOptions } | { message: string; exitCode: number };

export function isQueueCommand(word: string | undefined): word is QueueCommand {
  return (QUEUE_COMMANDS as readonly (string | undefined)[]).includes(word);
}

/** One option: the commands that read it (all when absent), and how it sets the options. */
type OptionSpec = { for?: readonly QueueCommand[] } & (
  | { flag: (options: QueueOptions) => void }
  /** Sets the option from its value, or returns what is wrong with the value. */
  | { value: (options: QueueOptions, value: string) => string | undefined }
);

/** A whole number of seconds, at least `min`, in milliseconds; undefined when `value` is not one. */
function secondsToMs(value: string, min: number): number | undefined {
  const seconds = Number(value);
  return value.trim() !== '' && Number.isFinite(seconds) && seconds >= min ? Math.round(seconds * 1000) : undefined;
}

const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  '--redis': {
    value: (options, value) => {
      if (!/^rediss?:\/\//.test(value)) return '--redis needs a URL: redis://host:port or rediss://…';
      options.redisUrl = value;
    },
  },
  '--queue': {
    value: (options, value) => {
      // BullMQ builds Redis keys as prefix:queue:…; a ':' in the name would blur them.
      if (value === '' || value.includes(':')) return '--queue needs a name without ":"';
      options.queue = value;
    },
  },
  '--input-ndjson': { for: ['enqueue'], flag: (options) => (options.inputFormat = 'ndjson') },
  '--input-warc': { for: ['enqueue'], flag: (options) => (options.inputFormat = 'warc') },
  '--concurrency': {
    for: ['worker'],
    value: (options, value) => {
      const threads = Number(value);
      if (!Number.isInteger(threads) || threads < 1) return '--concurrency needs a whole number of at least 1';
      options.concurrency = threads;
    },
  },
  '--timeout': {
    for: ['worker'],
    value: (options, value) => {
      const ms = secondsToMs(value, 0);
      if (ms === undefined) return '--timeout needs a number of seconds (0 for none)';
      options.timeoutMs = ms;
    },
  },
  '--lock-seconds': {
    for: ['worker'],
    value: (options, value) => {
      const ms = secondsToMs(value, 1);
      if (ms === undefined) return '--lock-seconds needs a number of seconds, at least 1';
      options.lockMs = ms;
    },
  },
  '--exit-when-empty': { for: ['worker'], flag: (options) => (options.exitWhenEmpty = true) },
  '--follow': { for: ['results'], flag: (options) => (options.follow = true) },
  '--progress': { flag: (options) => (options.progress = true) },
  '--no-progress': { flag: (options) => (options.progress = false) },
  '--quiet': { flag: (options) => (options.quiet = true) },
};

/** `argv` starts with the command's name. */
export function parseQueueArgs(argv: readonly string[]): ParsedQueueArgs {
  const command = argv[0];
  if (!isQueueCommand(command)) return { message: QUEUE_USAGE, exitCode: 2 };
  const options: QueueOptions = {
    command,
    redisUrl: DEFAULT_REDIS_URL,
    queue: DEFAULT_QUEUE,
    inputs: [],
    concurrency: availableParallelism(),
    timeoutMs: DEFAULT_TIMEOUT_SECONDS * 1000,
    lockMs: DEFAULT_LOCK_SECONDS * 1000,
    exitWhenEmpty: false,
    follow: false,
    quiet: false,
  };
  const usageError = (message: string) => ({ message: `onrecord ${command}: ${message}\n\n${QUEUE_USAGE}`, exitCode: 2 });
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-h' || arg === '--help') return { message: QUEUE_USAGE, exitCode: 0 };
    const isInput = arg === '-' || !arg.startsWith('-');
    const rest = arg === '--' ? argv.slice(i + 1) : isInput ? [arg] : [];
    if (rest.length > 0 && command !== 'enqueue') return usageError(`unexpected argument ${rest[0]}`);
    options.inputs.push(...rest);
    if (arg === '--') break;
    if (isInput) continue;
    // --name value, or --name=value
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const spec = OPTIONS[name];
    if (!spec) return usageError(`unknown option ${arg}`);
    if (spec.for && !spec.for.includes(command)) return usageError(`${name} is for onrecord ${spec.for.join('/')}`);
    if ('flag' in spec) {
      if (inline !== undefined) return usageError(`${name} takes no value`);
      spec.flag(options);
      continue;
    }
    const value = inline ?? argv[++i];
    const mistake = value === undefined ? `${name} needs a value` : spec.value(options, value);
    if (mistake) return usageError(mistake);
  }
  if (command === 'enqueue' && options.inputs.length === 0) return usageError('enqueue needs inputs (files, folders, globs or -)');
  return { options };
}
