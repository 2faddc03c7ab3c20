/**
 * Made-up news pages, as many as a test needs, each different: a headline, a byline, quoted and
 * reported speech with attributions, an embed now and then, tags and related links, in the markup
 * a typical news CMS writes. Every name and word is invented.
 */
const SPEAKERS = [
  ['Marta Velasco', 'a harbour board member'],
  ['Tobias Renn', 'the council’s transport lead'],
  ['Ines Dalgaard', 'a marine biologist at Northfield University'],
  ['Corin Achebe', 'the ferry operators’ spokesman'],
  ['Lena Okafor', 'a resident of the old quarter'],
  ['Paulo Brandt', 'the festival’s director'],
] as const;
const TOPICS = ['ferry timetable', 'harbour wall', 'night market', 'tram extension', 'library roof', 'river clean-up', 'school meals'];
const VERBS = ['said', 'told reporters', 'added', 'warned', 'explained'];

export function newsPage(n: number): string {
  const topic = TOPICS[n % TOPICS.length] as string;
  const [first, firstRole] = SPEAKERS[n % SPEAKERS.length] as readonly [string, string];
  const [second, secondRole] = SPEAKERS[(n + 3) % SPEAKERS.length] as readonly [string, string];
  const verb = VERBS[n % VERBS.length] as string;
  const embed =
    n % 4 === 0
      ? `<blockquote class="twitter-tweet"><p>Update on the ${topic}: vote moved to Thursday.</p>&mdash; Northfield Gazette (@nfgazette) <a href="https://twitter.com/nfgazette/status/${1700000000000000000 + n}">March ${(n % 28) + 1}, 2026</a></blockquote>`
      : '';
  const paragraphs = Array.from(
    { length: 3 + (n % 5) },
    (_, i) =>
      `<p>Paragraph ${i + 1} of story ${n} goes over the ${topic} plan, its cost of ${(n * 7 + i) % 90} thousand and the months of work ahead.</p>`,
  ).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Council weighs ${topic} plan, story ${n} | Northfield Gazette</title>
<meta property="og:title" content="Council weighs ${topic} plan, story ${n}">
<meta property="og:site_name" content="Northfield Gazette">
<meta name="author" content="Reporter ${n % 9}">
<meta property="article:published_time" content="2026-03-${String((n % 28) + 1).padStart(2, '0')}T08:00:00Z">
<meta name="keywords" content="${topic}, council, Northfield">
</head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article>
<h1>Council weighs ${topic} plan, story ${n}</h1>
<p class="byline">By Reporter ${n % 9}</p>
<p>The council met on Tuesday to weigh the ${topic} plan, number ${n} this year.</p>
<p>“We cannot wait another winter for this,” ${verb} ${first}, ${firstRole}.</p>
${paragraphs}
<p>${second}, ${secondRole}, said the plan “leaves the old quarter behind” and asked for a second vote.</p>
${embed}
<p>“The money is there, and the work can start in spring,” ${first} said.</p>
</article>
<aside><h2>Related</h2><ul><li><a href="/local/story-${n + 1}">Earlier: the ${topic} survey</a></li></ul></aside>
<footer>© 2026 Northfield Gazette</footer>
</body></html>`;
}
