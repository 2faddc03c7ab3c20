/** The embed stage: date parsing, id-encoded times, and the behaviours fixtures cannot state alone. */
import { describe, expect, it } from 'vitest';
import { parseLocalizedDate } from '../src/embeds/dates.js';
import { blueskyTidTime, mastodonIdTime, tiktokIdTime, twitterIdTime } from '../src/embeds/ids.js';
import { matchUrl } from '../src/embeds/registry.js';
import { extract } from '../src/index.js';
import { fixtureNames, readFixture } from './helpers/fixtures.js';

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('parseLocalizedDate', () => {
  // Long dates as tweet, Facebook, Instagram and Bluesky embed codes print them (EMBEDS.md §14).
  const cases: [string, string][] = [
    ['February 3, 2026', '2026-02-03'],
    ['3 February 2026', '2026-02-03'],
    ['3 de febrero de 2026', '2026-02-03'],
    ['3 de setembro de 2014', '2014-09-03'],
    ['17 février 2019', '2019-02-17'],
    ['3. Februar 2026', '2026-02-03'],
    ['3 febbraio 2026', '2026-02-03'],
    ['3 februari 2026', '2026-02-03'],
    ['24 марта 2019 г.', '2019-03-24'],
    ['3 лютого 2026 р.', '2026-02-03'],
    ['3 lutego 2026', '2026-02-03'],
    ['3. února 2026', '2026-02-03'],
    ['3 Şubat 2026', '2026-02-03'],
    ['3 Φεβρουαρίου 2026', '2026-02-03'],
    ['٣ فبراير ٢٠٢٦', '2026-02-03'],
    ['3 בפברואר 2026', '2026-02-03'],
    ['۳ فوریهٔ ۲۰۲۶', '2026-02-03'],
    ['३ फ़रवरी २०२६', '2026-02-03'],
    ['3 Februari 2026', '2026-02-03'],
    ['Pebrero 3, 2026', '2026-02-03'],
    ['3 tháng 2, 2026', '2026-02-03'],
    ['3 กุมภาพันธ์ 2569', '2026-02-03'],
    ['2019年5月28日', '2019-05-28'],
    ['2026년 2월 3일', '2026-02-03'],
    ['2026. február 3.', '2026-02-03'],
    ['3. helmikuuta 2026', '2026-02-03'],
    ['3 de febrer del 2026', '2026-02-03'],
    ['2026(e)ko otsailaren 3(a)', '2026-02-03'],
    ['3 февруари 2026 г.', '2026-02-03'],
    ['Jueves, 12 de noviembre de 2020', '2020-11-12'],
    ['9 Ocak 2017 Pazartesi', '2017-01-09'],
    ['Вторник, 17 марта 2020 г.', '2020-03-17'],
    ['Aug 19, 2024 at 22:23', '2024-08-19'],
    ['23. Okt 2017 um 0:31 Uhr', '2017-10-23'],
  ];
  for (const [text, day] of cases) {
    it(`reads "${text}"`, () => {
      expect(parseLocalizedDate(text)?.iso).toBe(day);
    });
  }

  it('keeps the time and zone Instagram prints', () => {
    expect(parseLocalizedDate('Mär 12, 2018 um 12:30 PDT')).toMatchObject({ iso: '2018-03-12T12:30:00-07:00', precision: 'minute', locale: 'de' });
    expect(parseLocalizedDate('Apr 27, 2019 at 2:10am PDT')?.iso).toBe('2019-04-27T02:10:00-07:00');
    expect(parseLocalizedDate('Feb 16, 2020 at 9:02pm PST')?.iso).toBe('2020-02-16T21:02:00-08:00');
  });

  it('lets the locale hint decide between locales that share a word', () => {
    // "listopad" is November in Czech and October in Croatian.
    expect(parseLocalizedDate('3. listopad 2020', ['cs'])?.iso).toBe('2020-11-03');
    expect(parseLocalizedDate('3. listopad 2020', ['hr'])?.iso).toBe('2020-10-03');
  });

  it('rejects what is not a full date', () => {
    for (const text of ['said', 'on Wednesday', 'February 2026', 'February 30, 2026', '3 Foo 2026', 'a long sentence that happens to mention March 3, 2020 and much more besides that', '']) {
      expect(parseLocalizedDate(text), text).toBeUndefined();
    }
  });
});

describe('id-encoded times', () => {
  it('decodes a Twitter snowflake with BigInt precision', () => {
    expect(iso(twitterIdTime('2018780183443661376'))).toBe('2026-02-03T20:14:37.512Z');
    expect(iso(twitterIdTime('1049648215035924480'))).toBe('2018-10-09T13:10:10.642Z');
  });
  it('has no time for pre-snowflake tweet ids or non-numeric ids', () => {
    expect(twitterIdTime('20')).toBeUndefined();
    expect(twitterIdTime('12345678901')).toBeUndefined();
    expect(twitterIdTime('12a')).toBeUndefined();
    expect(twitterIdTime('9'.repeat(25))).toBeUndefined();
  });
  it('decodes TikTok, Mastodon and Bluesky ids', () => {
    expect(iso(tiktokIdTime('6718335390845095173'))).toBe('2019-07-27T13:32:33.000Z');
    expect(iso(mastodonIdTime('112990799122059429'))).toBe('2024-08-19T21:26:09.806Z');
    expect(iso(blueskyTidTime('3l23zp5prxl2e'))).toBe('2024-08-19T21:23:06.589Z');
    expect(blueskyTidTime('not-a-tid')).toBeUndefined();
    expect(mastodonIdTime('12345')).toBeUndefined();
  });
});

describe('matchUrl', () => {
  const posts: [string, string, string][] = [
    ['https://x.com/petrogustavo/status/2018780183443661376?s=20', 'twitter', '2018780183443661376'],
    ['https://mobile.twitter.com/a_b/statuses/1049648215035924480', 'twitter', '1049648215035924480'],
    ['https://twitter.com/#!/a_b/status/1049648215035924480', 'twitter', '1049648215035924480'],
    ['https://platform.twitter.com/embed/Tweet.html?dnt=true&id=1049648215035924480', 'twitter', '1049648215035924480'],
    ['https://www.instagram.com/reel/CZbSJqLhYy0/?igsh=abc', 'instagram', 'CZbSJqLhYy0'],
    ['https://www.instagram.com/p/CFpGqZwl9j5/embed/captioned/?cr=1', 'instagram', 'CFpGqZwl9j5'],
    ['https://www.tiktok.com/embed/v2/6718335390845095173?lang=en', 'tiktok', '6718335390845095173'],
    ['https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fpage%2Fvideos%2F443633579170356%2F', 'facebook', '443633579170356'],
    ['https://www.facebook.com/page/posts/123456789012:0', 'facebook', '123456789012'],
    ['https://youtu.be/AEyOoZ7JpyY?t=30', 'youtube', 'AEyOoZ7JpyY'],
    ['https://www.youtube.com/shorts/AEyOoZ7JpyY', 'youtube', 'AEyOoZ7JpyY'],
    ['https://player.vimeo.com/video/32246206?h=abc', 'vimeo', '32246206'],
    ['https://vine.co/v/OHQBTeUJ9jT/embed/simple', 'vine', 'OHQBTeUJ9jT'],
    ['https://bsky.app/profile/edent.tel/post/3l23zp5prxl2e', 'bluesky', '3l23zp5prxl2e'],
    ['https://www.threads.net/@timoliver/post/Cyh2ZNprQO2', 'threads', 'Cyh2ZNprQO2'],
    ['https://truthsocial.com/@realDonaldTrump/posts/116431297579272777', 'truthsocial', '116431297579272777'],
    ['https://social.coop/@flancian/111586932512883849/embed', 'mastodon', '111586932512883849'],
    ['https://www.reddit.com/r/neovim/comments/14jferq/slug/', 'reddit', '14jferq'],
    ['https://www.linkedin.com/embed/feed/update/urn:li:share:6728971807346561024', 'linkedin', '6728971807346561024'],
    ['https://www.linkedin.com/posts/jane-doe_some-words-here-activity-7123456789012345678-AbCd', 'linkedin', '7123456789012345678'],
    ['https://giphy.com/gifs/funny-cat-abc123XYZ', 'giphy', 'abc123XYZ'],
    ['https://www.pinterest.co.uk/pin/some-board-pin-99360735500167749/', 'pinterest', '99360735500167749'],
    ['https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk?utm_source=generator', 'spotify', '4rOoJ6Egrf8K2IrywzwOMk'],
  ];
  for (const [url, platform, id] of posts) {
    it(`reads ${url}`, () => {
      const found = matchUrl(url);
      expect(found?.module.platform).toBe(platform);
      expect(found?.match.id).toBe(id);
    });
  }
  it('takes no share intent, profile, button or look-alike host for a post', () => {
    for (const url of [
      'https://twitter.com/intent/tweet?url=https%3A%2F%2Fexample.org',
      'https://twitter.com/petrogustavo',
      'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org',
      'https://www.facebook.com/plugins/like.php?href=https%3A%2F%2Fexample.org',
      'https://www.facebook.com/SomePage',
      'https://www.youtube.com/subscribe_embed?channel=Example',
      'https://www.youtube.com/channel/UCabcdefghijk',
      'https://reddit.com.evil.test/r/x/comments/abc123/',
      'https://twitter.com.evil.test/a/status/1049648215035924480',
      'https://t.me/durov/68',
      'https://example.org/@user/123456789012345',
    ]) {
      expect(matchUrl(url), url).toBeUndefined();
    }
  });
});

describe('embeds in pages', () => {
  it('keeps every embed fixture’s post text out of Article.text', () => {
    for (const name of fixtureNames().filter((n) => n.startsWith('embed-') || n.startsWith('seed-'))) {
      const fixture = readFixture(name);
      const article = extract(fixture.html, fixture.options);
      for (const embed of article.embeds) {
        if (embed.text) expect(article.text.includes(embed.text), `${name}: ${embed.text}`).toBe(false);
      }
    }
  });

  it('places each embed after the paragraph it follows', () => {
    const html = `<body><div class="article-body"><p>First paragraph of the story, long enough to count as one.</p>
      <blockquote class="twitter-tweet"><p lang="en">Hello</p>&mdash; A (@a_b) <a href="https://twitter.com/a_b/status/1049648215035924480">October 9, 2018</a></blockquote>
      <p>Second paragraph of the story, also long enough to count as one.</p>
      <iframe src="https://www.youtube.com/embed/AEyOoZ7JpyY"></iframe></div></body>`;
    const article = extract(html);
    expect(article.embeds.map((embed) => [embed.platform, embed.paragraph])).toEqual([
      ['twitter', 0],
      ['youtube', 1],
    ]);
  });

  it('counts the same post embedded three times once, with the richest fields', () => {
    const quote = '<blockquote class="twitter-tweet"><p lang="en">Same post</p>&mdash; A (@a_b) <a href="https://twitter.com/a_b/status/1049648215035924480">October 9, 2018</a></blockquote>';
    const rendered = '<div class="twitter-tweet twitter-tweet-rendered"><iframe data-tweet-id="1049648215035924480"></iframe></div>';
    const article = extract(`<body><article><p>Intro paragraph that is long enough to be the body.</p>${rendered}${quote}${quote}</article></body>`);
    expect(article.embeds).toHaveLength(1);
    expect(article.embeds[0]).toMatchObject({ id: '1049648215035924480', text: 'Same post', author: { handle: 'a_b', name: 'A' } });
  });

  it('warns when the shown date disagrees with the id-encoded time, and keeps the id’s', () => {
    const html = `<body><article><p>Intro paragraph that is long enough to be the body.</p>
      <blockquote class="twitter-tweet"><p lang="en">Wrong date</p>&mdash; A (@a_b) <a href="https://twitter.com/a_b/status/1049648215035924480">March 3, 2020</a></blockquote></article></body>`;
    const article = extract(html);
    expect(article.embeds[0]?.publishedAt).toBe('2018-10-09T13:10:10.642Z');
    expect(article.warnings.map((warning) => warning.code)).toContain('embed-date-mismatch');
  });

  it('writes the id’s instant on the day the page shows when that is the neighbouring day', () => {
    const html = `<body><article><p>Intro paragraph that is long enough to be the body.</p>
      <blockquote class="twitter-tweet"><p lang="en">Late post</p>&mdash; A (@a_b) <a href="https://twitter.com/a_b/status/1049648215035924480">October 10, 2018</a></blockquote></article></body>`;
    const article = extract(html);
    // 2018-10-09T13:10:10.642Z is already October 10 at UTC+11, the nearest offset that shows that day.
    expect(article.embeds[0]?.publishedAt).toBe('2018-10-10T00:10:10.642+11:00');
    expect(Date.parse(article.embeds[0]?.publishedAt ?? '')).toBe(Date.parse('2018-10-09T13:10:10.642Z'));
    expect(article.warnings.map((warning) => warning.code)).not.toContain('embed-date-mismatch');
  });

  it('reports nothing but a warning for a page that is itself a platform post', () => {
    const fixture = readFixture('embed-platform-page');
    const article = extract(fixture.html, fixture.options);
    expect(article.embeds).toEqual([]);
    expect(article.warnings.map((warning) => warning.code)).toContain('platform-page');
  });

  it('gives the seed tweet as embed code and as flattened text', () => {
    const full = readFixture('seed-latintimes-petro-trump');
    const bare = readFixture('seed-latintimes-petro-trump-bare');
    const text = '¿Qué me quiso decir Trump en esta dedicatoria? No entiendo mucho el inglés pic.twitter.com/biNGKcVBu2';
    const author = { name: 'Gustavo Petro', handle: 'petrogustavo' };
    const fromMarkup = extract(full.html, full.options).embeds;
    expect(fromMarkup).toHaveLength(1);
    expect(fromMarkup[0]).toMatchObject({
      platform: 'twitter',
      id: '2018780183443661376',
      url: 'https://twitter.com/petrogustavo/status/2018780183443661376',
      author,
      publishedAt: '2026-02-03T20:14:37.512Z',
      text,
      lang: 'es',
    });
    const fromText = extract(bare.html, bare.options);
    expect(fromText.embeds).toHaveLength(1);
    expect(fromText.embeds[0]).toMatchObject({ platform: 'twitter', author, publishedAt: '2026-02-03', publishedAtPrecision: 'day', text });
    expect(fromText.text).not.toContain('(@petrogustavo)');
  });

  it('survives hostile input', () => {
    const long = `<p>${'— A (@a) '.repeat(5000)}February 3, 2026</p>`;
    const nested = `${'<blockquote class="twitter-tweet">'.repeat(500)}x`;
    const escaped = `<p>${'&lt;blockquote class="twitter-tweet"&gt;'.repeat(2000)}</p>`;
    for (const html of [long, nested, escaped]) expect(() => extract(html)).not.toThrow();
  });
});
