/**
 * The name gate: whether a speaker's `name` is a person's or an organisation's name the article gives, decided on
 * evidence rather than capital letters. A wrong name is worse than none, so a name the evidence speaks against is
 * dropped (the `mention` stays): a pronoun, a single letter, an honorific or a role alone, a phrase opening on a
 * determiner or holding ordinary lower-case words, a German common noun (German capitalises every noun, so the
 * article's own "das Interview", "im Urteil" tell it apart from a surname), a word the article writes lower-case, or
 * a place the article is in ("in Hannover"). A name the article also gives after a given name or a title, or the page's
 * tags and byline give, is a person's, whatever else is said of its words.
 */
import { NAME_PARTICLES } from '../name-particles.js';
import { de } from './lexicon/de.js';
import { endsOnRole, englishNameStart } from './english-names.js';
import { EN_DEMONYMS } from './lexicon/demonyms-en.js';
import { GERMAN_STATEMENT_HEADS, GERMAN_STATEMENT_WORDS } from './lexicon/de-statements.js';
import { DOCUMENT_KINDS } from './lexicon/documents.js';
import { LEXICONS } from './lexicon/index.js';
import { NAME_OPENING_PREPOSITIONS, PURPOSE_PREPOSITIONS } from './lexicon/prepositions.js';
import { GERMAN_ROLE_STEMS, MIN_GERMAN_ROLE_LETTERS } from './lexicon/role-stems.js';
import { isBodyAdjective } from './lexicon/body-adjectives.js';
import { ORGANISATION_WORDS, TITLE_ABBREVIATIONS, TITLE_WORDS } from './lexicon/roles.js';
import type { Lexicon } from './lexicon/types.js';
import { isHonorific } from './names.js';
import { bare, isGivenName, withoutTrailing } from './name-words.js';

/** German contractions of a preposition and an article: "im Interview", "zum Urteil", "beim Treffen". */
const GERMAN_CONTRACTIONS = ['im', 'am', 'zum', 'zur', 'vom', 'beim', 'ins', 'ans', 'aufs', 'durchs', 'fürs', 'übers'];
/** German articles and possessives in every case: a capitalised word right after one is a noun, not a name. */
const GERMAN_NOUN_OPENERS = new Set([
  ...de.determiners,
  'einen',
  'einem',
  'kein',
  'keine',
  'keinen',
  'keinem',
  'keiner',
  'seinen',
  'seinem',
  'seiner',
  'seines',
  'ihren',
  'ihrem',
  'ihrer',
  'ihres',
  'diese',
  'dieser',
  'dieses',
  'diesem',
  'diesen',
  'jede',
  'jeder',
  'jedes',
  'jedem',
  'jeden',
  ...GERMAN_CONTRACTIONS,
]);
/**
 * A lower-case German attributive adjective between an article and its noun ("zum eigenen Ziel", "die linksextreme
 * Zeitung"); not a past tense in "-te", "-ten" ("sein“, sagte Arturo"), though a superlative or an ordinal ("die
 * jüngste", "der erste") is one.
 */
const GERMAN_ADJECTIVE = /^\p{Ll}+(?:e|en|er|es|em)$/u;
/** Quantifiers that open a German plural noun phrase with no article ("zehntausende Demonstranten", "zahlreiche Experten"). */
const GERMAN_PLURAL_QUANTIFIERS = new Set([
  'einige',
  'mehrere',
  'viele',
  'manche',
  'wenige',
  'beide',
  'etliche',
  'zahlreiche',
  'weitere',
  'andere',
  'hunderte',
  'tausende',
  'zehntausende',
  'hunderttausende',
]);
/** Articles that are relative pronouns too. */
const RELATIVE_PRONOUNS = new Set(['der', 'die', 'das', 'den', 'dem']);
const GERMAN_PAST_TENSE = /[^s]ten?$/u;
/**
 * Articles no verb follows as its subject: after them a word in "-te", "-ten" is an adjective ("einen direkten
 * Zusammenhang", "im letzten Jahr"), not a past tense ("die sagten").
 */
const ARTICLES_NEVER_SUBJECTS = new Set(['einen', 'einem', 'eines', 'im', 'am', 'zum', 'zur', 'vom', 'beim']);
/** German noun endings no surname has: "Begründung", "Zuversicht"-like abstractions, "Krankheit", "Gemeinschaft". */
const GERMAN_NOUN_ENDING = /(?:ung|heit|keit|schaft|tion|sion|tät|ismus|nis|nisse|tum|ungen)$/u;
/** Prepositions that put a place after them ("in Hannover", "aus Ohio", "en Ginebra", "em Lisboa"). */
const PLACE_PREPOSITIONS = new Set(['in', 'aus', 'en', 'em', 'à']);
/** Quantifiers that open a plural noun phrase, never a name ("Einige Wochen", "Several officials", "Algunos vecinos"). */
const QUANTIFIERS = new Set([
  ...GERMAN_PLURAL_QUANTIFIERS,
  'alle',
  'some',
  'several',
  'many',
  'few',
  'both',
  'all',
  'algunos',
  'algunas',
  'varios',
  'varias',
  'muchos',
  'muchas',
  'plusieurs',
  'certains',
  'certaines',
  'quelques',
  'alguns',
  'algumas',
  'vários',
  'várias',
  'muitos',
  'muitas',
]);
/** Academic titles: a role worth keeping as `title` ("Dr.", "Prof."), unlike a courtesy title ("Herr", "Mme"). */
const ACADEMIC_TITLES = new Set(['dr', 'prof']);
/** A word is a place when at least one in this many of its uses follows a place preposition. */
const PLACE_SHARE = 2;
/** Pronouns of every language read, for a name that is only one ("Er", "Ella", "It"). */
const ALL_PRONOUNS = new Set(Object.values(LEXICONS).flatMap((lexicon) => Object.keys(lexicon?.pronouns ?? {})));
/** Courtesy titles: never a name alone, and never part of one ("Herr Voigt" is "Voigt", "M. Dupont" is "Dupont"). */
export const COURTESY_TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'herr',
  'frau',
  'fräulein',
  'm',
  'mm',
  'mme',
  'mmes',
  'mlle',
  'monsieur',
  'madame',
  'mademoiselle',
  'sr',
  'sra',
  'srta',
  'señor',
  'señora',
  'señorita',
  'senhor',
  'senhora',
  'sig',
  'sigra',
  'signor',
  'signora',
]);
/** Text read for evidence: beyond this many words an article says nothing new about its names (hostile input bound). */
const MAX_EVIDENCE_WORDS = 50_000;
/** The shortest stem a genitive "s" is read off ("Papiers" of "Papier"; not "Hans" of "Han"). */
const MIN_GENITIVE_STEM = 4;
/** A word in capitals long enough to be an ordinary word shouted in a headline rather than an acronym ("SURVIVORS"). */
const SHOUTED_WORD = /^\p{Lu}{5,}$/u;
/** A word with no letters of its own, or one letter: no name. */
const MIN_NAME_LETTERS = 2;

/** The word without the stops written after it ("Dr.", "Müller,"): a loop, so that no regex backtracks over a run of dots. */
const isCapitalised = (word: string) => /^[\p{Lu}\p{N}]/u.test(word);
const isRoleWord = (word: string) => {
  const lower = bare(word);
  return TITLE_WORDS.has(lower) || lower in TITLE_ABBREVIATIONS || COURTESY_TITLES.has(lower);
};

/** "Kreisbrandmeister", "NLZ-Leiter", "Ernährungsberaterin": a German compound ending in a role noun. */
const GERMAN_ROLE = new RegExp(`(?:${GERMAN_ROLE_STEMS.join('|')})(?:in|innen|en|s)?$`, 'u');
/** "Portland-based", "London-born", "Seventy-eight-year-old": an English compound saying where someone is from or their
 * age, before their name. */
const BASED_IN = /-(?:based|born|raised|bred|year-old)$/u;

/** Whether a German word is a role compound ("Kreisbrandmeister", "NLZ-Leiter", "Sprecherin"). */
export function isGermanRoleWord(word: string): boolean {
  const lower = bare(word);
  const stem = lower.split('-').pop() ?? lower;
  return stem.length >= MIN_GERMAN_ROLE_LETTERS && GERMAN_ROLE.test(stem);
}

/** A name with the role or description written before it split off ("Kreisbrandmeister Jan Muster"). */
export interface RefinedName {
  name: string;
  title?: string;
}

export class NameEvidence {
  /** Words the article writes in a name after a given name or a title ("Swantje Hartmann", "Innenminister Rech"). */
  private readonly personWords = new Set<string>();
  /** German: capitalised words the article writes after an article or a possessive ("das Interview"). */
  private readonly nounWords = new Set<string>();
  /** How often the article writes each capitalised word after a place preposition ("in Hannover"). */
  private readonly placeCount = new Map<string, number>();
  /** Full names the article gives after a given name, by their last word ("muster" → "Jan Muster"); undefined when two differ. */
  private readonly fullNames = new Map<string, string | undefined>();
  private readonly lowerCount = new Map<string, number>();
  private readonly capitalCount = new Map<string, number>();
  private readonly german: boolean;
  private readonly english: boolean;
  private readonly connectors: Set<string>;
  private readonly determiners: Set<string>;

  constructor(lexicon: Lexicon, text: string, hintNames: string[]) {
    this.german = lexicon.lang === 'de';
    this.english = lexicon.lang === 'en';
    this.connectors = new Set([...lexicon.nameConnectors, ...NAME_PARTICLES]);
    this.determiners = new Set(lexicon.determiners);
    for (const name of hintNames) for (const word of name.split(/\s+/)) if (isCapitalised(word)) this.personWords.add(bare(word));
    // The words, and whether a comma stands before each (", die Gerda Muster … erklärt hatte": a relative pronoun).
    const words: string[] = [];
    const afterComma: boolean[] = [];
    let comma = false;
    for (const piece of text.split(/([\s,;:!?()[\]"“”„«»‹›]+)/u, 2 * MAX_EVIDENCE_WORDS)) {
      if (/^[\s,;:!?()[\]"“”„«»‹›]+$/u.test(piece)) comma = piece.includes(',');
      else if (piece) {
        words.push(piece);
        afterComma.push(comma);
        comma = false;
      }
    }
    // Whether the run of capitalised words being read has passed a given name or a title (its later words name a person).
    let personRun = false;
    // The given name opening the current run, and the words read since.
    let givenRun: string[] = [];
    // The previous word, bare, as the step before worked it out (bare() strips the trailing dots too).
    let last = '';
    // German: an article (or a possessive, a contraction) read, then only inflected adjectives since: the next capitalised word is its noun.
    let nounPhrase = false;
    let relativeOpen = false;
    words.forEach((raw, i) => {
      const word = withoutTrailing(raw, '.');
      const lower = bare(word);
      const prev = last;
      last = lower;
      if (!isCapitalised(word)) {
        if (/^\p{Ll}/u.test(word)) this.lowerCount.set(lower, (this.lowerCount.get(lower) ?? 0) + 1);
        // (An article after a comma may be a relative pronoun, which a name may follow: ", die Gerda Muster … erklärt
        // hatte"; then only a capitalised word alone is its noun, ", die Rechte von …".)
        relativeOpen = afterComma[i] === true && RELATIVE_PRONOUNS.has(lower);
        nounPhrase =
          (GERMAN_NOUN_OPENERS.has(lower) && !relativeOpen) ||
          GERMAN_PLURAL_QUANTIFIERS.has(lower) ||
          (nounPhrase &&
            GERMAN_ADJECTIVE.test(word) &&
            (!GERMAN_PAST_TENSE.test(word) || ARTICLES_NEVER_SUBJECTS.has(prev)) &&
            !/[.]$/u.test(raw));
        if (!this.connectors.has(lower)) personRun = false;
        if (this.connectors.has(lower) && givenRun.length) givenRun.push(word);
        else givenRun = [];
        return;
      }
      // "Einen direkten Zusammenhang sieht …": an article opening the sentence, capitalised, opens a noun phrase too.
      if (this.german && GERMAN_NOUN_OPENERS.has(lower) && /^\p{Lu}\p{Ll}+$/u.test(word)) {
        nounPhrase = true;
        personRun = false;
        givenRun = [];
        return;
      }
      this.capitalCount.set(lower, (this.capitalCount.get(lower) ?? 0) + 1);
      if (personRun && !isRoleWord(word)) this.personWords.add(lower);
      if (isGivenName(word) || isRoleWord(word)) personRun = true;
      if (givenRun.length || isGivenName(word)) {
        givenRun.push(word.replace(/[’']s$/u, ''));
        if (givenRun.length >= 2) this.noteFullName(givenRun);
      }
      // "das Interview", "zum eigenen Ziel": a capitalised word after an article and any adjectives is a noun.
      // (Not a given name: "die Gerhard Muster … erklärt hatte" is a relative pronoun and the name.)
      const alone = relativeOpen && !isCapitalised(words[i + 1] ?? '');
      if (this.german && (nounPhrase || alone) && !isGivenName(word)) this.nounWords.add(lower);
      nounPhrase = false;
      relativeOpen = false;
      // ("confident in Etlaq’s chances": an owner, not a place.)
      if (PLACE_PREPOSITIONS.has(prev) && /^\p{Ll}/u.test(words[i - 1] ?? '') && !/[’']s$/u.test(word)) {
        this.placeCount.set(lower, (this.placeCount.get(lower) ?? 0) + 1);
      }
      // A sentence's end ends the run.
      if (/[.]$/u.test(raw) || /[’']s$/u.test(word)) {
        personRun = false;
        givenRun = [];
      }
    });
  }

  private noteFullName(run: string[]): void {
    const full = run.join(' ');
    const last = bare(run[run.length - 1] as string);
    const known = this.fullNames.get(last);
    // A longer run of the same name replaces its start ("Jan" then "Jan Muster"); two people sharing a surname stay unresolved.
    if (!this.fullNames.has(last)) this.fullNames.set(last, full);
    else if (known !== undefined && known !== full && !full.startsWith(known) && !known.startsWith(full))
      this.fullNames.set(last, undefined);
  }

  /** Whether a word before a name is a role or a description of the person ("NLZ-Leiter", "Osnabrücker", "Sachsens"). */
  private isRolePart(word: string, next: string | undefined): boolean {
    const lower = bare(word);
    if (isRoleWord(word) || BASED_IN.test(lower)) return true;
    if (!this.german) return false;
    if (isGermanRoleWord(lower)) return true;
    // "AfD-Spitzenmann Björn Muster", "US-Außenminister": a compound on a party's or body's acronym describes the person.
    if (/^\p{Lu}\p{Ll}*\p{Lu}\p{L}*-\p{L}/u.test(word)) return true;
    if (this.nounWords.has(lower) && !this.personWords.has(lower)) return true;
    // "Osnabrücker Leseforscher", "Sachsens AfD-Chef": a place's adjective or genitive before a role.
    return !!next && /(?:er|s)$/u.test(lower) && this.isRolePart(next, undefined);
  }

  /**
   * The person's name with the role or description before it split off: "Kreisbrandmeister Jan Muster" → "Jan
   * Muster" (title "Kreisbrandmeister"); "Bürgermeister Muster" → the full name the article gave ("Jan Muster").
   */
  refine(name: string): RefinedName {
    const words = name.split(/\s+/).filter(Boolean);
    let cut = 0;
    while (cut < words.length - 1 && this.isRolePart(words[cut] as string, words[cut + 1])) cut++;
    // "Council member Priya Okafor": a description ending on a lower-case word, then the name.
    for (let k = words.length - 2; k >= cut; k--) {
      if (!/^\p{Ll}/u.test(words[k] as string) || this.connectors.has(bare(words[k] as string))) continue;
      cut = k + 1;
      break;
    }
    // "Tánaiste Mary Example": a given name after words the article also writes lower-case (an ordinary word
    // capitalised as a title) opens the name; after other capitalised words it is a middle name or a surname
    // ("Domingo José Ramos", "Alano De La Rosa", "Mohammed Ben Sulayem").
    const given = words.findIndex((w, i) => i > 0 && isGivenName(w));
    if (given > cut && words.slice(cut, given).every((w) => (this.lowerCount.get(bare(w)) ?? 0) > 0 && !this.connectors.has(bare(w))))
      cut = given;
    // "das Handelsblatt EPI-Chefin Martina Weimert" (a medium, then the one it quotes): a role right before a given
    // name closes what stands before the name, whatever opened the run.
    if (this.german && given > cut && this.isRolePart(words[given - 1] as string, words[given])) cut = given;
    if (this.english && cut === 0) cut = englishNameStart(words, this.connectors);
    const rest = words.slice(cut);
    // "Leyen" from "Von der Leyen" opening a sentence: the full name the article gave ("Ursula von der Leyen").
    if (words.length === 1) {
      const full = this.fullNames.get(bare(name));
      return full && full.split(' ').length > 2 ? { name: full } : { name };
    }
    // An organisation's name is whole ("Devon and Cornwall Police", "Ministerio de Sanidad", "Plataforma por la Vivienda").
    const opensOnKind = ORGANISATION_WORDS.has(bare(words[0] as string)) && PURPOSE_PREPOSITIONS.has(bare(words[1] as string));
    // Romance puts a body's kind first and its adjectives after it, lower-case ("Ministère italien de la Santé",
    // "Banque centrale européenne"): no role precedes a name there ("director técnico de Atlético Sur" is a role).
    const romanceBody =
      !this.english &&
      !this.german &&
      ORGANISATION_WORDS.has(bare(words[0] as string)) &&
      words.every((w, i) => i === 0 || !/^\p{Ll}/u.test(w) || this.connectors.has(bare(w)) || isBodyAdjective(bare(w)));
    if (cut === 0 || opensOnKind || romanceBody || rest.some((w) => ORGANISATION_WORDS.has(bare(w)))) return { name };
    // "die nuklearen Kapazitäten Israels": a genitive after a common noun says whose, and the whole is no one's name.
    if (this.german && rest.length === 1 && this.isGenitiveAfterNoun(words[cut - 1] as string, rest[0] as string)) return { name };
    // "Prince Harry", "Papst Franziskus": an honorific styling someone known by one name stays.
    if (rest.length === 1 && isHonorific(bare(words[cut - 1] as string))) return { name };
    const full = rest.length === 1 ? this.fullNames.get(bare(rest[0] as string)) : undefined;
    return { name: full ?? rest.join(' '), title: words.slice(0, cut).join(' ') };
  }

  /**
   * German writes a person's name without an article ("Müller sagte"), and every common noun with one ("Die Arbeit",
   * "Seine Zuversicht", "Zur aktuellen Lage"): a name the mention writes after an article, a possessive or a
   * contraction, with no given name nor other evidence of a person, is a noun. An organisation's kind with an article
   * ("das Gericht", "die Deutsche Bahn") still names the body.
   */
  private isArticleNoun(words: string[], lowered: string[], mention: string | undefined): boolean {
    if (!this.german || !mention) return false;
    const said = mention.split(/\s+/).filter(Boolean);
    const at = said.findIndex((w) => bare(w) === lowered[0]);
    // An article, or a lower-case quantifier or adjective with none ("zehntausende Demonstranten", "deutsche Medien").
    const opener = bare(said[0] as string);
    if (at <= 0 || !(GERMAN_NOUN_OPENERS.has(opener) || (/^\p{Ll}/u.test(said[0] as string) && !this.connectors.has(opener)))) return false;
    // Only adjectives (lower-case) between the article and the name: "Zur aktuellen Lage", not "Der Sprecher Jan Muster".
    if (!said.slice(1, at).every((w) => /^\p{Ll}/u.test(w))) return false;
    if (isGivenName(words[0] as string) || lowered.some((w) => this.personWords.has(w))) return false;
    return !lowered.some((w) => ORGANISATION_WORDS.has(w));
  }

  /** German: a word in "s" after a noun the article writes with an article, no role ("Kapazitäten Israels"). */
  private isGenitiveAfterNoun(noun: string, word: string): boolean {
    const lower = bare(noun);
    return word.endsWith('s') && this.nounWords.has(lower) && !this.personWords.has(lower) && !isRoleWord(noun) && !isGermanRoleWord(lower);
  }

  /** German: a word ending in "s" or "es" whose stem the article also writes capitalised ("Österreichs", "Österreich"). */
  private isGenitive(lower: string): boolean {
    if (!lower.endsWith('s')) return false;
    const stems = [lower.slice(0, -1), ...(lower.endsWith('es') ? [lower.slice(0, -2)] : [])];
    return stems.some((stem) => stem.length >= MIN_GENITIVE_STEM && (this.capitalCount.get(stem) ?? 0) > 0);
  }

  /**
   * German: a word in "s" the mention writes right after a noun ("der Oberrabbiner Israels", "Trainer Ghanas") is that
   * noun's genitive complement: where the person is from, not who.
   */
  private followsNoun(word: string, mention: string | undefined): boolean {
    if (!word.endsWith('s') || !mention) return false;
    const said = mention.split(/\s+/).filter(Boolean);
    const at = said.lastIndexOf(word);
    return at > 0 && this.isRolePart(said[at - 1] as string, undefined);
  }

  /** Whether `name` may stand as a speaker's name; `mention` is the phrase as the attribution wrote it. */
  accepts(name: string, mention?: string): boolean {
    const words = name.split(/\s+/).filter(Boolean);
    const first = words[0];
    if (!first || !isCapitalised(first)) return false;
    // "Merkel.Als": two sentences run together, not a name.
    if (words.some((w) => /\p{Ll}\.\p{Lu}/u.test(w))) return false;
    // "RECOVERY", "FLOOD VICTIMS": a headline set in capitals, not an acronym, when the article writes one of its
    // longer words in lower case too (acronyms of that length, "NASA", "UNICEF", are no ordinary words).
    if (words.some((w) => SHOUTED_WORD.test(w) && (this.lowerCount.get(bare(w)) ?? 0) > 0)) return false;
    const letters = name.replace(/[^\p{L}]/gu, '');
    if (letters.length < MIN_NAME_LETTERS) return false;
    const lowered = words.map(bare);
    const acronym = words.length === 1 && /^\p{Lu}{2,}$/u.test(first);
    if (words.length === 1 && !acronym && ALL_PRONOUNS.has(lowered[0] as string)) return false;
    // "Herr", "Sprecher", "PDG": a title or a role alone names no one.
    if (words.every((w) => isRoleWord(w))) return false;
    // "Der Iran müsse", "A Milwaukee", "the study": a determiner or an ordinary lower-case word is no part of a name.
    if (words.length > 1 && this.determiners.has(lowered[0] as string) && !this.connectors.has(lowered[0] as string)) return false;
    if (QUANTIFIERS.has(lowered[0] as string)) return false;
    // "The Swedish government", "a senior Afghan official", "a Republican": a nationality or a party alone names no one.
    if (this.english && (EN_DEMONYMS.has(lowered.join(' ')) || endsOnRole(words))) return false;
    // "A Milwaukee", "En Madrid": a sentence opening on a preposition, capitalised, then a place. (Not "A." nor "A.J.", initials.)
    if (words.length > 1 && /^\p{L}+$/u.test(first) && NAME_OPENING_PREPOSITIONS.has(lowered[0] as string)) return false;
    // "Von", "De", "Bin": a surname particle alone (a sentence opening on "Von der Leyen") names no one.
    if (words.length === 1 && (NAME_PARTICLES as readonly string[]).includes(lowered[0] as string)) return false;
    // ("die ARD", "die SPD": an acronym with its article is a body's name.)
    if (!acronym && this.isArticleNoun(words, lowered, mention)) return false;
    // "Ley de Autonomía Universitaria", "Estrategia Política": a law or a plan is quoted, it says nothing; only as the
    // subject the attribution writes out ("La Constitución manda «…»") does it stand for its text's words.
    if (!this.english && !this.german && DOCUMENT_KINDS.has(lowered[0] as string) && !mention?.includes(name)) return false;
    if (this.german && isGermanStatement(lowered)) return false;
    // An organisation's name may hold function words ("Devon and Cornwall Police", "Plataforma por la Vivienda").
    if (lowered.some((w) => ORGANISATION_WORDS.has(w))) return true;
    if (words.some((w) => /^\p{Ll}/u.test(w) && !this.connectors.has(bare(w)))) return false;
    // ("Kapazitäten Israels": a noun and its genitive, whatever the article says of the genitive's word.)
    if (this.german && words.length === 2 && this.isGenitiveAfterNoun(first, words[1] as string)) return false;
    // Evidence for a person outweighs the rest.
    if (isGivenName(first) || lowered.some((w) => this.personWords.has(w))) return true;
    if (acronym) return true;
    const head = lowered[lowered.length - 1] as string;
    if (this.german && lowered.some((w) => this.nounWords.has(w))) return false;
    if (this.german && GERMAN_NOUN_ENDING.test(head)) return false;
    // "Regierungssprecher", "Geschäftsführer": a German role compound alone names no one (a surname the article
    // writes after a given name, "Gerhard Richter", passed above).
    if (this.german && words.every((w) => isRoleWord(w) || isGermanRoleWord(w))) return false;
    // "Niedersachsens", "Hassemers": a genitive ("Niedersachsens Ministerpräsident") is whose, never who speaks.
    if (this.german && words.length === 1 && (this.isGenitive(head) || this.followsNoun(first, mention))) return false;
    if (words.length === 1) {
      // Outside German, a word the article writes lower-case more often than capitalised is an ordinary word.
      if (!this.german && (this.lowerCount.get(head) ?? 0) > (this.capitalCount.get(head) ?? 0)) return false;
      // A place: the article mostly writes it as where something is or comes from.
      const places = this.placeCount.get(head) ?? 0;
      if (places > 0 && places * PLACE_SHARE >= (this.capitalCount.get(head) ?? 0)) return false;
    }
    return true;
  }
}

/** German: "der Bericht", "Satz 1", "das Schreiben" are what was said, never who said it. */
function isGermanStatement(lowered: string[]): boolean {
  const head = lowered[lowered.length - 1] as string;
  return GERMAN_STATEMENT_WORDS.has(head) || GERMAN_STATEMENT_HEADS.some((noun) => head.endsWith(noun));
}

/** "Herr", "Mme", "Sr.": a title that is only courtesy, no role. */
export function isCourtesyTitle(title: string): boolean {
  const words = title.split(/\s+/).filter(Boolean).map(bare);
  return words.length > 0 && words.every((w) => COURTESY_TITLES.has(w) && !ACADEMIC_TITLES.has(w));
}

/** "Prince Harry" keeps its honorific; "Herr Voigt", "M. Dupont", "Sra. Pérez" lose theirs. */
export function withoutCourtesyTitle(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  let from = 0;
  while (from < words.length - 1 && COURTESY_TITLES.has(bare(words[from] as string)) && !isHonorific(bare(words[from] as string))) from++;
  return words.slice(from).join(' ');
}
