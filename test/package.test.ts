/**
 * The package as users install it: `npm pack`, then `npm install <tarball>` in an empty project
 * (runtime dependencies come from the npm cache). `import`, `require`, `onrecord/schema.json` and
 * the `onrecord` bin all work there and give what the sources give; publint and
 * arethetypeswrong find nothing wrong with the tarball.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPackage, REPO_ROOT } from './helpers/built-package.js';
import { jsonLines } from './helpers/cli.js';
import { readFixture } from './helpers/fixtures.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const fixture = readFixture('seed-latintimes-petro-trump');
const url = 'https://news.example.com/2026/02/petro';

let work: string;
let project: string;
let tarball: string;
let packedFiles: string[];
let packageDir: string;
let builtExtract: typeof import('../src/index.js').extract;

function node(args: string[], cwd = project): string {
  const run = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60_000 });
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed (${run.status}):\n${run.stderr}`);
  return run.stdout;
}

beforeAll(async () => {
  ({ packageDir } = await builtPackage());
  builtExtract = (await import(pathToFileURL(join(packageDir, 'dist/index.js')).href)).extract;
  work = mkdtempSync(join(tmpdir(), 'onrecord-pack-'));
  const packed = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: packageDir, encoding: 'utf8' }),
  ) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(work, packed[0]!.filename);
  packedFiles = packed[0]!.files.map((file) => file.path).sort();

  project = join(work, 'consumer');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  execFileSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', tarball], {
    cwd: project,
    stdio: 'pipe',
  });
  writeFileSync(join(project, 'page.html'), fixture.html);
}, 600_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('holds the builds, the types, the schema and the bin, and no sources or tests', () => {
    for (const file of ['package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js', 'dist/schema.json', 'dist/rules.schema.json']) {
      expect(packedFiles).toContain(file);
    }
    expect(packedFiles.filter((file) => /^(src|test|fixtures|scripts)\//.test(file))).toEqual([]);
  });

  it('tells npm where the project lives, and carries its changelog', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/onrecord/package.json'), 'utf8'));
    expect(manifest.repository).toEqual({ type: 'git', url: 'git+https://github.com/onrecord/onrecord.git' });
    expect(manifest.homepage).toMatch(/^https:\/\/github\.com\/onrecord\/onrecord/);
    expect(manifest.bugs).toEqual({ url: 'https://github.com/onrecord/onrecord/issues' });
    expect(packedFiles).toContain('CHANGELOG.md');
    const changelog = readFileSync(join(project, 'node_modules/onrecord/CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('## [Unreleased]');
    expect(changelog).toContain(`## [${manifest.version}]`);
  });

  it('carries its dependencies inline, with their licences', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/onrecord/package.json'), 'utf8'));
    expect(Object.keys(manifest.dependencies ?? {})).not.toContain('parse5');
    expect(Object.keys(manifest.dependencies ?? {})).not.toContain('hast-util-select');
    const notices = readFileSync(join(project, 'node_modules/onrecord/dist/THIRD_PARTY_NOTICES.md'), 'utf8');
    for (const name of ['parse5', 'entities', 'property-information', 'hast-util-select', 'boolbase', 'warcio']) expect(notices).toContain(`## ${name} `);
    expect(notices).toContain('Permission is hereby granted');
  });

  it('passes publint (strict) and arethetypeswrong', () => {
    const bin = (name: string) => join(REPO_ROOT, 'node_modules/.bin', name);
    const publint = spawnSync(bin('publint'), ['--strict', packageDir], { encoding: 'utf8' });
    expect(publint.status, publint.stdout + publint.stderr).toBe(0);
    const attw = spawnSync(bin('attw'), [tarball, '--profile', 'node16', '--format', 'ascii'], { encoding: 'utf8' });
    expect(attw.status, attw.stdout + attw.stderr).toBe(0);
  }, 120_000);
});

describe('installed in a project', () => {
  // What the build that was packed gives in this process.
  const expected = () => JSON.parse(JSON.stringify(builtExtract(fixture.html, { url })));

  it('works with import', () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      `import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as onrecord from 'onrecord';
const schema = createRequire(import.meta.url)('onrecord/schema.json');
const article = onrecord.extract(readFileSync('page.html', 'utf8'), { url: ${JSON.stringify(url)} });
console.log(JSON.stringify({ exports: Object.keys(onrecord).sort(), schema: schema.$ref, article }));
`,
    );
    const out = JSON.parse(node(['esm.mjs']));
    expect(out.exports).toEqual(['compileRules', 'extract', 'extractFromTree', 'rehypeOnrecord']);
    expect(out.schema).toBe('#/definitions/Article');
    expect(out.article).toEqual(expected());
  });

  it('works with require, without Node loading ES modules through require', () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      `const { readFileSync } = require('node:fs');
const onrecord = require('onrecord');
const schema = require('onrecord/schema.json');
const article = onrecord.extract(readFileSync('page.html', 'utf8'), { url: ${JSON.stringify(url)} });
console.log(JSON.stringify({ exports: Object.keys(onrecord).sort(), schema: schema.$ref, article }));
`,
    );
    // Node 20.19+ can require() ES modules; the CommonJS build must not lean on it.
    const flags = process.allowedNodeEnvironmentFlags.has('--experimental-require-module') ? ['--no-experimental-require-module'] : [];
    const out = JSON.parse(node([...flags, 'cjs.cjs']));
    expect(out.exports).toEqual(['compileRules', 'extract', 'extractFromTree', 'rehypeOnrecord']);
    expect(out.schema).toBe('#/definitions/Article');
    expect(out.article).toEqual(expected());
  });

  it('gives TypeScript users its types, from ESM and CommonJS, with file.data.onrecord typed', () => {
    writeFileSync(
      join(project, 'types.mts'),
      `import { extract, extractFromTree, rehypeOnrecord, type Article, type Quote } from 'onrecord';
import type { VFile } from 'vfile';
const article: Article = extract('<p>x</p>', { url: 'https://example.com/' });
const quotes: Quote[] = article.quotes;
declare const file: VFile;
const fromPlugin: Article | undefined = file.data.onrecord;
// @ts-expect-error: extract takes the HTML as a string
extract(42);
export { quotes, fromPlugin, extractFromTree, rehypeOnrecord };
`,
    );
    writeFileSync(
      join(project, 'types.cts'),
      `import onrecord = require('onrecord');
const article: onrecord.Article = onrecord.extract('<p>x</p>');
export = article.text;
`,
    );
    const tsc = join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
    const args = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--skipLibCheck', 'types.mts', 'types.cts'];
    const run = spawnSync(process.execPath, [tsc, ...args], { cwd: project, encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
  }, 120_000);

  it('compiles in a CommonJS TypeScript project with module node16 and skipLibCheck off', () => {
    // unified and vfile are ESM-only: index.d.cts must import their types as ESM, or tsc reports TS1479.
    const cjs = join(project, 'cjs-node16');
    mkdirSync(cjs);
    writeFileSync(join(cjs, 'package.json'), JSON.stringify({ name: 'cjs-node16', private: true, type: 'commonjs' }));
    const compilerOptions = { module: 'node16', moduleResolution: 'node16', strict: true, skipLibCheck: false, noEmit: true, types: [] };
    writeFileSync(join(cjs, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['index.ts'] }));
    writeFileSync(
      join(cjs, 'index.ts'),
      `import { extract, rehypeOnrecord, type Article, type Warning } from 'onrecord';
import type { VFile } from 'vfile' with { 'resolution-mode': 'import' };
const article: Article = extract('<p>x</p>', { url: 'https://example.com/' });
declare const file: VFile;
const fromPlugin: Article | undefined = file.data.onrecord;
const code: Warning['code'] = 'a-code-of-a-later-version';
export = [article.text, fromPlugin, rehypeOnrecord, code];
`,
    );
    const tsc = join(REPO_ROOT, 'node_modules/typescript/bin/tsc');
    const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: cjs, encoding: 'utf8' });
    expect(run.stdout + run.stderr).not.toContain('TS1479');
    expect(run.status, run.stdout + run.stderr).toBe(0);
  }, 120_000);

  it("runs the README's API example as written, and prints what its comments say", () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const example = /###### Example\n```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example, 'the README has an API example').toBeDefined();
    writeFileSync(join(project, 'readme-example.mjs'), example!);
    // Each `// …` comment is what the console.log before it prints.
    const promised = example!
      .split('\n')
      .flatMap((line) => (line.includes('// ') ? [line.slice(line.indexOf('// ') + 3)] : []))
      .join(' ');
    const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
    expect(squeeze(node(['readme-example.mjs']))).toBe(squeeze(promised));
  });

  it('answers --version with the package version', () => {
    const run = spawnSync(join(project, 'node_modules/.bin/onrecord'), ['--version'], { cwd: project, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version}\n`);
  });

  it('installs the onrecord bin, worker threads included', () => {
    const bin = join(project, 'node_modules/.bin/onrecord');
    const single = spawnSync(bin, ['page.html', '--url', url], { cwd: project, encoding: 'utf8' });
    expect(single.status, single.stderr).toBe(0);
    expect(JSON.parse(single.stdout)).toEqual(expected());
    const batch = spawnSync(bin, ['--ndjson', 'page.html', 'page.html', '--concurrency', '2', '--fields', 'quotes', '--url', url], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(batch.status, batch.stderr).toBe(0);
    expect(jsonLines(batch.stdout)).toEqual([
      { file: 'page.html', quotes: expected().quotes },
      { file: 'page.html', quotes: expected().quotes },
    ]);
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
  });
});
