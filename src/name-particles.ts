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
