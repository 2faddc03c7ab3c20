/**
 * "Según Ruiz, …", "Para Mairena, …", "Selon Dupont, …", "De acordo com Silva, …": a clause that opens on a source
 * preposition reports the view of the person it names. That person is the topic a later dropped subject or pronoun
 * continues, not a preposition's object (a place, a listener).
 */
import { cueAt, type CueTable } from './phrases.js';
import type { Token } from './tokens.js';

/** The longest source preposition ("de acuerdo con", "aux yeux de") in words. */
const MAX_PREPOSITION_WORDS = 3;
/** Punctuation after which a clause opens ("…, según Ruiz"; "(según Ruiz)"). */
const CLAUSE_OPENERS = new Set([',', ';', ':', '(', '—', '–']);

/** Whether a source preposition that opens its clause ends right before token `index`. */
export function framesSource(cues: CueTable, tokens: Token[], index: number): boolean {
  for (let from = index - 1; from >= 0 && index - from <= MAX_PREPOSITION_WORDS; from--) {
    const cue = cueAt(cues, tokens, from);
    if (cue?.kind !== 'preposition' || from + cue.length !== index) continue;
    const before = tokens[from - 1];
    return !before || (tokens[from] as Token).initial === true || (before.kind === 'punct' && CLAUSE_OPENERS.has(before.text));
  }
  return false;
}
