/**
 * Limits and safety nets: each limit cuts with a warning that says what was cut; the output
 * sanitizer removes what the types forbid and names it; a non-string input gets a TypeError that
 * says what was expected; the library source reaches for no network, no eval, no Node built-ins.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { cutToBytes, DEFAULT_MAX_BYTES, DEFAULT_MAX_ELEMENTS, DEFAULT_TIME_BUDGET_MS, resolveLimits, runStage, startBudget } from '../src/limits.js';
import { sanitizeArticle } from '../src/safety/sanitize.js';
import type { Article, Warning } from '../src/types.js';
import { articleViolations } from './hostile-invariants.js';

const PAGE =
  '<html><head><title>T</title></head><body><article>' +
  '<p>"The first paragraph is here," said Ana Lima, the minister.</p>' +
  '<p>The second paragraph follows the first one closely.</p>' +
  '<p>"And a third," she added, "to close the article."</p>' +
  '</article></body></html>';

const codes = (article: Article) => article.warnings.map((warning) => warning.code);

describe('maxBytes', () => {
  it('cuts the input with an input-truncated warning that gives both sizes', () => {
    const article = extract(PAGE, { maxBytes: 140 });
    const warning = article.warnings.find((w) => w.code === 'input-truncated');
    expect(warning?.message).toContain(`${PAGE.length} bytes`);
    expect(warning?.message).toContain('140');
    expect(article.text).not.toContain('third');
    expect(articleViolations(article)).toEqual([]);
  });

  it('leaves a page within the limit alone', () => {
    expect(codes(extract(PAGE))).not.toContain('input-truncated');
  });

  it('counts UTF-8 bytes and never splits a surrogate pair', () => {
    const emoji = '😀'; // 4 bytes, 2 UTF-16 code units
    expect(cutToBytes(`ab${emoji}`, 5)).toEqual({ html: 'ab', bytes: 6 });
    expect(cutToBytes(`ab${emoji}`, 6)).toEqual({ html: `ab${emoji}` });
    expect(cutToBytes('é'.repeat(10), 5).html).toBe('éé'); // 2 bytes each
    expect(cutToBytes('\ud800x', 3).html).toBe('\ud800'); // a lone surrogate is 3 bytes (U+FFFD)
  });
});

describe('maxElements', () => {
  it('stops reading at the limit, keeps what came before, and says so', () => {
    const article = extract(PAGE, { maxElements: 6 });
    expect(codes(article)).toContain('elements-truncated');
    expect(article.text).toContain('first paragraph');
    expect(article.text).not.toContain('third');
    expect(articleViolations(article)).toEqual([]);
  });
});

describe('timeBudgetMs', () => {
  it('a spent budget skips the optional stages, names them in one warning, and still returns the text', () => {
    const article = extract(PAGE, { timeBudgetMs: 0 });
    const warnings = article.warnings.filter((w) => w.code === 'time-budget-exceeded');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toMatch(/quotes/);
    expect(article.quotes).toEqual([]);
    expect(article.text).toContain('first paragraph');
    expect(articleViolations(article)).toEqual([]);
  });

  it('a stage runs while the budget lasts', () => {
    const state = { budget: startBudget(60_000), warnings: [] as Warning[] };
    expect(runStage(state, 'quotes', 'skipped', () => 'ran')).toBe('ran');
    expect(state.warnings).toEqual([]);
  });

  it('a stage that throws is contained: its fallback stands in and an internal-error warning names it', () => {
    const state = { budget: startBudget(Infinity), warnings: [] as Warning[] };
    const result = runStage(state, 'tags', ['fallback'], () => {
      throw new Error('boom');
    });
    expect(result).toEqual(['fallback']);
    expect(state.warnings[0]?.code).toBe('internal-error');
    expect(state.warnings[0]?.message).toMatch(/tags.*boom/);
  });
});

describe('options', () => {
  it('has the documented defaults', () => {
    expect(resolveLimits({})).toEqual({ maxBytes: DEFAULT_MAX_BYTES, maxElements: DEFAULT_MAX_ELEMENTS, timeBudgetMs: DEFAULT_TIME_BUDGET_MS });
    expect(DEFAULT_MAX_BYTES).toBe(10 * 1024 * 1024);
    expect(DEFAULT_MAX_ELEMENTS).toBe(100_000);
    expect(DEFAULT_TIME_BUDGET_MS).toBe(10_000);
  });

  it('an invalid limit falls back to its default with a warning, never a throw', () => {
    for (const bad of [-1, Number.NaN, '5', {}]) {
      const article = extract(PAGE, { maxBytes: bad as number });
      expect(codes(article)).toContain('invalid-option');
      expect(article.text).toContain('first paragraph');
    }
  });

  it('a url without a scheme, or not http(s), is ignored with a warning that says why, never in silence', () => {
    const noScheme = extract(PAGE, { url: 'example.com/news/story' });
    expect(noScheme.url).toBeUndefined();
    expect(noScheme.warnings).toContainEqual({
      code: 'invalid-option',
      message: expect.stringMatching(/"example\.com\/news\/story" has no scheme.*did you mean "https:\/\/example\.com\/news\/story"/),
    });
    expect(extract(PAGE, { url: 'ftp://example.com/x' }).warnings).toContainEqual({
      code: 'invalid-option',
      message: expect.stringContaining('is not an absolute http(s) URL'),
    });
    for (const fine of ['https://example.com/x', '', undefined]) expect(codes(extract(PAGE, { url: fine }))).not.toContain('invalid-option');
  });

  it('non-object options and a non-string url are ignored with a warning', () => {
    expect(codes(extract(PAGE, 'https://x.example/' as never))).toContain('invalid-option');
    expect(codes(extract(PAGE, { url: 42 as never }))).toContain('invalid-option');
    expect(extract(PAGE, null as never).text).toContain('first paragraph');
  });
});

describe('non-string input', () => {
  const cases: [string, unknown, RegExp][] = [
    ['null', null, /got null/],
    ['undefined', undefined, /got undefined/],
    ['a number', 42, /got number/],
    ['a Buffer', Buffer.from('<p>x</p>'), /got bytes .*Buffer.*TextDecoder/],
    ['a Uint8Array', new Uint8Array([60, 112, 62]), /got bytes .*Uint8Array.*TextDecoder/],
    ['an object', { html: '<p>x</p>' }, /got an instance of Object/],
  ];
  for (const [name, value, detail] of cases) {
    it(`${name} gets a TypeError that says a string was expected`, () => {
      expect(() => extract(value as string)).toThrow(TypeError);
      expect(() => extract(value as string)).toThrow(/expects the page's HTML as a string/);
      expect(() => extract(value as string)).toThrow(detail);
    });
  }
});

describe('sanitizeArticle', () => {
  const dirty = (): Article => ({
    url: 'https://news.example/a',
    canonicalUrl: 'javascript:alert(1)',
    title: 'Title\u0000 with NUL and \ud800 lone surrogate',
    authors: [{ name: 'A', url: 'data:text/html,x' }],
    publishedAt: '2024-02-30',
    modifiedAt: '2024-02-29T10:00:00Z',
    image: { url: ' vbscript:msgbox(1)' },
    text: 'He said "hi\u0000there" today.',
    quotes: [{ text: 'hi\u0000there', speaker: null, paragraph: 0, start: 9, end: 17 }],
    embeds: [
      {
        platform: 'twitter',
        kind: 'post',
        id: 123 as unknown as string,
        url: '//twitter.com/x/status/1',
        embedUrl: 'https://platform.twitter.com/embed/Tweet.html?id=1',
        publishedAt: 'yesterday',
        publishedAtPrecision: 'day',
        links: ['https://ok.example/', 'javascript:void(0)'],
        variant: 'twitter.blockquote',
        paragraph: 0,
      },
    ],
    relatedLinks: [{ url: 'https://ok.example/story' }, { url: 'JAVASCRIPT:alert(1)', title: 'Bad' }],
    tags: [{ name: 'Politics', url: 'vbscript:x' }],
    warnings: [],
  });

  it('removes unsafe URLs, invalid dates and non-string ids, and names each in one warning', () => {
    const article = sanitizeArticle(dirty());
    expect(articleViolations(article)).toEqual([]);
    expect(article.canonicalUrl).toBeUndefined();
    expect(article.authors[0]?.url).toBeUndefined();
    expect(article.publishedAt).toBeUndefined();
    expect(article.modifiedAt).toBe('2024-02-29T10:00:00Z');
    expect(article.image).toBeUndefined();
    expect(article.embeds[0]?.id).toBe('123');
    expect(article.embeds[0]?.url).toBeUndefined();
    expect(article.embeds[0]?.publishedAt).toBeUndefined();
    expect(article.embeds[0]?.publishedAtPrecision).toBeUndefined();
    expect(article.embeds[0]?.links).toEqual(['https://ok.example/']);
    expect(article.relatedLinks).toEqual([{ url: 'https://ok.example/story' }]);
    expect(article.tags).toEqual([{ name: 'Politics' }]);
    const warning = article.warnings.find((w) => w.code === 'output-sanitized');
    expect(warning?.message).toContain('canonicalUrl');
    expect(warning?.message).toContain('embeds[0].id');
  });

  it('replaces NULs and lone surrogates one code unit for one, so quote offsets stay exact', () => {
    const article = sanitizeArticle(dirty());
    expect(article.title).toBe('Title\ufffd with NUL and \ufffd lone surrogate');
    const quote = article.quotes[0];
    expect(quote && article.text.slice(quote.start, quote.end)).toBe(quote?.text);
  });

  it('leaves a clean article as it was, without a warning', () => {
    const clean: Article = {
      url: 'https://news.example/a',
      authors: [{ name: 'Ana' }],
      publishedAt: '2024-01-02T03:04:05.678+01:00',
      text: 'Plain text 😀',
      quotes: [],
      embeds: [],
      relatedLinks: [{ url: 'https://news.example/b', title: 'B' }],
      tags: [{ name: 'T' }],
      warnings: [],
    };
    expect(sanitizeArticle(structuredClone(clean))).toEqual(clean);
  });
});

describe('the library source', () => {
  const SRC = new URL('../src/', import.meta.url).pathname;
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
    });
  // The CLI is the one Node-only part, and reads files by design.
  const library = files(SRC).filter((path) => !/[\\/]src[\\/]cli(?:\.ts$|[\\/])/.test(path));

  it('never reaches for the network, eval, or Node built-ins', () => {
    const forbidden = /\bfetch\s*\(|XMLHttpRequest|WebSocket|\beval\s*\(|new Function\s*\(|\bimport\s*\(|\brequire\s*\(|from ['"]node:|\bprocess\.|\bBuffer\b/;
    const offenders = library.filter((path) => forbidden.test(readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')));
    expect(offenders.map((path) => path.slice(SRC.length))).toEqual([]);
  });
});

describe('warnings', () => {
  it('alike warnings are capped per code, and the rest counted in one more of the same code', () => {
    const warnings: Warning[] = Array.from({ length: 25 }, (_, i) => ({ code: 'embed-date-mismatch', message: `post ${i}` }));
    warnings.push({ code: 'other', message: 'kept' });
    const article = sanitizeArticle({ authors: [], text: '', quotes: [], embeds: [], relatedLinks: [], tags: [], warnings });
    const alike = article.warnings.filter((w) => w.code === 'embed-date-mismatch');
    expect(alike).toHaveLength(11);
    expect(alike.at(-1)?.message).toMatch(/^15 more/);
    expect(article.warnings.some((w) => w.code === 'other')).toBe(true);
  });
});

describe('safeUrl', () => {
  it('agrees with the URL parser on what is an absolute http(s) URL', async () => {
    const { safeUrl } = await import('../src/safety/urls.js');
    const cases = [
      'https://twitter.com/handle', 'https://999.1.1.1/', 'https://1.2.3.4/', 'https://user@a.com/', 'https://a.com:99999/',
      'https://a.com:8080/x', 'javascript://a.com/', 'https://xn--zzzzzz.com/', 'https://xn--ls8h.la/', 'https://a.0x1f',
      'https://a.b.0', 'https://localhost', 'http://a.com/<script>', 'https://a.com/path with space', ' https://a.com/ ',
      'HTTPS://A.COM/', 'https:a.com', 'https:///a.com', 'https://', 'https://[::1]/', 'https://[::1', 'data:text/html,x',
    ];
    for (const value of cases) {
      let parsed: URL | undefined;
      try {
        parsed = new URL(value.trim());
      } catch {}
      const valid = parsed !== undefined && (parsed.protocol === 'http:' || parsed.protocol === 'https:');
      expect(safeUrl(value) !== undefined, value).toBe(valid);
    }
  });
});
