/**
 * Words, punctuation and quoted spans of one paragraph, and its sentences. The quoted spans are
 * single opaque tokens, so that attribution never reads a speech verb or a name inside a quote.
 */
import type { MarkSpan } from './marks.js';
import { RUN_ON_OPENERS } from './lexicon/run-on-openers.js';

export interface Token {
  kind: 'word' | 'punct' | 'quote';
  /** The text as written (for a quote: the whole span with its marks). */
  text: string;
  lower: string;
  /** Offsets in the paragraph. */
  start: number;
  end: number;
  /** For a quote token, the index of its span in the paragraph's spans. */
  span?: number;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** The first word of its sentence (or after a quote or a colon): its capital says nothing about it being a name. */
  initial?: boolean;
}

/** A word: letters and digits, with inner apostrophes, hyphens and dots (l’État, U.S, co-founder). */
const WORD = /[\p{L}\p{N}\p{M}]+(?:[’'.\-‐][\p{L}\p{N}\p{M}]+)*/uy;
const PUNCT = new Set([',', ';', ':', '.', '!', '?', '—', '–', '(', ')', '[', ']', '…', '-', '¿', '¡']);
/** French inverted subject pronouns written onto the verb: "a-t-il", "affirme-t-elle". */
const FRENCH_INVERSION = /^(.+?)-(?:t-)?(il|elle|ils|elles|on)$/;
/**
 * French and Italian elide the article before a vowel and write it onto the noun: "selon l’Observatoire", "ha detto
 * l’Istat". Before a capital the article is a word of its own (read as "l"), so that the name after it reads as one.
 * Only the lower-case article inside a sentence: a capital "L’" opens a name as often as a sentence ("L’Oréal",
 * "L’Équipe"), in every language that borrows such names.
 */
const ELIDED_ARTICLE = /^l[’'](?=\p{Lu})/u;
/** Abbreviated titles that stand before a name. */
const TITLE_ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'capt',
  'sgt',
  'jr',
  'sr',
  'sra',
  'mme',
  'sig',
  'dott',
  'rev',
  'hon',
  'pres',
  'st',
]);

/** Abbreviations whose dot does not end a sentence: the titles, and these. */
const ABBREVIATIONS = new Set([
  ...TITLE_ABBREVIATIONS,
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
  'vs',
  'no',
  'inc',
  'co',
  'corp',
  'ltd',
  'mt',
  'ft',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'm',
  'av',
  'etc',
  'approx',
]);

/** A full stop typed without its space: two lower-case letters, the dot, a capitalised word. */
const RUN_ON_STOP = /\p{Ll}\p{Ll}\.\p{Lu}/u;

/** Whether the dot at `dot` in a run-together word ends a sentence: a lower-case word before it, or an opener after it. */
function endsSentence(word: string, dot: number): boolean {
  // The part before the dot opens after the word's last joiner (WORD joins its parts with these).
  const start = Math.max(...[...'’\'.-‐'].map((joiner) => word.lastIndexOf(joiner, dot - 1))) + 1;
  const before = word.slice(start, dot);
  const after = /^\p{L}+/u.exec(word.slice(dot + 1))?.[0] ?? '';
  return /^\p{Ll}/u.test(before) || RUN_ON_OPENERS.has(after.toLowerCase());
}

export function tokenize(text: string, spans: MarkSpan[]): Token[] {
  const tokens: Token[] = [];
  let spanIndex = 0;
  let i = 0;
  while (i < text.length) {
    const span = spans[spanIndex];
    if (span && i === span.open) {
      tokens.push({
        kind: 'quote',
        text: text.slice(span.open, span.close),
        lower: '',
        start: span.open,
        end: span.close,
        span: spanIndex,
        sentence: 0,
      });
      i = Math.max(span.close, i + 1);
      spanIndex++;
      continue;
    }
    const ch = text[i] as string;
    WORD.lastIndex = i;
    const match = WORD.exec(text);
    if (match) {
      // "zeigte sich zufrieden.Beide …", "sagte Jana Muster.Der Vorsitzende …": a full stop typed without its space,
      // after a lower-case word or before a capitalised article or pronoun, still ends the sentence (a domain,
      // "ndr.de", an abbreviation, "z.B.", and a dotted name of capitalised parts, "Kranich.Werft", go on).
      const runOn = RUN_ON_STOP.exec(match[0]);
      const word = runOn && endsSentence(match[0], runOn.index + 2) ? match[0].slice(0, runOn.index + 2) : match[0];
      const inversion = FRENCH_INVERSION.exec(word);
      const elided = ELIDED_ARTICLE.exec(word);
      if (elided) {
        tokens.push({ ...wordToken(elided[0], i), lower: 'l' });
        i += elided[0].length;
        continue;
      }
      if (inversion?.[1] && inversion[2]) {
        const verb = inversion[1];
        tokens.push(wordToken(verb, i));
        const pronounAt = i + word.length - inversion[2].length;
        tokens.push(wordToken(inversion[2], pronounAt));
      } else if (
        text[i + word.length] === '.' &&
        // French "M. Dupont", "MM. Dupont et Durand": "Monsieur" and "Messieurs" abbreviated, capitals only.
        (TITLE_ABBREVIATIONS.has(word.toLowerCase()) ||
          word === 'M' ||
          word === 'MM' ||
          isMiddleInitial(text, word, i, tokens) ||
          isDottedInitialism(text, word, i, tokens))
      ) {
        // "Dr." keeps its dot, so that "Dr. Sherine Abed" stays one name.
        tokens.push({ ...wordToken(word, i), text: `${word}.`, end: i + word.length + 1 });
        i++;
      } else tokens.push(wordToken(word, i));
      i += word.length;
      continue;
    }
    if (PUNCT.has(ch)) tokens.push({ kind: 'punct', text: ch, lower: ch, start: i, end: i + 1, sentence: 0 });
    i++;
  }
  markSentences(tokens);
  return tokens;
}

/** "Jeffrey M. Jones": one capital letter with a dot between a capitalised word and another is a middle initial. */
function isMiddleInitial(text: string, word: string, i: number, tokens: Token[]): boolean {
  if (word.length !== 1 || !/\p{Lu}/u.test(word)) return false;
  const previous = tokens[tokens.length - 1];
  if (previous?.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(previous.text) || previous.end !== i - 1) return false;
  return text[i + 2] === ' ' && /\p{Lu}/u.test(text[i + 3] ?? '');
}

/** "U.N.", "F.A.A.", "J.J.": capitals each closed by a dot, the last dot part of the word. */
const DOTTED_INITIALISM = /^(?:\p{Lu}\.)+\p{Lu}$/u;
/** A given name written as initials has this many letters ("J.J. Vale", "A.J. Marsh"). */
const INITIALS_NAME_LETTERS = 2;

/**
 * Two-letter initialisms of places and bodies, lower-case without the last dot: never a given name, so before a capital
 * their dot may end the sentence ("She moved to L.A. Police said …").
 */
const PLACE_INITIALISMS = new Set(['u.s', 'u.k', 'd.c', 'l.a', 'n.y', 'e.u', 'u.n']);
/** English prepositions: a given name's initials never follow one without an article or title between ("to D.C."). */
const PREPOSITIONS = new Set([
  'to',
  'in',
  'into',
  'from',
  'at',
  'of',
  'for',
  'on',
  'by',
  'near',
  'across',
  'around',
  'outside',
  'inside',
  'toward',
  'towards',
  'through',
  'throughout',
  'via',
]);

/**
 * "former U.N. ambassador", "said J.J. Vale": a dotted initialism keeps its last dot when the sentence runs on, in
 * lower case, or (a given name's two initials, which take no article, unlike "the U.S.", nor a preposition, unlike
 * "to D.C.") into the surname.
 */
function isDottedInitialism(text: string, word: string, i: number, tokens: Token[]): boolean {
  if (!DOTTED_INITIALISM.test(word) || text[i + word.length + 1] !== ' ') return false;
  const next = text[i + word.length + 2] ?? '';
  if (/\p{Ll}/u.test(next)) return true;
  const previous = tokens[tokens.length - 1];
  const letters = (word.length + 1) / 2;
  return (
    letters === INITIALS_NAME_LETTERS &&
    /\p{Lu}/u.test(next) &&
    !PLACE_INITIALISMS.has(word.toLowerCase()) &&
    (previous === undefined || (previous.lower !== 'the' && !PREPOSITIONS.has(previous.lower)))
  );
}

function wordToken(text: string, start: number): Token {
  return { kind: 'word', text, lower: text.toLowerCase(), start, end: start + text.length, sentence: 0 };
}

/** Sentence ends: . ! ? … outside quotes, unless the dot closes an abbreviation or an initial. */
/** A quoted span whose words end a sentence: “… here.” */
const FINISHED_QUOTE = /[.!?…]\s*["”“»«’'‘„]+$/u;

/** An English gerund or participle opening a sentence ("Taking", "Speaking"): capitalised only by its place. */
const GERUND = /^\p{Lu}\p{Ll}{2,}ing$/u;

/** Punctuation after which a word starts afresh, capitalised or not. */
const OPENING_PUNCT = new Set([':', '—', '–', '(', '¿', '¡', '-']);

/** Words the text capitalises where no sentence begins: proper names, not "Moreover" or "Speaking". */
export function properWords(tokens: Token[], into: Set<string>): void {
  tokens.forEach((token, k) => {
    if (token.kind !== 'word' || !/^\p{Lu}/u.test(token.text)) return;
    // Mid-sentence, or opening a run of capitals ("Colombian President Gustavo Petro said").
    const next = tokens[k + 1];
    // "Taking Archie outside is his favourite": a sentence opening on a gerund names no one with it.
    const opensRun = next?.kind === 'word' && /^\p{Lu}/u.test(next.text) && !GERUND.test(token.text);
    if (!token.initial || opensRun) into.add(token.lower.replace(/[’']s$/u, ''));
  });
}

function markSentences(tokens: Token[]): void {
  let sentence = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    token.sentence = sentence;
    const previous = tokens[k - 1];
    if (
      token.kind === 'word' &&
      (!previous ||
        previous.sentence !== sentence ||
        (previous.kind === 'quote' && !/,\s*["”“»«’'‘„]+$/u.test(previous.text)) ||
        OPENING_PUNCT.has(previous.text))
    )
      token.initial = true;
    if (token.kind === 'quote') {
      // “… here.” He described … — a quote that ends its sentence ends it outside too.
      // “… here.” (The firm said …) — a bracket may open the next sentence.
      const next = tokens[k + 1]?.text === '(' ? tokens[k + 2] : tokens[k + 1];
      if (FINISHED_QUOTE.test(token.text) && next?.kind === 'word' && /^\p{Lu}/u.test(next.text)) sentence++;
      continue;
    }
    if (token.kind !== 'punct' || !'.!?…'.includes(token.text)) continue;
    const before = tokens[k - 1];
    const after = tokens[k + 1];
    if (token.text === '.' && before?.kind === 'word' && before.end === token.start) {
      if (ABBREVIATIONS.has(before.lower) || (before.text.length === 1 && /\p{Lu}/u.test(before.text))) continue;
    }
    if (after && after.kind === 'word' && !/^[\p{Lu}\p{N}]/u.test(after.text)) continue;
    // "in Allentown, Pa., said": a dot before a comma closes an abbreviation, never a sentence.
    if (token.text === '.' && (after?.text === ',' || after?.text === ';')) continue;
    // "(R-S.C.)", "(D-N.Y.)": a dotted abbreviation closing a bracket.
    if (token.text === '.' && after?.text === ')' && before?.kind === 'word' && /\.\p{L}/u.test(before.text)) continue;
    // "Sen. Rand Paul (R-Ky.) said": a bracket closing on a dot, with the sentence running on in lower case.
    if (token.text === '.' && after?.text === ')' && /^\p{Ll}/u.test(tokens[k + 2]?.text ?? '')) continue;
    sentence++;
  }
}

export const isCapitalised = (token: Token | undefined): boolean =>
  token !== undefined && token.kind === 'word' && /^\p{Lu}/u.test(token.text);

/** A word's form without a possessive ending ("Trump's" → "Trump"). */
export function withoutPossessive(word: string): string {
  return word.replace(/[’']s$/u, '');
}
export const isPossessive = (word: string): boolean => /[’']s$/u.test(word);
