/**
 * The built `onrecord` command, spawned as users run it. The oracle is the library of the same
 * build: every page the CLI prints must equal `extract()` of the same HTML and URL, whatever the
 * input format, the concurrency or the order of completion.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../src/types.js';
import { builtPackage } from './helpers/built-package.js';
import { buildWarc, jsonLines, runCommand, type WarcResponse } from './helpers/cli.js';
import { fixtureNames, readFixture } from './helpers/fixtures.js';

let cli: string;
let work: string;
let builtExtract: typeof import('../src/index.js').extract;
const fixtures = fixtureNames().map(readFixture);
const pageUrl = (name: string) => `https://news.example.com/2026/02/${name}`;

/** The fields of a CLI output line that come from the Article (not the label). */
function articleOf(line: Record<string, unknown>): Record<string, unknown> {
  const { file, line: lineNumber, id, offset, ...article } = line;
  void file;
  void lineNumber;
  void id;
  void offset;
  return article;
}

/** The same build's `extract` as the CLI prints it: through JSON, so absent and undefined fields agree. */
function expected(html: string, url?: string): Article {
  return JSON.parse(JSON.stringify(builtExtract(html, url ? { url } : {})));
}

beforeAll(async () => {
  const { distDir } = await builtPackage();
  cli = join(distDir, 'cli.js');
  builtExtract = (await import(pathToFileURL(join(distDir, 'index.js')).href)).extract;
  work = mkdtempSync(join(tmpdir(), 'onrecord-cli-'));
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('one page', () => {
  it('prints the Article as pretty JSON, with --url', () => {
    const fixture = fixtures[0]!;
    const file = join(work, 'one.html');
    writeFileSync(file, fixture.html);
    const run = runCommand(cli, [file, '--url', pageUrl('one')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('\n  "text": ');
    expect(JSON.parse(run.stdout)).toEqual(expected(fixture.html, pageUrl('one')));
    expect(run.stderr).toBe('');
  });

  it('reads standard input with -', () => {
    const fixture = fixtures[0]!;
    const run = runCommand(cli, ['-', `--url=${pageUrl('stdin')}`], { input: fixture.html });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(expected(fixture.html, pageUrl('stdin')));
  });

  it('fails with exit code 1 and names a missing file, on stderr and in its {"file", "error"} line on stdout', () => {
    const missing = join(work, 'missing.html');
    const run = runCommand(cli, [missing]);
    expect(run.code).toBe(1);
    expect(jsonLines(run.stdout)).toEqual([{ file: missing, error: expect.stringContaining('ENOENT') }]);
    expect(run.stderr).toContain('missing.html');
  });

  it('gives up on a single page past --timeout too', () => {
    const file = join(work, 'one-timeout.html');
    writeFileSync(file, fixtures[0]!.html);
    const run = runCommand(cli, [file, '--timeout', '0.001']);
    expect(run.code).toBe(1);
    expect(jsonLines(run.stdout)).toEqual([{ file, error: 'timed out after 0.001s' }]);
    expect(run.stderr).toContain('timed out after 0.001s');
  });

  it('passes --max-bytes, --max-elements and --time-budget to the library', () => {
    const fixture = fixtures[0]!;
    const file = join(work, 'limits.html');
    writeFileSync(file, fixture.html);
    const run = (limit: string[]) => JSON.parse(runCommand(cli, [file, ...limit]).stdout) as Article;
    const codes = (article: Article) => article.warnings.map((warning) => warning.code);
    const cut = run(['--max-bytes', '200']);
    expect(codes(cut)).toContain('input-truncated');
    expect(cut).toEqual(JSON.parse(JSON.stringify(builtExtract(fixture.html, { maxBytes: 200 }))));
    expect(codes(run(['--max-elements', '5']))).toContain('elements-truncated');
    expect(codes(run(['--time-budget', '0']))).toContain('time-budget-exceeded');
    expect(codes(run(['--max-bytes', 'Infinity']))).not.toContain('input-truncated');
  });

  it('warns about a --url without a scheme, on stderr and in the Article, rather than dropping it in silence', () => {
    const fixture = fixtures[0]!;
    const file = join(work, 'no-scheme.html');
    writeFileSync(file, fixture.html);
    const run = runCommand(cli, [file, '--url', 'example.com/x']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^onrecord: warning: --url "example\.com\/x" has no scheme.*"https:\/\/example\.com\/x"/);
    const article = JSON.parse(run.stdout) as Article;
    expect(article.url).toBeUndefined();
    expect(article.warnings).toContainEqual({ code: 'invalid-option', message: expect.stringContaining('has no scheme') });
  });

  it('rejects unknown options and fields with exit code 2', () => {
    expect(runCommand(cli, ['--frobnicate', 'x.html']).code).toBe(2);
    const badField = runCommand(cli, ['--fields', 'quotes,colour', 'x.html']);
    expect(badField.code).toBe(2);
    expect(badField.stderr).toContain('unknown field "colour"');
  });
});

describe('many pages', () => {
  let pagesDir: string;

  beforeAll(() => {
    pagesDir = join(work, 'pages');
    for (const [i, fixture] of fixtures.entries()) {
      const dir = join(pagesDir, i % 2 === 0 ? 'a' : 'b/deeper');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${fixture.name}.html`), fixture.html);
    }
    writeFileSync(join(pagesDir, 'notes.txt'), 'not a page');
    writeFileSync(join(pagesDir, '.hidden.html'), '<p>dotfiles are not matched by globs</p>');
  });

  let folderRun: { stdout: string; stderr: string } | undefined;

  it('walks folders recursively, one line per page, in a stable order', () => {
    const run = runCommand(cli, ['--ndjson', pagesDir, '--concurrency', '2']);
    folderRun = run;
    expect(run.code).toBe(0);
    const lines = jsonLines(run.stdout);
    const files = lines.map((line) => line['file'] as string);
    expect(files).toEqual([...files].sort());
    expect(files.filter((file) => file.endsWith('.txt'))).toEqual([]);
    // Folder walks take every page file, the hidden one too; each equals extract() of its file.
    expect(lines).toHaveLength(fixtures.length + 1);
    for (const fixture of fixtures) {
      const line = lines.find((candidate) => (candidate['file'] as string).endsWith(`/${fixture.name}.html`));
      expect(line, fixture.name).toBeDefined();
      expect(articleOf(line!)).toEqual(expected(fixture.html));
    }
    expect(run.stderr).toMatch(new RegExp(`^onrecord: ${fixtures.length + 1} pages, 0 failed in `, 'm'));
  });

  it('expands quoted globs, ** included, without dotfiles; keeps only --fields besides the label', () => {
    const run = runCommand(cli, [`${pagesDir}/**/*.html`, '--fields', 'quotes,tags,warnings']);
    expect(run.code).toBe(0);
    const lines = jsonLines(run.stdout);
    for (const line of lines) expect(Object.keys(line).sort()).toEqual(['file', 'quotes', 'tags', 'warnings']);
    const files = lines.map((line) => line['file']);
    expect(files).toHaveLength(fixtures.length);
    expect(files.some((file) => String(file).includes('.hidden'))).toBe(false);
    const onlyTop = runCommand(cli, [`${pagesDir}/a/*.{html,htm}`, '--quiet']);
    expect(jsonLines(onlyTop.stdout)).toHaveLength(Math.ceil(fixtures.length / 2));
    expect(onlyTop.stderr).toBe('');
  });

  it('prints the same lines in the same order at any concurrency', () => {
    const args = ['--ndjson', pagesDir, pagesDir, pagesDir, '--quiet'];
    const serial = runCommand(cli, [...args, '--concurrency', '1']);
    const parallel = runCommand(cli, [...args, '--concurrency', '3']);
    expect(serial.code).toBe(0);
    expect(parallel.stdout).toBe(serial.stdout);
    expect(jsonLines(serial.stdout)).toHaveLength(3 * (fixtures.length + 1));
  });

  it('processes every page when some fail, names each failure, and exits 1', () => {
    const missing = join(work, 'missing-page.html');
    const run = runCommand(cli, ['--ndjson', missing, pagesDir, join(work, 'nothing-*.html'), '--fields', 'title']);
    expect(run.code).toBe(1);
    const lines = jsonLines(run.stdout);
    expect(lines).toHaveLength(fixtures.length + 3);
    expect(lines[0]).toEqual({ file: missing, error: expect.stringContaining('ENOENT') });
    expect(lines.at(-1)).toEqual({ file: join(work, 'nothing-*.html'), error: 'no file matches this pattern' });
    expect(lines.filter((line) => 'error' in line)).toHaveLength(2);
    expect(run.stderr).toContain(`onrecord: ${missing}: `);
    expect(run.stderr).toContain('nothing-*.html: no file matches');
    expect(run.stderr).toMatch(new RegExp(`${fixtures.length + 3} pages, 2 failed`));
  });

  it('gives up on a page past --timeout, and goes on with the others', () => {
    // No worker starts and reads a page within a millisecond: every page times out.
    const run = runCommand(cli, ['--ndjson', `${pagesDir}/a`, '--timeout', '0.001', '--concurrency', '1']);
    expect(run.code).toBe(1);
    const lines = jsonLines(run.stdout);
    expect(lines).toHaveLength(Math.ceil(fixtures.length / 2));
    for (const line of lines) expect(line['error']).toBe('timed out after 0.001s');
  });

  it('draws a progress bar only when asked or on a terminal', () => {
    const quiet = folderRun ?? runCommand(cli, ['--ndjson', pagesDir]); // stderr is a pipe here, not a terminal
    expect(quiet.stderr).not.toContain('\r');
    expect(quiet.stderr.trim().split('\n')).toHaveLength(1); // the summary alone
    const forced = runCommand(cli, ['--ndjson', pagesDir, '--progress']);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toMatch(/pages\/s/);
    expect(forced.stdout).toBe(quiet.stdout);
  });
});

describe('NDJSON input', () => {
  const records = () =>
    fixtures.map((fixture, i) => ({ id: `page-${i}`, url: pageUrl(fixture.name), html: fixture.html, extra: 'ignored' }));

  it('reads records with html, url and id, and labels each line with its id and line', () => {
    const file = join(work, 'records.ndjson');
    writeFileSync(file, `${records().map((record) => JSON.stringify(record)).join('\n')}\n\n`);
    const run = runCommand(cli, [file, '--concurrency', '2']);
    expect(run.code).toBe(0);
    const lines = jsonLines(run.stdout);
    expect(lines).toHaveLength(fixtures.length);
    for (const [i, fixture] of fixtures.entries()) {
      expect(lines[i]).toMatchObject({ file, line: i + 1, id: `page-${i}` });
      expect(articleOf(lines[i]!)).toEqual(expected(fixture.html, pageUrl(fixture.name)));
    }
  });

  it('reads gzipped NDJSON, and NDJSON on standard input with --input-ndjson', () => {
    const text = records()
      .map((record) => JSON.stringify(record))
      .join('\n');
    const file = join(work, 'records.jsonl.gz');
    writeFileSync(file, gzipSync(text));
    const fromGzip = runCommand(cli, [file, '--fields', 'quotes,url', '--quiet']);
    const fromStdin = runCommand(cli, ['--input-ndjson', '-', '--fields', 'quotes,url', '--quiet'], { input: text });
    expect(fromGzip.code).toBe(0);
    expect(fromStdin.code).toBe(0);
    const strip = (stdout: string) =>
      jsonLines(stdout).map((line) => {
        const { file, ...rest } = line;
        return file === undefined ? line : rest;
      });
    expect(strip(fromGzip.stdout)).toEqual(strip(fromStdin.stdout));
    expect(jsonLines(fromStdin.stdout).map((line) => line['url'])).toEqual(fixtures.map((fixture) => pageUrl(fixture.name)));
  });

  it('fails bad records alone, naming their line', () => {
    const file = join(work, 'bad.ndjson');
    const good = JSON.stringify({ html: fixtures[0]!.html });
    writeFileSync(file, [good, '{"html": "<p>unterminated', JSON.stringify({ id: 7, url: 'https://x.example/' }), '[1,2]', good].join('\n'));
    const run = runCommand(cli, [file, '--fields', 'title']);
    expect(run.code).toBe(1);
    const lines = jsonLines(run.stdout);
    expect(lines.map((line) => 'error' in line)).toEqual([false, true, true, true, false]);
    expect(lines[1]!['error']).toMatch(/^invalid JSON/);
    expect(lines[2]).toEqual({ file, line: 3, id: '7', error: 'the record has no "html" string' });
    expect(run.stderr).toContain(`${file}:2: invalid JSON`);
    expect(run.stderr).toContain(`${file}:3 (7): the record has no "html" string`);
  });
});

/** windows-1252 bytes of text that uses Latin-1 letters and curly double quotes only. */
function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '\u201c': 0x93, '\u201d': 0x94 };
  return Uint8Array.from(text, (char) => special[char] ?? (char.charCodeAt(0) < 256 ? char.charCodeAt(0) : 0x3f));
}

describe('WARC input', () => {
  const latin1Page = '<html><head><title>Caf\u00e9</title></head><body><article><p>\u201cThe caf\u00e9 is open,\u201d said Ana L\u00f3pez, the owner of the caf\u00e9 on the corner.</p></article></body></html>';
  let pages: Array<{ url: string; html: string }>;
  let responses: WarcResponse[];

  beforeAll(() => {
    pages = fixtures.map((fixture) => ({ url: pageUrl(fixture.name), html: fixture.html }));
    responses = pages.map((page) => ({ url: page.url, body: page.html }));
    // Not pages: a redirect, an image, and a JSON API response.
    responses.splice(1, 0, {
      url: 'https://news.example.com/old',
      body: '<html><body>Moved</body></html>',
      statusline: 'HTTP/1.1 301 Moved Permanently',
      httpHeaders: { 'Content-Type': 'text/html', Location: '/new' },
    });
    responses.push({ url: 'https://news.example.com/logo.png', body: new Uint8Array([137, 80, 78, 71]), httpHeaders: { 'Content-Type': 'image/png' } });
    responses.push({ url: 'https://news.example.com/api', body: '{"a":1}', httpHeaders: { 'Content-Type': 'application/json' } });
    // A page served gzip-encoded, and one in windows-1252 (as the HTTP header says).
    const gzipped = pages[0]!;
    responses.push({
      url: `${gzipped.url}?amp`,
      body: gzipSync(gzipped.html),
      httpHeaders: { 'Content-Type': 'text/html; charset=UTF-8', 'Content-Encoding': 'gzip' },
    });
    responses.push({
      url: 'https://news.example.com/cafe',
      body: windows1252(latin1Page),
      httpHeaders: { 'Content-Type': 'text/html; charset=windows-1252' },
    });
  });

  for (const gzip of [false, true]) {
    it(`reads the HTML response records of a ${gzip ? 'WARC.gz' : 'WARC'} file, and nothing else`, async () => {
      const file = join(work, gzip ? 'crawl.warc.gz' : 'crawl.warc');
      writeFileSync(file, await buildWarc(responses, gzip));
      const run = runCommand(cli, [file, '--concurrency', '2']);
      expect(run.stderr).toMatch(/, 0 failed, 3 skipped \(not an HTML 2xx response\)/);
      expect(run.code).toBe(0);
      const lines = jsonLines(run.stdout);
      expect(lines).toHaveLength(pages.length + 2);
      for (const [i, page] of pages.entries()) {
        expect(lines[i]).toMatchObject({ file, id: expect.stringMatching(/^<urn:uuid:/), offset: expect.any(Number) });
        expect(articleOf(lines[i]!)).toEqual(expected(page.html, page.url));
      }
      expect(articleOf(lines[pages.length]!)).toEqual(expected(pages[0]!.html, `${pages[0]!.url}?amp`));
      const cafe = lines[pages.length + 1]!;
      expect(cafe['url']).toBe('https://news.example.com/cafe');
      expect(articleOf(cafe)).toEqual(expected(latin1Page, 'https://news.example.com/cafe'));
      expect(cafe['text']).toContain('caf\u00e9');
      // Offsets grow: they locate each record in the file, as a CDX index would.
      const offsets = lines.map((line) => line['offset'] as number);
      expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    });
  }

  for (const gzip of [false, true]) {
    it(`reports a cut-off ${gzip ? 'WARC.gz' : 'WARC'} as a failure (exit 1), wherever the last record was cut`, async () => {
      const whole = await buildWarc(responses.slice(0, 2), gzip);
      const last = await buildWarc(responses.slice(2, 3), gzip);
      const full = Buffer.concat([whole, last]);
      // Cut in the last record's payload, then in its WARC headers.
      for (const keep of [whole.length + Math.floor(last.length * 0.8), whole.length + 40]) {
        const file = join(work, `cut-${keep}.warc${gzip ? '.gz' : ''}`);
        writeFileSync(file, full.subarray(0, keep));
        const run = runCommand(cli, [file, '--fields', 'url']);
        expect(run.code, run.stderr).toBe(1);
        const failures = jsonLines(run.stdout).filter((line) => typeof line['error'] === 'string');
        expect(failures).toHaveLength(1);
        expect(failures[0]).toMatchObject({ file, offset: expect.any(Number), error: expect.stringMatching(/truncated/) });
        // Everything before the cut still comes out.
        expect(jsonLines(run.stdout).filter((line) => line['url'] === pages[0]!.url)).toHaveLength(1);
      }
    });
  }

  it('reads a WARC on standard input with --input-warc', async () => {
    const run = runCommand(cli, ['--input-warc', '-', '--fields', 'url', '--quiet'], { input: await buildWarc(responses, true) });
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout).map((line) => line['url'])).toEqual([
      ...pages.map((page) => page.url),
      `${pages[0]!.url}?amp`,
      'https://news.example.com/cafe',
    ]);
  });
});

describe('encodings', () => {
  // A page re-saved as UTF-8 whose meta still declares ISO-8859-1, as crawlers and archives keep them.
  const resaved = Buffer.concat([
    Buffer.from('<html><head><meta charset="iso-8859-1"><title>Sanción</title></head><body><article>', 'utf8'),
    Buffer.from('<p>“La sanción llegó tarde,” dijo Marta Gómez, la alcaldesa del pueblo, en la plaza mayor.</p></article></body></html>', 'utf8'),
  ]);
  const asUtf8 = resaved.toString('utf8');

  it('reads valid UTF-8 under a single-byte meta as UTF-8, with a warning on stderr and in the line', () => {
    const file = join(work, 'resaved.html');
    writeFileSync(file, resaved);
    const run = runCommand(cli, [file]);
    expect(run.code).toBe(0);
    const article = JSON.parse(run.stdout);
    expect(article.title).toBe('Sanción');
    expect(article.text).toContain('La sanción llegó tarde');
    expect(article.text).not.toContain('Ã');
    expect(article.warnings[0]).toEqual({ code: 'encoding-overridden', message: expect.stringContaining('read as UTF-8') });
    expect({ ...article, warnings: article.warnings.slice(1) }).toEqual(expected(asUtf8));
    expect(run.stderr).toMatch(/resaved\.html: warning: the page declares charset iso-8859-1/);
  });

  it('does the same for a WARC record whose HTTP header declares the single-byte charset', async () => {
    const file = join(work, 'resaved.warc');
    const url = 'https://news.example.com/sancion';
    writeFileSync(file, await buildWarc([{ url, body: resaved, httpHeaders: { 'Content-Type': 'text/html; charset=ISO-8859-1' } }], false));
    const run = runCommand(cli, [file, '--fields', 'title,warnings']);
    expect(run.code).toBe(0);
    const [line] = jsonLines(run.stdout);
    expect(line!['title']).toBe('Sanción');
    expect((line!['warnings'] as Array<{ code: string }>)[0]!.code).toBe('encoding-overridden');
    expect(run.stderr).toContain('the HTTP Content-Type declares charset ISO-8859-1');
  });

  it('decodes in the encoding --encoding names, and rejects an unknown one', () => {
    const file = join(work, 'resaved-forced.html');
    writeFileSync(file, resaved);
    const run = runCommand(cli, [file, '--encoding', 'windows-1252', '--fields', 'title,warnings']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ title: 'SanciÃ³n', warnings: [] });
    expect(run.stderr).toBe('');
    const bad = runCommand(cli, [file, '--encoding', 'klingon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--encoding needs an encoding name');
  });
});

describe('bad input', () => {
  const page = () => fixtures[0]!.html;
  /** The start of an ELF executable, then machine code: what `onrecord /usr/bin/ls` would read. */
  const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]), Buffer.alloc(200, 0x01)]);
  /** A 1×1 PNG. */
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  /** Random-looking bytes with no signature (a .bin, a font, an unknown format). */
  const noise = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 7919 + 13) % 256));

  it('refuses binary files, images and empty files with a clear error line, no text, and exit 1', () => {
    const cases: Array<[string, Uint8Array, RegExp]> = [
      ['program.html', elf, /^not a page: an ELF executable$/],
      ['photo.html', png, /^not a page: a PNG image$/],
      ['noise.html', noise, /^not a page: binary data, not text$/],
      ['empty.html', Buffer.alloc(0), /^the page is empty$/],
      ['blank.html', Buffer.from(' \n\t\r\n'), /^the page is empty$/],
    ];
    for (const [name, bytes, error] of cases) {
      const file = join(work, name);
      writeFileSync(file, bytes);
      const single = runCommand(cli, [file]);
      expect(single.code, name).toBe(1);
      expect(jsonLines(single.stdout), name).toEqual([{ file, error: expect.stringMatching(error) }]);
      expect(single.stderr, name).toMatch(error.source.replace(/^\^|\$$/g, ''));
    }
    const batch = runCommand(cli, cases.map(([name]) => join(work, name)));
    expect(batch.code).toBe(1);
    expect(jsonLines(batch.stdout).map((line) => Object.keys(line).sort())).toEqual(cases.map(() => ['error', 'file']));
    expect(batch.stderr).toMatch(/5 pages, 5 failed/);
  });

  it('keeps a page with one stray control byte', () => {
    const file = join(work, 'stray.html');
    const html = page().replace('<body', '\u0001<body');
    writeFileSync(file, html);
    const run = runCommand(cli, [file]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(expected(html));
  });

  it('reads gzipped pages transparently, whatever their name; a broken gzip is an error', () => {
    const named = join(work, 'gz-pages');
    mkdirSync(named, { recursive: true });
    writeFileSync(join(named, 'story.html.gz'), gzipSync(page()));
    writeFileSync(join(named, 'story2.htm.gz'), gzipSync(page()));
    const folder = runCommand(cli, [named, '--quiet']);
    expect(folder.code).toBe(0);
    expect(jsonLines(folder.stdout).map(articleOf)).toEqual([expected(page()), expected(page())]);
    // A gzip file saved under a page's name (a crawler that kept Content-Encoding), and a bare .gz.
    for (const name of ['saved.html', 'saved.gz']) {
      const file = join(work, name);
      writeFileSync(file, gzipSync(page()));
      const run = runCommand(cli, [file]);
      expect(run.code, name).toBe(0);
      expect(JSON.parse(run.stdout), name).toEqual(expected(page()));
    }
    const broken = join(work, 'broken.html.gz');
    writeFileSync(broken, gzipSync(page()).subarray(0, 200));
    const run = runCommand(cli, [broken]);
    expect(run.code).toBe(1);
    expect(jsonLines(run.stdout)).toEqual([{ file: broken, error: expect.stringMatching(/^not a page: gzip data that cannot be read/) }]);
  });

  it('reports an empty folder and a glob that matches nothing the same way: an error line, exit 1', () => {
    const empty = join(work, 'empty-folder');
    mkdirSync(join(empty, 'sub'), { recursive: true });
    writeFileSync(join(empty, 'sub', 'notes.txt'), 'no pages here');
    const folder = runCommand(cli, [empty]);
    expect(folder.code).toBe(1);
    expect(jsonLines(folder.stdout)).toEqual([{ file: empty, error: expect.stringMatching(/^no page file .* in this folder$/) }]);
    expect(folder.stderr).toContain(`${empty}: no page file`);
    const pattern = join(work, 'no-such-*.html');
    const glob = runCommand(cli, [pattern]);
    expect(glob.code).toBe(1);
    expect(jsonLines(glob.stdout)).toEqual([{ file: pattern, error: 'no file matches this pattern' }]);
    expect(glob.stderr).toContain(`${pattern}: no file matches this pattern`);
  });
});
