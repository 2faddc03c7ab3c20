/** Cue phrases of a lexicon, indexed by their first word for a one-pass match over tokens. */
import type { Lexicon } from './lexicon/types.js';
import type { Token } from './tokens.js';

export type CueKind = 'verb' | 'participle' | 'preposition' | 'channel';

export interface Cue {
  kind: CueKind;
  /** Index of the cue's first token and the number of tokens it spans. */
  index: number;
  length: number;
  text: string;
}

/** Prepositions that are mostly not attribution ("para", "per", "so"): they count only right after a quote. */
export const WEAK_PREPOSITIONS = new Set(['para', 'per', 'pour', 'so', 'for']);

/**
 * Marks a gap in a cue phrase: "gab … bekannt". German splits a separable verb round its subject and
 * objects ("gab das Ministerium gestern bekannt"); the words after the gap close the clause within a
 * few words. The cue itself is the finite verb, where the subject is read.
 */
const GAP = '…';
/** How many words may stand between a separable verb and its particle. */
const MAX_SEPARABLE_GAP_WORDS = 12;

interface CueEntry {
  kind: CueKind;
  /** Words read in a row from the cue's first token. */
  words: string[];
  /** Words after a gap ("bekannt" of "gab … bekannt"), in a row, a few words on in the clause. */
  tail: string[];
}

export interface CueTable {
  byFirstWord: Map<string, CueEntry[]>;
}

export function buildCueTable(lexicon: Lexicon): CueTable {
  const byFirstWord = new Map<string, CueEntry[]>();
  const add = (kind: CueKind, phrase: string) => {
    const [head = '', rest] = phrase.split(` ${GAP} `);
    const words = head.split(' ');
    const tail = rest ? rest.split(' ') : [];
    const first = words[0] as string;
    const list = byFirstWord.get(first) ?? [];
    list.push({ kind, words, tail });
    // Longest phrases first, so that "according to" wins over a shorter entry, and a split verb over its bare stem.
    list.sort((a, b) => b.words.length + b.tail.length - (a.words.length + a.tail.length));
    byFirstWord.set(first, list);
  };
  for (const phrase of lexicon.channelPhrases) add('channel', phrase);
  for (const phrase of lexicon.sourcePrepositions) add('preposition', phrase);
  for (const phrase of lexicon.participles) add('participle', phrase);
  for (const phrase of lexicon.speechVerbs) add('verb', phrase);
  return { byFirstWord };
}

/** The cue starting at token `index`, if any. */
export function cueAt(table: CueTable, tokens: Token[], index: number): Cue | undefined {
  const token = tokens[index];
  if (token?.kind !== 'word') return undefined;
  // "the United States" holds no speech verb: a capital mid-sentence marks a name.
  if (!token.initial && /^\p{Lu}/u.test(token.text)) return undefined;
  const candidates = table.byFirstWord.get(token.lower);
  if (!candidates) return undefined;
  for (const candidate of candidates) {
    let ok = true;
    for (let w = 1; w < candidate.words.length; w++) {
      const next = tokens[index + w];
      if (next?.kind !== 'word' || next.lower !== candidate.words[w]) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    const text = tokens
      .slice(index, index + candidate.words.length)
      .map((t) => t.text)
      .join(' ');
    if (candidate.tail.length === 0) return { kind: candidate.kind, index, length: candidate.words.length, text };
    const tail = tailAt(tokens, index + candidate.words.length, candidate.tail);
    if (tail >= 0) return { kind: candidate.kind, index, length: candidate.words.length, text: `${text} ${candidate.tail.join(' ')}` };
  }
  return undefined;
}

/**
 * Where a separable verb's particle closes the clause from `from` (words between, and the commas of an
 * apposition: "brachte die Sprecherin, Eva Muster, zum Ausdruck"), else -1.
 */
function tailAt(tokens: Token[], from: number, tail: string[]): number {
  for (let k = from; k < tokens.length && k - from <= MAX_SEPARABLE_GAP_WORDS; k++) {
    const t = tokens[k] as Token;
    if (t.text === ',' && k > from) continue;
    if (t.kind !== 'word') return -1;
    if (!tail.every((word, w) => tokens[k + w]?.kind === 'word' && tokens[k + w]?.lower === word)) continue;
    // The particle ends its clause ("gab zu, dass", "teilte mit: „…“"), unlike "zu" as a preposition.
    const next = tokens[k + tail.length];
    if (next === undefined || next.kind !== 'word' || next.lower === 'dass') return k;
  }
  return -1;
}
