/**
 * The parser's safety net. The tokenizer fast path (src/hast/tokenizer-fast-path.ts) reaches into
 * parse5's internals, so it is checked here against the HTML standard's conformance suite and a
 * differential fuzz:
 *
 * - html5lib-tests' tree-construction files (vendored in test/html5lib/, MIT, licence beside them):
 *   plain parse5 and parse5 with the fast path each give the tree each file expects, and
 *   `parseHtml` gives the same hast tree with and without the fast path (fragment tests, scripting-off tests and the
 *   few tests plain parse5 fails too, listed under `skip` in checked.json, are only parsed both ways and compared);
 * - a few thousand generated documents give the same tree both ways;
 * - parse5's installed version is the one the vendored set was checked with
 *   (test/html5lib/checked.json): a new parse5 fails here until the suite has been run with it and
 *   the version recorded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { type DefaultTreeAdapterMap, html as htmlNamespaces, Parser, parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../src/hast/parse.js';
import { speedUpTokenizer } from '../src/hast/tokenizer-fast-path.js';
import { REPO_ROOT } from './helpers/built-package.js';

const SUITE_DIR = join(REPO_ROOT, 'test/html5lib');
const checked = JSON.parse(readFileSync(join(SUITE_DIR, 'checked.json'), 'utf8')) as {
  parse5: string;
  files: Record<string, { commit: string; tests: number; skip?: Record<string, string> }>;
};

interface TreeTest {
  file: string;
  index: number;
  data: string;
  document: string;
  /**
   * Why the expected tree is not checked, if it is not: a fragment test (`#document-fragment`, parsed in a context element,
   * not as a document), a test of parsing with scripting off (`#script-off`: parse5 parses with scripting on), or a test
   * plain parse5 fails too, listed with its reason under `skip` in checked.json (by its 1-based number in the file).
   * Such a test's data is still parsed as a document both ways, and the fast path must give plain parse5's tree.
   */
  unchecked?: string;
  /** Whether the test is on a file's skip list: plain parse5 is expected to fail it. */
  knownFailure?: boolean;
}

/** The tests of one .dat file: `#data`, then `#errors` and the like, then `#document` or `#document-fragment` and `#document`. */
function readTests(file: string): TreeTest[] {
  const tests: TreeTest[] = [];
  const skip = checked.files[file]?.skip ?? {};
  const lines = readFileSync(join(SUITE_DIR, 'tree-construction', file), 'utf8').split('\n');
  let section = '';
  let current: { data: string[]; document: string[]; sections: Set<string> } | undefined;
  const finish = () => {
    if (!current) return;
    while (current.document.at(-1) === '') current.document.pop();
    const index = tests.length;
    const unchecked = current.sections.has('document-fragment')
      ? 'a fragment test'
      : current.sections.has('script-off')
        ? 'a scripting-off test'
        : skip[String(index + 1)];
    const knownFailure = !current.sections.has('document-fragment') && !current.sections.has('script-off') && unchecked !== undefined;
    tests.push({
      file,
      index,
      data: current.data.join('\n'),
      document: current.document.join('\n'),
      ...(unchecked ? { unchecked, knownFailure } : {}),
    });
  };
  for (const line of lines) {
    if (line === '#data') {
      finish();
      current = { data: [], document: [], sections: new Set() };
      section = 'data';
    } else if (/^#[a-z-]+$/.test(line) && current) {
      section = line.slice(1);
      current.sections.add(section);
    } else if (section === 'data') current?.data.push(line);
    else if (section === 'document') current?.document.push(line);
  }
  finish();
  return tests;
}

type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

const PREFIX: Record<string, string> = { [htmlNamespaces.NS.SVG]: 'svg ', [htmlNamespaces.NS.MATHML]: 'math ' };

/** A parse5 document in the suite's format: `| ` and two spaces of indent per level. */
function serialize(parent: ParentNode, depth = 0, out: string[] = []): string[] {
  const line = (level: number, text: string) => out.push(`| ${'  '.repeat(level)}${text}`);
  for (const node of parent.childNodes as Node[]) {
    if (node.nodeName === '#documentType') {
      const { name, publicId, systemId } = node as DefaultTreeAdapterMap['documentType'];
      line(depth, `<!DOCTYPE ${name}${publicId || systemId ? ` "${publicId}" "${systemId}"` : ''}>`);
    } else if (node.nodeName === '#comment') line(depth, `<!-- ${(node as DefaultTreeAdapterMap['commentNode']).data} -->`);
    else if (node.nodeName === '#text') line(depth, `"${(node as DefaultTreeAdapterMap['textNode']).value}"`);
    else {
      const element = node as DefaultTreeAdapterMap['element'];
      line(depth, `<${PREFIX[element.namespaceURI] ?? ''}${element.tagName}>`);
      const attributes = element.attrs.map((attr) => [`${attr.prefix ? `${attr.prefix} ` : ''}${attr.name}`, attr.value] as const);
      for (const [name, value] of attributes.sort(([a], [b]) => (a < b ? -1 : 1))) line(depth + 1, `${name}="${value}"`);
      if (element.tagName === 'template' && 'content' in element) {
        line(depth + 1, 'content');
        serialize((element as DefaultTreeAdapterMap['template']).content, depth + 2, out);
      } else serialize(element, depth + 1, out);
    }
  }
  return out;
}

/** parse5 with the fast path on its tokenizer, as `parseHtml` runs it. */
function parseWithFastPath(html: string): DefaultTreeAdapterMap['document'] {
  const parser = new Parser<DefaultTreeAdapterMap>();
  if (!speedUpTokenizer(parser.tokenizer)) throw new Error('the fast path did not attach to this parse5');
  parser.tokenizer.write(html, true);
  return parser.document;
}

const files = readdirSync(join(SUITE_DIR, 'tree-construction')).filter((name) => name.endsWith('.dat'));
const tests = files.flatMap(readTests);

describe('html5lib-tests tree construction', () => {
  it('holds the vendored files, all their tests read', () => {
    expect(files.sort()).toEqual(Object.keys(checked.files).sort());
    for (const [file, { tests: count }] of Object.entries(checked.files)) {
      expect(tests.filter((test) => test.file === file), file).toHaveLength(count);
    }
  });

  it('runs on the parse5 version the set was checked with', () => {
    const installed = JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules/parse5/package.json'), 'utf8')).version;
    expect(
      installed,
      `parse5 is ${installed}, but test/html5lib/ was checked with ${checked.parse5}: the fast path reads parse5's internals. ` +
        `Run this test file with the new parse5 and, once it passes, set "parse5" in test/html5lib/checked.json to ${installed}.`,
    ).toBe(checked.parse5);
  });

  it('skips only tests that exist, each for a reason', () => {
    for (const [file, { tests: count, skip = {} }] of Object.entries(checked.files)) {
      for (const [number, reason] of Object.entries(skip)) {
        expect(Number(number), `${file} skip ${number}`).toBeGreaterThanOrEqual(1);
        expect(Number(number), `${file} skip ${number}`).toBeLessThanOrEqual(count);
        expect(reason, `${file} skip ${number}`).not.toBe('');
      }
    }
  });

  for (const test of tests) {
    it(`${test.file} #${test.index + 1}: ${JSON.stringify(test.data).slice(0, 70)}`, () => {
      if (test.unchecked) {
        // Not checked against the expected tree (see TreeTest.unchecked), but the fast path must still change nothing.
        expect(serialize(parseWithFastPath(test.data)), `${test.unchecked}: parse5 with the fast path`).toEqual(
          serialize(parse(test.data)),
        );
        expect(parseHtml(test.data)).toEqual(parseHtml(test.data, { tokenizerFastPath: false }));
        if (test.knownFailure) {
          expect(
            serialize(parse(test.data)).join('\n'),
            'plain parse5 now passes this skipped test: remove it from skip in checked.json',
          ).not.toBe(test.document);
        }
        return;
      }
      expect(serialize(parse(test.data)).join('\n'), 'plain parse5').toBe(test.document);
      expect(serialize(parseWithFastPath(test.data)).join('\n'), 'parse5 with the fast path').toBe(test.document);
      expect(parseHtml(test.data)).toEqual(parseHtml(test.data, { tokenizerFastPath: false }));
    });
  }
});

describe('differential fuzz', () => {
  /** Documents of nested elements, attributes with every kind of quoting and reference, comments, and raw-text elements with escapes in them. */
  const text = fc.constantFrom('a', 'Caf\u00e9', ' ', '\n', '\r\n', '\r', '\t', '\0', '&amp;', '&lt', '&#x41;', '&notin;', '&', '<', '>', '--', '"', "'", '\uD83D\uDE00', '\uDE00');
  const words = fc.array(text, { maxLength: 8 }).map((parts) => parts.join(''));
  const attrValue = fc.tuple(fc.constantFrom('"', "'", ''), words).map(([quote, value]) => `${quote}${quote ? value : value.replace(/[\s>"'=<`]/g, 'x')}${quote}`);
  const attribute = fc.tuple(fc.constantFrom('class', 'href', 'data-json', 'title', 'alt', 'x'), attrValue).map(([name, value]) => `${name}=${value}`);
  const rawText = fc
    .array(fc.constantFrom('x', '<', '</', '<!--', '-->', '<script>', '</script>', '</SCRIPT >', '</style>', '-', '\0', '\r', '\n', ' ', '<!', '/'), { maxLength: 12 })
    .map((parts) => parts.join(''));
  const node: fc.Memo<string> = fc.memo((depth) =>
    depth <= 1
      ? fc.oneof(words, words.map((value) => `<!--${value}-->`))
      : fc.oneof(
          words,
          words.map((value) => `<!--${value}-->`),
          fc.tuple(fc.constantFrom('script', 'style', 'textarea', 'title', 'xmp', 'noscript'), rawText).map(([tag, body]) => `<${tag}>${body}</${tag}>`),
          fc
            .tuple(fc.constantFrom('div', 'p', 'a', 'b', 'table', 'td', 'li', 'svg', 'template', 'span'), fc.array(attribute, { maxLength: 3 }), fc.array(node(depth - 1), { maxLength: 4 }), fc.boolean())
            .map(([tag, attrs, children, close]) => `<${[tag, ...attrs].join(' ')}>${children.join('')}${close ? `</${tag}>` : ''}`),
        ),
  );
  const documents = fc.tuple(fc.constantFrom('', '<!doctype html>', '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01//EN">'), fc.array(node(4), { maxLength: 6 })).map(([doctype, nodes]) => doctype + nodes.join(''));

  it('gives the same tree with and without the fast path on 3,000 generated documents', () => {
    fc.assert(
      fc.property(documents, (html) => {
        expect(serialize(parseWithFastPath(html))).toEqual(serialize(parse(html)));
        expect(parseHtml(html)).toEqual(parseHtml(html, { tokenizerFastPath: false }));
      }),
      { numRuns: 3000 },
    );
  }, 120_000);
});
