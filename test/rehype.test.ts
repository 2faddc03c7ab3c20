/**
 * onrecord inside a real unified pipeline: `rehypeOnrecord` after rehype-parse, and
 * `extractFromTree` on the tree rehype-parse builds, both agree with `extract` on every fixture.
 */
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { extract, extractFromTree, rehypeOnrecord } from '../src/index.js';
import type { Article } from '../src/types.js';
import { fixtureNames, readFixture } from './helpers/fixtures.js';

const fixtures = fixtureNames().map(readFixture);

/** Parse-level warnings (a tree flattened by onrecord's own parser) belong to `extract` alone. */
function withoutParseWarnings(article: Article): Article {
  return { ...article, warnings: article.warnings.filter((warning) => warning.code !== 'tree-too-deep') };
}

describe('rehypeOnrecord', () => {
  for (const fixture of fixtures) {
    it(`puts the Article on file.data.onrecord: ${fixture.name}`, async () => {
      const processor = unified()
        .use(rehypeParse)
        .use(rehypeOnrecord, fixture.options);
      const file = new VFile(fixture.html);
      const tree = processor.parse(file);
      const before = structuredClone(tree);
      const after = await processor.run(tree, file);
      // Typed through the plugin's DataMap augmentation: no cast.
      const article: Article | undefined = file.data.onrecord;
      expect(article).toBeDefined();
      expect(withoutParseWarnings(article!)).toEqual(withoutParseWarnings(extract(fixture.html, fixture.options)));
      expect(after).toEqual(before); // the plugin only reads the tree
    });
  }

  it('works without options and with null options, as unified passes them', async () => {
    const html = '<article><p>“We are ready,” said Ana Ruiz.</p></article>';
    for (const options of [undefined, null]) {
      const processor = unified().use(rehypeParse).use(rehypeOnrecord, options);
      const file = new VFile(html);
      await processor.run(processor.parse(file), file);
      expect(file.data.onrecord?.text).toBe('“We are ready,” said Ana Ruiz.');
      expect(file.data.onrecord?.url).toBeUndefined();
    }
  });

  it('sits in a pipeline with other plugins and sees their changes', async () => {
    // A plugin before it drops the paragraphs an editor marked; onrecord reads the tree it is given.
    const dropMarked = () => (tree: Root) => {
      const body = tree.children.find((node) => node.type === 'element' && node.tagName === 'html');
      const pending = body && body.type === 'element' ? [body] : [];
      while (pending.length > 0) {
        const element = pending.pop()!;
        element.children = element.children.filter(
          (child) => !(child.type === 'element' && child.properties['dataDrop'] !== undefined),
        );
        for (const child of element.children) if (child.type === 'element') pending.push(child);
      }
    };
    const html = '<article><p>First paragraph of the story.</p><p data-drop>Buy now.</p><p>Second paragraph.</p></article>';
    const processor = unified().use(rehypeParse).use(dropMarked).use(rehypeOnrecord);
    const file = new VFile(html);
    await processor.run(processor.parse(file), file);
    expect(file.data.onrecord?.text).not.toContain('Buy now');
    expect(file.data.onrecord?.text).toContain('Second paragraph.');
    expect(extract(html).text).toContain('Buy now');
  });
});

describe('extractFromTree', () => {
  for (const fixture of fixtures) {
    it(`reads rehype-parse's tree as extract reads the HTML: ${fixture.name}`, () => {
      const tree = unified().use(rehypeParse).parse(fixture.html);
      const fromTree = extractFromTree(tree, fixture.options);
      expect(withoutParseWarnings(fromTree)).toEqual(withoutParseWarnings(extract(fixture.html, fixture.options)));
    });
  }

  it('reads a fragment parse and a tree built by hand', () => {
    const fragment = unified().use(rehypeParse, { fragment: true }).parse('<p>“Fragments count too,” said Li Wei.</p>');
    expect(extractFromTree(fragment).text).toBe('“Fragments count too,” said Li Wei.');
    const handMade: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [{ type: 'text', value: 'Built without a parser.' }],
        },
      ],
    };
    expect(extractFromTree(handMade, { url: 'https://example.com/a' })).toMatchObject({
      url: 'https://example.com/a',
      text: 'Built without a parser.',
    });
  });
});
