/**
 * The queue commands' parts that need no Redis: their command line, the job ids and data, and the
 * promise that only they load bullmq (an optional peer dependency): the library never names it,
 * and the plain command runs where it cannot be resolved at all.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProgress } from '../src/cli/progress.js';
import { DEFAULT_REDIS_URL, parseQueueArgs } from '../src/cli/queue/args.js';
import { jobDataOf, jobIdOf, taskOf } from '../src/cli/queue/jobs.js';
import { redactUrl } from '../src/cli/queue/library.js';
import type { PageTask } from '../src/cli/task.js';
import { builtPackage } from './helpers/built-package.js';

describe('parseQueueArgs', () => {
  it('reads each command with its defaults', () => {
    expect(parseQueueArgs(['enqueue', 'a.html', '-', '--input-ndjson'])).toEqual({
      options: expect.objectContaining({
        command: 'enqueue',
        redisUrl: DEFAULT_REDIS_URL,
        queue: 'onrecord',
        inputs: ['a.html', '-'],
        inputFormat: 'ndjson',
      }),
    });
    expect(parseQueueArgs(['worker', '--redis=redis://h:7000/2', '--queue', 'crawl', '--concurrency', '3', '--lock-seconds', '5'])).toEqual(
      {
        options: expect.objectContaining({ command: 'worker', redisUrl: 'redis://h:7000/2', queue: 'crawl', concurrency: 3, lockMs: 5000 }),
      },
    );
    expect(parseQueueArgs(['results', '--follow', '--quiet'])).toEqual({ options: expect.objectContaining({ follow: true, quiet: true }) });
  });

  it('refuses what would go wrong later: no inputs, a stray argument, an option for another command, a bad URL or name', () => {
    const refused = (argv: string[], message: string) =>
      expect(parseQueueArgs(argv)).toEqual({ exitCode: 2, message: expect.stringContaining(message) });
    refused(['enqueue'], 'enqueue needs inputs');
    refused(['worker', 'a.html'], 'unexpected argument a.html');
    refused(['enqueue', 'a.html', '--follow'], '--follow is for onrecord results');
    refused(['results', '--concurrency', '2'], '--concurrency is for onrecord worker');
    refused(['worker', '--redis', 'localhost:6379'], '--redis needs a URL');
    refused(['worker', '--queue', 'a:b'], '--queue needs a name without ":"');
    refused(['worker', '--lock-seconds', '0'], '--lock-seconds needs a number of seconds');
    refused(['worker', '--timeout'], '--timeout needs a value');
    refused(['results', '--quiet=yes'], '--quiet takes no value');
    refused(['results', '--fields', 'title'], 'unknown option --fields');
    expect(parseQueueArgs(['enqueue', '--', '--odd.html'])).toEqual({ options: expect.objectContaining({ inputs: ['--odd.html'] }) });
    expect(parseQueueArgs(['worker', '--help'])).toMatchObject({ exitCode: 0, message: expect.stringContaining('onrecord worker') });
  });

  it('never prints a password', () => {
    expect(redactUrl('redis://user:secret@example.org:6379/0')).toBe('redis://user:***@example.org:6379/0');
    expect(redactUrl('redis://example.org:6379')).toBe('redis://example.org:6379');
  });
});

describe('job ids and data', () => {
  const bytes = new TextEncoder().encode('<p>Hello</p>');
  const page = (file: string, url?: string): PageTask => ({ kind: 'bytes', label: { file }, bytes, ...(url ? { url } : {}) });

  it('derives the id from the page, not from where it was read: the same page twice is one job', () => {
    const a = jobIdOf(page('a.html') as never);
    expect(a).toMatch(/^page-[0-9a-f]{64}$/);
    expect(jobIdOf(page('copy/of/a.html') as never)).toBe(a);
    expect(jobIdOf(page('a.html', 'https://example.org/1') as never)).not.toBe(a);
    expect(jobIdOf(page('a.html', 'https://example.org/1') as never)).not.toBe(jobIdOf(page('a.html', 'https://example.org/2') as never));
    expect(jobIdOf({ kind: 'bytes', label: { file: 'a.html' }, bytes: new TextEncoder().encode('<p>Hello!</p>') })).not.toBe(a);
  });

  it('carries any bytes through JSON and back, with the charset and URL', () => {
    const latin1 = new Uint8Array([0x3c, 0x70, 0x3e, 0xe9, 0xe8, 0x00, 0xff]);
    const task: PageTask = {
      kind: 'bytes',
      label: { file: 'c.warc', offset: 12, id: '<urn:x>' },
      bytes: latin1,
      charset: 'iso-8859-1',
      url: 'https://e.org/',
    };
    const data = JSON.parse(JSON.stringify(jobDataOf(task)));
    expect(taskOf(data)).toEqual(task);
    const record: PageTask = { kind: 'ndjson', label: { file: 'r.ndjson', line: 3 }, bytes };
    expect(taskOf(JSON.parse(JSON.stringify(jobDataOf(record))))).toEqual(record);
  });
});

describe('the worker progress line', () => {
  it('shows the pages waiting, and the rate of this run only', () => {
    expect(formatProgress({ pages: 1000, pagesThisRun: 20, waiting: 40, failed: 1, skipped: 0, elapsedMs: 2000 })).toBe(
      '1,000 pages  40 waiting  10.0 pages/s  1 failed',
    );
  });
});

describe('bullmq is loaded by the queue commands only', () => {
  let distDir: string;
  let work: string;
  let forbid: string;

  beforeAll(async () => {
    distDir = (await builtPackage()).distDir;
    work = mkdtempSync(join(tmpdir(), 'onrecord-queue-units-'));
    // A module-resolution hook under which bullmq and ioredis cannot be found, as where they are not installed.
    const hook = `export async function resolve(specifier, context, next) {
      if (specifier === 'bullmq' || specifier === 'ioredis') {
        throw Object.assign(new Error("Cannot find package '" + specifier + "'"), { code: 'ERR_MODULE_NOT_FOUND' });
      }
      return next(specifier, context);
    }`;
    writeFileSync(join(work, 'hook.mjs'), hook);
    forbid = join(work, 'forbid.mjs');
    writeFileSync(
      forbid,
      `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(work, 'hook.mjs')).href)});\n`,
    );
  }, 300_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const cliWithout = (args: string[]) => {
    const run = spawnSync(process.execPath, ['--import', pathToFileURL(forbid).href, join(distDir, 'cli.js'), ...args], {
      encoding: 'utf8',
      input: '',
      timeout: 60_000,
    });
    if (run.error) throw run.error;
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  };

  it('the library bundles never name it', () => {
    for (const bundle of ['index.js', 'index.cjs']) {
      const code = readFileSync(join(distDir, bundle), 'utf8');
      expect(code).not.toContain('bullmq');
      expect(code).not.toContain('ioredis');
    }
  });

  it('the plain command runs where it cannot be found, one page and many', () => {
    const file = join(work, 'page.html');
    writeFileSync(file, '<article><h1>Hi</h1><p>“Yes,” said Ana Ruiz.</p></article>');
    const one = cliWithout([file]);
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
    const many = cliWithout(['--ndjson', '--concurrency', '2', '--quiet', file, file]);
    expect(many.code).toBe(0);
    expect(many.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('a queue command says what to install, with its own exit code', () => {
    const run = cliWithout(['enqueue', join(work, 'page.html')]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('need the optional packages bullmq and ioredis: npm install bullmq ioredis');
  });
});
