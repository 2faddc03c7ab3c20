/**
 * onrecord outside Node: the built package, bundled for a neutral platform (no Node built-ins can
 * resolve), runs in a context holding only web-standard globals, and in @edge-runtime/vm, the
 * runtime of Vercel's edge functions. Both give what `extract` gives in Node, site rules included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { EdgeVM } from '@edge-runtime/vm';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPackage, REPO_ROOT } from './helpers/built-package.js';
import { fixtureNames, readFixture } from './helpers/fixtures.js';

const fixtures = fixtureNames().map(readFixture);
let bundle: string;
let builtExtract: typeof import('../src/index.js').extract;

/** The built package's `extract` in Node, through JSON, to compare with what another realm returns as JSON. */
const inNode = (html: string, options: object) => JSON.stringify(builtExtract(html, options));

/** A call of the bundle's `extract`, as source text for another realm. */
const callSource = (html: string, options: object) => `JSON.stringify(onrecord.extract(${JSON.stringify(html)}, ${JSON.stringify(options)}))`;

beforeAll(async () => {
  const { distDir } = await builtPackage();
  builtExtract = (await import(pathToFileURL(join(distDir, 'index.js')).href)).extract;
  const result = await build({
    entryPoints: [join(distDir, 'index.js')],
    bundle: true,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    format: 'iife',
    globalName: 'onrecord',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0]!.text;
}, 300_000);

describe('the library core', () => {
  it('imports no Node built-in and touches no Node global or import.meta (everything but the CLI)', () => {
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    // import.meta too: the CommonJS build has none, and bundlers for workers rewrite it differently.
    const nodeOnly = /\b(process|Buffer|__dirname|__filename|require)\s*[.(]|\bimport\.meta\b/;
    const offenders: string[] = [];
    const pending = [join(REPO_ROOT, 'src')];
    while (pending.length > 0) {
      const dir = pending.pop()!;
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        const name = relative(REPO_ROOT, path);
        if (name === 'src/cli' || name === 'src/cli.ts') continue;
        if (entry.isDirectory()) pending.push(path);
        else if (entry.name.endsWith('.ts')) {
          const source = readFileSync(path, 'utf8');
          for (const match of source.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/g)) {
            const specifier = match[1] ?? match[2] ?? '';
            if (builtins.has(specifier) || builtins.has(specifier.split('/')[0]!)) offenders.push(`${name} imports ${specifier}`);
          }
          const code = source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
          if (nodeOnly.test(code)) offenders.push(`${name} uses ${nodeOnly.exec(code)![0]}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('a context with only web-standard globals', () => {
  const webGlobals = () => ({ URL, URLSearchParams, TextEncoder, TextDecoder, atob, btoa, structuredClone, queueMicrotask, console });

  it('has no Node globals in it', () => {
    const context = createContext(webGlobals());
    expect(runInContext('[typeof process, typeof Buffer, typeof require, typeof setImmediate].join()', context)).toBe(
      'undefined,undefined,undefined,undefined',
    );
  });

  it('runs extract from the neutral bundle on every fixture, as in Node', () => {
    const context = createContext(webGlobals());
    runInContext(bundle, context);
    for (const fixture of fixtures) {
      expect(runInContext(callSource(fixture.html, fixture.options), context), fixture.name).toBe(inNode(fixture.html, fixture.options));
    }
  });
});

describe('@edge-runtime/vm', () => {
  it('runs extract from the neutral bundle on every fixture, as in Node', async () => {
    const edge = new EdgeVM();
    expect(edge.evaluate('typeof process')).toBe('undefined');
    edge.evaluate(bundle);
    for (const fixture of fixtures) {
      expect(edge.evaluate(callSource(fixture.html, fixture.options)), fixture.name).toBe(inNode(fixture.html, fixture.options));
    }
    // Site rules run there too (hast-util-select is in the bundle): the promo cards' links become related links.
    const promo = readFixture('rules-related-from-promo-cards');
    expect(JSON.parse(edge.evaluate(callSource(promo.html, promo.options)) as string).relatedLinks).toHaveLength(2);
    // A worker-style handler: Request in, JSON Response out.
    const handler = edge.evaluate(`(async (request) => {
      const article = onrecord.extract(await request.text(), { url: request.headers.get('x-page-url') });
      return new Response(JSON.stringify({ text: article.text, url: article.url }), { headers: { 'content-type': 'application/json' } });
    })`) as (request: unknown) => Promise<{ json(): Promise<unknown> }>;
    const request = edge.evaluate(`new Request('https://worker.example/extract', {
      method: 'POST', body: '<article><p>Edge text.</p></article>', headers: { 'x-page-url': 'https://news.example.com/a' }
    })`);
    expect(await (await handler(request)).json()).toEqual({ text: 'Edge text.', url: 'https://news.example.com/a' });
  });
});
