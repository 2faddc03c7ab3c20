/** The tags stage: its sources, its cleaning rules and the "Tags:" lines it claims out of the text. */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import {
  cleanTags,
  dropGeneratedEntries,
  isInternalCode,
  type PageFacts,
  slugWords,
  type TagCandidate,
  tagKey,
  tidyTagName,
} from '../src/tags/clean.js';
import { splitList } from '../src/tags/sources.js';

const page = (head: string, body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title>${head}</head><body><article><h1>Headline of the story</h1>` +
  '<p>First paragraph of the story, long enough to be taken for the article body by any reasonable boundary.</p>' +
  '<p>Second paragraph of the story, also long enough to count as prose rather than a caption or a label.</p>' +
  `${body}</article></body></html>`;

const names = (html: string, url?: string) => extract(html, url ? { url } : {}).tags.map((tag) => tag.name);
const facts = (over: Partial<PageFacts> = {}): PageFacts => ({ sections: new Set(), slugWords: new Set(), ...over });
const meta = (...list: string[]): TagCandidate[] => list.map((name) => ({ name, source: 'meta' }));

describe('tag sources', () => {
  it('reads JSON-LD keywords given as one comma string', () => {
    const html = page('<script type="application/ld+json">{"@type":"NewsArticle","keywords":"Trade war, Tariffs ,China"}</script>', '');
    expect(names(html)).toEqual(['Trade war', 'Tariffs', 'China']);
  });

  it('splits a single article:tag that holds a comma list', () => {
    expect(names(page('<meta property="article:tag" content="Elections,Voter turnout">', ''))).toEqual(['Elections', 'Voter turnout']);
  });

  it('keeps the visible spelling and the tag page URL when meta repeats a tag in lower case', () => {
    const html = page(
      '<meta property="article:tag" content="nasa">',
      '<div class="post-tags"><a href="/tag/nasa" rel="tag">NASA</a></div>',
    );
    expect(extract(html, { url: 'https://example.com/2026/05/launch/' }).tags).toEqual([
      { name: 'NASA', url: 'https://example.com/tag/nasa' },
    ]);
  });

  it('uses keywords meta only when another source vouches for it', () => {
    const head = '<meta name="keywords" content="Mars, rover, cheap flights, best deals">';
    expect(names(page(head, ''))).toEqual([]);
    expect(names(page(`${head}<meta name="news_keywords" content="Mars">`, ''))).toEqual(['Mars', 'rover', 'cheap flights', 'best deals']);
  });

  it('ignores category links and tag clouds, but reads a list after a label in another language', () => {
    const body =
      '<div class="entry-meta"><a href="/category/news" rel="category tag">News</a></div>' +
      '<div class="meta"><strong>Etiquetas:</strong> <a href="/etiqueta/lluvia">Lluvia</a>, <a href="/etiqueta/granizo">Granizo</a></div>' +
      '<div class="widget_tag_cloud"><a href="/tag/x" rel="tag">Everything else</a></div>';
    expect(names(page('', body))).toEqual(['Lluvia', 'Granizo']);
  });

  it('does not take tag links written inside a paragraph of prose for a tag list', () => {
    const body =
      '<p>Shielding against <a href="/tags/radiation/" rel="tag">radiation</a> is a key hazard of long missions, the agency said on Monday in its report.</p>';
    const article = extract(page('', body));
    expect(article.tags).toEqual([]);
    expect(article.text).toContain('Shielding against radiation');
  });
});

describe('a "Tags:" line among the paragraphs', () => {
  it('becomes the tags and leaves the article text', () => {
    const article = extract(page('', '<p>Tags: Donald Trump, Gustavo Petro, Colombia</p>'));
    expect(article.tags.map((tag) => tag.name)).toEqual(['Donald Trump', 'Gustavo Petro', 'Colombia']);
    expect(article.text).not.toContain('Tags:');
    expect(article.text).toContain('Second paragraph of the story');
  });

  it('is not a sentence that happens to start with "Topic"', () => {
    const article = extract(page('', '<p>Topic: the council will debate the budget for the third time this year, members said.</p>'));
    expect(article.tags).toEqual([]);
    expect(article.text).toContain('Topic: the council will debate');
  });
});

describe('cleaning', () => {
  it('drops internal codes, ids and dates but keeps years and short acronyms', () => {
    for (const code of [
      'ctp_video',
      '/article',
      '$alchemy_keywords',
      'section:news',
      'type: news',
      '1847362',
      '11/8/23',
      'splitscreenimagerightinset',
      'digitimes.com',
    ]) {
      expect(isInternalCode(code), code).toBe(true);
    }
    for (const topic of ['2023', 'KI', 'covid-19', 'Node', 'Star Wars: Episode IV']) expect(isInternalCode(topic), topic).toBe(false);
  });

  it('drops placement flags from any source, desk and section names only from metadata', () => {
    const candidates: TagCandidate[] = [
      { name: 'featured', source: 'visible' },
      { name: 'US News', source: 'visible' },
      ...meta('General news', 'PA State Wire', 'Politics', 'Science', 'Wildfires'),
    ];
    const tags = cleanTags(candidates, facts({ sections: new Set(['science']) }));
    expect(tags.map((tag) => tag.name)).toEqual(['US News', 'Politics', 'Wildfires']);
  });

  it('drops the URL slug repeated as a tag', () => {
    const words = slugWords('https://apnews.com/article/trump-harris-labor-day-151f82b59473d29a448ef1cea9afe471');
    expect(words).toEqual(['trump', 'harris', 'labor', 'day']);
    const tags = cleanTags(
      meta('trump harris labor day', 'Kamala Harris'),
      facts({ slug: 'trump harris labor day', slugWords: new Set(words) }),
    );
    expect(tags.map((tag) => tag.name)).toEqual(['Kamala Harris']);
  });

  it('dedupes case- and punctuation-insensitively, keeping the first spelling and filling a missing URL', () => {
    const tags = cleanTags(
      [
        { name: 'Travel & Leisure', source: 'visible' },
        { name: 'travel-leisure', url: 'https://example.com/tag/travel-leisure', source: 'meta' },
      ],
      facts(),
    );
    expect(tags).toEqual([{ name: 'Travel & Leisure', url: 'https://example.com/tag/travel-leisure' }]);
    expect(tagKey('Donald-Trump')).toBe(tagKey('donald trump'));
  });

  it('drops lists generated from wire codes, analytics fields or the slug', () => {
    const codes = meta('AER', 'AIRS08', 'INDG', 'TRAN', 'Nepal');
    expect(dropGeneratedEntries(codes, facts()).map((c) => c.name)).toEqual(['Nepal']);
    const fields = meta('Day: Wednesday', 'Page Type: Article', 'Subject: World', 'Gaza');
    expect(dropGeneratedEntries(fields, facts()).map((c) => c.name)).toEqual(['Gaza']);
    const slugged = meta('mueren', 'seis', 'personas', 'incendio');
    expect(dropGeneratedEntries(slugged, facts({ slugWords: new Set(['mueren', 'seis', 'personas', 'incendio', 'forestal']) }))).toEqual(
      [],
    );
    const topical = meta('US', 'China', 'Trade war', 'trade deal');
    expect(dropGeneratedEntries(topical, facts({ slugWords: new Set(['us', 'china', 'trade', 'deal']) }))).toHaveLength(4);
  });

  it('tidies quotes and hashes and splits lists on the separator the list uses', () => {
    expect(tidyTagName('  "#Climate change",  ')).toBe('Climate change');
    expect(splitList('a; b; c')).toEqual(['a', ' b', ' c']);
    expect(splitList('a, b; c')).toEqual(['a', ' b; c']);
  });

  it('survives a huge keyword field', () => {
    const html = page(`<meta name="news_keywords" content="${'climate, '.repeat(50_000)}">`, '');
    expect(names(html)).toEqual(['climate']);
  });
});

describe('what a tag never is', () => {
  it('is not the site itself, an escaped entity, an empty template value or the list label', () => {
    const head =
      '<meta property="og:site_name" content="Lifehacker">' +
      '<meta name="news_keywords" content="money, editor&amp;#39;s picks, Privacy &amp;amp; Technology, null, Lifehacker">';
    expect(names(page(head, '<div class="tags"><a href="/tags">Tags</a> <a href="/tag/budget">budget</a></div>'))).toEqual([
      'budget',
      'money',
      'Privacy & Technology',
    ]);
  });
});
