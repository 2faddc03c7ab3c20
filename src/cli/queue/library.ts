/**
 * BullMQ and its Redis driver, loaded only by the queue commands (`enqueue`, `worker`, `results`):
 * they are optional peer dependencies, so the library and the plain command never need them.
 * Only types are imported statically (erased at build time); the code comes by dynamic import.
 */
import type * as BullMQ from 'bullmq';
import type { Redis as RedisClient } from 'ioredis';

export type { RedisClient };

export interface QueueLibrary {
  bullmq: typeof BullMQ;
  Redis: typeof RedisClient;
}

/** The exit code when bullmq or ioredis is not installed (2 is a usage error). */
export const EXIT_MISSING_PACKAGE = 3;
/** How long a command waits for Redis to answer at start before it gives up (it never hangs on a wrong URL). */
export const CONNECT_TIMEOUT_MS = 10_000;

/** A failure the queue commands report as one line on stderr, with its exit code. */
export class QueueCommandError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

const INSTALL_HINT =
  'the queue commands (enqueue, worker, results) need the optional packages bullmq and ioredis: npm install bullmq ioredis';

export async function loadQueueLibrary(): Promise<QueueLibrary> {
  try {
    const [bullmq, ioredis] = await Promise.all([import('bullmq'), import('ioredis')]);
    return { bullmq, Redis: ioredis.Redis };
  } catch (error) {
    if (isMissingPackage(error)) throw new QueueCommandError(INSTALL_HINT, EXIT_MISSING_PACKAGE);
    throw error;
  }
}

function isMissingPackage(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}

/**
 * One Redis connection, checked at start: a wrong URL or a server that is down fails within
 * CONNECT_TIMEOUT_MS with the reason, rather than retrying in silence. Once connected, the
 * driver reconnects on its own (BullMQ's workers need `maxRetriesPerRequest: null` for that).
 */
export async function connectRedis(library: QueueLibrary, url: string): Promise<RedisClient> {
  const client = new library.Redis(url, { maxRetriesPerRequest: null, lazyConnect: true });
  let lastError = '';
  const noteError = (error: Error) => {
    lastError = error.message;
  };
  client.on('error', noteError);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${CONNECT_TIMEOUT_MS / 1000}s`)), CONNECT_TIMEOUT_MS);
  });
  try {
    await Promise.race([client.connect().then(() => client.ping()), timeout]);
  } catch (error) {
    client.disconnect();
    const reason = lastError || (error instanceof Error ? error.message : String(error));
    throw new QueueCommandError(`cannot reach Redis at ${redactUrl(url)}: ${reason}`, 2);
  } finally {
    clearTimeout(timer);
  }
  client.off('error', noteError);
  return client;
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}
