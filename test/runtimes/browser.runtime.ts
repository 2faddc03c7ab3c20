/**
 * A browser: the built package bundled for the browser as an app would bundle it (esbuild, ESM, minified), loaded as a
 * module by a page served from localhost in headless Chromium (Debian's, driven by playwright-core), where `extract`
 * reads every case; its answers must be Node's JSON, byte for byte.
 */
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumBinary,
  compareWithNode,
  describeSize,
  nodeAnswers,
  removeDir,
  report,
  runtimeCases,
  scratchProject,
  writeCaseRunner,
} from './helpers.js';

/** Chromium started as root on a machine with no internet: no sandbox, no GPU, nothing that phones home. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The page: loads the bundle as a module and says whether it loaded. */
const PAGE = `<!doctype html><meta charset="utf-8"><title>onrecord</title>
<script type="module">
import('./onrecord.js').then((module) => { window.onrecord = module; }, (error) => { window.loadError = String(error); });
</script>`;

/** What the page's script leaves on `window`. */
interface PageGlobals {
  onrecord?: typeof import('../../src/index.js');
  loadError?: string;
}

const chromiumInstall = chromiumBinary();
const cases = runtimeCases();
let dir: string | undefined;
let server: Server | undefined;
let browser: Browser | undefined;
let node: string[] = [];
let answers: string[] = [];
const pageErrors: string[] = [];

async function bundleForBrowser(projectDir: string): Promise<Uint8Array> {
  writeFileSync(join(projectDir, 'entry.js'), "export { extract } from 'onrecord';\n");
  const result = await build({
    entryPoints: [join(projectDir, 'entry.js')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.contents;
}

function serve(files: Record<string, { type: string; body: string | Uint8Array }>): Promise<string> {
  const listening = createServer((request, response) => {
    const file = files[request.url ?? ''];
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': file.type }).end(file.body);
  });
  server = listening;
  return new Promise((resolve) =>
    listening.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(listening.address() as AddressInfo).port}/`)),
  );
}

beforeAll(async () => {
  const project = await scratchProject('browser');
  dir = project.dir;
  node = nodeAnswers(writeCaseRunner(dir, project.distDir, cases), dir);
  const bundle = await bundleForBrowser(dir);
  report(`browser bundle (esbuild, minified): ${describeSize(bundle)}`);
  const origin = await serve({
    '/': { type: 'text/html; charset=utf-8', body: PAGE },
    '/onrecord.js': { type: 'text/javascript; charset=utf-8', body: bundle },
  });
  // playwright-core starts it headless with a fresh profile of its own (a new --user-data-dir).
  browser = await chromium.launch({ executablePath: chromiumInstall.path, headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(origin);
  await page.waitForFunction(() => 'onrecord' in globalThis || 'loadError' in globalThis);
  const loadError = await page.evaluate(() => (globalThis as unknown as PageGlobals).loadError);
  if (loadError) throw new Error(`the bundle did not load in Chromium: ${loadError}`);
  const started = performance.now();
  answers = await page.evaluate(
    (all) => all.map((entry) => JSON.stringify((globalThis as unknown as PageGlobals).onrecord!.extract(entry.html, entry.options))),
    cases,
  );
  report(`${chromiumInstall.version}: ${cases.length} cases in ${Math.round(performance.now() - started)} ms`);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  removeDir(dir);
});

describe('the browser bundle in headless Chromium', () => {
  it('loads with no error on the page', () => {
    expect(pageErrors).toEqual([]);
  });
  it('answers every case', () => {
    expect(answers.length).toBe(cases.length);
  });
  it.each(cases.map((entry, index) => [entry.name, index] as const))('%s: the same JSON as Node', (_name, index) => {
    expect(compareWithNode(answers[index], node[index])).toBe('same');
  });
});
