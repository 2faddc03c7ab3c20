#!/usr/bin/env node
// Checks onrecord's title and authors against Readability's own expected metadata for its test
// pages (../shared/corpus/readability-metadata/, pages in ../shared/corpus/html/readability__*),
// when ../shared exists. A project test script, not a unit test: the pages are not in the repo.
//
//   node scripts/check-metadata.mjs [--entry dist/index.js] [--min title=0.95 --min byline=0.85] [--verbose]
//
// title: exact match after white space normalisation (an empty expected title matches no title).
// byline: Readability's byline is one string ("By Erin Cunningham", "Stella Kim, Jennifer Jett"),
//   onrecord's authors are a list of names; they match when every word of our names appears in the
//   byline and our names cover at least a third of the byline's words (ignoring "by", "and" and the
//   like: "By Kelli Miller WebMD Health News" is matched by "Kelli Miller"). The rate is over the pages where Readability found a byline; pages where it found none
//   but we name authors are counted and printed, not scored (Readability may simply have missed them).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '..', 'shared');
const metadataDir = join(shared, 'corpus', 'readability-metadata');
const htmlDir = join(shared, 'corpus', 'html');
if (!existsSync(metadataDir)) {
  console.log('check-metadata: ../shared is not here, so there is nothing to check against.');
  process.exit(0);
}

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const minimums = {};
args.forEach((arg, i) => {
  if (arg === '--min') {
    const [key, value] = String(args[i + 1]).split('=');
    minimums[key] = Number(value);
  }
});
const verbose = args.includes('--verbose');
const entry = resolve(root, option('--entry') ?? 'dist/index.js');
if (!existsSync(entry)) {
  console.error(`check-metadata: ${entry} is not there: run \`npm run build\` first, or give --entry.`);
  process.exit(1);
}
const { extract } = await import(pathToFileURL(entry).href);

/** Words of a byline that are not names. */
const BYLINE_WORDS = new Set([
  'by',
  'par',
  'von',
  'por',
  'di',
  'written',
  'edited',
  'and',
  'avec',
  'et',
  'y',
  'e',
  'und',
  'the',
  'am',
  'pm',
  'updated',
]);
/** Dates in a byline ("March 11, 2015 3:46 PM") are not names either. */
const DATE_WORD =
  /^(?:\d+|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;
const normalise = (value) =>
  String(value ?? '')
    .replace(/\s+/g, ' ')
    .trim();
const words = (value) =>
  (
    String(value ?? '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).filter((word) => !BYLINE_WORDS.has(word) && !DATE_WORD.test(word));

function bylineMatches(expected, authors) {
  const want = new Set(words(expected));
  const got = new Set(authors.flatMap((author) => words(author.name)));
  if (got.size === 0 || want.size === 0) return false;
  for (const word of got) if (!want.has(word)) return false;
  return got.size >= want.size / 3;
}

let pages = 0;
let titles = 0;
let bylinePages = 0;
let bylines = 0;
let extraAuthors = 0;
const misses = [];
for (const file of readdirSync(metadataDir).sort()) {
  const page = file.replace(/\.json$/, '');
  const htmlPath = join(htmlDir, page);
  if (!existsSync(htmlPath)) continue;
  const expected = JSON.parse(readFileSync(htmlPath.replace(htmlDir, metadataDir) + '.json', 'utf8'));
  let article;
  try {
    article = extract(readFileSync(htmlPath, 'utf8'));
  } catch (error) {
    misses.push(`${page}: extract threw ${error}`);
    article = { authors: [] };
  }
  pages++;
  if (normalise(expected.title) === normalise(article.title)) titles++;
  else misses.push(`${page}: title ${JSON.stringify(normalise(article.title))} expected ${JSON.stringify(normalise(expected.title))}`);
  const authors = article.authors ?? [];
  if (expected.byline) {
    bylinePages++;
    if (bylineMatches(expected.byline, authors)) bylines++;
    else
      misses.push(
        `${page}: authors ${JSON.stringify(authors.map((a) => a.name))} expected byline ${JSON.stringify(normalise(expected.byline))}`,
      );
  } else if (authors.length > 0) {
    extraAuthors++;
    if (verbose) misses.push(`${page}: authors ${JSON.stringify(authors.map((a) => a.name))} where Readability found no byline`);
  }
}

const rates = { title: pages ? titles / pages : 0, byline: bylinePages ? bylines / bylinePages : 0 };
if (verbose) for (const miss of misses) console.log(miss);
console.log(
  `metadata: ${pages} pages | title ${rates.title.toFixed(3)} (${titles}/${pages}) | byline ${rates.byline.toFixed(3)} (${bylines}/${bylinePages}) | authors where Readability has no byline: ${extraAuthors}`,
);
let failed = false;
for (const [key, minimum] of Object.entries(minimums)) {
  if (!(key in rates)) {
    console.error(`check-metadata: unknown figure "${key}" (title, byline)`);
    failed = true;
  } else if (rates[key] < minimum) {
    console.error(`check-metadata: ${key} ${rates[key].toFixed(3)} is below ${minimum}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
