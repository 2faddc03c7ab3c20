/** The metadata stage: each field's sources in their documented order, and its clean-ups. */
import { describe, expect, it } from 'vitest';
import { cleanName, namesOf } from '../src/metadata/authors.js';
import { parseVisibleDate } from '../src/metadata/visible-date.js';
import { toIsoDate } from '../src/metadata/dates.js';
import { captionParts } from '../src/metadata/image.js';
import { stripSiteName } from '../src/metadata/title.js';
import { parseHtml } from '../src/hast/parse.js';
import { findElement } from '../src/hast/util.js';
import { extract } from '../src/index.js';

const body = '<p>The council voted on Tuesday to fund a new bridge over the river, ending years of debate about it.</p>';
const page = (head: string, content = body, lang = 'en') =>
  `<!DOCTYPE html><html lang="${lang}"><head>${head}</head><body><article>${content}</article></body></html>`;
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('toIsoDate', () => {
  it('keeps the page timezone, normalising the offset', () => {
    expect(toIsoDate('2026-02-04T10:32:00-05:00')).toBe('2026-02-04T10:32:00-05:00');
    expect(toIsoDate('2021-11-01T10:52:50+0100')).toBe('2021-11-01T10:52:50+01:00');
    expect(toIsoDate('2017-11-03 03:01:00.000000')).toBe('2017-11-03T03:01:00.000000');
    expect(toIsoDate('2024-06-25')).toBe('2024-06-25');
  });
  it('reads other formats as UTC and refuses what is not a date', () => {
    expect(toIsoDate('Wed, 04 Feb 2026 15:32:00 GMT')).toBe('2026-02-04T15:32:00Z');
    expect(toIsoDate('February 4, 2026 at 3:46 PM')).toMatch(/^2026-02-0[45]T/);
    expect(toIsoDate('yesterday')).toBeUndefined();
    expect(toIsoDate('Who will make the Rock Hall in 2020?')).toBeUndefined();
    expect(toIsoDate('1970-01-01T00:00:00Z')).toBeUndefined();
    expect(toIsoDate('2024-13-01')).toBeUndefined();
  });
});

describe('author names', () => {
  it('splits a byline into names and drops "By" and the date', () => {
    expect(namesOf('By Priya Natarajan and Tom O’Neill')).toEqual(['Priya Natarajan', 'Tom O’Neill']);
    expect(namesOf('Stella Kim, Jennifer Jett')).toEqual(['Stella Kim', 'Jennifer Jett']);
    expect(namesOf('Par Sébastien Farcis')).toEqual(['Sébastien Farcis']);
    expect(cleanName('Joshua Sokol May 20, 2016')).toBe('Joshua Sokol');
    expect(cleanName('Ana Ruiz | Staff writer')).toBe('Ana Ruiz');
    expect(cleanName('Ben Silverman Games Editor')).toBe('Ben Silverman');
    expect(cleanName('Mary Ann Smith')).toBe('Mary Ann Smith');
  });
  it('cuts a closing parenthesis (short code, agency) but keeps a nickname inside the name', () => {
    expect(cleanName('Anna Muster (amu)')).toBe('Anna Muster');
    expect(cleanName('Jon Reyes (AP)')).toBe('Jon Reyes');
    expect(cleanName('Richard (R.J.) Eskow')).toBe('Richard (R.J.) Eskow');
    expect(cleanName('(Image: Agency)')).toBeUndefined();
    expect(cleanName('박서준 기자')).toBe('박서준');
  });
  it('keeps the name and drops its role or outlet after a comma', () => {
    expect(namesOf('Jane Doe, professor of law at the university, Example.org')).toEqual(['Jane Doe']);
    expect(namesOf('Jane Doe, Tom Roe')).toEqual(['Jane Doe', 'Tom Roe']);
  });
  it('refuses what is not a name', () => {
    expect(cleanName('https://www.facebook.com/someone')).toBeUndefined();
    expect(cleanName('Updated 5 hours ago')).toBeUndefined();
    expect(cleanName('CC7567')).toBeUndefined();
    expect(namesOf('')).toEqual([]);
  });
});

describe('stripSiteName', () => {
  it('cuts a known site name from either end only', () => {
    expect(stripSiteName('Petro Boasts About Meeting | Latin Times', ['Latin Times'])).toBe('Petro Boasts About Meeting');
    expect(stripSiteName('latintimes.com - Petro Boasts', ['latintimes.com'])).toBe('Petro Boasts');
    expect(stripSiteName('Kuhn - On Recent Events', ['Latin Times'])).toBe('Kuhn - On Recent Events');
    expect(stripSiteName('Latin Times', ['Latin Times'])).toBe('Latin Times');
  });
});

describe('captionParts', () => {
  const figure = (html: string) => findElement(parseHtml(html).tree, (element) => element.tagName === 'figure');
  it('separates the credit, by its element or by a "Photo:" label', () => {
    const marked = figure(
      '<figure><img src="a.jpg"><figcaption>Petro in Bogota. <span class="credit">Gustavo Petro/ X</span></figcaption></figure>',
    );
    expect(captionParts(marked as never)).toEqual({ caption: 'Petro in Bogota.', credit: 'Gustavo Petro/ X' });
    const labelled = figure(
      '<figure><img src="a.jpg"><figcaption>Lava near Grindavik (Photo: Jon Gudmundsson/Reuters)</figcaption></figure>',
    );
    expect(captionParts(labelled as never)).toEqual({ caption: 'Lava near Grindavik', credit: 'Jon Gudmundsson/Reuters' });
  });
});

describe('extractMetadata through extract()', () => {
  it('prefers JSON-LD authors, keeps organisations, and takes urls from rel=author links', () => {
    const article = extract(
      page(
        ld({
          '@type': 'NewsArticle',
          author: [
            { '@type': 'Person', name: 'Ana Ruiz' },
            { '@type': 'Organization', name: 'Reuters' },
          ],
        }) + '<meta name="author" content="Somebody Else">',
        `<p class="byline">By <a rel="author" href="/staff/ana-ruiz">Ana Ruiz</a></p>${body}`,
      ),
      { url: 'https://news.example.com/a/1' },
    );
    expect(article.authors).toEqual([{ name: 'Ana Ruiz', url: 'https://news.example.com/staff/ana-ruiz' }, { name: 'Reuters' }]);
    expect(article.text).not.toContain('By Ana Ruiz');
  });

  it('falls back to the meta author, then to the visible byline', () => {
    expect(extract(page('<meta name="author" content="Jane Doe">')).authors).toEqual([{ name: 'Jane Doe' }]);
    expect(extract(page('', `<div class="byline">By Sam Lee and Kim Park</div>${body}`)).authors).toEqual([
      { name: 'Sam Lee' },
      { name: 'Kim Park' },
    ]);
  });

  it('does not take a paragraph that starts with "By" for a byline', () => {
    const story = '<p>By the time the vote came, most of the councillors had already left the chamber for the night.</p>';
    const article = extract(page('', story + body));
    expect(article.authors).toEqual([]);
    expect(article.text).toContain('By the time the vote came');
  });

  it('survives broken JSON-LD, with a warning, and leaves absent fields absent', () => {
    const article = extract(
      page('<title>A quiet day</title><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'),
    );
    expect(article.warnings.map((warning) => warning.code)).toContain('json-ld-invalid');
    expect(article.title).toBe('A quiet day');
    for (const key of ['description', 'siteName', 'publishedAt', 'modifiedAt', 'image', 'section', 'copyright', 'canonicalUrl']) {
      expect(article, key).not.toHaveProperty(key);
    }
  });

  it('takes the JSON-LD headline over og:title, as Readability does, and keeps a short <title> whole', () => {
    const headline = extract(
      page(`${ld({ '@type': 'NewsArticle', headline: 'The full headline' })}<meta property="og:title" content="Short">`),
    );
    expect(headline.title).toBe('The full headline');
    expect(extract(page('<title>Mozilla - Wikipedia</title>')).title).toBe('Mozilla - Wikipedia');
    expect(extract(page('<title>Council funds a new bridge over the river - Riverside Gazette</title>')).title).toBe(
      'Council funds a new bridge over the river',
    );
  });

  it('reads the language as BCP 47 and the section from the article metas', () => {
    const article = extract(
      page('<meta property="og:locale" content="pt_BR"><meta property="article:section" content="Política">', body, ''),
    );
    expect(article.lang).toBe('pt-BR');
    expect(article.section).toBe('Política');
  });

  it('claims a photo credit line left at the head of bare paragraphs, but not a sentence with a slash', () => {
    const article = extract(
      page('', `<p>Gustavo Petro/ X</p>${body}<p>Sales rose 5/ 3 on the year, the company said on Monday in a filing.</p>`),
    );
    expect(article.text.startsWith('The council voted')).toBe(true);
    expect(article.text).toContain('Sales rose 5/ 3');
    expect(article).not.toHaveProperty('image');
  });

  it('finds the copyright line in the footer when the article has none', () => {
    const html = page('', body).replace(
      '</body>',
      '<footer><div class="legal"><p>© 2024 Gazette Media. All rights reserved.</p></div></footer></body>',
    );
    expect(extract(html).copyright).toBe('© 2024 Gazette Media. All rights reserved.');
  });
});

describe('dates shown in text', () => {
  it('reads day-month-year, month-day-year and year-first dates in several languages', () => {
    expect(parseVisibleDate('erstellt: 01. April 2025, 15:25', 'de')).toBe('2025-04-01T15:25:00');
    expect(parseVisibleDate('4 de marzo de 2026', 'es')).toBe('2026-03-04');
    expect(parseVisibleDate('12 février 2024 à 18h40', 'fr')).toBe('2024-02-12T18:40:00');
    expect(parseVisibleDate('March 4, 2026 at 3:46 PM', 'en-US')).toBe('2026-03-04T15:46:00');
    expect(parseVisibleDate('2026.01.29 18:40', 'ko')).toBe('2026-01-29T18:40:00');
    expect(parseVisibleDate('2025年1月13日', 'ja')).toBe('2025-01-13');
    expect(parseVisibleDate('14 października 2025', 'pl')).toBe('2025-10-14');
  });
  it('reads numeric dates day first, but slashes month first on US English pages', () => {
    expect(parseVisibleDate('19.11.2019 10:32', 'de')).toBe('2019-11-19T10:32:00');
    expect(parseVisibleDate('03/04/2026', 'en-US')).toBe('2026-03-04');
    expect(parseVisibleDate('03/04/2026', 'de')).toBe('2026-04-03');
    expect(parseVisibleDate('25/04/2026', 'en-US')).toBe('2026-04-25');
  });
  it('refuses what is not a date', () => {
    expect(parseVisibleDate('Lesezeit 5 Min.', 'de')).toBeUndefined();
    expect(parseVisibleDate('32 März 2025', 'de')).toBeUndefined();
    expect(parseVisibleDate('Top 10 of 2024', 'de')).toBeUndefined();
    expect(parseVisibleDate('a'.repeat(200), 'de')).toBeUndefined();
  });
});
