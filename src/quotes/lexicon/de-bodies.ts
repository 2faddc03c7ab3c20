/**
 * German nouns that head the name of a body: a university, a foundation, an office. After "von" ("Jana Muster von der
 * Stiftung Warentest", "Jan Beispiel von der Universität Hamburg") they say where the person works, which no
 * nobiliary particle ("von der Leyen", "von Weizsäcker") is followed by. Compounds count by their last part
 * ("Bundeskriminalamt", "Forschungszentrum"), German writing a body's kind as the compound's head.
 */
export const GERMAN_BODY_HEADS = [
  'akademie',
  'agentur',
  'amt',
  'anstalt',
  'behörde',
  'bund',
  'fakultät',
  'gericht',
  'gesellschaft',
  'gewerkschaft',
  'gruppe',
  'hochschule',
  'initiative',
  'institut',
  'kammer',
  'kanzlei',
  'kirche',
  'klinik',
  'klinikum',
  'kommission',
  'konzern',
  'ministerium',
  'organisation',
  'partei',
  'polizei',
  'redaktion',
  'regierung',
  'schule',
  'stiftung',
  'universität',
  'unternehmen',
  'verband',
  'verein',
  'vereinigung',
  'verwaltung',
  'zentrum',
] as const;
