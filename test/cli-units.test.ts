/** The CLI's parts that need no process: arguments, globs, decoding, fields, progress lines. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args.js';
import { charsetOfContentType, decodeHtml, encodingName } from '../src/cli/decode.js';
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

  it('reads the library limits, seconds for --time-budget, Infinity for none', () => {
    expect(parseArgs(['a.html', '--max-bytes', '5000', '--max-elements=Infinity', '--time-budget', '2.5'])).toEqual({
      options: expect.objectContaining({ limits: { maxBytes: 5000, maxElements: Infinity, timeBudgetMs: 2500 } }),
    });
    expect('options' in parseArgs(['a.html']) && (parseArgs(['a.html']) as { options: object }).options).not.toHaveProperty('limits');
    for (const argv of [['--max-bytes', '-5', 'a'], ['--max-elements', 'lots', 'a'], ['--time-budget', '', 'a'], ['a', '--max-bytes']]) {
      expect(parseArgs(argv), argv.join(' ')).toMatchObject({ exitCode: 2, message: expect.stringContaining('needs a number') });
    }
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
  const text = (bytes: Uint8Array, hints?: Parameters<typeof decodeHtml>[1]) => decodeHtml(bytes, hints).html;
  const latin1Meta = Buffer.from('<html><head><meta charset="ISO-8859-1"><title>x</title></head><body><p>', 'latin1');

  it('follows the HTTP charset, then a meta charset, then UTF-8', () => {
    expect(text(cafe, { transportCharset: 'windows-1252' })).toBe('\u201cCaf\u00e9\u201d');
    expect(text(cafe, { transportCharset: 'iso-8859-1' })).toBe('\u201cCaf\u00e9\u201d'); // the web reads latin1 as windows-1252
    const meta = new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">');
    expect(text(Uint8Array.from([...meta, ...cafe])).endsWith('\u201cCaf\u00e9\u201d')).toBe(true);
    expect(text(new TextEncoder().encode('Caf\u00e9'))).toBe('Caf\u00e9');
    const shiftJis = new TextEncoder().encode('<html><head><META CHARSET = "Shift_JIS"></head><body>');
    expect(text(Uint8Array.from([...shiftJis, 0x93, 0xfa, 0x96, 0x7b])).endsWith('<body>\u65e5\u672c')).toBe(true);
  });

  it('lets a byte-order mark win, and falls back to UTF-8 on unknown labels', () => {
    expect(text(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]), { transportCharset: 'windows-1252' })).toBe('A');
    expect(text(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]))).toBe('A');
    expect(text(new TextEncoder().encode('\u00e9'), { transportCharset: 'no-such-charset' })).toBe('\u00e9');
  });

  it('reads valid UTF-8 as UTF-8 when the declared single-byte charset would garble it, and says so', () => {
    // A page re-saved as UTF-8 whose meta still says ISO-8859-1, as crawlers and archives keep them.
    const resaved = Buffer.concat([latin1Meta, Buffer.from('La sanción “llegó”.</p>', 'utf8')]);
    const decoded = decodeHtml(resaved);
    expect(decoded.html.endsWith('La sanción “llegó”.</p>')).toBe(true);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.warning).toMatch(/declares charset iso-8859-1.*valid UTF-8.*read as UTF-8/i);
    // The same from a WARC record's HTTP header.
    const fromHeader = decodeHtml(Buffer.from('<p>sanción</p>', 'utf8'), { transportCharset: 'iso-8859-1' });
    expect(fromHeader.html).toBe('<p>sanción</p>');
    expect(fromHeader.warning).toMatch(/HTTP Content-Type declares charset iso-8859-1/);
  });

  it('keeps a real single-byte page as declared, ASCII pages without a warning', () => {
    const real = Buffer.concat([latin1Meta, Buffer.from('La sanción llegó.</p>', 'latin1')]); // é then ASCII: not UTF-8
    expect(decodeHtml(real)).toEqual({ html: `${latin1Meta.toString('latin1')}La sanción llegó.</p>`, encoding: 'windows-1252' });
    expect(decodeHtml(Buffer.concat([latin1Meta, Buffer.from('plain</p>')])).warning).toBeUndefined();
    // A multi-byte declaration is not second-guessed.
    const sjis = Buffer.from('<meta charset="shift_jis"><p>\x93\xfa\x96\x7b</p>', 'latin1');
    expect(decodeHtml(sjis)).toEqual({ html: '<meta charset="shift_jis"><p>\u65e5\u672c</p>', encoding: 'shift_jis' });
  });

  it('lets the transport charset win over the meta prescan', () => {
    const page = Buffer.concat([Buffer.from('<meta charset="utf-8"><p>'), cafe]);
    expect(decodeHtml(page, { transportCharset: 'windows-1252' })).toEqual({
      html: '<meta charset="utf-8"><p>\u201cCaf\u00e9\u201d',
      encoding: 'windows-1252',
    });
  });

  it('uses a forced encoding whatever the page says', () => {
    const resaved = Buffer.concat([latin1Meta, Buffer.from('sanción</p>', 'utf8')]);
    const forced = decodeHtml(resaved, { forced: 'windows-1252' });
    expect(forced.html.endsWith('sanciÃ³n</p>')).toBe(true);
    expect(forced.warning).toBeUndefined();
    expect(decodeHtml(Buffer.from([0xef, 0xbb, 0xbf, 0xe9]), { forced: 'latin1' }).html).toBe('ï»¿é');
    expect(encodingName('Latin1')).toBe('windows-1252');
    expect(encodingName('nope')).toBeUndefined();
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
    expect(formatSummary({ pages: 1, failed: 0, skipped: 0, elapsedMs: 500 })).toBe('onrecord: 1 page, 0 failed in 0.5s (2.0 pages/s)');
    expect(formatProgress({ pages: 1, failed: 0, skipped: 0, elapsedMs: 1000 })).toBe('1 page  1.0 pages/s');
    expect(formatDuration(3_725_000)).toBe('1h02m');
    expect(formatDuration(59_400)).toBe('59s');
  });
});
