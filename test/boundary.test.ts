/** The article boundary: which element holds the article, and which of its blocks are the article's text. */
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { collectBlocks } from '../src/boundary/blocks.js';
import { findArticleRoot } from '../src/boundary/root.js';
import { parseHtml } from '../src/hast/parse.js';
import { classAndId } from '../src/hast/util.js';
import { extract } from '../src/index.js';

const sentence = (topic: string, n: number) =>
  `Paragraph ${n} about ${topic}, which runs long enough to be prose, with a comma, and another clause to read.`;
const paragraphs = (topic: string, count: number) => Array.from({ length: count }, (_, i) => `<p>${sentence(topic, i + 1)}</p>`).join('\n');

function rootOf(html: string): Element | Root {
  return findArticleRoot(parseHtml(html).tree);
}
function textOf(html: string): string {
  return extract(html).text;
}

describe('findArticleRoot', () => {
  it('picks the container of the story over a link-heavy sidebar', () => {
    const html = `<body><div class="sidebar-box">${Array.from({ length: 30 }, (_, i) => `<p><a href="/x${i}">A linked teaser headline number ${i} that goes on</a></p>`).join('')}</div>
      <div id="story">${paragraphs('the harbour', 5)}</div></body>`;
    const root = rootOf(html) as Element;
    expect(classAndId(root)).toContain('story');
  });

  it('keeps a page wrapper whose theme names it like furniture ("penci_sidebar", "widget blog")', () => {
    const html = `<body><div class="container penci_sidebar"><div class="widget blog"><article class="post">
      <div class="entry-content">${paragraphs('the garden', 4)}</div></article></div>
      <div class="sidebar"><p>${sentence('the author', 1)}</p></div></div></body>`;
    expect(textOf(html)).toContain(sentence('the garden', 4));
    expect(textOf(html)).not.toContain('the author');
  });

  it('never takes the comment section, even when it holds more prose than the article', () => {
    const html = `<body><div class="article-body">${paragraphs('the vote', 3)}</div>
      <section id="comments"><div class="comment-list">${paragraphs('my opinion', 12)}</div></section></body>`;
    const text = textOf(html);
    expect(text).toContain(sentence('the vote', 3));
    expect(text).not.toContain('my opinion');
  });

  it('treats a page-wide <form> (ASP.NET) as a wrapper, not furniture', () => {
    const html = `<body><form id="aspnetForm"><div class="main">${paragraphs('the crash', 4)}</div></form></body>`;
    expect(textOf(html)).toContain(sentence('the crash', 1));
  });

  it('joins the chunks of a body split between ad rails (same class), but not other stories with their own headline', () => {
    const chunk = (topic: string) =>
      `<div class="grid"><div class="body__chunk">${paragraphs(topic, 3)}</div><div class="rail"></div></div>`;
    const story = `<body><div class="chunks">${chunk('part one')}${chunk('part two')}</div>
      <div class="more"><div class="teaser"><h2><a href="/another">Another story</a></h2><div class="body__chunk">${paragraphs('another story', 3)}</div></div></div></body>`;
    const text = textOf(story);
    expect(text).toContain(sentence('part one', 1));
    expect(text).toContain(sentence('part two', 3));
    expect(text).not.toContain('another story');
  });

  it("takes in the article's opening beside the body container when JSON-LD articleBody starts with it", () => {
    const lead = 'Three people died on Tuesday during protests against the interim government, officials said.';
    const html = (withLd: boolean) => `<html><head>${
      withLd
        ? `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: `${lead} ${sentence('the protests', 1)}` })}</script>`
        : ''
    }</head><body><div class="article"><div class="article__summary"><div class="standfirst"><p>${lead}</p></div></div>
      <div class="article__text">${paragraphs('the protests', 6)}</div></div></body></html>`;
    expect(textOf(html(true))).toContain(lead);
    expect(textOf(html(false))).not.toContain(lead);
  });

  it('falls back to the body for a page without prose, and never throws on hostile nesting', () => {
    expect(rootOf('<body><p>Hi</p></body>')).toMatchObject({ tagName: 'body' });
    const deep = `${'<div>'.repeat(5000)}${paragraphs('depth', 2)}${'</div>'.repeat(5000)}`;
    expect(textOf(deep)).toContain(sentence('depth', 2));
  });
});

describe('collectBlocks', () => {
  const blocksOf = (html: string) => {
    const { tree } = parseHtml(html);
    return collectBlocks(findArticleRoot(tree), (element) => element.properties.className?.toString().includes('embed') ?? false);
  };

  it('splits loose text at a double <br>, keeps a single <br> inside a paragraph', () => {
    const { blocks } = blocksOf(
      `<body><div class="post-body"><img src="a.jpg">${sentence('one', 1)}<br>still one.<br><br>${sentence('two', 2)}</div></body>`,
    );
    expect(blocks.map((block) => block.text)).toEqual([`${sentence('one', 1)} still one.`, sentence('two', 2)]);
  });

  it('marks pull quotes and blockquotes, and leaves embeds as anchors', () => {
    const { blocks, anchors } = blocksOf(`<body><article>${paragraphs('quotes', 2)}
      <aside class="x"><p>aside text is furniture and never read by the walk at all</p></aside>
      <div class="pullquote"><p>A pull quote from the article, repeated large in the middle of it.</p></div>
      <div class="embed-tweet"><p>The text of an embedded post, not the article's own words at all.</p></div>
      ${paragraphs('after', 1)}</article></body>`);
    const pull = blocks.find((block) => block.text.startsWith('A pull quote'));
    expect(pull?.inQuote).toBe(true);
    expect(blocks.some((block) => block.text.includes('embedded post'))).toBe(false);
    expect(blocks.some((block) => block.text.includes('aside text'))).toBe(false);
    expect(anchors).toHaveLength(1);
    expect(anchors[0]?.blockIndex).toBe(3);
  });

  it('keeps captions as blocks but claims them out of the text', () => {
    const { blocks } = blocksOf(`<body><article>${paragraphs('the storm', 3)}
      <figure><img src="a.jpg"><figcaption>Waves break over the sea wall on Sunday.</figcaption></figure>
      <div class="image_caption"><span>Residents clear the road in the morning.</span></div></article></body>`);
    const captions = blocks.filter((block) => block.inCaption);
    expect(captions.map((block) => [block.text, block.claimedBy])).toEqual([
      ['Waves break over the sea wall on Sunday.', 'caption'],
      ['Residents clear the road in the morning.', 'caption'],
    ]);
    expect(blocks.filter((block) => !block.claimedBy)).toHaveLength(3);
  });

  it('claims repeated captions, calls to action and agency credits, but keeps a long paragraph that mentions a newsletter', () => {
    const caption = 'The minister speaks to reporters outside parliament on Monday, as protesters gather behind the police line.';
    const long = `${sentence('newsletters', 1)} The paper's newsletter, which reaches a million readers, broke the story first on Sunday evening.`;
    const { blocks } = blocksOf(`<body><article>
      <div class="photo"><span>${caption}</span></div><div class="photo"><span>${caption}</span></div>
      ${paragraphs('the minister', 3)}
      <p>Sign up for our free daily newsletter to get the news first.</p>
      <p>${long}</p>
      <p>(Reporting by Jane Doe; Editing by John Roe)</p></article></body>`);
    const claims = Object.fromEntries(blocks.map((block) => [block.text.slice(0, 30), block.claimedBy]));
    const repeated = blocks.filter((block) => block.text === caption);
    expect(repeated.map((block) => block.claimedBy)).toEqual([undefined, 'boilerplate']);
    expect(claims['Sign up for our free daily new']).toBe('boilerplate');
    expect(claims['(Reporting by Jane Doe; Editin']).toBe('byline');
    expect(blocks.find((block) => block.text === long)?.claimedBy).toBeUndefined();
  });
});
