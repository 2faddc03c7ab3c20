/**
 * Pathological pages: each must come back as an Article that keeps the contract (no throw, no stack
 * overflow, well-formed strings, clean URLs and dates, exact quote offsets, no internal error), with
 * a warning for whatever a limit cut. Speed is measured by scripts/fuzz.mjs, never asserted here.
 */
import { describe, expect, it } from 'vitest';
import { extract, extractFromTree } from '../src/index.js';
import type { Element, Root } from 'hast';
import type { Article } from '../src/types.js';
import { articleViolations } from './hostile-invariants.js';
import {
  bigArticle,
  dangerousUrls,
  escapedEmbedCode,
  hostileJsonLd,
  hugeAttribute,
  manyTweets,
  nested,
  nulsAndSurrogates,
  onlyScripts,
  quotationMarks,
  unclosedQuote,
  complementChain,
} from './hostile-pages.js';

const MB = 1024 * 1024;

/** Extract with no time budget (so that a slow machine cannot change the answer) and check the contract. */
function read(html: string, options: Parameters<typeof extract>[1] = {}): Article {
  const article = extract(html, { timeBudgetMs: Infinity, ...options });
  expect(articleViolations(article)).toEqual([]);
  return article;
}

const codes = (article: Article) => article.warnings.map((warning) => warning.code);

describe('deep nesting', () => {
  for (const tag of ['div', 'span', 'blockquote', 'b', 'a', 'li', 'table']) {
    it(`100,000 nested <${tag}> elements: the innermost text is kept, or the element limit says it cut it`, () => {
      const article = read(nested(100_000, tag, false));
      // <li>, <a> and <table> do not nest (each closes the one before), so they hit maxElements instead.
      const cut = codes(article).includes('elements-truncated');
      expect(cut || codes(article).includes('tree-too-deep')).toBe(true);
      if (!cut) expect(article.text).toContain('Deep down');
    });
  }

  it('100,000 nested and closed <div> elements', () => {
    const article = read(nested(100_000, 'div', true));
    expect(article.text).toContain('Deep down');
  });

  it('extractFromTree flattens a 100,000-deep tree built by another parser, without changing it', () => {
    let node: Element = { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: '"Deep down," he said.' }] };
    for (let i = 0; i < 100_000; i++) node = { type: 'element', tagName: 'div', properties: {}, children: [node] };
    const body: Element = { type: 'element', tagName: 'body', properties: {}, children: [node] };
    const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'html', properties: {}, children: [body] }] };
    const article = extractFromTree(tree, { timeBudgetMs: Infinity });
    expect(articleViolations(article)).toEqual([]);
    expect(codes(article)).toContain('tree-too-deep');
    expect(article.text).toContain('Deep down');
    expect(body.children[0]).toBe(node); // the caller's tree is untouched
  });

  it('20,000 unclosed <template> elements (parse5 recurses once per template at the end)', () => {
    const article = read(`<body><p>Before the templates.</p>${'<template>'.repeat(20_000)}x`);
    expect(article.text).toContain('Before the templates.');
  });

  it('misnested formatting elements cannot multiply into millions of elements', () => {
    let html = '<body>';
    for (let i = 0; i < 20_000; i++) html += `<p><b id=b${i}>x</p>`;
    const article = read(html);
    expect(article.text.length).toBeGreaterThan(0);
  });
});

describe('size', () => {
  it('a 20 MB page is cut to maxBytes, with a warning that says so', () => {
    const page = bigArticle(20 * MB);
    const article = read(page);
    const warning = article.warnings.find((w) => w.code === 'input-truncated');
    expect(warning?.message).toContain(String(page.length)); // ASCII: bytes = characters
    expect(article.text).toContain('We will not back down');
  });

  it('500,000 straight quotation marks', () => {
    read(quotationMarks(500_000));
  });

  it('500,000 quotation marks of every kind, mixed with words', () => {
    read(quotationMarks(500_000, true));
  });

  it('a speaker phrase chaining 1,500 "of" complements (a paragraph under the quote reader\'s size limit)', () => {
    const article = read(complementChain(1_500));
    expect(article.quotes.map((quote) => [quote.text, quote.speaker?.name])).toEqual([['We stand firm,', 'Ann Lee']]);
    expect(codes(article)).not.toContain('internal-error');
  });

  it('a quote that opens and never closes', () => {
    const article = read(unclosedQuote(100_000));
    expect(article.text).toContain('This never ends');
  });

  for (const name of ['class', 'style', 'href', 'data-props']) {
    it(`a 2 MB ${name} attribute is dropped with a warning, and the paragraph kept`, () => {
      const article = read(hugeAttribute(2 * MB, name));
      expect(codes(article)).toContain('attribute-too-long');
      expect(article.text).toContain('Attribute,');
    });
  }

  it('20,000 embedded tweets', () => {
    const article = read(manyTweets(20_000));
    expect(article.embeds.length).toBeLessThanOrEqual(20_000);
    const ids = article.embeds.map((embed) => embed.id).filter((id) => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('broken and hostile content', () => {
  it('JSON-LD nested 100,000 deep, with a 100,000-item graph, wrong types and invalid JSON', () => {
    const article = read(hostileJsonLd(100_000));
    expect(codes(article)).toContain('json-ld-invalid');
    expect(article.text).toContain('Broken data');
  });

  it('embed code escaped into the text, 10,000 times', () => {
    read(escapedEmbedCode(10_000));
  });

  it('NUL bytes and lone surrogates everywhere come out as well-formed text', () => {
    const article = read(nulsAndSurrogates(200));
    expect(article.text).toContain('chars,');
    expect(JSON.stringify(article)).not.toMatch(/\\u0000/);
  });

  it('a page that is only scripts has no text and no quotes: script, template and style text is never content', () => {
    const article = read(onlyScripts(3_000));
    expect(article.text).toBe('');
    expect(article.quotes).toEqual([]);
  });

  it('dangerous URLs (javascript:, data:, vbscript:, disguised) never reach the output', () => {
    const article = read(dangerousUrls(), { url: 'https://news.example/story' });
    const urls = JSON.stringify(article, (key, value) => (key === 'text' || key === 'message' ? undefined : value));
    expect(urls).not.toMatch(/javascript:|vbscript:|data:text|file:/i);
  });
});

describe('no scripts run, no network', () => {
  it('extract neither runs page scripts nor fetches anything', () => {
    const global = globalThis as Record<string, unknown>;
    const saved = { fetch: global.fetch, XMLHttpRequest: global.XMLHttpRequest, WebSocket: global.WebSocket };
    const calls: string[] = [];
    global.fetch = () => calls.push('fetch');
    global.XMLHttpRequest = function XMLHttpRequest() {
      calls.push('xhr');
    };
    global.WebSocket = function WebSocket() {
      calls.push('websocket');
    };
    try {
      const page =
        '<html><head><script>globalThis.__onrecordPwned = 1; fetch("https://evil.example/")</script>' +
        '<link rel="preload" href="https://evil.example/x.js"><meta http-equiv="refresh" content="0;url=https://evil.example/"></head>' +
        '<body onload="globalThis.__onrecordPwned = 2"><article><p>"Safe," he said.</p>' +
        '<img src="https://evil.example/i.png" onerror="globalThis.__onrecordPwned = 3">' +
        '<iframe src="https://evil.example/"></iframe><script src="https://platform.twitter.com/widgets.js"></script></article></body></html>';
      read(page);
      expect(global.__onrecordPwned).toBeUndefined();
      expect(calls).toEqual([]);
    } finally {
      Object.assign(global, saved);
    }
  });
});
