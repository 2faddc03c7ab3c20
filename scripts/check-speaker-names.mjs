#!/usr/bin/env node
// Checks that no quote's speaker `name` on any page of ../shared/corpus/html/ is plainly not a person's or an
// organisation's name: a pronoun, a single letter, an honorific alone, a phrase opening on a lower-case word or a
// determiner, a common noun or a place. No labels are needed, so it covers every page; the evidence is the page's own
// text (kept independent of the library's lexicons, so the check does not grade the library by its own rules):
//   - common noun: a German word the article writes after an article ("das Interview", "im Urteil") and never after
//     a capitalised word (a given name or a title), or, in other languages, a word the article also writes lower-case;
//   - place: a word the article writes after "in", "aus", "en", "em", "à", "from" and never as the subject of a name run.
// A project script, not a unit test: the pages are not in the repo.
//
//   node scripts/check-speaker-names.mjs [--entry dist/index.js] [--verbose] [--max N]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const htmlDir = resolve(root, '..', 'shared', 'corpus', 'html');
if (!existsSync(htmlDir)) {
  console.log('check-speaker-names: ../shared is not here, so there is nothing to check.');
  process.exit(0);
}
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const verbose = args.includes('--verbose');
const max = option('--max') === undefined ? undefined : Number(option('--max'));
const { extract } = await import(pathToFileURL(resolve(root, option('--entry') ?? 'dist/index.js')).href);

const PRONOUNS = new Set(
  (
    'i me you he him she her it we us they them his its their who which that this ' +
    'ich du er sie es wir ihr ihn ihm ihnen man ' +
    'yo tú él ella ello nosotros nosotras ellos ellas usted ustedes ' +
    'je tu il elle on nous vous ils elles lui eux ' +
    'eu ele ela nós eles elas você vocês io lui lei noi voi loro egli'
  ).split(' '),
);
const HONORIFICS = new Set(
  'mr mrs ms miss dr prof sir herr frau fräulein m mme mlle monsieur madame sr sra srta don doña señor señora senhor senhora dona sig signor signora'.split(
    ' ',
  ),
);
const DETERMINERS = new Set(
  (
    'the a an this that these those ' +
    'der die das den dem des ein eine einen einem einer eines im am zum zur vom beim ins kein keine ' +
    'el la los las un una unos unas del al ' +
    'le les une du des au aux ' +
    'o os as um uma do da dos das no na nos nas ' +
    'il lo gli uno della dello'
  ).split(' '),
);
const GERMAN_ARTICLES = new Set('der die das den dem des ein eine einen einem einer eines im am zum zur vom beim ins'.split(' '));
const PLACE_PREPOSITIONS = new Set(['in', 'aus', 'en', 'em', 'à', 'from']);

/** Evidence the page's own text gives about each word. */
function evidenceOf(text, german) {
  const afterArticle = new Set();
  const afterCapital = new Set();
  const afterPlace = new Set();
  const lower = new Map();
  const capital = new Map();
  const words = text.split(/[^\p{L}\p{M}’'-]+/u).filter(Boolean);
  words.forEach((word, i) => {
    const prev = words[i - 1] ?? '';
    if (/^\p{Ll}/u.test(word)) lower.set(word, (lower.get(word) ?? 0) + 1);
    if (!/^\p{Lu}/u.test(word)) return;
    capital.set(word, (capital.get(word) ?? 0) + 1);
    if (german && GERMAN_ARTICLES.has(prev)) afterArticle.add(word);
    if (/^\p{Lu}/u.test(prev) && !DETERMINERS.has(prev.toLowerCase())) afterCapital.add(word);
    if (PLACE_PREPOSITIONS.has(prev)) afterPlace.add(word);
  });
  return { afterArticle, afterCapital, afterPlace, lower, capital };
}

function verdict(name, evidence, german) {
  const words = name.split(/\s+/).filter(Boolean);
  const first = words[0] ?? '';
  const bare = (w) => w.toLowerCase().replace(/[.,]$/u, '');
  // An acronym ("US", "ARD") is an organisation's or a place's short name, not a word of the language.
  const acronym = words.length === 1 && /^\p{Lu}{2,}$/u.test(first);
  if (words.length === 1 && !acronym && PRONOUNS.has(bare(first))) return 'pronoun';
  if (/^\p{L}\.?$/u.test(name.trim())) return 'single letter';
  if (words.every((w) => HONORIFICS.has(bare(w)))) return 'honorific';
  if (!/^[\p{Lu}\p{N}]/u.test(first)) return 'lower-case opening';
  // ("Al Saud", "Del Toro": a particle that is also an article may open a name.)
  if (DETERMINERS.has(first.toLowerCase()) && !/^(al|del|de|da|do|du|le|la)$/i.test(first) && words.length > 1) return 'determiner opening';
  if (words.length === 1 && !acronym) {
    if (german && evidence.afterArticle.has(first) && !evidence.afterCapital.has(first)) return 'common noun';
    // Outside German, a word written lower-case more often than capitalised is a common noun.
    if (!german && (evidence.lower.get(first.toLowerCase()) ?? 0) > (evidence.capital.get(first) ?? 0)) return 'common noun';
    if (evidence.afterPlace.has(first) && !evidence.afterCapital.has(first)) return 'place';
  }
  return undefined;
}

const files = readdirSync(htmlDir)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .slice(0, max);
const counts = {};
let names = 0;
let bad = 0;
for (const file of files) {
  let out;
  try {
    out = extract(readFileSync(join(htmlDir, file), 'utf8'));
  } catch {
    continue;
  }
  const german = /^de\b/i.test(out.lang ?? '');
  const evidence = evidenceOf(out.text ?? '', german);
  for (const quote of out.quotes ?? []) {
    const name = quote.speaker?.name;
    if (!name) continue;
    names++;
    const why = verdict(name, evidence, german);
    if (!why) continue;
    bad++;
    counts[why] = (counts[why] ?? 0) + 1;
    if (verbose) console.log(`${why.padEnd(18)} ${JSON.stringify(name)}  ${file}`);
  }
}
const detail = Object.entries(counts)
  .map(([k, v]) => `${k} ${v}`)
  .join(', ');
console.log(`check-speaker-names: pages ${files.length} | speaker names ${names} | not a name ${bad}${detail ? ` (${detail})` : ''}`);
