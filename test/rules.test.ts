/**
 * Site rules (src/rules/, README "Site rules"): how a rule set is checked, which pages a rule
 * applies to, what each key does to the Article, that a bad rule is a warning and never a throw,
 * and the CLI's `--rules FILE` with the JSON Schema of that file. The fixtures named rules-* show
 * each behaviour on a whole page.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv';
import type { Root } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../src/hast/parse.js';
import { compileRules, extract, extractFromTree, type SiteRule } from '../src/index.js';
import { normaliseHost } from '../src/rules/compile.js';
import { builtPackage } from './helpers/built-package.js';
import { jsonLines, runCommand } from './helpers/cli.js';
import { fixtureNames, readFixture } from './helpers/fixtures.js';

const PAGE = `<html><head><title>Ferry fares rise in spring</title></head><body><article>
<p class="kicker-title">Ferry fares rise in spring, the harbour board says</p>
<p>The harbour board will raise ferry fares by a tenth from the first of April, the third rise in two years, to pay for a new landing stage at the island pier.</p>
<div class="reader-box"><p>“Send us your ferry stories,” our community desk says to every reader who writes in about the crossing each week.</p></div>
<p>“Nobody likes paying more, but the old stage will not last another winter,” said Tove Marsh, who chairs the board and has run its budget for a decade.</p>
<p>Islanders with a resident's card will pay the old fare until the end of the year, the board said in a letter sent to every household on the island.</p>
</article></body></html>`;

const codes = (warnings: { code: string }[]) => warnings.map((warning) => warning.code);

describe('compileRules', () => {
  it('keeps the valid part of each rule and names the rule and the selector in each problem', () => {
    const compiled = compileRules([
      { hosts: ['example.com'], body: 'main..x', title: 'h1', exclude: ['.ad', ':nope'] },
      { tags: '.tags a', titel: 'h1' } as SiteRule,
    ]);
    expect(compiled.rules[0]?.fields).toEqual({ title: 'h1' });
    expect(compiled.rules[0]?.body).toBeUndefined();
    expect(compiled.rules[0]?.exclude).toEqual(['.ad']);
    expect(compiled.problems).toHaveLength(3);
    expect(compiled.problems[0]).toMatch(/^Site rule 1 \(example\.com\): selector "main\.\.x" for body is invalid/);
    expect(compiled.problems[1]).toMatch(/selector ":nope" for exclude is invalid/);
    expect(compiled.problems[2]).toMatch(/^Site rule 2: unknown key "titel"/);
  });

  it('compiles a rule set once: the same list gives the same compiled rules', () => {
    const rules: SiteRule[] = [{ title: 'h1' }];
    expect(compileRules(rules)).toBe(compileRules(rules));
    expect(compileRules(compileRules(rules))).toBe(compileRules(rules));
    expect(compileRules([{ title: 'h1' }])).not.toBe(compileRules(rules));
  });

  it('reads host names as a URL would have them, and refuses what is not a host', () => {
    expect(normaliseHost('WWW.Example.COM')).toBe('example.com');
    expect(normaliseHost(' *.example.com ')).toBe('example.com');
    expect(normaliseHost('bücher.example')).toBe('xn--bcher-kva.example');
    for (const bad of ['https://example.com/', 'example.com/news', 'example.com:8080', '', ' ', 'a b.com', 7, null]) {
      expect(normaliseHost(bad), String(bad)).toBeUndefined();
    }
  });

  it('reports rules it cannot read at all, without throwing', () => {
    expect(compileRules(42 as unknown as SiteRule).problems).toEqual(['Site rules must be a rule object or a list of them, got number.']);
    const compiled = compileRules([null, { hosts: 'example.com' }, { exclude: '.ad', quotes: 'no' }] as unknown as SiteRule[]);
    expect(compiled.problems).toEqual([
      'Site rule 1 is not an object; it was ignored.',
      'Site rule 2: hosts must be a non-empty list of host names; the rule applies to no page.',
      'Site rule 3: exclude must be a list of selectors; it was ignored.',
      'Site rule 3: quotes must be false (or true, the default); it was ignored.',
    ]);
  });
});

describe('which pages a rule applies to', () => {
  const rule = (hosts: string[]): SiteRule => ({ hosts, exclude: ['.reader-box'] });
  const applied = (options: Parameters<typeof extract>[1]) => !extract(PAGE, options).text.includes('Send us your ferry stories');

  it('the host of options.url and its subdomains, never a host that merely ends the same', () => {
    expect(applied({ url: 'https://harbour-news.example/a', rules: rule(['harbour-news.example']) })).toBe(true);
    expect(applied({ url: 'https://www.harbour-news.example/a', rules: rule(['harbour-news.example']) })).toBe(true);
    expect(applied({ url: 'https://isles.harbour-news.example/a', rules: rule(['harbour-news.example']) })).toBe(true);
    expect(applied({ url: 'https://notharbour-news.example/a', rules: rule(['harbour-news.example']) })).toBe(false);
    expect(applied({ url: 'https://harbour-news.example/a', rules: rule(['isles.harbour-news.example']) })).toBe(false);
  });

  it('the canonical URL when no URL is given; options.url wins over it', () => {
    const page = PAGE.replace('<title>', '<link rel="canonical" href="https://harbour-news.example/a"><title>');
    expect(extract(page, { rules: rule(['harbour-news.example']) }).text).not.toContain('Send us');
    expect(extract(page, { url: 'https://elsewhere.example/a', rules: rule(['harbour-news.example']) }).text).toContain('Send us');
  });

  it('a rule without hosts applies to every page; one with hosts to none when the page has no URL', () => {
    expect(applied({ rules: { exclude: ['.reader-box'] } })).toBe(true);
    expect(applied({ rules: rule(['harbour-news.example']) })).toBe(false);
  });

  it('a rule whose hosts cannot be read applies to no page, and says so on every page', () => {
    const article = extract(PAGE, { rules: [{ hosts: [], exclude: ['.reader-box'] }] });
    expect(article.text).toContain('Send us');
    expect(codes(article.warnings)).toEqual(['rule-invalid']);
  });
});

describe('what a rule does', () => {
  it('exclude removes a block from the text and its quote from the quotes', () => {
    const before = extract(PAGE);
    expect(before.quotes.map((quote) => quote.text)).toContain('Send us your ferry stories,');
    const after = extract(PAGE, { rules: { exclude: ['.reader-box'] } });
    expect(after.text).not.toContain('ferry stories');
    expect(after.quotes.map((quote) => quote.text)).toEqual(['Nobody likes paying more, but the old stage will not last another winter,']);
    expect(after.warnings).toEqual([]);
  });

  it('a field comes from the rule ahead of the page, and its element leaves the text', () => {
    const before = extract(PAGE);
    expect(before.title).toBe('Ferry fares rise in spring');
    expect(before.text).toContain('the harbour board says');
    const after = extract(PAGE, { rules: { title: '.kicker-title' } });
    expect(after.title).toBe('Ferry fares rise in spring, the harbour board says');
    expect(after.text).not.toContain('the harbour board says');
  });

  it('the first rule that yields a field gives it; an unmatched selector is warned about and the next rule tried', () => {
    const article = extract(PAGE, { rules: [{ title: '.headline' }, { title: '.kicker-title' }, { title: 'title' }] });
    expect(article.title).toBe('Ferry fares rise in spring, the harbour board says');
    expect(article.warnings).toEqual([
      { code: 'rule-unmatched', message: 'Site rule 1: selector ".headline" for title matched nothing on this page.' },
    ]);
  });

  it('a date selector that matches no date is warned about, and the page is read as usual', () => {
    const article = extract(PAGE, { rules: { publishedAt: '.kicker-title' } });
    expect(article.publishedAt).toBeUndefined();
    expect(article.warnings).toEqual([
      {
        code: 'rule-unmatched',
        message: 'Site rule 1: selector ".kicker-title" for publishedAt matched 1 element(s) with no publishedAt in them.',
      },
    ]);
  });

  it('quotes: false turns quote extraction off', () => {
    expect(extract(PAGE, { rules: { quotes: false } }).quotes).toEqual([]);
    expect(extract(PAGE, { rules: { quotes: true } }).quotes.length).toBeGreaterThan(0);
  });

  it("extractFromTree leaves the caller's tree as it was", () => {
    const tree: Root = parseHtml(PAGE).tree;
    const before = JSON.stringify(tree);
    const article = extractFromTree(tree, { rules: { exclude: ['.reader-box', 'p.kicker-title'], body: 'article' } });
    expect(article.text).not.toContain('ferry stories');
    expect(JSON.stringify(tree)).toBe(before);
  });

  it('compiled rules can be passed as options.rules', () => {
    const compiled = compileRules([{ exclude: ['.reader-box'] }]);
    expect(extract(PAGE, { rules: compiled }).text).toEqual(extract(PAGE, { rules: [{ exclude: ['.reader-box'] }] }).text);
  });

  it('never throws on rules it cannot use', () => {
    for (const rules of [42, 'h1', null, [null], [{ exclude: '.x' }], [{ body: 'p::after' }], [{ related: ':nth-child(2 of p)' }]]) {
      const article = extract(PAGE, { rules } as unknown as Parameters<typeof extract>[1]);
      expect(article.text, JSON.stringify(rules)).toContain('harbour board');
      if (rules !== null) expect(codes(article.warnings), JSON.stringify(rules)).toContain('rule-invalid');
    }
  });

  it('gives the same article as without rules when no rule applies', () => {
    const without = extract(PAGE, { url: 'https://a.example/x' });
    expect(extract(PAGE, { url: 'https://a.example/x', rules: [{ hosts: ['b.example'], body: 'p', quotes: false }] })).toEqual(without);
  });
});

describe('the CLI and the rules file', () => {
  let cli: string;
  let work: string;
  let builtExtract: typeof extract;
  let validate: ValidateFunction;
  const fixture = readFixture('rules-related-from-promo-cards');
  const rules = fixture.options.rules as SiteRule[];

  beforeAll(async () => {
    const { distDir } = await builtPackage();
    cli = join(distDir, 'cli.js');
    builtExtract = (await import(pathToFileURL(join(distDir, 'index.js')).href)).extract;
    validate = new Ajv({ strict: true, allErrors: true }).compile(JSON.parse(readFileSync(join(distDir, 'rules.schema.json'), 'utf8')));
    work = mkdtempSync(join(tmpdir(), 'onrecord-rules-'));
  }, 300_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const write = (name: string, text: string) => {
    const path = join(work, name);
    writeFileSync(path, text);
    return path;
  };

  it('--rules FILE applies the rules to one page and to a batch, as extract does', () => {
    const file = write('rules.json', JSON.stringify(rules));
    const page = write('page.html', fixture.html);
    const expected = JSON.parse(JSON.stringify(builtExtract(fixture.html, { rules })));
    expect(expected.relatedLinks).toHaveLength(2);
    const one = runCommand(cli, [page, '--rules', file]);
    expect(one.code, one.stderr).toBe(0);
    expect(JSON.parse(one.stdout)).toEqual(expected);
    const batch = runCommand(cli, ['--ndjson', '--concurrency', '2', '--quiet', `--rules=${file}`, page, page]);
    expect(batch.code, batch.stderr).toBe(0);
    for (const line of jsonLines(batch.stdout)) expect(line).toEqual({ file: page, ...expected });
  });

  it('stops at start, with exit code 2, on a rules file it cannot use', () => {
    const page = write('page.html', fixture.html);
    const cases: [string, RegExp][] = [
      ['{"hosts": [', /is not valid JSON/],
      ['{"title": "h1"}', /must hold a JSON list of site rules/],
      ['[{"hosts": ["a.example"], "titel": "h1"}]', /Site rule 1 \(a\.example\): unknown key "titel"/],
      ['[{"exclude": ["div..x"]}]', /Site rule 1: selector "div\.\.x" for exclude is invalid/],
    ];
    for (const [text, message] of cases) {
      const run = runCommand(cli, [page, '--rules', write('bad.json', text)]);
      expect(run.code, text).toBe(2);
      expect(run.stderr, text).toMatch(message);
      expect(run.stdout).toBe('');
    }
    const missing = runCommand(cli, [page, '--rules', join(work, 'none.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--rules .*none\.json: ENOENT/);
  });

  it('the JSON Schema accepts every fixture rule set and rejects what the CLI rejects', () => {
    for (const name of fixtureNames()) {
      const options = readFixture(name).options;
      if (options.rules === undefined) continue;
      const list = Array.isArray(options.rules) ? options.rules : [options.rules];
      // The warnings fixture carries a misspelt key on purpose.
      expect(validate(list), `${name}: ${JSON.stringify(validate.errors)}`).toBe(name !== 'rules-selector-warnings');
    }
    expect(validate([{ hosts: ['a.example'], titel: 'h1' }])).toBe(false);
    expect(validate([{ hosts: [] }])).toBe(false);
    expect(validate([{ exclude: '.ad' }])).toBe(false);
    expect(validate({ title: 'h1' })).toBe(false);
  });
});
