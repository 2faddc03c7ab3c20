/**
 * Lower-case particles inside personal names, in the languages onrecord reads and the names its
 * articles quote ("Charles de Gaulle", "Ursula von der Leyen", "Mohammed bin Salman"): a run of
 * capitalised words goes on across them. Shared by the quote lexicons and the byline check.
 */
export const NAME_PARTICLES = [
  'de',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'di',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'al',
  'el',
  'la',
  'le',
  'du',
] as const;

/**
 * Particles of Dutch and German surnames, which no Romance language has as words of its own: a Spanish, French,
 * Portuguese or Italian article quoting "Von der Leyen" or "Van Gaal" reads the run on across them, as it does across
 * its own "de" and "del".
 */
export const GERMANIC_NAME_PARTICLES = ['von', 'van', 'der', 'den', 'ter', 'ten', 'zu'] as const;
