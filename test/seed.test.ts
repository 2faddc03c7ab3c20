/**
 * The seed article's acceptance checks (issue 2), on the page as its publisher serves it and on the
 * same article as bare paragraphs: both must tell the same story.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { readFixture } from './helpers/fixtures.js';

const EXPECTED_QUOTES: [string, string][] = [
  ['Gustavo - a great honor. I love Colombia', 'Donald Trump'],
  ["What did Trump mean here? I don't understand English a lot", 'Gustavo Petro'],
  ['You are great', 'Donald Trump'],
  ['He has been very nice over the last month or two.', 'Donald Trump'],
  ['like slaves and dogs chased through the streets', 'Gustavo Petro'],
  ['much better to live in Cuba than in Miami', 'Gustavo Petro'],
  ['about 20 flights, one per week', "Colombia's Foreign Ministry"],
];
const TAGS = ['Donald Trump', 'Gustavo Petro', 'Colombia', 'United States'];
const RELATED = [
  'https://www.latintimes.com/trump-mocks-colombian-president-petro-ahead-white-house-meeting-somehow-after-venezuelan-raid-he-593032',
  'https://www.latintimes.com/colombia-resumes-reception-us-deportation-flights-ahead-petros-white-house-visit-592987',
];

describe.each(['seed-latintimes-petro-trump', 'seed-latintimes-petro-trump-bare'])('%s', (name) => {
  const fixture = readFixture(name);
  const article = extract(fixture.html, fixture.options);

  it('gives the seven quotes with their speakers, in order', () => {
    expect(article.quotes.map((q) => [q.text, q.speaker?.name])).toHaveLength(EXPECTED_QUOTES.length);
    article.quotes.forEach((quote, i) => {
      const [start, speaker] = EXPECTED_QUOTES[i] as [string, string];
      expect(quote.text.startsWith(start), `quote ${i}: ${quote.text}`).toBe(true);
      expect(quote.speaker?.name).toBe(speaker);
    });
  });

  it('keeps titles and two-word fragments out', () => {
    const texts = article.quotes.map((q) => q.text);
    expect(texts.some((t) => t.includes('The Art of the Deal'))).toBe(false);
    // Decision: 1–2 word fragments such as "dignified treatment" are not returned as quotes.
    expect(texts.some((t) => t.includes('dignified treatment'))).toBe(false);
  });

  it("links Petro to his embedded post's handle", () => {
    const petro = article.quotes.find((q) => q.speaker?.name === 'Gustavo Petro');
    expect(petro?.speaker?.handle).toBe('petrogustavo');
  });

  it('gives the tweet with its author, date and Spanish text', () => {
    expect(article.embeds).toHaveLength(1);
    const [tweet] = article.embeds;
    expect(tweet).toMatchObject({ platform: 'twitter', author: { name: 'Gustavo Petro', handle: 'petrogustavo' } });
    expect(tweet?.publishedAt?.slice(0, 10)).toBe('2026-02-03');
    expect(tweet?.text).toBe('¿Qué me quiso decir Trump en esta dedicatoria? No entiendo mucho el inglés pic.twitter.com/biNGKcVBu2');
  });

  it('gives the four tags and the two related links', () => {
    expect(article.tags.map((t) => t.name)).toEqual(TAGS);
    expect(article.relatedLinks.map((l) => l.url)).toEqual(RELATED);
    expect(article.relatedLinks.every((l) => typeof l.title === 'string' && l.title.length > 0)).toBe(true);
  });

  it('keeps the tweet, tags, related links and copyright out of the text', () => {
    expect(article.text).not.toContain('dedicatoria');
    expect(article.text).not.toContain('Tags:');
    expect(article.text).not.toContain('Related');
    expect(article.text).not.toContain('©');
    expect(article.copyright).toBe('© 2025 Latin Times. All rights reserved. Do not reproduce without permission.');
  });
});

describe('seed-latintimes-petro-trump (publisher page)', () => {
  const fixture = readFixture('seed-latintimes-petro-trump');
  const article = extract(fixture.html, fixture.options);

  it('gives the tweet its id, permalink and language', () => {
    expect(article.embeds[0]).toMatchObject({
      id: '2018780183443661376',
      url: 'https://twitter.com/petrogustavo/status/2018780183443661376',
      lang: 'es',
    });
  });

  it('reads the metadata', () => {
    expect(article).toMatchObject({
      title: 'Petro Boasts About White House Meeting With Trump Despite Criticism',
      siteName: 'Latin Times',
      lang: 'en',
      section: 'Politics',
      publishedAt: '2026-02-04T10:32:00-05:00',
      canonicalUrl: 'https://www.latintimes.com/petro-boasts-white-house-meeting-trump-593111',
      authors: [{ name: 'Pedro Camacho' }],
      image: { credit: 'Gustavo Petro/ X' },
    });
  });

  it('leaves comments, most-read and newsletter text out', () => {
    expect(article.text).not.toMatch(/maria_b|Most Read|Bad Bunny|inbox|Advertisement/);
    expect(article.quotes.some((q) => /bow to anyone|read it twice|We Will Not Comply/.test(q.text))).toBe(false);
  });
});
