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
  /** Options that only one command reads: given to another, they are a mistake worth saying. */
  const onlyFor = (name: string, ...commands: QueueCommand[]) =>
    commands.includes(command) ? undefined : usageError(`${name} is for onrecord ${commands.join('/')}`);
  let onlyInputsFollow = false;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyInputsFollow || arg === '-' || !arg.startsWith('-')) {
      if (command !== 'enqueue') return usageError(`unexpected argument ${arg}`);
      options.inputs.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inlineValue = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const takeValue = (): string | undefined => inlineValue ?? argv[++i];
    let mistake: ReturnType<typeof usageError> | undefined;
    switch (name) {
      case '--':
        onlyInputsFollow = true;
        break;
      case '-h':
      case '--help':
        return { message: QUEUE_USAGE, exitCode: 0 };
      case '--redis': {
        const value = takeValue();
        if (!value || !/^rediss?:\/\//.test(value)) return usageError('--redis needs a URL: redis://host:port or rediss://…');
        options.redisUrl = value;
        break;
      }
      case '--queue': {
        const value = takeValue();
        // BullMQ builds Redis keys as prefix:queue:…; a ':' in the name would blur them.
        if (!value || value.includes(':')) return usageError('--queue needs a name without ":"');
        options.queue = value;
        break;
      }
      case '--input-ndjson':
        mistake = onlyFor(name, 'enqueue');
        options.inputFormat = 'ndjson';
        break;
      case '--input-warc':
        mistake = onlyFor(name, 'enqueue');
        options.inputFormat = 'warc';
        break;
      case '--concurrency': {
        mistake = onlyFor(name, 'worker');
        const value = Number(takeValue());
        if (!Number.isInteger(value) || value < 1) return usageError('--concurrency needs a whole number of at least 1');
        options.concurrency = value;
        break;
      }
      case '--timeout': {
        mistake = onlyFor(name, 'worker');
        const value = Number(takeValue());
        if (!Number.isFinite(value) || value < 0) return usageError('--timeout needs a number of seconds (0 for none)');
        options.timeoutMs = Math.round(value * 1000);
        break;
      }
      case '--lock-seconds': {
        mistake = onlyFor(name, 'worker');
        const value = Number(takeValue());
        if (!Number.isFinite(value) || value < 1) return usageError('--lock-seconds needs a number of seconds, at least 1');
        options.lockMs = Math.round(value * 1000);
        break;
      }
      case '--exit-when-empty':
        mistake = onlyFor(name, 'worker');
        options.exitWhenEmpty = true;
        break;
      case '--follow':
        mistake = onlyFor(name, 'results');
        options.follow = true;
        break;
      case '--progress':
        options.progress = true;
        break;
      case '--no-progress':
        options.progress = false;
        break;
      case '--quiet':
        options.quiet = true;
        break;
      default:
        return usageError(`unknown option ${arg}`);
    }
    if (mistake) return mistake;
  }
  if (command === 'enqueue' && options.inputs.length === 0) return usageError('enqueue needs inputs (files, folders, globs or -)');
  return { options };
}
