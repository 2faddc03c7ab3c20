/**
 * fast-check arbitraries for hostile input: random HTML built from the markup onrecord reads
 * (article bodies, quotes, embeds, JSON-LD, meta tags, links with every kind of scheme), and
 * mutations of real pages (cut, spliced, repeated, truncated, poisoned with bad characters).
 */
import fc from 'fast-check';

/** Characters and words that matter to the stages: quotation marks, speech verbs, handles, bad code units. */
const TEXT_PIECES = [
  '"', '"', '“', '”', '‘', '’', '«', '»', '„', '‹', '›', "'", ' ', ' ', '\n', '\u00a0', '\u200b',
  'said', ' he said', ' she told reporters', ', according to ', 'Trump', 'Gustavo Petro', 'the minister', 'Mr. Lee',
  ' — ', '—', ': ', '@petrogustavo', 'pic.twitter.com/AbC123', 'https://t.co/xyz', '#Colombia', 'March 1, 2024',
  'Related:', 'Read more', 'Tags:', 'Copyright © 2024', '\u0000', '\ud800', '\udfff', '😀', '&amp;', '&lt;p&gt;',
  '&quot;', '&#0;', '&#xD800;', '&#x1F600;', '&mdash;', '<', '>', '&',
];

const text = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...TEXT_PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }), {
    maxLength: 12,
  })
  .map((pieces) => pieces.join(''));

/** URLs of every kind a page holds, dangerous ones included. */
export const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.bigInt({ min: 1n, max: 2n ** 64n }).map((id) => `https://twitter.com/someone/status/${id}`),
  fc.bigInt({ min: 1n, max: 2n ** 64n }).map((id) => `https://x.com/i/web/status/${id}?ref_src=twsrc%5Etfw`),
  fc.constantFrom(
    'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:x', 'java\tscript:x', '&#106;avascript:x', 'data:text/html,<b>x</b>',
    'data:image/png;base64,AAAA', 'vbscript:msgbox(1)', '//cdn.example/x', '/relative/path', '../up', '?q=1', '#top', '', ' ',
    'mailto:a@b.c', 'file:///etc/passwd', 'https://', 'http://[::1', 'https://www.instagram.com/p/Cx1/', 'https://youtu.be/dQw4w9WgXcQ',
    'https://www.tiktok.com/@user/video/7234567890123456789', 'https://bsky.app/profile/a.bsky.social/post/3k2',
  ),
  text,
);

const CLASS_NAMES = [
  'twitter-tweet', 'instagram-media', 'tiktok-embed', 'bluesky-embed', 'fb-post', 'article-body', 'article__body', 'entry-content',
  'related', 'related-articles', 'tags', 'tag-list', 'byline', 'author', 'share', 'social', 'comments', 'pullquote', 'caption',
  'credit', 'most-read', 'sidebar', 'nav', 'hidden', 'sr-only', 'embed', 'wp-block-embed', 'copyright',
];

const TAGS = [
  'p', 'p', 'p', 'div', 'div', 'article', 'section', 'main', 'blockquote', 'span', 'a', 'a', 'b', 'i', 'em', 'strong', 'q',
  'cite', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'figure', 'figcaption', 'aside', 'nav', 'header', 'footer', 'time', 'br', 'img',
  'iframe', 'script', 'style', 'noscript', 'template', 'table', 'tr', 'td', 'amp-twitter', 'amp-instagram', 'svg', 'button', 'meta',
];

const attribute = fc.oneof(
  fc.constantFrom(...CLASS_NAMES).map((name) => ['class', name] as const),
  url.map((value) => ['href', value] as const),
  url.map((value) => ['src', value] as const),
  url.map((value) => ['data-src', value] as const),
  url.map((value) => ['cite', value] as const),
  fc.bigInt({ min: 0n, max: 2n ** 64n }).map((id) => ['data-tweet-id', String(id)] as const),
  fc.constantFrom('2024-03-01', '2024-03-01T10:00:00Z', '2024-02-30', 'yesterday', '', '9999-99-99T99:99').map((value) => ['datetime', value] as const),
  fc.constantFrom('articleBody', 'author', 'datePublished', 'headline', 'keywords').map((value) => ['itemprop', value] as const),
  fc.constantFrom('tag', 'author', 'canonical', 'nofollow').map((value) => ['rel', value] as const),
  fc.constantFrom('en', 'es', 'de', 'fr', 'xx', '').map((value) => ['lang', value] as const),
  text.map((value) => ['title', value] as const),
  text.map((value) => ['alt', value] as const),
  text.map((value) => ['content', value] as const),
  fc.constantFrom('display:none', 'visibility:hidden', 'color:red').map((value) => ['style', value] as const),
  fc.constantFrom('true', 'false').map((value) => ['aria-hidden', value] as const),
);

const escapeAttribute = (value: string) => value.replace(/&(?![#a-z0-9]+;)/gi, '&amp;').replace(/"/g, '&quot;');

/** Random HTML fragments, a few levels deep. */
export const htmlFragment: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc
      .record({
        tag: fc.constantFrom(...TAGS),
        attributes: fc.array(attribute, { maxLength: 3 }),
        children: fc.array(tie('node'), { maxLength: 5 }),
        closed: fc.boolean(),
      })
      .map(({ tag, attributes, children, closed }) => {
        const attrs = attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
        return `<${tag}${attrs}>${children.join('')}${closed ? `</${tag}>` : ''}`;
      }),
  ),
})).node;

/** A JSON-LD block: a plausible article object with random values, or any JSON, or broken JSON. */
const jsonLd = fc
  .oneof(
    fc
      .record({
        '@type': fc.constantFrom('NewsArticle', 'Article', 'WebPage', 'Person', 'SocialMediaPosting', 7, null),
        headline: fc.oneof(text, fc.jsonValue({ maxDepth: 2 })),
        author: fc.oneof(text, fc.record({ '@type': fc.constant('Person'), name: text, url }), fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 })),
        datePublished: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), text),
        url,
        image: fc.oneof(url, fc.record({ url })),
        keywords: fc.oneof(text, fc.array(text, { maxLength: 4 })),
      })
      .map((value) => JSON.stringify(value)),
    fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
    fc.string({ maxLength: 40 }),
  )
  .map((body) => `<script type="application/ld+json">${body}</script>`);

const meta = fc
  .tuple(fc.constantFrom('og:url', 'og:image', 'og:title', 'article:published_time', 'article:tag', 'author', 'keywords', 'description'), url)
  .map(([property, content]) => `<meta property="${property}" content="${escapeAttribute(content)}">`);

/** A whole random page: head with metadata, body with random content. */
export const htmlPage = fc
  .record({
    head: fc.array(fc.oneof(jsonLd, meta, url.map((href) => `<link rel="canonical" href="${escapeAttribute(href)}">`)), { maxLength: 4 }),
    body: fc.array(htmlFragment, { minLength: 1, maxLength: 6 }),
    wrap: fc.constantFrom('article', 'div class="article-body"', 'main', 'div'),
  })
  .map(({ head, body, wrap }) => `<!doctype html><html><head><title>T</title>${head.join('')}</head><body><${wrap}>${body.join('')}</body></html>`);

/** Options as callers pass them. */
export const options = fc.record(
  { url: fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'not a url', '', 'https://news.example/story')) },
  { requiredKeys: [] },
);

/* Mutations of real pages ------------------------------------------------------------------------ */

type Mutation =
  | { kind: 'cut'; at: number; length: number }
  | { kind: 'splice'; at: number; from: number; length: number }
  | { kind: 'repeat'; at: number; length: number; times: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'poison'; at: number; with: string }
  | { kind: 'insert'; at: number; html: string };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fraction, length: fraction }),
  fc.record({ kind: fc.constant('splice' as const), at: fraction, from: fraction, length: fraction }),
  fc.record({ kind: fc.constant('repeat' as const), at: fraction, length: fc.double({ min: 0, max: 0.1, noNaN: true }), times: fc.integer({ min: 2, max: 40 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
  fc.record({ kind: fc.constant('poison' as const), at: fraction, with: fc.constantFrom('\u0000', '\ud800', '\udc00', '"', '“', '<', '</p>', '&', '<!--', '<script>', '</blockquote>', '<![CDATA[') }),
  fc.record({ kind: fc.constant('insert' as const), at: fraction, html: htmlFragment }),
);

/** Cap on a mutated page, so that repeats cannot make a test slow. */
const MAX_MUTATED_CHARS = 2_000_000;

export function mutate(page: string, mutations: Mutation[]): string {
  let out = page;
  for (const m of mutations) {
    const at = Math.floor(m.at * out.length);
    switch (m.kind) {
      case 'cut':
        out = out.slice(0, at) + out.slice(at + Math.floor(m.length * (out.length - at)));
        break;
      case 'splice': {
        const from = Math.floor(m.from * out.length);
        const piece = out.slice(from, from + Math.floor(m.length * (out.length - from)));
        out = out.slice(0, at) + piece + out.slice(at);
        break;
      }
      case 'repeat': {
        const piece = out.slice(at, at + Math.floor(m.length * out.length));
        out = out.slice(0, at) + piece.repeat(m.times) + out.slice(at);
        break;
      }
      case 'truncate':
        out = out.slice(0, at);
        break;
      case 'poison':
        out = out.slice(0, at) + m.with + out.slice(at);
        break;
      case 'insert':
        out = out.slice(0, at) + m.html + out.slice(at);
        break;
    }
    if (out.length > MAX_MUTATED_CHARS) out = out.slice(0, MAX_MUTATED_CHARS);
  }
  return out;
}

export const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });
