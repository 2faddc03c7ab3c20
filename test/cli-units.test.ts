/** The CLI's parts that need no process: arguments, globs, decoding, fields, progress lines. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args.js';
import { charsetOfContentType, decodeHtml } from '../src/cli/decode.js';
import { parseFields, pickFields } from '../src/cli/fields.js';
import { expandBraces, expandGlob, matchSegment } from '../src/cli/glob.js';
import { expandInputs, formatOfName } from '../src/cli/inputs.js';
import { formatDuration, formatProgress, formatSummary } from '../src/cli/progress.js';
import { runTask } from '../src/cli/task.js';
import { extract } from '../src/index.js';

describe('parseArgs', () => {
  it('reads options in both --name value and --name=value forms', () => {
    const parsed = parseArgs(['a.html', '--concurrency', '3', '--fields=quotes,tags', '--timeout', '2.5', '--input-ndjson', '--no-progress', '--quiet']);
    expect(parsed).toEqual({
      options: expect.objectContaining({
        inputs: ['a.html'],
        concurrency: 3,
        fields: ['quotes', 'tags'],
        timeoutMs: 2500,
        inputFormat: 'ndjson',
        progress: false,
        quiet: true,
        ndjson: false,
      }),
    });
  });

  it('defaults to one worker per core and a progress bar only on terminals', () => {
    const parsed = parseArgs(['-']);
    expect('options' in parsed && parsed.options.concurrency).toBeGreaterThanOrEqual(1);
    expect('options' in parsed && parsed.options.progress).toBeUndefined();
  });

  it('treats everything after -- as inputs, and answers --help with exit code 0', () => {
    expect(parseArgs(['--', '--odd-name.html'])).toEqual({ options: expect.objectContaining({ inputs: ['--odd-name.html'] }) });
    expect(parseArgs(['--help'])).toMatchObject({ exitCode: 0, message: expect.stringContaining('usage: onrecord') });
  });

  it('rejects bad values with exit code 2', () => {
    for (const argv of [['--concurrency', '0', 'a'], ['--concurrency', 'x', 'a'], ['--timeout', '-1', 'a'], ['--url'], ['--bogus', 'a'], []]) {
      expect(parseArgs(argv), argv.join(' ')).toMatchObject({ exitCode: 2 });
    }
  });
});

describe('globs', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'onrecord-glob-'));
    for (const path of ['a/one.html', 'a/two.htm', 'a/b/three.html', 'a/b/c/four.html', 'a/.hidden/five.html', 'a/six.txt', 'x[1].html']) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), '<p>page</p>');
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('matches one segment with *, ?, classes and ranges, not a leading dot', () => {
    expect(matchSegment('*.html', 'page.html')).toBe(true);
    expect(matchSegment('*.html', 'page.htm')).toBe(false);
    expect(matchSegment('p?ge*', 'page-1.html')).toBe(true);
    expect(matchSegment('[pq]age', 'qage')).toBe(true);
    expect(matchSegment('[!pq]age', 'qage')).toBe(false);
    expect(matchSegment('page-[0-9].html', 'page-7.html')).toBe(true);
    expect(matchSegment('*', '.hidden')).toBe(false);
    expect(matchSegment('.*', '.hidden')).toBe(true);
    expect(matchSegment('a*b*c', `a${'x'.repeat(5000)}b`)).toBe(false); // no blow-up on long names
  });

  it('expands braces, nested too', () => {
    expect(expandBraces('a.{html,htm}').sort()).toEqual(['a.htm', 'a.html']);
    expect(expandBraces('{a,b{1,2}}').sort()).toEqual(['a', 'b1', 'b2']);
  });

  it('walks ** through any depth of folders, skipping hidden ones', () => {
    const found = expandGlob(`${root}/a/**/*.html`).map((path) => path.slice(root.length + 1));
    expect(found).toEqual(['a/b/c/four.html', 'a/b/three.html', 'a/one.html']);
    expect(expandGlob(`${root}/a/*.{html,htm}`).map((path) => path.slice(root.length + 1))).toEqual(['a/one.html', 'a/two.htm']);
    expect(expandGlob(`${root}/nowhere/*.html`)).toEqual([]);
  });

  it('takes a file whose name only looks like a glob literally, when it exists', () => {
    expect(expandInputs([join(root, 'x[1].html')])).toEqual([{ path: join(root, 'x[1].html'), format: 'html' }]);
  });

  it('gives each input a format by its name, unless one is forced', () => {
    expect(['p.html', 'c.warc', 'c.WARC.GZ', 'r.ndjson', 'r.jsonl.gz', 'notes.txt'].map(formatOfName)).toEqual([
      'html',
      'warc',
      'warc',
      'ndjson',
      'ndjson',
      undefined,
    ]);
    expect(expandInputs(['-'], 'warc')).toEqual([{ path: '-', format: 'warc' }]);
  });
});

describe('decodeHtml', () => {
  const cafe = Uint8Array.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]); // “Café” in windows-1252

  it('follows the HTTP charset, then a meta charset, then UTF-8', () => {
    expect(decodeHtml(cafe, 'windows-1252')).toBe('\u201cCaf\u00e9\u201d');
    expect(decodeHtml(cafe, 'iso-8859-1')).toBe('\u201cCaf\u00e9\u201d'); // the web reads latin1 as windows-1252
    const meta = new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">');
    expect(decodeHtml(Uint8Array.from([...meta, ...cafe])).endsWith('\u201cCaf\u00e9\u201d')).toBe(true);
    expect(decodeHtml(new TextEncoder().encode('Caf\u00e9'))).toBe('Caf\u00e9');
    const shiftJis = new TextEncoder().encode('<html><head><META CHARSET = "Shift_JIS"></head><body>');
    expect(decodeHtml(Uint8Array.from([...shiftJis, 0x93, 0xfa, 0x96, 0x7b])).endsWith('<body>\u65e5\u672c')).toBe(true);
  });

  it('lets a byte-order mark win, and falls back to UTF-8 on unknown labels', () => {
    expect(decodeHtml(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]), 'windows-1252')).toBe('A');
    expect(decodeHtml(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]))).toBe('A');
    expect(decodeHtml(new TextEncoder().encode('\u00e9'), 'no-such-charset')).toBe('\u00e9');
  });

  it('reads the charset parameter of a Content-Type', () => {
    expect(charsetOfContentType('text/html; charset="Shift_JIS"')).toBe('Shift_JIS');
    expect(charsetOfContentType('text/html')).toBeUndefined();
    expect(charsetOfContentType(null)).toBeUndefined();
  });
});

describe('fields and tasks', () => {
  const html = '<html lang="en"><head><title>T</title></head><body><article><p>“Yes,” said Ana Ruiz.</p></article></body></html>';

  it('keeps the named fields only, in a known order, rejecting unknown names', () => {
    expect(parseFields('quotes, tags,quotes')).toEqual(['quotes', 'tags']);
    expect(parseFields('quotes,nope')).toMatch(/unknown field "nope"/);
    expect(parseFields(',')).toMatch(/at least one/);
    const article = extract(html);
    expect(Object.keys(pickFields(article, ['text', 'quotes']))).toEqual(['text', 'quotes']);
    expect(pickFields(article, undefined)).toBe(article);
  });

  it('labels each output line, and turns a bad NDJSON record into an error line', () => {
    const bytes = new TextEncoder().encode(html);
    const page = runTask({ kind: 'bytes', label: { file: 'p.html' }, bytes, url: 'https://a.example/x' }, { fields: ['url', 'text'] });
    expect(JSON.parse(page.output)).toEqual({ file: 'p.html', url: 'https://a.example/x', text: '“Yes,” said Ana Ruiz.' });
    const record = new TextEncoder().encode(JSON.stringify({ id: 12, html, url: 'https://a.example/y' }));
    const fromRecord = runTask({ kind: 'ndjson', label: { file: 'r.ndjson', line: 4 }, bytes: record }, { fields: ['url'] });
    expect(JSON.parse(fromRecord.output)).toEqual({ file: 'r.ndjson', line: 4, id: '12', url: 'https://a.example/y' });
    const bad = runTask({ kind: 'ndjson', label: { file: 'r.ndjson', line: 5 }, bytes: new TextEncoder().encode('{"id": "z", "html": 5}') }, {});
    expect(bad.error).toBe('the record has no "html" string');
    expect(JSON.parse(bad.output)).toEqual({ file: 'r.ndjson', line: 5, id: 'z', error: bad.error });
  });
});

describe('progress and summary lines', () => {
  it('shows the share, the rate and an ETA once there is enough to go on', () => {
    const line = formatProgress({ pages: 1234, failed: 2, skipped: 0, elapsedMs: 20_000, fraction: 0.25 });
    expect(line).toBe('[######------------------]  25%  1,234 pages  61.7 pages/s  ETA 1m00s  2 failed');
    expect(formatProgress({ pages: 3, failed: 0, skipped: 0, elapsedMs: 100, fraction: 0.001 })).not.toContain('ETA');
    expect(formatProgress({ pages: 3, failed: 0, skipped: 0, elapsedMs: 1000 })).toBe('3 pages  3.0 pages/s');
  });

  it('sums up pages, failures, skips and time', () => {
    expect(formatSummary({ pages: 10, failed: 1, skipped: 4, elapsedMs: 2000 })).toBe(
      'onrecord: 10 pages, 1 failed, 4 skipped (not an HTML 2xx response) in 2.0s (5.0 pages/s)',
    );
    expect(formatDuration(3_725_000)).toBe('1h02m');
    expect(formatDuration(59_400)).toBe('59s');
  });
});
