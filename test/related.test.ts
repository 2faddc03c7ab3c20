/** The related-links stage: blocks attached to the article, inline "Related:" paragraphs, and what is never related. */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { isTitleLike, urlKey } from '../src/related/links.js';
import { readFixture } from './helpers/fixtures.js';

const URL = 'https://www.example-news.com/world/2026/03/04/summit-ends-without-deal/';
const body =
  '<p>Leaders ended the two-day summit on Thursday without agreeing on a joint statement, diplomats said after the final session.</p>' +
  '<p>The talks stalled over funding for the reconstruction fund and the timetable for lifting the remaining sanctions on exports.</p>';
const page = (inside: string, after = '', before = '') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Summit</title></head><body>${before}<main><article><h1>Summit ends without a deal</h1>` +
  `<div class="article-body">${body}${inside}</div></article>${after}</main></body></html>`;
const urls = (html: string, url = URL) => extract(html, { url }).relatedLinks.map((link) => link.url);

describe('inline related paragraphs', () => {
  it('takes "Related-" followed by linked titles and "-" separators, and claims them all', () => {
    const inside =
      '<p>Related-</p><p><a href="/world/summit-opens-amid-protests-1/">Summit opens amid protests outside the venue</a></p><p>-</p>' +
      '<p><a href="/world/sanctions-explained-2/">The sanctions at the heart of the talks, explained</a></p>' +
      '<p>Officials said a follow-up meeting could take place in June.</p>';
    const article = extract(page(inside), { url: URL });
    expect(article.relatedLinks).toEqual([
      { url: 'https://www.example-news.com/world/summit-opens-amid-protests-1/', title: 'Summit opens amid protests outside the venue' },
      { url: 'https://www.example-news.com/world/sanctions-explained-2/', title: 'The sanctions at the heart of the talks, explained' },
    ]);
    expect(article.text).not.toMatch(/Related-|Summit opens amid|\n\n-\n\n/);
    expect(article.text).toContain('Officials said a follow-up meeting could take place in June.');
  });

  it('reads labels in other languages and strips the label from the title', () => {
    const inside =
      '<p><strong>Czytaj również: <a href="/swiat/szczyt-bez-porozumienia-3/">Szczyt zakończył się bez porozumienia</a></strong></p>';
    const article = extract(page(inside), { url: URL });
    expect(article.relatedLinks).toEqual([
      { url: 'https://www.example-news.com/swiat/szczyt-bez-porozumienia-3/', title: 'Szczyt zakończył się bez porozumienia' },
    ]);
    expect(article.text).not.toContain('Czytaj');
  });

  it('leaves prose that merely starts with "More" or mentions reading more', () => {
    const inside =
      '<p>More than 40 delegations attended; <a href="/world/delegations-list-4/">the full list of delegations is here</a> for readers.</p>';
    const article = extract(page(inside), { url: URL });
    expect(article.relatedLinks).toEqual([]);
    expect(article.text).toContain('More than 40 delegations attended');
  });
});

describe('related blocks', () => {
  it('finds a block by its heading alone, right after the article', () => {
    const after =
      '<section><h2>Mehr zum Thema</h2><ul><li><a href="/welt/gipfel-auftakt-5/">Gipfel beginnt mit Protesten vor dem Tagungsort</a></li></ul></section>';
    expect(urls(page('', after))).toEqual(['https://www.example-news.com/welt/gipfel-auftakt-5/']);
  });

  it('resolves relative links against the canonical URL when no URL is given', () => {
    const html = page(
      '',
      '<div class="related-posts"><a href="../analysis-6/">What the failed summit means for the region</a></div>',
    ).replace('<title>', `<link rel="canonical" href="${URL}"><title>`);
    expect(extract(html).relatedLinks.map((link) => link.url)).toEqual(['https://www.example-news.com/world/2026/03/04/analysis-6/']);
  });

  it('excludes sponsored, next-story, most-read, author, tag and share links', () => {
    const inside =
      '<div class="related-articles"><h3>Related</h3>' +
      '<a href="/world/summit-day-one-7/">Summit day one: leaders arrive in the capital</a>' +
      '<a href="/author/jane-doe/">Articles by Jane Doe, our diplomatic editor</a>' +
      '<a href="/tag/diplomacy/">All of our diplomacy coverage in one place</a>' +
      '<a href="https://www.facebook.com/sharer/sharer.php?u=x">Share this article on Facebook now</a>' +
      '<a href="mailto:?subject=x">Email this story to a friend today</a></div>';
    const after =
      '<div class="up-next"><a href="/sport/cup-final-8/">Cup final goes to extra time in the capital</a></div>' +
      '<div class="taboola"><a href="https://trc.taboola.com/x">Doctors stunned by this one weird trick</a></div>' +
      '<div class="related"><h3>Most read</h3><a href="/life/recipe-9/">The only pancake recipe you will ever need</a></div>';
    const before = '<div class="trending"><a href="/world/earlier-story-10/">An earlier story that is trending right now</a></div>';
    expect(urls(page(inside, after, before))).toEqual(['https://www.example-news.com/world/summit-day-one-7/']);
  });

  it('is not a list that links to the article itself (a post stack or a latest-posts feed)', () => {
    const after =
      `<div class="related-feed"><a href="${URL}">Summit ends without a deal</a>` +
      '<a href="/world/other-story-11/">Another story from the same feed today</a></div>';
    expect(urls(page('', after))).toEqual([]);
  });

  it('dedupes a teaser image link and its title link into one titled link', () => {
    const inside =
      '<div class="related-stories"><a href="/world/a-12/"><img src="a.jpg" alt=""></a><a href="/world/a-12/">Story A has a title of several words</a>' +
      '<a href="/world/a-12/?utm_source=rel">Read more</a></div>';
    expect(extract(page(inside), { url: URL }).relatedLinks).toEqual([
      { url: 'https://www.example-news.com/world/a-12/', title: 'Story A has a title of several words' },
    ]);
  });

  it('keeps only http(s) links', () => {
    const inside =
      '<div class="related-links"><a href="javascript:void(0)">A script link with a long title here</a><a href="ftp://example.com/x">An ftp link with a long title too</a></div>';
    expect(urls(page(inside))).toEqual([]);
  });
});

describe('helpers', () => {
  it('tells titles from calls to action and labels', () => {
    expect(isTitleLike('Read more')).toBe(false);
    expect(isTitleLike('Ver todas »')).toBe(false);
    expect(isTitleLike('2023-05-28')).toBe(false);
    expect(isTitleLike('Seniorzy rządzili Sandomierzem')).toBe(true);
  });

  it('compares URLs without scheme, www, query, fragment or trailing slash', () => {
    expect(urlKey('https://www.example.com/a/b/?x=1#top')).toBe(urlKey('http://example.com/a/b'));
  });
});

describe('the seed article as bare paragraphs', () => {
  it('gives the two related links and the four tags, and claims their paragraphs out of the text', () => {
    const fixture = readFixture('seed-latintimes-petro-trump-bare');
    const article = extract(fixture.html, fixture.options);
    expect(article.relatedLinks.map((link) => link.url)).toEqual([
      'https://www.latintimes.com/trump-mocks-colombian-president-petro-ahead-white-house-meeting-somehow-after-venezuelan-raid-he-593032',
      'https://www.latintimes.com/colombia-resumes-reception-us-deportation-flights-ahead-petros-white-house-visit-592987',
    ]);
    expect(article.tags).toEqual([{ name: 'Donald Trump' }, { name: 'Gustavo Petro' }, { name: 'Colombia' }, { name: 'United States' }]);
    const paragraphs = article.text.split('\n\n');
    for (const claimed of ['Related-', '-', 'Tags: Donald Trump, Gustavo Petro, Colombia, United States'])
      expect(paragraphs).not.toContain(claimed);
    expect(article.text).not.toContain('Trump Mocks Colombian President');
    expect(paragraphs).toContain(
      'Despite the rhetoric, Colombia has also announced it will resume receiving U.S. deportation flights. Colombia\'s Foreign Ministry said in a statement that there will be "about 20 flights, one per week," to bring expelled citizens and ensure they get "dignified treatment."',
    );
  });
});

describe('hostile pages', () => {
  it('finishes on deeply nested related blocks and thousands of headings', () => {
    const nested = `${'<div class="related">'.repeat(300)}<a href="/x/story-1/">A story title of several words</a>${'</div>'.repeat(300)}`;
    const headings = '<div><h3>Related</h3><a href="/x/story-2/">Another story title of several words</a></div>'.repeat(3000);
    const article = extract(page('', nested + headings), { url: URL });
    expect(article.relatedLinks.length).toBeGreaterThan(0);
  });
});
