/**
 * Phrases of reaction that are no speech verb but, like one, give the floor to their subject in news copy:
 * "Uwe Beispiel sah das ganz anders. „…“", "Marsh saw it differently. “…”". "…" marks a gap (see phrases.ts).
 * Verbs of judging count too ("beurteilte das Pontifikat", "criticised the plan"): their subject goes on to give reasons.
 * Used only where a quote with no attribution of its own follows such a sentence.
 */
export const REACTION_CUES: Record<string, string[]> = {
  en: [
    'criticised',
    'criticized',
    'praised',
    'condemned',
    'welcomed',
    'sees it differently',
    'saw it differently',
    'sees things differently',
    'saw things differently',
    'took issue',
    'takes issue',
    'begged to differ',
    'begs to differ',
  ],
  de: [
    'beurteilte',
    'beurteilt',
    'bewertete',
    'bewertet',
    'kritisierte',
    'kritisiert',
    'lobte',
    'lobt',
    'begrüßte',
    'begrüßt',
    'sieht … anders',
    'sah … anders',
    'sehen … anders',
    'sahen … anders',
    'hält … dagegen',
    'hielt … dagegen',
  ],
  es: ['discrepa', 'discrepó', 'lo ve de otra manera', 'lo ve distinto'],
  fr: ['voit les choses autrement', 'voit les choses différemment'],
  it: ['dissente', 'la pensa diversamente'],
  pt: ['discorda', 'discordou', 'pensa diferente'],
};
