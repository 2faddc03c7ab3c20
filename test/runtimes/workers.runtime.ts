/**
 * Cloudflare Workers: the README's Worker (examples/worker.js), bundled as wrangler bundles it (esbuild, ESM, the
 * `workerd`, `worker` and `browser` conditions, no Node built-ins), runs in workerd through Miniflare with no
 * `nodejs_compat` flag; each case is POSTed to it over HTTP on localhost, and its answer must be Node's JSON, byte
 * for byte. (The example's GET branch fetches the page itself: it needs the network, which CI has not.)
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compareWithNode,
  describeSize,
  httpCases,
  nodeAnswers,
  type RuntimeCase,
  removeDir,
  report,
  runtimeCases,
  scratchProject,
  writeCaseRunner,
} from './helpers.js';

const WORKER_EXAMPLE = new URL('examples/worker.js', import.meta.url).pathname;
/** The README's wrangler.toml date; no compatibility flags. */
const COMPATIBILITY_DATE = '2025-01-01';

const cases = httpCases(runtimeCases());
let dir: string | undefined;
let miniflare: Miniflare | undefined;
let node: string[] = [];
const answers: Array<{ status: number; type: string | null; body: string }> = [];
let workerdVersion = '';

/** What wrangler does for `wrangler deploy`: one ESM file, resolved with the Workers' conditions. */
async function bundleWorker(projectDir: string): Promise<string> {
  mkdirSync(join(projectDir, 'src'));
  copyFileSync(WORKER_EXAMPLE, join(projectDir, 'src/worker.js'));
  const outfile = join(projectDir, 'dist/worker.js');
  await build({
    entryPoints: [join(projectDir, 'src/worker.js')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    target: 'es2022',
    logLevel: 'silent',
  });
  return outfile;
}

async function ask(base: URL, entry: RuntimeCase) {
  const target = new URL(`/?url=${encodeURIComponent(entry.options.url!)}`, base);
  const response = await fetch(target, { method: 'POST', body: entry.html, headers: { 'content-type': 'text/html; charset=utf-8' } });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

beforeAll(async () => {
  const project = await scratchProject('worker');
  dir = project.dir;
  node = nodeAnswers(writeCaseRunner(dir, project.distDir, cases), dir);
  const script = await bundleWorker(dir);
  report(`Cloudflare Worker bundle (esbuild as wrangler, not minified): ${describeSize(readFileSync(script))}`);
  workerdVersion = JSON.parse(readFileSync(new URL('../../node_modules/workerd/package.json', import.meta.url), 'utf8')).version;
  // Modules are named relative to modulesRoot (by default the working directory), and workerd will not load one
  // whose name climbs out of it with '..'.
  miniflare = new Miniflare({
    modules: true,
    modulesRoot: dir,
    scriptPath: script,
    compatibilityDate: COMPATIBILITY_DATE,
    host: '127.0.0.1',
    port: 0,
  });
  const base = await miniflare.ready;
  const started = performance.now();
  for (const entry of cases) answers.push(await ask(base, entry));
  report(`workerd ${workerdVersion}: ${cases.length} POSTs over HTTP in ${Math.round(performance.now() - started)} ms`);
}, 300_000);

afterAll(async () => {
  await miniflare?.dispose();
  removeDir(dir);
});

describe('the README Worker in workerd (Miniflare), over HTTP on localhost', () => {
  it('answers every case with JSON', () => {
    expect(answers.map((answer) => `${answer.status} ${answer.type}`)).toEqual(cases.map(() => '200 application/json'));
  });
  it.each(cases.map((entry, index) => [entry.name, index] as const))('%s: the same JSON as Node', (_name, index) => {
    expect(compareWithNode(answers[index]?.body, node[index])).toBe('same');
  });
  it('asks for the page URL when none is given', async () => {
    const response = await fetch(await miniflare!.ready, { method: 'POST', body: '<p>x</p>' });
    expect([response.status, await response.text()]).toEqual([400, 'Pass the article URL as ?url=']);
  });
});
