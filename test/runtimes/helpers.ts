/**
 * Shared by the runtime tests (`npm run test:runtimes`): the cases every runtime reads, Node's answers to compare
 * with, a scratch project where the built package is installed as `onrecord` (so bundlers resolve it through its
 * `exports` the way they do for users), and the runtimes' own binaries. A runtime that is not installed fails its
 * test with a message saying how to install it; nothing is skipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { ExtractOptions } from '../../src/types.js';
import { builtPackage, REPO_ROOT } from '../helpers/built-package.js';
import { fixtureNames, readFixture } from '../helpers/fixtures.js';

export { REPO_ROOT };

export interface RuntimeCase {
  name: string;
  html: string;
  options: ExtractOptions;
}

const SEED = 'seed-latintimes-petro-trump';
/** Small enough to cut the seed page, so each runtime also takes the paths that report a limit. */
const CUT_BYTES = 4096;
const CUT_ELEMENTS = 60;

/**
 * Every fixture (the seed page among them, all small), the seed cut by each size limit, and a short page of
 * astral-plane and right-to-left text, where string and regex handling differ most between engines.
 */
export function runtimeCases(): RuntimeCase[] {
  const fixtures: RuntimeCase[] = fixtureNames()
    .map(readFixture)
    .map(({ name, html, options }) => ({ name, html, options }));
  const seed = fixtures.find((fixture) => fixture.name === SEED);
  if (!seed) throw new Error(`the seed fixture ${SEED} is missing`);
  return [
    ...fixtures,
    { name: `${SEED}, cut by maxBytes`, html: seed.html, options: { ...seed.options, maxBytes: CUT_BYTES } },
    { name: `${SEED}, cut by maxElements`, html: seed.html, options: { ...seed.options, maxElements: CUT_ELEMENTS } },
    {
      name: 'astral and right-to-left text',
      html:
        '<html lang="ar"><head><title>اختبار 🇨🇴 𝒜</title></head><body><article><h1>اختبار 🇨🇴</h1>' +
        '<p>“نحن هنا 👋🏽 𝒜,” said Ana Ruiz, the mayor.</p><p>“Seguimos,” dijo Ruiz.</p></article></body></html>',
      options: { url: 'https://news.example.com/2026/astral' },
    },
  ];
}

/**
 * The cases as the HTTP examples (the Worker, the Lambda handler) take them: the page's URL, which they need, and no
 * other option, which they do not pass on.
 */
export function httpCases(cases: readonly RuntimeCase[]): RuntimeCase[] {
  return cases
    .filter((entry) => Object.keys(entry.options).every((key) => key === 'url'))
    .map((entry) => ({ ...entry, options: { url: entry.options.url ?? `https://news.example.com/cases/${entry.name}` } }));
}

/**
 * A scratch project with the built package as node_modules/onrecord (a link to it), for bundling the examples as a
 * user's project would. Removed with `rmSync(dir, { recursive: true })` by the caller.
 */
export async function scratchProject(prefix: string): Promise<{ dir: string; distDir: string }> {
  const { packageDir, distDir } = await builtPackage();
  const dir = mkdtempSync(join(tmpdir(), `onrecord-${prefix}-`));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(packageDir, join(dir, 'node_modules/onrecord'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `onrecord-${prefix}`, private: true, type: 'module' }));
  return { dir, distDir };
}

/**
 * Writes cases.mjs and run.mjs into `dir`: run.mjs imports the ESM build from `distDir`, reads every case and prints
 * the JSON of each Article, as one JSON array of strings. It uses nothing but `import` and `console.log`, so Node,
 * Bun and Deno run the same file (Deno with no permission at all).
 */
export function writeCaseRunner(dir: string, distDir: string, cases: readonly RuntimeCase[]): string {
  writeFileSync(join(dir, 'cases.mjs'), `export default ${JSON.stringify(cases)};\n`);
  const script = join(dir, 'run.mjs');
  writeFileSync(
    script,
    [
      `import { extract } from ${JSON.stringify(pathToFileURL(join(distDir, 'index.js')).href)};`,
      `import cases from './cases.mjs';`,
      'console.log(JSON.stringify(cases.map((entry) => JSON.stringify(extract(entry.html, entry.options)))));',
      '',
    ].join('\n'),
  );
  return script;
}

/** Runs a program to its end; its stdout, or an error carrying its stderr. */
export function runProgram(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): string {
  const run = spawnSync(command, args, {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 180_000,
  });
  if (run.error) throw run.error;
  if (run.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${run.status ?? run.signal}:\n${headAndTail(run.stderr)}`);
  }
  return run.stdout;
}

/** Deno says what went wrong first, Bun last (after the minified source lines around it): keep both ends. */
function headAndTail(text: string, keep = 1500): string {
  return text.length <= 2 * keep ? text : `${text.slice(0, keep)}\n[…]\n${text.slice(-keep)}`;
}

/** Node's answers: the case runner in a plain `node` process, the reference every runtime is held to. */
export function nodeAnswers(script: string, cwd: string): string[] {
  return JSON.parse(runProgram(process.execPath, [script], { cwd })) as string[];
}

/** 'same' when the runtime's JSON is Node's byte for byte, else where and how it first differs. */
export function compareWithNode(runtime: string | undefined, node: string | undefined): string {
  if (runtime === node) return 'same';
  if (runtime === undefined || node === undefined) return `missing answer (runtime: ${typeof runtime}, node: ${typeof node})`;
  let at = 0;
  while (at < runtime.length && at < node.length && runtime[at] === node[at]) at++;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 60), at + 60));
  return `differs at character ${at} of ${node.length}:\n  node:    ${around(node)}\n  runtime: ${around(runtime)}`;
}

/** A file's size as a deployment carries it, and gzipped as it travels. */
export function describeSize(bytes: Uint8Array | string): string {
  const raw = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  return `${(raw.length / 1000).toFixed(1)} kB (${(gzipSync(raw).length / 1000).toFixed(1)} kB gzipped)`;
}

/** What the runtime tests report (sizes, versions, times): printed, never asserted. */
export function report(line: string): void {
  console.log(`[runtimes] ${line}`);
}

/** Where the npm packages put a runtime's binary, before and after their install script moves it. */
const BINARY_CANDIDATES = {
  bun: () => ['node_modules/bun/bin/bun.exe', ...packagesUnder('@oven').map((name) => `node_modules/@oven/${name}/bin/bun`)],
  deno: () => ['node_modules/deno/deno', ...packagesUnder('@deno').map((name) => `node_modules/@deno/${name}/deno`)],
} as const;

function packagesUnder(scope: string): string[] {
  const dir = join(REPO_ROOT, 'node_modules', scope);
  return existsSync(dir) ? readdirSync(dir) : [];
}

/**
 * The runtime's binary from its npm package (devDependencies `bun` and `deno`; each ships its binary in a platform
 * package among its optional dependencies, and its install script, when npm runs it, moves it into the main
 * package). The first candidate that answers `--version` is used, whether or not the install script ran.
 */
export function runtimeBinary(runtime: keyof typeof BINARY_CANDIDATES): { path: string; version: string } {
  const tried: string[] = [];
  for (const candidate of BINARY_CANDIDATES[runtime]()) {
    const path = join(REPO_ROOT, candidate);
    if (!existsSync(path)) continue;
    const run = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
    if (run.status === 0) return { path, version: /\d+\.\d+\.\d+/.exec(run.stdout)?.[0] ?? run.stdout.trim() };
    tried.push(`${candidate}: ${run.error?.message ?? run.stderr.trim().slice(0, 200)}`);
  }
  throw new Error(
    `${runtime} is not installed or does not run here (${tried.join('; ') || 'no binary found'}). ` +
      `It comes from the npm package "${runtime}" in devDependencies with its platform package: run \`npm ci\`.`,
  );
}

/** Debian's Chromium (`apt-get install chromium`; .ci/run installs it), or the one CHROMIUM_PATH names. */
export function chromiumBinary(): { path: string; version: string } {
  const path = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  const run = existsSync(path) ? spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 }) : undefined;
  if (run?.status !== 0) {
    throw new Error(`Chromium is not installed at ${path}: run \`apt-get update && apt-get install -y chromium\` (.ci/run does).`);
  }
  return { path, version: run.stdout.trim() };
}

export function removeDir(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
