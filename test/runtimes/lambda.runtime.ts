/**
 * AWS Lambda, Node.js runtime: the README's handler (examples/handler.mjs), bundled as a user bundles it for a
 * deployment package (esbuild, `platform: 'node'`; once as ESM `index.mjs`, once as esbuild's default CommonJS
 * `index.js`), put in a folder with no node_modules, loaded in a fresh Node process the way the runtime loads it
 * (`import()` or `require`) and invoked with synthetic function-URL events. Each answer's body must be Node's JSON
 * byte for byte. The cold start (the bundle's import, then the first invocation) is reported, never asserted.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Format } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  compareWithNode,
  describeSize,
  httpCases,
  nodeAnswers,
  removeDir,
  report,
  runProgram,
  runtimeCases,
  scratchProject,
  writeCaseRunner,
} from './helpers.js';

const HANDLER_EXAMPLE = new URL('examples/handler.mjs', import.meta.url).pathname;

/** Loads the bundle as the Lambda runtime does, times it, and invokes the handler with each event. */
const INVOKER = `import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
const [bundle, eventsFile] = process.argv.slice(2);
const events = JSON.parse(readFileSync(eventsFile, 'utf8'));
const started = performance.now();
const { handler } = bundle.endsWith('.mjs') ? await import(pathToFileURL(bundle).href) : createRequire(import.meta.url)(bundle);
const importMs = performance.now() - started;
const responses = [];
let firstCallMs;
for (const event of events) {
  const callStarted = performance.now();
  responses.push(await handler(event, {}));
  firstCallMs ??= performance.now() - callStarted;
}
console.log(JSON.stringify({ importMs, firstCallMs, responses }));
`;

interface Invocation {
  importMs: number;
  firstCallMs: number;
  responses: Array<{ statusCode: number; headers: Record<string, string>; body: string }>;
}

const FORMATS: Array<{ format: Format; file: string }> = [
  { format: 'esm', file: 'index.mjs' },
  { format: 'cjs', file: 'index.js' },
];

const cases = httpCases(runtimeCases());
let project: string | undefined;
let deployments: string | undefined;
let node: string[] = [];
const invocations = new Map<Format, Invocation>();

/** A function-URL event (payload 2.0); every other one carries its body base64-encoded, as for a binary upload. */
function functionUrlEvent(html: string, url: string, index: number) {
  const base64 = index % 2 === 1;
  return {
    version: '2.0',
    rawPath: '/',
    rawQueryString: `url=${encodeURIComponent(url)}`,
    queryStringParameters: { url },
    headers: { 'content-type': 'text/html; charset=utf-8' },
    requestContext: { http: { method: 'POST', path: '/' } },
    body: base64 ? Buffer.from(html).toString('base64') : html,
    isBase64Encoded: base64,
  };
}

beforeAll(async () => {
  const scratch = await scratchProject('lambda');
  project = scratch.dir;
  node = nodeAnswers(writeCaseRunner(project, scratch.distDir, cases), project);
  copyFileSync(HANDLER_EXAMPLE, join(project, 'handler.mjs'));
  // Outside the project: no node_modules and no package.json above, as in the unzipped deployment package.
  deployments = mkdtempSync(join(tmpdir(), 'onrecord-lambda-deploy-'));
  writeFileSync(join(deployments, 'invoke.mjs'), INVOKER);
  writeFileSync(
    join(deployments, 'events.json'),
    JSON.stringify(cases.map((entry, index) => functionUrlEvent(entry.html, entry.options.url!, index))),
  );
  for (const { format, file } of FORMATS) {
    const outfile = join(deployments, format, file);
    mkdirSync(join(deployments, format));
    await build({
      entryPoints: [join(project, 'handler.mjs')],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format,
      logLevel: 'silent',
    });
    const invocation = JSON.parse(
      runProgram(process.execPath, [join(deployments, 'invoke.mjs'), outfile, join(deployments, 'events.json')], { cwd: deployments }),
    ) as Invocation;
    invocations.set(format, invocation);
    report(
      `Lambda ${format.toUpperCase()} bundle ${file}: ${describeSize(readFileSync(outfile))}; cold start in Node ${process.version}: ` +
        `import ${invocation.importMs.toFixed(1)} ms, first invocation ${invocation.firstCallMs.toFixed(1)} ms`,
    );
  }
}, 300_000);

afterAll(() => {
  removeDir(project);
  removeDir(deployments);
});

describe.each(FORMATS)('the README handler bundled as $format ($file), invoked with function-URL events', ({ format }) => {
  it('answers every event with 200 and JSON', () => {
    const responses = invocations.get(format)?.responses ?? [];
    expect(responses.map((response) => `${response.statusCode} ${response.headers['content-type']}`)).toEqual(
      cases.map(() => '200 application/json'),
    );
  });
  it.each(cases.map((entry, index) => [entry.name, index] as const))('%s: the same JSON as Node', (_name, index) => {
    expect(compareWithNode(invocations.get(format)?.responses[index]?.body, node[index])).toBe('same');
  });
});
