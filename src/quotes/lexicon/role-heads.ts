/**
 * What a role noun is for matching a description ("der Übergangstrainer", "la ministra") to the person the article
 * gave that role ("Übergangscoach Uwe Muster", "la ministra de Defensa, Ana Ruiz"). All lower-case.
 */
import { PORTFOLIO_WORDS } from './roles.js';

/**
 * Title words that say which role of its kind a person holds: "the foreign minister" is not the interior minister,
 * "the vice president" not the president. A description naming one points only to a person given it too.
 */
export const ROLE_QUALIFIERS = new Set([
  ...PORTFOLIO_WORDS,
  'vice',
  'prime',
  'first',
  'crown',
  'u.s',
  'us',
  'assistant',
  'associate',
  'deputy',
  'executive',
  'primo',
  'prima',
]);

/**
 * Qualifiers that make a rank of their own: the vice president is never "the president", the deputy minister never
 * "the minister", "Vizekanzler X" never "der Kanzler". A description and a person's role agree on these both ways.
 */
export const RANK_QUALIFIERS = new Set([
  'vice',
  'vize',
  'deputy',
  'assistant',
  'associate',
  'prime',
  'first',
  'crown',
  'co',
  'ko',
  'unter',
  'under',
]);

/**
 * Title words that neither head a role nor tell roles apart: when ("former", "acting", "ex") and courtesy ("Mr",
 * "Herr", "Mme"). "The former minister" is a minister.
 */
export const ROLE_ATTRIBUTES = new Set([
  'former',
  'acting',
  'interim',
  'senior',
  'ex',
  'mr',
  'mrs',
  'ms',
  'miss',
  'sir',
  'dame',
  'lord',
  'lady',
  'dr',
  'rev',
  'don',
  'doña',
  'dom',
  'sr',
  'sra',
  'm',
  'mme',
  'me',
  'maître',
  'herr',
  'frau',
  'sig',
  'sig.ra',
  'dott',
  'dottor',
  'onorevole',
]);

/**
 * Nouns a description heads that are no title before a name, yet name one person's part in the story once the
 * article gave them to someone ("the expert" after "Jane Roe, an expert in ..."). The titles are in TITLE_WORDS.
 */
export const DESCRIPTION_NOUNS = new Set([
  'expert',
  'experto',
  'experta',
  'esperto',
  'esperta',
  'especialista',
  'specialista',
  'spécialiste',
  'specialist',
  'official',
  'witness',
  'critic',
  'observer',
]);

/**
 * Role nouns that news writing varies for one another when it refers back to the same person: German sports
 * pages call the same man "Interimstrainer" and "Übergangscoach". Each maps to the form it is compared in.
 */
export const ROLE_SYNONYMS: Record<string, string> = {
  coach: 'trainer',
  chairman: 'chair',
  chairwoman: 'chair',
  chairperson: 'chair',
  congressman: 'congressperson',
  congresswoman: 'congressperson',
  councilman: 'councillor',
  councilwoman: 'councillor',
  councilor: 'councillor',
  cllr: 'councillor',
};

/** German compounds' first parts that say the same of a role: a caretaker is an "Interims-", "Übergangs-" or "Aushilfstrainer". */
export const QUALIFIER_SYNONYMS: Record<string, string> = {
  übergangs: 'interims',
  aushilfs: 'interims',
};

/**
 * Determiners of a definite description, the only kind that points back to someone already named ("the coach",
 * "der Trainer", "la ministra", "ce dirigeant"); "a coach", "ein Trainer" bring in someone new.
 */
export const DEFINITE_DETERMINERS: Record<string, Set<string>> = {
  en: new Set(['the', 'this', 'that']),
  de: new Set(['der', 'die', 'den', 'dem', 'des', 'dieser', 'diese', 'diesen', 'diesem']),
  es: new Set(['el', 'la', 'este', 'esta', 'ese', 'esa', 'aquel', 'aquella', 'del']),
  pt: new Set(['o', 'a', 'este', 'esta', 'esse', 'essa', 'aquele', 'aquela', 'do', 'da']),
  fr: new Set(['le', 'la', "l'", 'l’', 'ce', 'cet', 'cette', 'du']),
  it: new Set(['il', 'lo', 'la', "l'", 'l’', 'questo', 'questa', 'quel', 'quello', 'quella']),
};

/**
 * Words that open a description's complement: the role comes before them ("the team principal of Red Bull", "der
 * Trainer des MSV", "la jefa del Ejecutivo", "le chef du gouvernement").
 */
export const COMPLEMENT_OPENERS = new Set([
  'of',
  'at',
  'for',
  'from',
  'der',
  'des',
  'von',
  'vom',
  'beim',
  'de',
  'del',
  'da',
  'do',
  'dos',
  'das',
  'du',
  'di',
  'della',
  'dello',
  'dei',
  'degli',
  'delle',
  'd’',
  "d'",
]);
