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

export interface CueTable {
  byFirstWord: Map<string, { kind: CueKind; words: string[] }[]>;
}

export function buildCueTable(lexicon: Lexicon): CueTable {
  const byFirstWord = new Map<string, { kind: CueKind; words: string[] }[]>();
  const add = (kind: CueKind, phrase: string) => {
    const words = phrase.split(' ');
    const first = words[0] as string;
    const list = byFirstWord.get(first) ?? [];
    list.push({ kind, words });
    // Longest phrases first, so that "according to" wins over a shorter entry.
    list.sort((a, b) => b.words.length - a.words.length);
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
    return { kind: candidate.kind, index, length: candidate.words.length, text };
  }
  return undefined;
}
