/**
 * The tokenizer's fast path (src/hast/tokenizer-fast-path.ts) must give the very tree plain parse5
 * gives: checked on hand-picked edge cases of script and style content, attribute values and
 * comments, on random soups of the pieces that change the tokenizer's state, and on the fixtures.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Parser } from 'parse5';
import { parseHtml } from '../src/hast/parse.js';
import { speedUpTokenizer } from '../src/hast/tokenizer-fast-path.js';
import { fixtureNames, readFixture } from './helpers/fixtures.js';

function bothWays(html: string) {
  return { fast: parseHtml(html), plain: parseHtml(html, { tokenizerFastPath: false }) };
}

function scriptText(html: string): string {
  const { tree } = parseHtml(html);
  const texts: string[] = [];
  const stack = [...tree.children];
  while (stack.length > 0) {
    const node = stack.shift();
    if (!node) break;
    if (node.type === 'element') {
      if (node.tagName === 'script' || node.tagName === 'style') {
        texts.push(node.children.map((child) => (child.type === 'text' ? child.value : '')).join(''));
      } else stack.unshift(...node.children);
    }
  }
  return texts.join('|');
}

describe('tokenizer fast path', () => {
  it('is active with the parse5 the builds carry (it falls back silently otherwise)', () => {
    expect(speedUpTokenizer(new Parser().tokenizer)).toBe(true);
  });

  it.each([
    ['CRLF and lone CR become LF', '<script>a\r\nb\rc\r\n\r\nd</script>', 'a\nb\nc\n\nd'],
    ['NUL becomes U+FFFD', '<script>a\0b</script><style>c\0d</style>', 'a\uFFFDb|c\uFFFDd'],
    ['astral and lone surrogates are kept', '<script>x\uD83D\uDE00y\uD83Dz\uDE00</script>', 'x\uD83D\uDE00y\uD83Dz\uDE00'],
    ['an end tag of another element is text', '<script>var s = "</style>" + "</div>";</script>', 'var s = "</style>" + "</div>";'],
    ['the end tag is found in any case, with spaces', '<style>p { color: red }</STYLE  >after', 'p { color: red }'],
    [
      'a script escape hides a nested end tag',
      '<script><!-- document.write("<script>x()</script>"); --></script>',
      '<!-- document.write("<script>x()</script>"); -->',
    ],
    ['white space and text alternate in one node', '<script>\n  a  \n\t b \n</script>', '\n  a  \n\t b \n'],
    ['an unclosed script runs to the end of input', '<script>never closed\r\n', 'never closed\n'],
  ])('%s', (_name, html, expected) => {
    const { fast, plain } = bothWays(html);
    expect(fast).toEqual(plain);
    expect(scriptText(html)).toBe(expected);
  });

  it.each([
    ['a quoted value with references, NUL and CRLF', '<a title="a &amp; b&lt;\0c\r\nd" data-j=\'{"k": "v & w"}\'>x</a>'],
    ['comments with dashes, nested openers and CRs', '<!-- a - b -- c <!-- d\r\ne --!> f --><p>after<!-- g --></p>'],
  ])('%s', (_name, html) => {
    const { fast, plain } = bothWays(html);
    expect(fast).toEqual(plain);
  });

  it('gives the same tree on random soups of delimiters', () => {
    const piece = fc.constantFrom(
      '<script>', '</script>', '</SCRIPT >', '<script type="a">', '<style>', '</style>', '<xmp>', '</xmp>', '<iframe>',
      '</iframe>', '<noscript>', '</noscript>', '<noembed>', '<textarea>', '</textarea>', '<title>', '<pre>', '<svg>',
      '</svg>', '<plaintext>', '<template>', '<table>', '<p>', '<!--', '-->', '<!', '<', '</', '/', '>', '-', '&amp;',
      '\r\n', '\r', '\n', '\t', '\f', ' ', '\0', '\uD83D\uDE00', '\uD83D', '\uDE00', 'é', 'text', 'x y',
      '<a href="', '<img alt=\'', '<div data-x="', '"', "'", '=', '&', '&lt;', '&#x41;', '&notit;', '--', '--!>', '<!-->',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const { fast, plain } = bothWays(pieces.join(''));
        expect(fast).toEqual(plain);
      }),
      { numRuns: 1500 },
    );
  });

  it('gives the same tree on every fixture page', () => {
    for (const name of fixtureNames()) {
      const { fast, plain } = bothWays(readFixture(name).html);
      expect(fast, name).toEqual(plain);
    }
  });
});
