/**
 * Pathological pages, built to size: the shapes a hostile or broken page takes. Shared by
 * test/hostile*.test.ts and scripts/fuzz.mjs (which times them at several sizes).
 */

const PARAGRAPH =
  '<p>The minister said the plan would go ahead. "We will not back down," she told reporters on Tuesday, ' +
  'adding that "the numbers speak for themselves." Critics disagreed.</p>\n';

/** A page of `bytes` characters of ordinary article paragraphs (with quotes) inside an <article>. */
export function bigArticle(bytes: number): string {
  const head = '<!doctype html><html><head><title>Big</title></head><body><article>';
  const tail = '</article></body></html>';
  return head + PARAGRAPH.repeat(Math.max(1, Math.ceil((bytes - head.length - tail.length) / PARAGRAPH.length))) + tail;
}

/** `depth` nested elements of `tag` around one paragraph, never closed or closed, as asked. */
export function nested(depth: number, tag = 'div', closed = true): string {
  return `<body>${`<${tag}>`.repeat(depth)}<p>"Deep down," he said.</p>${closed ? `</${tag}>`.repeat(depth) : ''}</body>`;
}

/** `count` straight quotation marks in one paragraph, or mixed with curly ones and words between. */
export function quotationMarks(count: number, mixed = false): string {
  if (!mixed) return `<body><p>${'"'.repeat(count)}</p></body>`;
  const unit = ['"', '“', '”', '« ', '»', "'", '‘', '’', ' a ', '„'];
  let out = '';
  for (let i = 0; i < count; i++) out += unit[i % unit.length];
  return `<body><p>${out}</p></body>`;
}

/** A quote that opens and never closes, over `words` words and many paragraphs. */
export function unclosedQuote(words: number): string {
  const paragraph = `<p>${'word '.repeat(100)}</p>`;
  return `<body><article><p>She said: "This never ends ${'and '.repeat(100)}</p>${paragraph.repeat(Math.ceil(words / 100))}</article></body>`;
}

/** One attribute of `bytes` characters on an element of the article; `name` picks which attribute. */
export function hugeAttribute(bytes: number, name = 'class'): string {
  const value = name === 'href' || name === 'src' ? `https://example.com/${'a'.repeat(bytes)}` : 'x '.repeat(bytes / 2);
  return (
    `<html><head><meta name="description" content="${'d'.repeat(bytes)}"></head><body><article>` +
    `<p ${name}="${value}">"Attribute," he said.</p><a href="/next" ${name}="${value}">Next</a></article></body></html>`
  );
}

/** JSON-LD blocks that are broken or hostile: deep nesting, huge arrays, wrong types, invalid JSON. */
export function hostileJsonLd(size: number): string {
  const deepArray = `${'['.repeat(size)}${']'.repeat(size)}`;
  const deepObject = `${'{"@type":"NewsArticle","author":'.repeat(size)}"x"${'}'.repeat(size)}`;
  const items = Array.from({ length: size }, (_, i) => `{"@type":"Person","name":"P${i}","url":"javascript:alert(${i})"}`).join(',');
  const hugeGraph = `{"@context":"https://schema.org","@graph":[${items}]}`;
  const wrongTypes = JSON.stringify({
    '@type': ['NewsArticle', 7, null, { x: 1 }],
    headline: { '@value': ['x'] },
    author: [null, 3, { name: 42 }, { name: ['a', 'b'] }, 'Real Name'],
    datePublished: 'not a date 99-99-9999',
    dateModified: 1700000000,
    image: { url: 'data:image/png;base64,AAAA' },
    url: 'vbscript:msgbox(1)',
    keywords: { a: 1 },
    mainEntityOfPage: { '@id': 'javascript:alert(1)' },
  });
  const broken = ['{"@type":"NewsArticle","headline":', '{{{{', '<!-- {"@type": "Article"} -->', 'null', '"string"', '[1,2,3'];
  const script = (body: string) => `<script type="application/ld+json">${body}</script>`;
  return (
    `<html><head>${script(deepArray)}${script(deepObject)}${script(hugeGraph)}${script(wrongTypes)}` +
    `${broken.map(script).join('')}</head><body><article><p>"Broken data," she said.</p></article></body></html>`
  );
}

/** Embed code escaped into the text, as CMSs do when a paste goes wrong, `count` times. */
export function escapedEmbedCode(count: number): string {
  const escaped =
    '<p>&lt;blockquote class="twitter-tweet"&gt;&lt;p lang="en" dir="ltr"&gt;"Hello," world&lt;/p&gt;&amp;mdash; ' +
    'Some One (@someone) &lt;a href="https://twitter.com/someone/status/1234567890123456789"&gt;March 1, 2024&lt;/a&gt;' +
    '&lt;/blockquote&gt; &lt;script async src="https://platform.twitter.com/widgets.js" charset="utf-8"&gt;&lt;/script&gt;' +
    '&lt;iframe src="javascript:alert(1)"&gt;&lt;/iframe&gt;</p>';
  return `<body><article><p>"Before," he said.</p>${escaped.repeat(count)}</article></body>`;
}

/** `count` tweets embedded as publisher blockquotes, each with a distinct id. */
export function manyTweets(count: number): string {
  let out = '<body><article><p>"Look at these," she said.</p>';
  for (let i = 0; i < count; i++) {
    const id = (1234567890123456789n + BigInt(i)).toString();
    out +=
      `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Post number ${i} "quoted"</p>&mdash; Person ${i} (@person${i}) ` +
      `<a href="https://twitter.com/person${i}/status/${id}?ref_src=twsrc%5Etfw">March 1, 2024</a></blockquote>\n`;
  }
  return `${out}<script async src="https://platform.twitter.com/widgets.js"></script></article></body>`;
}

/** NUL bytes and lone surrogates in text, attributes, URLs, JSON-LD and comments. */
export function nulsAndSurrogates(repeat: number): string {
  const bad = '\u0000\ud800\udfff\u0001\ud83d';
  const unit =
    `<p title="${bad}">"Bad${bad}chars," said Jo${bad}hn.</p>` +
    `<a href="https://example.com/${bad}path">link${bad}</a><a href="java${bad}script:alert(1)">x</a>` +
    `<!-- ${bad} --><blockquote class="twitter-tweet"><p>${bad}</p>&mdash; N${bad} (@h${bad}) ` +
    `<a href="https://twitter.com/h/status/12${bad}34">March 1, 2024</a></blockquote>`;
  const jsonLd = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"H${bad}","author":{"name":"A${bad}"},"datePublished":"2024-01-01${bad}"}</script>`;
  return `<html lang="en${bad}"><head><title>T${bad}</title>${jsonLd}<meta property="og:url" content="https://e.com/${bad}"></head><body><article>${unit.repeat(repeat)}</article></body></html>`;
}

/** A page that is nothing but scripts (and a style), `count` of them, some holding markup. */
export function onlyScripts(count: number): string {
  const scripts = [
    '<script>var said = "This is code, not a quote," he said; document.write("<p>\\"Injected,\\" said the script.</p>");</script>',
    '<script type="text/template"><p>"Template text," she said.</p></script>',
    '<script type="application/json">{"text":"\\"JSON text,\\" they said"}</script>',
    '<script>window.location = "javascript:alert(1)"; fetch("https://evil.example/");</script>',
    '<style>p::before { content: "\\"Style text,\\" it said"; }</style>',
    '<noscript><img src="https://example.com/pixel.gif"></noscript>',
  ];
  let out = '';
  for (let i = 0; i < count; i++) out += scripts[i % scripts.length];
  return out;
}

/** Dangerous URLs in every place a URL is read from. */
export function dangerousUrls(): string {
  const schemes = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java&#x09;script:alert(1)',
    '&#106;avascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    '\u0000javascript:alert(1)',
    '//evil.example/x',
    'file:///etc/passwd',
  ];
  let head = '<head>';
  let body = '<body><article><p>"Links everywhere," he said.</p>';
  for (const href of schemes) {
    head +=
      `<link rel="canonical" href="${href}"><base href="${href}"><meta property="og:image" content="${href}">` +
      `<meta property="og:url" content="${href}"><link rel="author" href="${href}">` +
      `<script type="application/ld+json">{"@type":"NewsArticle","url":${JSON.stringify(href)},"image":${JSON.stringify(href)},` +
      `"author":{"@type":"Person","name":"A","url":${JSON.stringify(href)}}}</script>`;
    body +=
      `<p>Read <a href="${href}">Related story</a></p>` +
      `<blockquote class="twitter-tweet"><p>t</p>&mdash; N (@h) <a href="${href}">March 1, 2024</a></blockquote>` +
      `<iframe src="${href}"></iframe><img src="${href}"><a rel="tag" href="${href}">Tag</a>`;
  }
  body +=
    '<aside class="related"><h2>Related</h2><ul><li><a href="javascript:alert(1)">A story</a></li><li><a href="data:text/html,x">B story</a></li></ul></aside>' +
    '<div class="tags"><a href="vbscript:x">Politics</a></div>';
  return `<html>${head}</head>${body}</article></body></html>`;
}

/** One English sentence whose speaker's phrase chains `links` complements ("Ann Lee of Bo of Co of …") after its verb. */
export function complementChain(links: number): string {
  const chain = Array.from({ length: links }, (_, i) => `of Place${i}`).join(' ');
  return `<body><article><p>"We stand firm," said Ann Lee ${chain} on Monday.</p></article></body>`;
}
