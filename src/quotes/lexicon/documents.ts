/**
 * Kinds of written instrument that open the name of one in the Romance languages ("Ley de Autonomía Universitaria",
 * "Loi Travail", "Estrategia de la Política de Cuadros", "Decreto Legislativo 81"): a law, a plan or a treaty is
 * quoted, it never speaks, so a speaker's name opening on one of these is no one's.
 */
export const DOCUMENT_KINDS = new Set([
  // Spanish
  'ley',
  'leyes',
  'decreto',
  'reglamento',
  'constitución',
  'estrategia',
  'código',
  'estatuto',
  'tratado',
  // French
  'loi',
  'décret',
  'règlement',
  'constitution',
  'stratégie',
  'code',
  'traité',
  // Portuguese
  'lei',
  'constituição',
  'estratégia',
  'regulamento',
  // Italian
  'legge',
  'costituzione',
  'strategia',
  'codice',
  'regolamento',
  'trattato',
]);
