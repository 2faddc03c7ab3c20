/**
 * German nouns for what is said or written: a statement, a report, a law or a part of one. What the article quotes
 * from one of these ("steht es in der Vorlage", "Absatz 4 der Satzung, in dem es heißt") is that text's words; the noun
 * never names who speaks, so a speaker's name ending on one is no one's. Lower-case.
 */
/** Short words counted only whole ("Satz", "Rede"): as the end of a compound they could close a surname. */
export const GERMAN_STATEMENT_WORDS = new Set(['satz', 'rede', 'brief', 'motto', 'parole', 'zitat', 'fazit', 'aussage', 'aussagen']);

/** Longer nouns counted also as the head of a compound ("Abschlussbericht", "Gesetzentwurf" is not one: whole only). */
export const GERMAN_STATEMENT_HEADS = [
  'absatz',
  'abschnitt',
  'antrag',
  'artikel',
  'bericht',
  'gesetz',
  'interview',
  'kapitel',
  'kommentar',
  'paragraf',
  'paragraph',
  'protokoll',
  'schreiben',
  'studie',
  'urteil',
] as const;
