/**
 * Which pages the bench reads: the article-extraction benchmark's pages in ../shared when that
 * folder exists (the figures in the README come from it), the project's fixtures otherwise.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SHARED_CORPUS = '../shared/corpus/html';
const SHARED_GROUND_TRUTH = '../shared/corpus/aeb-ground-truth.json';
const AEB_PREFIX = 'aeb__html_';

/** A page to extract: where it is and the URL to pass (peers such as Postlight need one). */
function page(path, url) {
  return { name: path.split('/').slice(-2).join('/'), path, url, bytes: statSync(path).size };
}

/** `{ label, pages }` for the given repository root; `dir` overrides the choice with any folder of *.html. */
export function findCorpus(repoRoot, dir) {
  if (dir) {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .sort();
    return { label: `${files.length} pages in ${dir}`, pages: files.map((f) => page(join(dir, f), undefined)) };
  }
  const shared = join(repoRoot, SHARED_CORPUS);
  if (existsSync(shared)) {
    const truthPath = join(repoRoot, SHARED_GROUND_TRUTH);
    const truth = existsSync(truthPath) ? JSON.parse(readFileSync(truthPath, 'utf8')) : {};
    const files = readdirSync(shared)
      .filter((f) => f.startsWith(AEB_PREFIX) && f.endsWith('.html'))
      .sort();
    const pages = files.map((f) => page(join(shared, f), truth[f.slice(AEB_PREFIX.length, -'.html'.length)]?.url));
    return { label: `${pages.length} article-extraction-benchmark pages (../shared/corpus/html/aeb__*)`, pages };
  }
  const fixtures = join(repoRoot, 'fixtures');
  const pages = [];
  for (const name of readdirSync(fixtures).sort()) {
    const input = join(fixtures, name, 'input.html');
    if (!existsSync(input)) continue;
    const optionsPath = join(fixtures, name, 'options.json');
    const options = existsSync(optionsPath) ? JSON.parse(readFileSync(optionsPath, 'utf8')) : {};
    pages.push(page(input, options.url));
  }
  return { label: `${pages.length} project fixtures (fixtures/*/input.html)`, pages };
}

/** Every page's HTML, read once. */
export function loadPages(pages) {
  return pages.map((p) => ({ ...p, html: readFileSync(p.path, 'utf8') }));
}

const PARAGRAPH = /<p\b[^>]*>([\s\S]{40,4000}?)<\/p>/g;
const TAG = /<[^>]{0,2000}>/g;
const MAX_PARAGRAPHS_PER_PAGE = 200;

/** Article paragraphs (as plain-text `<p>` markup) taken from the corpus pages, to build long pages from. */
export function articleParagraphs(htmlPages) {
  const out = [];
  for (const html of htmlPages) {
    let count = 0;
    for (const match of html.matchAll(PARAGRAPH)) {
      const text = (match[1] ?? '').replace(TAG, '').trim();
      if (text.length < 80 || text.includes('{') || text.includes('<')) continue;
      out.push(`<p>${text}</p>`);
      if (++count >= MAX_PARAGRAPHS_PER_PAGE) break;
    }
  }
  return out;
}

/** One long article page of about `bytes` bytes: a head with metadata, then the paragraphs, cycled. */
export function buildLongPage(paragraphs, bytes) {
  const head =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long article</title>' +
    '<meta property="og:title" content="A long article"><meta name="author" content="Jane Doe"></head>' +
    '<body><header><nav><a href="/">Home</a></nav></header><main><article><h1>A long article</h1>';
  const tail = '</article></main><footer>© The Publisher</footer></body></html>';
  const parts = [head];
  let size = head.length + tail.length;
  for (let i = 0; size < bytes; i++) {
    // From the second pass over the paragraphs on, each is marked with its pass: a page that repeats
    // its paragraphs word for word is boilerplate, and onrecord rightly drops the repeats.
    const pass = Math.floor(i / paragraphs.length);
    const paragraph = paragraphs[i % paragraphs.length];
    const unique = pass === 0 ? paragraph : `${paragraph.slice(0, -'</p>'.length)} (${pass + 1})</p>`;
    parts.push(unique, '\n');
    size += unique.length + 1;
  }
  parts.push(tail);
  return parts.join('');
}
