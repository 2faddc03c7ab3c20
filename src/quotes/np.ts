/**
 * Noun phrases next to a speech verb: the speaker's mention, read forward ("said the senator") or
 * backward ("Colombia's Foreign Ministry said"). A mention is a name, a pronoun or a description.
 */
import { isGermanParticleRun } from './german-particles.js';
import { isGermanRoleWord } from './name-evidence.js';
import { TIME_WORDS } from './lexicon/index.js';
import { PURPOSE_PREPOSITIONS } from './lexicon/prepositions.js';
import { COMMON_NOUN_ACRONYMS, ORGANISATION_WORDS, SPOKESPERSON_HEADS, UNNAMED_HEADS } from './lexicon/roles.js';
import { isBodyAdjective } from './lexicon/body-adjectives.js';
import { isFirstName } from './lexicon/first-names.js';
import type { Lexicon } from './lexicon/types.js';
import { isRolePart } from './role-keys.js';
import { isCapitalised, isPossessive, type Token } from './tokens.js';
import { ROMANCE_LANGS } from './lexicon/romance.js';

/** How many "of"/"to"/"with" complements a speaker's phrase may chain ("the head of the office of X"). */
const MAX_COMPLEMENT_HOPS = 3;

export interface NounPhrase {
  kind: 'name' | 'pronoun' | 'description';
  /** Token range [from, to) in the paragraph. */
  from: number;
  to: number;
  /** For a name: the range of the capitalised run inside the phrase (after any lower-case title words). */
  nameFrom?: number;
  /** An appositive after the name ("Joshua Apte, an engineer at UT, said"). */
  appositive?: string;
}

/**
 * The dative preposition that marks the one spoken to (Spanish "a", French "à"): a name after it ends the
 * speaker's description rather than completing it ("le dijo el entrenador a Ruiz").
 */
const LISTENER_LINKS: Record<string, Set<string>> = {
  es: new Set(['a', 'al']),
  fr: new Set(['à', 'au', 'aux']),
  // (Not Portuguese "a", which is also the article: "a Petrobras disse".)
  pt: new Set(['ao', 'aos', 'à', 'às']),
  it: new Set(['a', 'al', 'ai', 'alla', 'allo', 'agli', 'alle']),
};

/** French and Italian also write the complement of a body's kind lower-case ("Cour des comptes", "Corte dei conti"). */
const LOWER_COMPLEMENT_LANGS = new Set(['fr', 'it']);
/** How many lower-case adjectives may follow a body's kind ("Banque centrale européenne"). */
const MAX_BODY_ADJECTIVES = 2;
/** A complement noun has at least this many letters (no elided "l'", "d'", nor a one-letter word). */
const MIN_COMPLEMENT_NOUN_LETTERS = 3;
/** Words after "de"/"di" that make an adverb, not a complement ("de nouveau", "de plus", "di fatto", "di nuovo"). */
const ADVERBIAL_COMPLEMENTS = new Set([
  'nouveau',
  'plus',
  'même',
  'fait',
  'suite',
  'loin',
  'près',
  'toute',
  'nuovo',
  'fatto',
  'recente',
  'solito',
  'sicuro',
  'certo',
  'più',
]);
const isLowerWord = (token: Token | undefined): boolean => token?.kind === 'word' && /^\p{Ll}/u.test(token.text);

/** How far a description may reach (words) before we stop believing it is one phrase. */
const MAX_DESCRIPTION_WORDS = 7;
/** Prepositions in the six languages: a phrase opening on one is never a speaker's description. */
const PREPOSITIONS = new Set([
  'on',
  'in',
  'into',
  'at',
  'for',
  'as',
  'by',
  'after',
  'before',
  'during',
  'with',
  'from',
  'to',
  'of',
  'about',
  'over',
  'under',
  'against',
  'through',
  'via',
  'en',
  'por',
  'para',
  'con',
  'desde',
  'durante',
  'sobre',
  'tras',
  'sur',
  'dans',
  'pour',
  'avec',
  'par',
  'auf',
  'mit',
  'für',
  'von',
  'bei',
  'nach',
  'nel',
  'dal',
  'em',
  'com',
]);
/** English prepositions of place, lower-case: the name after one says where someone is ("a company in Florida"). */
export const LOCATIVES = new Set(['in', 'from', 'at', 'near', 'outside', 'inside']);
/** Determiners that may follow a purpose preposition inside a body's name ("por unas", "pour la"). */
const MAX_PURPOSE_DETERMINERS = 2;
/** Relative pronouns opening a clause about the name before them ("Rubio, whose hometown …,"). */
const RELATIVE_OPENERS = new Set(['who', 'whose', 'quien', 'cuyo', 'cuya', 'qui', 'dont', 'der', 'die', 'che', 'cui', 'cujo', 'cuja']);
/** Prepositions joining a role to whom it serves ("a spokeswoman for", "an aide to", "un portavoz de"). */
const AGENT_LINKS = new Set(['for', 'to', 'of', 'de', 'del', 'da', 'do', 'di', 'du', 'des', 'von', 'für']);
/** English prepositions joining someone to whom they work for ("a lawyer for", "an adviser to"). */
export const SERVING_LINKS = new Set(['for', 'to']);
/** English prepositions whose object completes the noun before them ("a resident of Hull", "the envoy to Britain"). */
export const COMPLEMENT_PREPOSITIONS = new Set(['of', 'to', 'with']);
/** A preposition or a clause word: it heads no noun phrase and ends none. */
export const isFunctionWord = (word: string): boolean => PREPOSITIONS.has(word) || CLAUSE_WORDS.has(word);
export const isPreposition = (word: string): boolean => PREPOSITIONS.has(word);

/** English verb forms that end a description: "referred", "targets" (not "-ss": "the boss"). */
const PAST_FORM = /^\p{Ll}{2,}ed$/u;
const PRESENT_FORM = /^\p{Ll}{2,}[^s]s$/u;
/** A verb form before a preposition ("speaking to", "married to", "met with"): no noun the preposition completes. */
const VERB_FORM = /(?:ing|ed)$/u;
/** "the newly elected mayor": after an adverb, a past form is an adjective. */
const ADVERB_FORM = /ly$/u;
/** How many lower-case words may stand between a modifying name and its noun ("GOP presidential candidate"). */
const MAX_MODIFIED_NOUN_WORDS = 3;
/** Lower-case title words before a name ("former president Donald Trump"). */
const MAX_LEADING_TITLE_WORDS = 3;
/** Punctuation that closes the clause a name ends ("…, actress Jamie Lee Curtis."). */
const CLAUSE_ENDS = new Set(['.', ',', ';', '!', '?']);
/** No name (with its title) runs longer than this many words. */
const MAX_NAME_WORDS = 10;
/** Particles that may follow one another inside a name ("von der Leyen", "de la Fuente", "van den Berg"). */
const MAX_PARTICLES_IN_A_ROW = 2;
/** German articles of the genitive, which join a domain to the noun before it ("der Leiter des Programms der WHO"). */
const GENITIVE_ARTICLES = new Set(['der', 'des']);
/** How far back the noun phrase a German genitive completes may open. */
const MAX_GENITIVE_PHRASE_TOKENS = 8;
/** How many attributive adjectives may stand between a German article and its noun ("der stellvertretende Leiter"). */
const MAX_ADJECTIVES_BEFORE_NOUN = 3;
/** An inflected German adjective, or a place's adjective in "-er" ("die stellvertretende", "die Dresdner"). */
const GERMAN_ATTRIBUTIVE = /^(?:\p{Ll}+(?:e|en|er|es|em)|\p{Lu}\p{Ll}+er)$/u;
/** "and" in each language: inside an organisation's name ("Devon and Cornwall Police") it joins, elsewhere it lists. */
const AND_WORDS = new Set(['and', 'y', 'et', 'und', 'e']);
/** Words skipped between a subject and its verb ("Priebus later Thursday told"). */
const MAX_SKIPPED = 4;
/** How long a bracketed aside may be ("(R-OK)", "(D-N.Y.)"). */
const MAX_BRACKET_TOKENS = 8;
/** How far back an appositive's opening comma may be. */
const MAX_APPOSITIVE_TOKENS = 30;
/** Words that end a phrase going backward: clause openers and conjunctions, in all six languages. */
const CLAUSE_WORDS = new Set([
  'that',
  'and',
  'but',
  'who',
  'which',
  'when',
  'after',
  'because',
  'as',
  'while',
  'than',
  'if',
  'or',
  'where',
  'what',
  'whom',
  'whose',
  'since',
  'before',
  'until',
  'though',
  'although',
  'so',
  'is',
  'was',
  'were',
  'are',
  'be',
  'que',
  'y',
  'pero',
  'quien',
  'cuando',
  'porque',
  'como',
  'e',
  'mas',
  'quem',
  'qui',
  'et',
  'mais',
  'dont',
  'quand',
  'dass',
  'und',
  'aber',
  'der',
  'wie',
  'als',
  'che',
  'ma',
  'chi',
  'quando',
  'perché',
  'es',
  'fue',
  'era',
  'est',
  'è',
  'ist',
  'war',
  'é',
]);

export class PhraseReader {
  private readonly pronouns: Set<string>;
  private readonly determiners: Set<string>;
  private readonly connectors: Set<string>;
  private readonly stopwords: Set<string>;
  private readonly skippable: Set<string>;

  constructor(
    lexicon: Lexicon,
    private readonly isCue: (tokens: Token[], index: number) => boolean,
    private readonly isTitle: (word: string) => boolean,
  ) {
    this.pronouns = new Set(Object.keys(lexicon.pronouns));
    this.determiners = new Set(lexicon.determiners);
    this.connectors = new Set(lexicon.nameConnectors);
    this.stopwords = new Set(lexicon.capitalisedStopwords);
    this.skippable = new Set(lexicon.skippable);
    this.english = lexicon.lang === 'en';
    this.german = lexicon.lang === 'de';
    this.lang = lexicon.lang;
    this.listenerLinks = LISTENER_LINKS[lexicon.lang] ?? new Set();
    this.lowerCaseWeekdays = new Set(lexicon.lowerCaseWeekdays);
  }

  private readonly lowerCaseWeekdays: Set<string>;
  private readonly listenerLinks: Set<string>;

  /** "supera a Jim Clark", "a dit au ministre Paul Roux": the dative (or personal "a") marks the object, never the subject. */
  isDative(token: Token | undefined): boolean {
    return token?.kind === 'word' && this.listenerLinks.has(token.lower);
  }

  /** A dative preposition before a determiner or a name: the one spoken to ("a la agencia", "aux journalistes", "al diario"). */
  private opensListener(tokens: Token[], j: number): boolean {
    const t = tokens[j] as Token;
    if (!this.listenerLinks.has(t.lower)) return false;
    // ("aux", "al", "ao": the article is in the preposition.)
    const contracted = t.lower.length > 1 && t.lower !== 'à';
    const next = tokens[j + 1];
    return contracted || this.determiners.has(next?.lower ?? '') || this.isNameWord(next);
  }

  /** A time word right after the noun or adjective that ends a description ("la présidence française mercredi soir"). */
  private closesWithTime(tokens: Token[], j: number): boolean {
    if (!TIME_WORDS.has((tokens[j] as Token).lower)) return false;
    const before = tokens[j - 1];
    if (before?.kind !== 'word') return false;
    return isCapitalised(before) || this.isTitle(before.lower) || isBodyAdjective(before.lower);
  }

  /** "el alcalde, Domingo Fernández": a weekday the language writes lower-case, capitalised mid-sentence, is a first name. */
  private isWeekdayName(token: Token | undefined): boolean {
    return token !== undefined && !token.initial && isCapitalised(token) && this.lowerCaseWeekdays.has(token.lower);
  }

  private readonly english: boolean;
  /** How many complement hops ("X of Y of …") the phrase being read has taken: see `headBeforeComplement`. */
  private complementHops = 0;
  private readonly german: boolean;
  private readonly lang: string;

  /**
   * "A friend referred to him", "The ad targets a …": an English description ends before its verb —
   * a past form after the head noun, or a present form right before a determiner.
   */
  private endsDescription(tokens: Token[], j: number, k: number): boolean {
    if (!this.english || j < k + 2) return false;
    const word = (tokens[j] as Token).lower;
    const before = (tokens[j - 1] as Token).lower;
    if (PAST_FORM.test(word) && !ADVERB_FORM.test(before) && !this.determiners.has(before)) return true;
    return PRESENT_FORM.test(word) && this.determiners.has(tokens[j + 1]?.lower ?? '');
  }

  isPronoun(token: Token | undefined): boolean {
    return token?.kind === 'word' && this.pronouns.has(token.lower);
  }

  /** A capitalised word that can be part of a name (not "The", "However", "Monday"). */
  isNameWord(token: Token | undefined): boolean {
    if (!isCapitalised(token)) return false;
    const word = (token as Token).lower.replace(/[’']s$/, '');
    if (this.stopwords.has(word) && !this.isWeekdayName(token) && !this.surnames.has(word)) return false;
    if (COMMON_NOUN_ACRONYMS.has(word)) return false;
    // A capital at a sentence's start proves nothing: the word must be capitalised elsewhere too.
    return !(token as Token).initial || this.proper.has(word);
  }

  /** Words capitalised mid-sentence somewhere in the article (and in the page's names). */
  readonly proper = new Set<string>();
  /** Common words the article writes as a surname ("Theresa May"): names wherever capitalised. */
  readonly surnames = new Set<string>();

  /** The end (exclusive) of a capitalised run starting at `k`, connectors allowed inside. */
  runEnd(tokens: Token[], k: number, limit: number): number {
    let j = k;
    while (j < limit && j - k < MAX_NAME_WORDS) {
      const t = tokens[j] as Token;
      // ("Human Rights Watch said": a body's kind that is also a heading word, "Watch", still ends its name mid-sentence.)
      const kind = j > k && isCapitalised(t) && !t.initial && ORGANISATION_WORDS.has(t.lower);
      if (this.isNameWord(t) || (j > k && isCapitalised(t) && !this.stopwords.has(t.lower)) || kind) {
        j++;
        if (isPossessive(t.text) && !this.isNameWord(tokens[j])) break;
        continue;
      }
      const particles = j > k ? this.particlesBeforeName(tokens, j, limit) : 0;
      if (particles > 0) {
        j += particles;
        continue;
      }
      const purpose = j > k ? this.purposeBeforeName(tokens, k, j, limit) : 0;
      if (purpose > 0) {
        j += purpose;
        continue;
      }
      if (j > k && t.kind === 'word' && AND_WORDS.has(t.lower)) {
        const end = this.organisationAfterAnd(tokens, j, Math.min(limit, k + MAX_NAME_WORDS));
        if (end > j) j = end;
      }
      if (j > k) j = this.bodyComplementsEnd(tokens, k, j, limit);
      break;
    }
    return j;
  }

  /**
   * "la Cour des comptes", "la Banque centrale européenne", "la Corte dei conti", "el Gobierno vasco": Romance writes a
   * body's kind first, capitalised, and its adjectives after it lower-case; French and Italian write the complement
   * of its kind lower-case too. The end of the body's name from `j`, past such adjectives and at most one
   * lower-case complement (French and Italian), else `j`.
   */
  private bodyComplementsEnd(tokens: Token[], k: number, j: number, limit: number): number {
    if (!ROMANCE_LANGS.has(this.lang) || !ORGANISATION_WORDS.has((tokens[k] as Token).lower)) return j;
    let end = j;
    while (end < limit && end - j < MAX_BODY_ADJECTIVES && isLowerWord(tokens[end]) && isBodyAdjective((tokens[end] as Token).lower)) end++;
    if (!LOWER_COMPLEMENT_LANGS.has(this.lang)) return end;
    // (Only a complement's noun: "de nouveau", "di fatto" are adverbs; a complement holds no verb nor function word.)
    const link = this.connectorRun(tokens, end, 1);
    const noun = tokens[end + link];
    if (link === 0 || end + link >= limit || !isLowerWord(noun) || !this.complementNoun(tokens, end + link)) return end;
    end += link + 1;
    while (end < limit && end - j < MAX_BODY_ADJECTIVES + 2 && isLowerWord(tokens[end]) && isBodyAdjective((tokens[end] as Token).lower))
      end++;
    return end;
  }

  /** A lower-case noun completing a body's kind: no function word, determiner, verb, adverb or pronoun. */
  private complementNoun(tokens: Token[], i: number): boolean {
    const word = (tokens[i] as Token).lower;
    if (isFunctionWord(word) || this.determiners.has(word) || this.skippable.has(word) || this.pronouns.has(word)) return false;
    if (this.connectors.has(word) || ADVERBIAL_COMPLEMENTS.has(word) || this.isCue(tokens, i)) return false;
    return word.length >= MIN_COMPLEMENT_NOUN_LETTERS;
  }

  /**
   * "Plataforma por unas Fiestas Respetuosas", "Comitato per la Difesa", "Associação pela Moradia": a Romance body's
   * name opens on its kind and may go on with a preposition of purpose and a determiner before more capitals. How
   * many words from `j` lead on to that name word, else 0.
   */
  private purposeBeforeName(tokens: Token[], k: number, j: number, limit: number): number {
    if (!ORGANISATION_WORDS.has((tokens[k] as Token).lower) || !PURPOSE_PREPOSITIONS.has((tokens[j] as Token).lower)) return 0;
    let n = 1;
    while (n <= MAX_PURPOSE_DETERMINERS && tokens[j + n]?.kind === 'word' && this.determiners.has((tokens[j + n] as Token).lower)) n++;
    return j + n < limit && this.isNameWord(tokens[j + n]) ? n : 0;
  }

  /** How many connectors from `j` lead on to a name word before `limit` ("der Leyen", "von der Leyen"), else 0. */
  private particlesBeforeName(tokens: Token[], j: number, limit: number): number {
    const n = this.connectorRun(tokens, j, 1);
    if (n === 0 || j + n >= limit || !this.isNameWord(tokens[j + n])) return 0;
    return this.german && !this.headsNounPhrase(tokens, j - 1) && !isGermanParticleRun(tokens, j) ? 0 : n;
  }

  /**
   * German: whether the capitalised word at `i` heads a noun phrase a genitive may complete: a role ("Sprecher der
   * Stadt") or a noun after its article and adjectives ("der stellvertretende Leiter der Küstenwache"). A name has no
   * article, so what follows it in the case of an object is the sentence's next phrase ("sagte Muster der Zeitung").
   */
  private headsNounPhrase(tokens: Token[], i: number): boolean {
    const head = tokens[i];
    if (head?.kind !== 'word') return false;
    if (this.isTitle(head.lower.replace(/[’']s$/u, '')) || isGermanRoleWord(head.text)) return true;
    let k = i - 1;
    while (k >= 0 && i - k <= MAX_ADJECTIVES_BEFORE_NOUN && tokens[k]?.kind === 'word' && GERMAN_ATTRIBUTIVE.test((tokens[k] as Token).text)) {
      if (this.determiners.has((tokens[k] as Token).lower)) return true;
      k--;
    }
    return tokens[k]?.kind === 'word' && this.determiners.has((tokens[k] as Token).lower);
  }

  /** How many connector words ("von", "der", "de") stand in a row from `from`, reading in `step`'s direction. */
  private connectorRun(tokens: Token[], from: number, step: 1 | -1): number {
    let n = 0;
    while (n < MAX_PARTICLES_IN_A_ROW) {
      const t = tokens[from + n * step];
      if (t?.kind !== 'word' || !this.connectors.has(t.lower)) break;
      n++;
    }
    return n;
  }

  /** "Devon and Cornwall Police": the end of capitalised words after "and" that close on an organisation's kind, else `and`. */
  private organisationAfterAnd(tokens: Token[], and: number, limit: number): number {
    let j = and + 1;
    while (j < limit && this.isNameWord(tokens[j]) && !isPossessive((tokens[j] as Token).text)) j++;
    if (j === and + 1 || !ORGANISATION_WORDS.has((tokens[j - 1] as Token).lower)) return and;
    return j;
  }

  /** The start of a capitalised run ending at `k` (inclusive). */
  runStart(tokens: Token[], k: number, lo: number): number {
    let j = k;
    while (j - 1 >= lo && k - j < MAX_NAME_WORDS) {
      const t = tokens[j - 1] as Token;
      if (this.isNameWord(t) && !(isPossessive(t.text) && !this.isNameWord(tokens[j]))) {
        j--;
        continue;
      }
      // "Ursula von der Leyen": back over a name's particles to the name word before them.
      const particles = this.connectorRun(tokens, j - 1, -1);
      const particleRun =
        particles > 0 &&
        (!this.german || this.headsNounPhrase(tokens, j - 1 - particles) || isGermanParticleRun(tokens, j - particles));
      if (particleRun && j - 1 - particles >= lo && this.isNameWord(tokens[j - 1 - particles])) {
        j -= particles;
        continue;
      }
      // "Devon and Cornwall Police said": reading back over "and" only into an organisation's name.
      if (
        t.kind === 'word' &&
        AND_WORDS.has(t.lower) &&
        j - 2 >= lo &&
        isCapitalised(tokens[j - 2]) &&
        !this.stopwords.has((tokens[j - 2] as Token).lower) &&
        ORGANISATION_WORDS.has((tokens[k] as Token).lower)
      ) {
        // The word before "and" may open the sentence ("Devon and Cornwall Police confirmed").
        j -= 2;
        continue;
      }
      break;
    }
    return j;
  }

  /**
   * "said RNLI volunteer Ian Dorrow", "said Labour councillor Jo Vale": English runs a body, a lower-case role and the
   * person's name together; the name after the role is the speaker, the body and role their title.
   */
  private holderAfterAffiliation(tokens: Token[], k: number, end: number, limit: number): NounPhrase | undefined {
    if (!this.english) return undefined;
    let n = end;
    while (n < limit && n - end < MAX_LEADING_TITLE_WORDS && tokens[n]?.kind === 'word' && /^\p{Ll}/u.test((tokens[n] as Token).text)) {
      // "Nevada water-pump executive Frank Vale": modifiers may stand before the role, never a function
      // word, a determiner or a verb of speech.
      // ("Lowe cites former Hardy adviser": a verb form ends the phrase.)
      const word = (tokens[n] as Token).lower;
      const verbForm = (PRESENT_FORM.test(word) || PAST_FORM.test(word)) && !this.isTitle(word);
      if (isFunctionWord(word) || this.determiners.has(word) || verbForm || this.isCue(tokens, n)) return undefined;
      n++;
    }
    if (n === end || !this.isTitle((tokens[n - 1] as Token).lower) || !this.isNameWord(tokens[n])) return undefined;
    // "Senate leader Chuck Schumer of New York": where the person is from is not their name.
    let to = this.runEnd(tokens, n, limit);
    const origin = tokens.findIndex((t, i) => i >= n + 2 && i < to && t.lower === 'of');
    if (origin > 0) to = origin;
    return { kind: 'name', from: k, to, nameFrom: n };
  }

  /**
   * "erklärt Ernährungsberaterin und Autorin Eva Muster": two roles joined by "and" before one person's name (German
   * writes both capitalised); the name after the second role is the speaker, both roles their title.
   */
  private holderOfCoordinatedRoles(tokens: Token[], k: number, end: number, limit: number): NounPhrase | undefined {
    const and = tokens[end];
    if (and?.kind !== 'word' || !AND_WORDS.has(and.lower) || end + 1 >= limit) return undefined;
    if (!tokens.slice(k, end).every((t) => isRolePart(t.text, this.lang))) return undefined;
    let n = end + 1;
    while (
      n < limit &&
      n - end <= MAX_LEADING_TITLE_WORDS &&
      tokens[n]?.kind === 'word' &&
      isRolePart((tokens[n] as Token).text, this.lang)
    )
      n++;
    if (n === end + 1 || !this.isNameWord(tokens[n]) || !isFirstName((tokens[n] as Token).lower)) return undefined;
    return { kind: 'name', from: k, to: this.runEnd(tokens, n, limit), nameFrom: n };
  }

  /** A noun phrase starting at `k`, reading forward up to `limit`. */
  forward(tokens: Token[], k: number, limit: number): NounPhrase | undefined {
    const first = tokens[k];
    if (first?.kind !== 'word' || k >= limit) return undefined;
    if (this.isPronoun(first)) return { kind: 'pronoun', from: k, to: k + 1 };
    if (this.isNameWord(first)) {
      const end = this.runEnd(tokens, k, limit);
      const owned = isPossessive((tokens[end - 1] as Token).text) ? this.ownedRole(tokens, k, end, limit) : undefined;
      if (owned) return owned;
      const holder = this.holderAfterAffiliation(tokens, k, end, limit);
      if (holder) return this.withAppositive(tokens, holder, limit);
      const coordinated = this.holderOfCoordinatedRoles(tokens, k, end, limit);
      if (coordinated) return this.withAppositive(tokens, coordinated, limit);
      return this.nameAfterRole(tokens, this.withAppositive(tokens, { kind: 'name', from: k, to: end, nameFrom: k }, limit), limit);
    }
    // A description: determiner or title words, then words up to a capitalised run or a stop.
    let j = k;
    let words = 0;
    while (j < limit && words < MAX_DESCRIPTION_WORDS) {
      const t = tokens[j] as Token;
      if (t.kind !== 'word') break;
      if (this.isNameWord(t) && j > k && this.connectors.has((tokens[j - 1] as Token).lower)) {
        // "el ministro de Defensa": the name belongs to the description.
        j = this.runEnd(tokens, j, limit);
        words++;
        // "El ministro de Exteriores propone que …": after its complement, a lower-case word running on
        // into more words is the verb ("… portugués, Paulo Rangel" is an adjective before the name).
        const next = tokens[j];
        if (next?.kind === 'word' && /^\p{Ll}/u.test(next.text) && !this.connectors.has(next.lower) && tokens[j + 1]?.kind === 'word')
          break;
        continue;
      }
      if (this.isNameWord(t)) {
        // "espetó el ingeniero a Max Ortega", "a lancé le ministre à Paul Roux": the name after the dative is the listener.
        if (j > k + 1 && this.listenerLinks.has((tokens[j - 1] as Token).lower)) return { kind: 'description', from: k, to: j - 1 };
        const end = this.runEnd(tokens, j, limit);
        // "the Florida senator", "the independent Vermont senator": a determiner, adjectives, then the name.
        const modifies = j > k && this.determiners.has(first.lower) && tokens.slice(k + 1, j).every((w) => /^\p{Ll}/u.test(w.text));
        const role = modifies ? this.roleNounEnd(tokens, end, limit) : -1;
        if (role > 0) {
          // "the Florida senator", "the Clinton campaign": a name that modifies the role after it.
          j = role;
          break;
        }
        // "former secretary of state Hillary Clinton": title words, joined by a connector inside the title.
        const lead = tokens
          .slice(k, j)
          .every((w, i) => this.determiners.has(w.lower) || this.isTitle(w.lower) || (i > 0 && this.connectors.has(w.lower)));
        if (lead && j - k <= MAX_LEADING_TITLE_WORDS + 2) {
          // "former Wyoming governor Michael Vale": the capitalised run is where the role is held; the name follows it.
          const holder = this.holderAfterAffiliation(tokens, k, end, limit);
          if (holder) return this.withAppositive(tokens, holder, limit);
          return this.nameAfterRole(tokens, this.withAppositive(tokens, { kind: 'name', from: k, to: end, nameFrom: j }, limit), limit);
        }
        // "on Twitter", "until Haley": a phrase that opens on a preposition or a conjunction is no one's description.
        if ((PREPOSITIONS.has(first.lower) || CLAUSE_WORDS.has(first.lower)) && !this.determiners.has(first.lower)) return undefined;
        return { kind: 'description', from: k, to: end };
      }
      if (
        j > k &&
        (CLAUSE_WORDS.has(t.lower) || this.isCue(tokens, j) || this.skippable.has(t.lower) || this.endsDescription(tokens, j, k))
      )
        break;
      // "dijo la jueza a la radio local", "a expliqué le maire aux journalistes": the dative after the subject
      // opens the listener; "la présidence française mercredi soir": a time adverbial closes the subject.
      if (j > k + 1 && (this.opensListener(tokens, j) || this.closesWithTime(tokens, j))) break;
      j++;
      words++;
    }
    if (j === k) return undefined;
    const phrase: NounPhrase = { kind: 'description', from: k, to: j };
    if (!this.determiners.has(first.lower) && !this.isTitle(first.lower)) return undefined;
    // "dijo el presidente, Gustavo Petro," — the name after the description wins.
    const describesPerson = tokens.slice(k, j).some((w) => this.isTitle(w.lower));
    if (describesPerson && tokens[j]?.text === ',' && this.isNameWord(tokens[j + 1])) {
      const end = this.runEnd(tokens, j + 1, limit);
      return { kind: 'name', from: k, to: end, nameFrom: j + 1 };
    }
    // "exhorted Clinton's introducer, actress Jamie Lee Curtis.": a titled name closing the clause renames the description.
    if (tokens[j]?.text === ',') {
      let n = j + 1;
      while (
        n < limit &&
        n - j <= MAX_LEADING_TITLE_WORDS &&
        tokens[n]?.kind === 'word' &&
        /^\p{Ll}/u.test((tokens[n] as Token).text) &&
        this.isTitle((tokens[n] as Token).lower)
      )
        n++;
      if (n > j + 1 && this.isNameWord(tokens[n])) {
        const end = this.runEnd(tokens, n, limit);
        if (end >= limit || CLAUSE_ENDS.has(tokens[end]?.text ?? '')) return { kind: 'name', from: k, to: end, nameFrom: n };
      }
    }
    return phrase;
  }

  /**
   * "Sanders's campaign manager, Jeff Weaver,": an owner's role, then the name of its holder between
   * commas — the holder is the speaker; without a name, "Ms. Merkel's spokesman" is a description.
   */
  private ownedRole(tokens: Token[], k: number, end: number, limit: number): NounPhrase | undefined {
    const head = this.roleNounEnd(tokens, end, limit);
    if (head < 0) return undefined;
    // The role may run on in lower-case words up to the holder's name ("chief human resources executive, Laszlo Bock").
    let role = head;
    while (
      role < limit &&
      role - end < MAX_DESCRIPTION_WORDS &&
      tokens[role]?.kind === 'word' &&
      /^\p{Ll}/u.test((tokens[role] as Token).text)
    ) {
      if (
        CLAUSE_WORDS.has((tokens[role] as Token).lower) ||
        this.isCue(tokens, role) ||
        this.determiners.has((tokens[role] as Token).lower)
      )
        break;
      role++;
    }
    if (tokens[role]?.text !== ',') role = head;
    if (tokens[role]?.text === ',' && this.isNameWord(tokens[role + 1])) {
      const nameEnd = this.runEnd(tokens, role + 1, limit);
      const holder = tokens
        .slice(k, role)
        .map((t) => t.text)
        .join(' ');
      return { kind: 'name', from: role + 1, to: nameEnd, nameFrom: role + 1, appositive: holder };
    }
    return { kind: 'description', from: k, to: role };
  }

  /**
   * Where the lower-case words from `k` reach a role or a body within a few words ("senator",
   * "presidential candidate", "campaign"), just after it; else -1. The name before them only modifies that noun.
   */
  private roleNounEnd(tokens: Token[], k: number, limit: number): number {
    for (let j = k; j < limit && j - k < MAX_MODIFIED_NOUN_WORDS; j++) {
      const t = tokens[j] as Token;
      if (
        t.kind !== 'word' ||
        !/^\p{Ll}/u.test(t.text) ||
        CLAUSE_WORDS.has(t.lower) ||
        this.determiners.has(t.lower) ||
        this.isCue(tokens, j)
      )
        return -1;
      if (this.isTitle(t.lower) || ORGANISATION_WORDS.has(t.lower) || SPOKESPERSON_HEADS.has(t.lower) || UNNAMED_HEADS.has(t.lower))
        return j + 1;
    }
    return -1;
  }

  /** A noun phrase ending at `k` (inclusive), reading backward down to `lo`. */
  backward(tokens: Token[], k: number, lo: number): NounPhrase | undefined {
    let j = k;
    let skipped = 0;
    for (;;) {
      const t = tokens[j];
      if (j < lo || !t || skipped >= MAX_SKIPPED) break;
      if (
        t.kind === 'word' &&
        (this.skippable.has(t.lower) || TIME_WORDS.has(t.lower)) &&
        !this.isWeekdayName(t) &&
        !(isCapitalised(t) && this.surnames.has(t.lower))
      ) {
        j--;
        skipped++;
        continue;
      }
      // "Governor Mary Fallin (R-OK) said": a bracketed aside stands between name and verb.
      if (t.text === ')') {
        let open = j - 1;
        while (open >= lo && j - open <= MAX_BRACKET_TOKENS && tokens[open]?.text !== '(') open--;
        if (tokens[open]?.text !== '(') break;
        j = open - 1;
        skipped++;
        continue;
      }
      break;
    }
    const last = tokens[j];
    if (!last || j < lo) return undefined;
    if (last.text === ',') return this.appositiveBefore(tokens, j, lo);
    if (last.kind !== 'word') return undefined;
    if (this.isPronoun(last)) return { kind: 'pronoun', from: j, to: j + 1 };
    // "the company’s CEO said": an acronym title after lower-case words heads a description, not a name.
    const acronymRole = this.isTitle(last.lower) && last.text === last.text.toUpperCase() && /^\p{Ll}/u.test(tokens[j - 1]?.text ?? '');
    if (this.isNameWord(last) && !acronymRole) {
      const start = this.runStart(tokens, j, lo);
      let from = start;
      let titles = 0;
      while (
        from - 1 >= lo &&
        titles < MAX_LEADING_TITLE_WORDS &&
        tokens[from - 1]?.kind === 'word' &&
        this.isTitle((tokens[from - 1] as Token).lower)
      ) {
        from--;
        titles++;
      }
      if (from - 1 >= lo && this.determiners.has((tokens[from - 1] as Token).lower) && titles > 0) from--;
      if (start > j) return undefined;
      // "O titular da Defesa respondeu": a capitalised domain after a role and a connector completes a description.
      const link = tokens[start - 1];
      const role = tokens[start - 2];
      if (
        titles === 0 &&
        start - 2 >= lo &&
        link?.kind === 'word' &&
        this.connectors.has(link.lower) &&
        role?.kind === 'word' &&
        /^\p{Ll}/u.test(role.text) &&
        this.isTitle(role.lower)
      ) {
        const det = tokens[start - 3];
        const opening = start - 3 >= lo && det?.kind === 'word' && this.determiners.has(det.lower) ? start - 3 : start - 2;
        return { kind: 'description', from: opening, to: j + 1 };
      }
      const head = this.headBeforeLocative(tokens, from, lo);
      if (head !== null) return head;
      const named = this.nameBeforeRole(tokens, start, j, lo);
      if (named) return named;
      const agent = this.agentBefore(tokens, from, j + 1, lo);
      if (agent) return agent;
      const complemented = this.headBeforeComplement(tokens, from, j + 1, lo);
      if (complemented) return complemented;
      return { kind: 'name', from, to: j + 1, nameFrom: start };
    }
    // A description: back to its determiner, within a few words, never across a clause word.
    let det = -1;
    for (let i = j, words = 0; i >= lo && words < MAX_DESCRIPTION_WORDS; i--, words++) {
      const t = tokens[i] as Token;
      if (t.kind !== 'word' || CLAUSE_WORDS.has(t.lower) || (i < j && this.isCue(tokens, i))) break;
      if (this.determiners.has(t.lower)) det = i;
    }
    if (det >= 0) return { kind: 'description', from: det, to: j + 1 };
    return undefined;
  }

  /**
   * "a grading company in Florida told Fox", "Jo Watson, from Johannesburg, who …, admitted": English puts where
   * someone is or comes from after them, so a name right after a preposition of place is no subject; the speaker is
   * the phrase the preposition hangs on (the name before the comma, else the noun before it), or no one.
   * `null` when the name opens no such phrase.
   */
  private headBeforeLocative(tokens: Token[], from: number, lo: number): NounPhrase | undefined | null {
    const preposition = tokens[from - 1];
    if (!this.english || from - 1 <= lo || preposition?.kind !== 'word' || !LOCATIVES.has(preposition.text)) return null;
    const before = tokens[from - 2] as Token;
    // "a reply from Julia Blystone": after a thing, "from" names its author; only after a comma or a role ("the
    // senator from Pennsylvania") does it say where someone comes from.
    if (preposition.text === 'from' && before.text !== ',' && !(before.kind === 'word' && this.isTitle(before.lower))) return null;
    if (before.text === ',') return this.isNameWord(tokens[from - 3]) ? this.backward(tokens, from - 3, lo) : undefined;
    if (before.kind !== 'word') return undefined;
    const head = this.backward(tokens, from - 2, lo);
    // "Tom Vale, director of NoteCheck, a grading company in Ohio told": the head is itself an appositive.
    if (head?.kind === 'description' && tokens[head.from - 1]?.text === ',') {
      const named = this.appositiveBefore(tokens, head.from - 1, lo);
      if (named?.kind === 'name') return named;
    }
    return head;
  }

  /**
   * "Rebecca Lane of the Daily Courier recalled", "China's ambassador to Britain said", "a resident of Lake Moreton
   * told": English puts a noun's complement after it, so a name right after "of", "to" or "with" (and a determiner)
   * completes the phrase before it and is no subject. The speaker is that phrase: the name before the preposition,
   * else the description from its determiner, possessive or clause start.
   */
  private headBeforeComplement(tokens: Token[], name: number, to: number, lo: number): NounPhrase | undefined {
    if (!this.english) return undefined;
    let link = name - 1;
    if (link > lo && this.determiners.has(tokens[link]?.lower ?? '')) link--;
    const preposition = tokens[link];
    const before = tokens[link - 1];
    if (link - 1 < lo || preposition?.kind !== 'word' || !COMPLEMENT_PREPOSITIONS.has(preposition.text) || before?.kind !== 'word') {
      return undefined;
    }
    if (this.isNameWord(before) && !this.isTitle(before.lower)) {
      // ("A of B of C of …": each hop reads the phrase before again; a chain past a few hops is no speaker's phrase.)
      if (this.complementHops >= MAX_COMPLEMENT_HOPS) return undefined;
      this.complementHops++;
      try {
        const head = this.backward(tokens, link - 1, lo);
        return head?.kind === 'name' ? head : undefined;
      } finally {
        this.complementHops--;
      }
    }
    // The noun the preposition completes: lower-case ("resident") or a title ("Ambassador"), no verb ("speaking to",
    // "married to", "told") nor a function word.
    if (this.isCue(tokens, link - 1) || isFunctionWord(before.lower) || this.determiners.has(before.lower)) return undefined;
    if (!this.isTitle(before.lower) && (!/^\p{Ll}/u.test(before.text) || VERB_FORM.test(before.lower))) return undefined;
    for (let i = link - 1, words = 0; i >= lo && words < MAX_DESCRIPTION_WORDS; i--, words++) {
      const t = tokens[i] as Token;
      if (this.determiners.has(t.lower) || isPossessive(t.text)) return { kind: 'description', from: i, to };
      const opens = i === lo || tokens[i - 1]?.kind !== 'word';
      if (t.kind !== 'word' || CLAUSE_WORDS.has(t.lower) || this.isCue(tokens, i)) return undefined;
      // ("Palestinian Ambassador to the Netherlands, …": a title opening its clause needs no determiner.)
      if (opens) return this.isTitle(before.lower) ? { kind: 'description', from: i, to } : undefined;
    }
    return undefined;
  }

  /**
   * "a spokeswoman for Mrs Merkel said", "an aide to Trump said": the name is whom the role serves;
   * the speaker is the role's holder, a description from its determiner to the name.
   */
  private agentBefore(tokens: Token[], name: number, to: number, lo: number): NounPhrase | undefined {
    // "el portavoz de la Asociación", "a spokesman for the Pentagon": a determiner may open the body's name.
    const from = this.determiners.has(tokens[name - 1]?.lower ?? '') && AGENT_LINKS.has(tokens[name - 2]?.lower ?? '') ? name - 1 : name;
    const link = tokens[from - 1];
    const role = tokens[from - 2];
    if (from - 2 < lo || link?.kind !== 'word' || !AGENT_LINKS.has(link.lower) || role?.kind !== 'word') return undefined;
    // English: "a lawyer for Mr. Trump", "one of the former prosecutors for David Petraeus": anyone serving the name.
    const serves = this.english && SERVING_LINKS.has(link.lower) && /^\p{Ll}{3,}$/u.test(role.text) && !this.isCue(tokens, from - 2);
    if (!SPOKESPERSON_HEADS.has(role.lower) && !UNNAMED_HEADS.has(role.lower) && !serves) return undefined;
    for (let d = from - 2; d >= lo && from - 2 - d <= MAX_LEADING_TITLE_WORDS; d--) {
      const t = tokens[d] as Token;
      if (t.kind !== 'word' || (/^\p{Lu}/u.test(t.text) && !t.initial)) return undefined;
      if (this.determiners.has(t.lower)) return { kind: 'description', from: d, to };
    }
    return undefined;
  }

  /**
   * "Marco Rubio, whose hometown, Miami, is projected to be underwater, argues": a relative clause set
   * off by commas (holding commas of its own) stands between the name and its verb.
   */
  private beforeRelativeClause(tokens: Token[], comma: number, lo: number): NounPhrase | undefined {
    for (let i = comma - 1; i > lo && comma - i <= MAX_APPOSITIVE_TOKENS; i--) {
      const t = tokens[i] as Token;
      if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== ',' && t.text !== '(' && t.text !== ')')) return undefined;
      if (t.kind !== 'word' || !RELATIVE_OPENERS.has(t.lower) || tokens[i - 1]?.text !== ',') continue;
      // ("The lawmaker, who represents a district in Albay, said": a description before it too.)
      const name = tokens[i - 2]?.kind === 'word' ? this.backward(tokens, i - 2, lo) : undefined;
      return name?.kind === 'name' || name?.kind === 'description' ? name : undefined;
    }
    return undefined;
  }

  /**
   * "Clinton, during a town hall meeting in Columbus, Ohio, said": the name that opens the clause,
   * set off by the first of several commas, is the subject whatever the asides after it.
   */
  private clauseOpeningName(tokens: Token[], comma: number, lo: number): NounPhrase | undefined {
    let first = -1;
    for (let i = comma - 1; i > lo && comma - i <= MAX_APPOSITIVE_TOKENS; i--) {
      const t = tokens[i] as Token;
      if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== ',' && t.text !== '(' && t.text !== ')')) return undefined;
      if (t.text === ',') first = i;
    }
    if (first < 0 || first === comma || !this.isNameWord(tokens[first - 1])) return undefined;
    const name = this.backward(tokens, first - 1, lo);
    return name?.kind === 'name' && name.from === lo ? name : undefined;
  }

  /** "Name, an appositive, said": the name before the appositive's opening comma. */
  private appositiveBefore(tokens: Token[], comma: number, lo: number): NounPhrase | undefined {
    const relative = this.beforeRelativeClause(tokens, comma, lo);
    if (relative) return relative;
    const named = this.nameBeforeAppositive(tokens, comma, lo);
    // The clause's own opening name wins over one inside an aside ("…, during a meeting in Columbus, Ohio, said").
    if (named && named.from <= lo) return named;
    return this.clauseOpeningName(tokens, comma, lo) ?? named;
  }

  private nameBeforeAppositive(tokens: Token[], comma: number, lo: number): NounPhrase | undefined {
    for (let i = comma - 1; i >= lo && comma - i <= MAX_APPOSITIVE_TOKENS; i--) {
      const t = tokens[i] as Token;
      if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== ',')) return undefined;
      if (t.text !== ',') continue;
      const before = tokens[i - 1];
      if (!this.isNameWord(before) && !this.isPronoun(before)) {
        // "Sanders's campaign manager, Jeff Weaver, said": the words between the commas name the role's holder.
        const isRole =
          before?.kind === 'word' &&
          (this.isTitle(before.lower) || ORGANISATION_WORDS.has(before.lower) || SPOKESPERSON_HEADS.has(before.lower));
        if (isRole && this.isNameWord(tokens[i + 1]) && this.runEnd(tokens, i + 1, comma) === comma)
          return { kind: 'name', from: i + 1, to: comma, nameFrom: i + 1 };
        return undefined;
      }
      // "China's ambassador to Britain, Zheng Wei, said": a description ending on its complement's name, then a name
      // set off by commas: the name holds the described role.
      const described = this.headBeforeComplement(tokens, this.runStart(tokens, i - 1, lo), i, lo);
      if (described?.kind === 'description' && this.isNameWord(tokens[i + 1]) && this.runEnd(tokens, i + 1, comma) === comma) {
        return { kind: 'name', from: described.from, to: comma, nameFrom: i + 1 };
      }
      const name = this.backward(tokens, i - 1, lo);
      if (name?.kind !== 'name') return undefined;
      const holder = this.holderAfterRole(tokens, name, i, comma);
      if (holder) return holder;
      const aside = tokens.slice(i + 1, comma);
      // "Hunter, meanwhile, told": an adverb set off by commas is no description of the person.
      if (aside.length === 1 && this.stopwords.has((aside[0] as Token).lower)) return name;
      const appositive = aside.map((w) => w.text).join(' ');
      return { ...name, appositive };
    }
    return undefined;
  }

  /**
   * "El presidente del Gobierno, Pedro Sánchez, manifestó": the capitalised word before the first comma
   * is the domain of a role ("presidente del"), so the name between the commas is the role's holder.
   */
  private holderAfterRole(tokens: Token[], domain: NounPhrase, comma: number, end: number): NounPhrase | undefined {
    if (!this.isNameWord(tokens[comma + 1]) || this.runEnd(tokens, comma + 1, end) !== end) return undefined;
    // "The Secretary of State, John Kerry, said": the role and its domain in capitals, one run.
    const run = tokens.slice(domain.from, comma);
    const first = run[0] as Token;
    if (this.isTitle(first.lower) && run.some((t, i) => i > 0 && this.connectors.has(t.lower))) {
      const det = tokens[domain.from - 1];
      const from = det?.kind === 'word' && this.determiners.has(det.lower) ? domain.from - 1 : domain.from;
      return { kind: 'name', from, to: end, nameFrom: comma + 1 };
    }
    const link = tokens[domain.from - 1];
    const role = tokens[domain.from - 2];
    // "Der Leiter des Programms der WHO, Klaus Muster, sagte": a German genitive names the domain of a noun before it,
    // so the name between the commas holds the role.
    if (this.german && link?.kind === 'word' && GENITIVE_ARTICLES.has(link.lower) && !link.initial) {
      let from = domain.from - 1;
      while (from - 1 >= 0 && domain.from - from < MAX_GENITIVE_PHRASE_TOKENS && tokens[from - 1]?.kind === 'word') {
        from--;
        if (this.determiners.has((tokens[from] as Token).lower) && !GENITIVE_ARTICLES.has((tokens[from] as Token).lower)) break;
      }
      return { kind: 'name', from, to: end, nameFrom: comma + 1 };
    }
    if (link?.kind !== 'word' || !this.connectors.has(link.lower) || role?.kind !== 'word' || !this.isTitle(role.lower)) return undefined;
    let from = domain.from - 2;
    while (
      from - 1 >= 0 &&
      domain.from - 2 - from < MAX_LEADING_TITLE_WORDS &&
      tokens[from - 1]?.kind === 'word' &&
      /^\p{Ll}/u.test((tokens[from - 1] as Token).text)
    ) {
      from--;
      if (this.determiners.has((tokens[from] as Token).lower)) break;
    }
    if (!this.determiners.has((tokens[from] as Token).lower) && !this.isTitle((tokens[from] as Token).lower)) from = domain.from - 2;
    return { kind: 'name', from, to: end, nameFrom: comma + 1 };
  }

  /** "said Joshua Apte, an engineer at UT," — keep the appositive as a title. */
  /**
   * "Cllr Louise Gittins, Chair of the Local Government Association said": reading back from a body's
   * name over "Title of the" and a comma, the person before is the speaker and the role their title.
   */
  private nameBeforeRole(tokens: Token[], start: number, end: number, lo: number): NounPhrase | undefined {
    // Only a body's name ("… Association"): "Speaker of the House Rep. Paul Ryan" is a person with a title.
    if (!ORGANISATION_WORDS.has((tokens[end] as Token).lower)) return undefined;
    let p = start - 1;
    if (p >= lo && this.determiners.has((tokens[p] as Token).lower)) p--;
    if (p < lo || tokens[p]?.kind !== 'word' || !this.connectors.has((tokens[p] as Token).lower)) return undefined;
    p--;
    let titles = 0;
    while (p >= lo && titles < MAX_LEADING_TITLE_WORDS && tokens[p]?.kind === 'word' && this.isTitle((tokens[p] as Token).lower)) {
      p--;
      titles++;
    }
    if (titles === 0 || tokens[p]?.text !== ',' || !this.isNameWord(tokens[p - 1]) || p - 1 < lo) return undefined;
    const nameStart = this.runStart(tokens, p - 1, lo);
    let from = nameStart;
    while (
      from - 1 >= lo &&
      nameStart - from < MAX_LEADING_TITLE_WORDS &&
      tokens[from - 1]?.kind === 'word' &&
      this.isTitle((tokens[from - 1] as Token).lower)
    )
      from--;
    const appositive = tokens
      .slice(p + 1, end + 1)
      .map((t) => t.text)
      .join(' ');
    return { kind: 'name', from, to: p, nameFrom: nameStart, appositive };
  }

  /**
   * "The Leader of Burnley Council, Councillor Afrasiab Anwar MBE, has issued": a capitalised role
   * ("Title of Body") followed by a name between commas — the name is the speaker, the role its title.
   */
  private nameAfterRole(tokens: Token[], phrase: NounPhrase, limit: number): NounPhrase {
    const runFrom = phrase.nameFrom ?? phrase.from;
    const head = tokens[runFrom] as Token;
    if (!this.isTitle(head.lower) || tokens[phrase.to]?.text !== ',') return phrase;
    if (!tokens.slice(runFrom, phrase.to).some((t) => t.kind === 'word' && this.connectors.has(t.lower))) return phrase;
    const from = phrase.to + 1;
    let n = from;
    while (n < limit && n - from < MAX_LEADING_TITLE_WORDS && tokens[n]?.kind === 'word' && this.isTitle((tokens[n] as Token).lower)) n++;
    if (n >= limit || !this.isNameWord(tokens[n])) return phrase;
    const end = this.runEnd(tokens, n, limit);
    if (tokens[end]?.text !== ',') return phrase;
    const role = tokens
      .slice(phrase.from, phrase.to)
      .map((t) => t.text)
      .join(' ');
    return { kind: 'name', from, to: end, nameFrom: n, appositive: role };
  }

  private withAppositive(tokens: Token[], phrase: NounPhrase, limit: number): NounPhrase {
    if (tokens[phrase.to]?.text !== ',') return phrase;
    let j = phrase.to + 1;
    const from = j;
    while (j < limit && j - from < MAX_APPOSITIVE_TOKENS && tokens[j]?.kind === 'word') j++;
    if (j === from || (tokens[j] && tokens[j]?.kind !== 'punct')) return phrase;
    const first = tokens[from] as Token;
    if (!this.determiners.has(first.lower) && !this.isTitle(first.lower)) return phrase;
    return {
      ...phrase,
      appositive: tokens
        .slice(from, j)
        .map((w) => w.text)
        .join(' '),
    };
  }
}
