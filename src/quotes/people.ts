/**
 * The people and organisations of an article, in the order a reader meets them, and the reader's
 * resolution of a later mention: a surname to the full name of its first mention, a pronoun to the
 * last compatible subject, a description ("the senator") to the person holding that title. Names
 * the body gives only in part are completed from the page's tags, byline and embeds' authors.
 */
import { GERMANIC_NAME_PARTICLES, NAME_PARTICLES } from '../name-particles.js';
import { DETERMINER_GENDER, PLURAL_DETERMINERS } from './lexicon/determiner-gender.js';
import { FRONTING_PREPOSITIONS } from './lexicon/de-order.js';
import { DOCUMENT_KINDS } from './lexicon/documents.js';
import { isFirstName } from './lexicon/first-names.js';
import { ORGANISATION_WORDS, PLACE_WORDS, SPOKESPERSON_HEADS, TITLE_ABBREVIATIONS, TITLE_WORDS, UNNAMED_HEADS } from './lexicon/roles.js';
import type { Lexicon } from './lexicon/types.js';
import { firstNameGender, isTitleWord, type ParsedName, parseName } from './names.js';
import { isFunctionWord, isPreposition, type PhraseReader } from './np.js';
import { descriptionRole, isRolePart, type RoleKey, roleCovers, roleOf, sameRole } from './role-keys.js';
import { isPossessive, type Token } from './tokens.js';

export interface Entity {
  /** Lower-case words the article describes the person with ("el investigador", "the senator"). */
  descriptors?: Set<string>;
  /** How often the article names it. */
  mentions?: number;
  name: string;
  /** Lower-case name words. */
  words: string[];
  title?: string;
  gender?: 'm' | 'f';
  organisation: boolean;
  /** Whether the article has it speak ("Wiig says"): a one-word name that speaks reads as a person. */
  spoke?: boolean;
  /** The roles the article gives it where news writing names a role: before the name, in apposition, in brackets. */
  roles?: RoleKey[];
}

interface Occurrence {
  entity: Entity;
  /** Position in reading order: paragraph and offset. */
  order: number;
  /** A global sentence number. */
  sentence: number;
  /** The first phrase of its sentence (the likely subject). */
  subject: boolean;
  /** The subject of a speech verb ("Pungowiyi told me"). */
  speaks: boolean;
  /** The object of a preposition ("from Bordesley Green"): a place or a listener, hardly a pronoun's antecedent. */
  oblique: boolean;
  /** The subject after its speech verb ("así lo compartió su hija, la cantante Ana Ruiz"). */
  postposed?: boolean;
  /** The gender of a pronoun its sentence opened with before it ("She reached out to Dora"). */
  afterPronoun?: 'm' | 'f';
  /** Not written as someone: a noun's modifier ("the Age of Possibility summit") or a work's title ("entitled …"). */
  noPerson?: boolean;
}

/** Gendered pronouns (any case form) that tell the gender of the person last named. */
const GENDERED_PRONOUNS: Record<string, 'm' | 'f'> = {
  he: 'm',
  him: 'm',
  his: 'm',
  she: 'f',
  her: 'f',
  hers: 'f',
  él: 'm',
  ella: 'f',
  ele: 'm',
  ela: 'f',
  il: 'm',
  elle: 'f',
  er: 'm',
  lui: 'm',
  lei: 'f',
  egli: 'm',
};
/** English articles: a name between one and a lower-case noun modifies the noun ("at the Age of Possibility summit"). */
const ARTICLES = new Set(['the', 'a', 'an']);
/** English words that introduce a work's title ("a book entitled Some Quiet Thing"). */
const TITLE_INTRODUCERS = new Set(['entitled', 'titled']);
/** The subject forms among them ("She reached out to Dora": "she", not "her" nor "his"). */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'él', 'ella', 'ele', 'ela', 'il', 'elle', 'er', 'egli']);
/** "de", "von": a name after one completes the noun before it ("la hermana de Ana Ruiz"); within a name the run holds them. */
const COMPLEMENT_LINKS = new Set(['de', 'del', 'du', 'des', 'da', 'do', 'di', 'dos', 'das', 'della', 'von']);
/** Punctuation that closes an appositive name ("…, Princess Dora, to talk"). */
const APPOSITIVE_CLOSERS = new Set([',', '.', ';', ')', '—', '–']);
/** A person named this often, and this many times more than the nearest candidate, is the one a pronoun means. */
const MIN_SALIENT_MENTIONS = 8;
const SALIENCE_RATIO = 4;
/** A pronoun looks this many sentences back for its antecedent. */
const MAX_PRONOUN_SENTENCES = 6;
/** Words and commas that may stand between a speech verb and its postposed subject ("compartió su hija, la cantante"). */
const MAX_POSTPOSED_GAP = 6;
/** Distinct names whose first place is noted (hostile input bound). */
const MAX_PREVIEW_NAMES = 5000;
const PARAGRAPH_ORDER = 1_000_000;
/** No article names this many people; the cap keeps name merging bounded. */
const MAX_ENTITIES = 1000;
/** Mentions read back when resolving a surname or a description: bounded work per quote. */
const MAX_LOOKBACK = 3000;
/** How many words around a name may describe the person. */
const MAX_DESCRIPTOR_WORDS = 5;
/** "as", "als", "como", "comme", "come": a role a person is named to or serves as follows it. */
const AS_WORDS = new Set(['as', 'als', 'como', 'comme', 'come']);
/** Possessive determiners before such a role ("as their coach", "als ihr Trainer"). */
const POSSESSIVES = new Set([
  'their',
  'his',
  'her',
  'its',
  'our',
  'ihr',
  'ihre',
  'ihren',
  'sein',
  'seine',
  'seinen',
  'su',
  'seu',
  'sua',
  'son',
  'sa',
  'leur',
  'suo',
  'loro',
]);
/** How many words a role phrase may run to ("die Dresdner Sprecherin des Verbändebündnisses"). */
const MAX_ROLE_WORDS = 6;
/** Roles noted per person (hostile input bound). */
const MAX_ROLES = 8;
/** Title words that may stand between a comma and a name ("…, general Paulo Nogueira"). */
const MAX_LEADING_TITLES = 2;
/** Description words shorter than this (articles, prepositions) say nothing about who is meant. */
const MIN_DESCRIPTOR_LENGTH = 4;

export const orderOf = (paragraph: number, offset: number) => paragraph * PARAGRAPH_ORDER + offset;

export class People {
  private readonly entities = new Map<string, Entity>();
  /** `entities` split by last name word, each in `entities` order: only names ending alike can be one person. */
  private readonly entitiesByLastWord = new Map<string, Map<string, Entity>>();
  private readonly occurrences: Occurrence[] = [];
  /** Each mentioned entity's positions in `occurrences`, ascending. */
  private readonly positionsOf = new Map<Entity, number[]>();
  /** Mentioned entities by their first and by their last word: the ones `bySurname` can pick. */
  private readonly mentionedByWord = new Map<string, Set<Entity>>();
  private readonly hints: Entity[] = [];
  private readonly connectors: Set<string>;
  private readonly indefinites: Set<string>;
  private readonly determiners: Set<string>;

  private readonly skippable: Set<string>;
  /** Gender marked on a description's determiner ("esta vecina"), for the languages that mark it. */
  private readonly determinerGender: Record<string, 'm' | 'f'>;
  private readonly pluralDeterminers: Set<string>;
  private readonly lang: string;
  private readonly english: boolean;
  /** Each observed paragraph's first global sentence number. */
  private readonly sentenceBases = new Map<number, number>();

  constructor(
    lexicon: Lexicon,
    private readonly reader: PhraseReader,
    private readonly isCue: (tokens: Token[], index: number) => boolean,
    /** Whether a source preposition ("según", "selon", "para") opening its clause ends right before token `index`. */
    private readonly framesSource: (tokens: Token[], index: number) => boolean = () => false,
  ) {
    this.skippable = new Set(lexicon.skippable);
    this.connectors = new Set(lexicon.nameConnectors);
    this.indefinites = new Set(lexicon.indefinites);
    this.determiners = new Set(lexicon.determiners);
    this.determinerGender = DETERMINER_GENDER[lexicon.lang] ?? {};
    this.pluralDeterminers = PLURAL_DETERMINERS[lexicon.lang] ?? new Set();
    this.lang = lexicon.lang;
    this.english = lexicon.lang === 'en';
  }

  /** The global sentence number of sentence `sentence` of paragraph `paragraph`, if that paragraph was observed. */
  sentenceOf(paragraph: number, sentence: number): number | undefined {
    const base = this.sentenceBases.get(paragraph);
    return base === undefined ? undefined : base + sentence;
  }

  /** Where each name word is first written alone, and first written inside a longer name: see `entityOf`. */
  private readonly firstAlone = new Map<string, number>();
  private readonly firstInRun = new Map<string, number>();

  /** Note where name words are first written, before the paragraphs are read in order. */
  preview(paragraph: number, tokens: Token[]): void {
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k] as Token;
      if (!this.reader.isNameWord(token)) continue;
      const end = this.reader.runEnd(tokens, k, tokens.length);
      const seen = end - k === 1 ? this.firstAlone : this.firstInRun;
      for (let j = k; j < end && seen.size < MAX_PREVIEW_NAMES; j++) {
        const word = (tokens[j] as Token).lower.replace(/[’']s$/u, '').replace(/\.$/, '');
        if (!seen.has(word)) seen.set(word, orderOf(paragraph, token.start));
      }
      k = end - 1;
    }
  }

  private setEntity(key: string, entity: Entity): void {
    this.entities.set(key, entity);
    const last = entity.words[entity.words.length - 1] ?? '';
    let bucket = this.entitiesByLastWord.get(last);
    if (!bucket) this.entitiesByLastWord.set(last, (bucket = new Map()));
    bucket.set(key, entity);
  }

  private deleteEntity(key: string, entity: Entity): void {
    this.entities.delete(key);
    this.entitiesByLastWord.get(entity.words[entity.words.length - 1] ?? '')?.delete(key);
  }

  private indexMention(entity: Entity): void {
    for (const word of [entity.words[0], entity.words[entity.words.length - 1], paternalSurname(entity)]) {
      if (word === undefined) continue;
      let set = this.mentionedByWord.get(word);
      if (!set) this.mentionedByWord.set(word, (set = new Set()));
      set.add(entity);
    }
  }

  /** A full name the page gives outside the body (a tag, an author, an embed's author). */
  addHint(name: string): void {
    const words = name.trim().split(/\s+/);
    if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}/u.test(w))) return;
    const parsed = parseName(words, this.connectors);
    if (parsed && !parsed.organisation && parsed.words.length >= 2) this.hints.push(toEntity(parsed));
  }

  /** A lone given name's full style from the standfirst ("Meghan, Duchess of Sussex"), found by that given name. */
  addStyledHint(name: string, given: string): void {
    this.hints.push({ name, words: [given], organisation: false });
  }

  /** Read one paragraph's names and gendered pronouns (quotes are opaque tokens and are skipped). */
  observe(paragraph: number, tokens: Token[], sentenceBase: number): void {
    this.sentenceBases.set(paragraph, sentenceBase);
    let sentenceOfLastSubject = -1;
    let sentenceOfPronoun = -1;
    let pronounGender: 'm' | 'f' | undefined;
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k] as Token;
      const sentence = sentenceBase + token.sentence;
      if (this.reader.isNameWord(token)) {
        const end = this.reader.runEnd(tokens, k, tokens.length);
        const before: string[] = [];
        const words = tokens.slice(k, end).map((t) => t.text);
        let entity = this.entityOf(words, before, orderOf(paragraph, token.start));
        // (Not a title in capitals, "the company’s CEO said": a role, not a name.)
        // A given name alone after its speech verb ("comme nous le raconte Antoine, 32 ans") speaks too (Romance order).
        const postposedGiven = isFirstName((tokens[k] as Token).lower) && this.spokenBefore(tokens, k);
        if (
          !entity &&
          words.length === 1 &&
          ((this.speaks(tokens, end) && !this.endsAdjectivePhrase(tokens, k)) || postposedGiven) &&
          !TITLE_WORDS.has((tokens[k] as Token).lower)
        ) {
          // A single name as the subject of a speech verb ("Wiig says") is a speaker of its own.
          const parsed = parseName(words, this.connectors);
          if (parsed) {
            entity = toEntity(parsed);
            // A speaker named by a given name alone has that name's gender ("raconte Antoine … glisse-t-il").
            const gender = entity.gender ?? firstNameGender((tokens[k] as Token).lower);
            if (gender) entity.gender = gender;
            this.setEntity(parsed.words.join(' '), entity);
          }
        }
        if (entity) {
          entity.mentions = (entity.mentions ?? 0) + 1;
          this.describe(entity, tokens, k, end);
          this.noteRoles(entity, tokens, k, end);
          // A possessive ("Apatow's films") is never the subject.
          const subject =
            sentenceOfLastSubject !== sentence && sentenceOfPronoun !== sentence && !isPossessive((tokens[end - 1] as Token).text);
          sentenceOfLastSubject = sentence;
          let positions = this.positionsOf.get(entity);
          if (!positions) this.positionsOf.set(entity, (positions = []));
          positions.push(this.occurrences.length);
          this.indexMention(entity);
          // A preposition's object, a complement ("le colistier de Paul Martin, Jean Durand,") or an owner
          // ("Ann Lee's sister, Mia Cole,"): the person spoken about, not the head of the phrase.
          const before = tokens[k - 1];
          // "Según Ruiz, …", "Para Mairena, …", "Selon Dupont, …": the source a clause opens with holds the view
          // it reports; a dropped subject after it continues that person, as after "Ruiz dijo".
          const source = this.framesSource(tokens, k);
          const oblique =
            !source &&
            ((before?.kind === 'word' &&
              (isFunctionWord(before.lower) ||
                COMPLEMENT_LINKS.has(before.lower) ||
                // (A dative fronted as the sentence's topic, "A Russell no le queda sino…", is who the sentence is about.)
                (this.reader.isDative(before) && !before.initial))) ||
              isPossessive((tokens[end - 1] as Token).text) ||
              this.completesRoleBeforeHolder(tokens, k, end) ||
              this.renamesObject(tokens, k, end));
          const speaks = source || this.speaks(tokens, end);
          // (Only as the phrase's head: in German verb-second order "Zum neuen Album sagte Probe" the fronted
          // object stands before the verb too.)
          if (speaks && !oblique) entity.spoke = true;
          this.occurrences.push({
            entity,
            order: orderOf(paragraph, token.start),
            sentence,
            subject,
            speaks,
            oblique,
            postposed: !oblique && this.spokenBefore(tokens, k),
            ...(sentenceOfPronoun === sentence && pronounGender ? { afterPronoun: pronounGender } : {}),
            ...(this.writtenAsNoPerson(tokens, k, end) ? { noPerson: true } : {}),
          });
        }
        k = end - 1;
        continue;
      }
      if (token.kind === 'word' && token.lower in GENDERED_PRONOUNS) {
        this.learnGender(GENDERED_PRONOUNS[token.lower] as 'm' | 'f', sentence);
        if (sentenceOfLastSubject !== sentence && sentenceOfPronoun !== sentence) {
          sentenceOfPronoun = sentence;
          pronounGender = SUBJECT_PRONOUNS.has(token.lower) ? GENDERED_PRONOUNS[token.lower] : undefined;
        }
      }
    }
  }

  /**
   * "Zum neuen Album sagte Probe": a word after an adjective that follows a preposition or a determiner heads a noun
   * phrase, not a name; in verb-second order such a phrase stands before the verb without being its subject.
   */
  private endsAdjectivePhrase(tokens: Token[], k: number): boolean {
    const adjective = tokens[k - 1];
    const opener = tokens[k - 2];
    if (adjective?.kind !== 'word' || opener?.kind !== 'word' || !/^\p{Ll}/u.test(adjective.text)) return false;
    if (isFunctionWord(adjective.lower) || this.determiners.has(adjective.lower)) return false;
    return isFunctionWord(opener.lower) || this.determiners.has(opener.lower) || FRONTING_PREPOSITIONS.has(opener.lower);
  }

  /**
   * "…, así lo compartió su hija, la cantante Ana Ruiz": a Romance subject may follow its speech verb, with only a
   * description between (determiners, nouns, commas; no preposition nor clause word).
   */
  private spokenBefore(tokens: Token[], k: number): boolean {
    for (let j = k - 1; j >= 0 && k - j <= MAX_POSTPOSED_GAP; j--) {
      const t = tokens[j] as Token;
      if (t.kind === 'word' && this.isCue(tokens, j)) return true;
      if (t.kind === 'punct' ? t.text !== ',' : t.kind !== 'word' || isFunctionWord(t.lower) || /^\p{Lu}/u.test(t.text)) return false;
    }
    return false;
  }

  /**
   * "le capitaine du navire Punta des Vent, Joan Vaquero, admet": a name inside a description (after a lower-case
   * word), then a person's name set off by commas: that person holds the role, and the first name only completes it.
   */
  private completesRoleBeforeHolder(tokens: Token[], k: number, end: number): boolean {
    const before = tokens[k - 1];
    if (before?.kind !== 'word' || !/^\p{Ll}/u.test(before.text) || tokens[end]?.text !== ',') return false;
    const holder = tokens[end + 1];
    if (!this.reader.isNameWord(holder) || !isFirstName((holder as Token).lower)) return false;
    return tokens[this.reader.runEnd(tokens, end + 1, tokens.length)]?.text === ',';
  }

  /**
   * "at the Age of Possibility summit", "the Smith family": in English a name between an article and a lower-case
   * noun modifies that noun; "a book entitled Some Quiet Thing" names a work. Neither is a person a "he" or "she"
   * takes up.
   */
  private writtenAsNoPerson(tokens: Token[], k: number, end: number): boolean {
    if (!this.english) return false;
    const before = tokens[k - 1];
    // (A title may open on a word that is no name: "entitled Some Quiet Thing".)
    const introducer = before?.kind === 'word' && /^\p{Lu}/u.test(before.text) ? tokens[k - 2] : before;
    if (introducer?.kind === 'word' && TITLE_INTRODUCERS.has(introducer.lower)) return true;
    const after = tokens[end];
    if (before?.kind !== 'word' || !ARTICLES.has(before.lower) || after?.kind !== 'word') return false;
    return /^\p{Ll}/u.test(after.text) && !isFunctionWord(after.lower) && !this.isCue(tokens, end) && !this.speaks(tokens, end);
  }

  /**
   * "a friend of Harry's mother, Princess Dora,", "in a letter to his wife, Jane,": an English appositive renames the
   * noun before its comma, so a name renaming a preposition's object is spoken about as that object is.
   */
  private renamesObject(tokens: Token[], k: number, end: number): boolean {
    // (Set off as an appositive, closed by a comma or the clause's end: "Turning to his brother, Harry said" opens a
    // clause on its subject.)
    if (!this.english || tokens[k - 1]?.text !== ',' || (tokens[end] && !APPOSITIVE_CLOSERS.has((tokens[end] as Token).text))) return false;
    let j = k - 2;
    const noun = tokens[j];
    if (noun?.kind !== 'word' || !/^\p{Ll}/u.test(noun.text) || isFunctionWord(noun.lower)) return false;
    j--;
    // (Over one adjective, then one determiner or owner: "his late wife", "Harry's mother".)
    if (tokens[j]?.kind === 'word' && /^\p{Ll}/u.test((tokens[j] as Token).text) && !isFunctionWord((tokens[j] as Token).lower) && !this.determiners.has((tokens[j] as Token).lower)) j--;
    const owner = tokens[j];
    if (owner?.kind === 'word' && (this.determiners.has(owner.lower) || isPossessive(owner.text))) j--;
    const preposition = tokens[j];
    return preposition?.kind === 'word' && isPreposition(preposition.lower);
  }

  private speaks(tokens: Token[], k: number): boolean {
    let j = k;
    while (j < tokens.length && j - k < 2 && tokens[j]?.kind === 'word' && this.skippable.has((tokens[j] as Token).lower)) j++;
    return this.isCue(tokens, j);
  }

  /** Remember the lower-case words around a name: "el científico chileno Marcelo Leppe", "Moreno, presidente de la Junta,". */
  private describe(entity: Entity, tokens: Token[], from: number, to: number): void {
    const words = (entity.descriptors ??= new Set());
    // "El presidente andaluz, Juanma Moreno,": the description may stand before a comma.
    let before = tokens[from - 1]?.text === ',' ? from - 2 : from - 1;
    // "el ministro de Defensa, general Paulo Nogueira": a title right before the name, after the comma.
    for (let t = 0; t < MAX_LEADING_TITLES && tokens[before]?.kind === 'word' && isTitleWord((tokens[before] as Token).lower); t++) {
      words.add((tokens[before] as Token).lower);
      if (tokens[before - 1]?.text === ',') {
        before -= 2;
        break;
      }
      before--;
    }
    // "o titular da Defesa": a name after a connector completes a role; the role is not its description.
    const complement = tokens[from - 1]?.kind === 'word' && this.connectors.has((tokens[from - 1] as Token).lower);
    for (let j = complement ? -1 : before; j >= 0 && before - j < MAX_DESCRIPTOR_WORDS; j--) {
      const t = tokens[j] as Token;
      if (t.kind !== 'word') break;
      words.add(t.lower);
    }
    if (tokens[to]?.text !== ',') return;
    // "Moreno, presidente de la Junta,": an appositive opens on a role or a determiner, not on a verb
    // ("el Grupo de Madrid, convocada por el ministro").
    const opener = tokens[to + 1];
    if (opener?.kind !== 'word' || (!isTitleWord(opener.lower) && !this.determiners.has(opener.lower))) return;
    for (let j = to + 1; j < tokens.length && j - to <= MAX_DESCRIPTOR_WORDS; j++) {
      const t = tokens[j] as Token;
      if (t.kind !== 'word') break;
      words.add(t.lower);
    }
  }

  /** The entity a capitalised run names, registering a new one for a new full name. */
  entityOf(words: string[], before: string[], order: number): Entity | undefined {
    const parsed = parseName(words, this.connectors, before);
    if (!parsed) return undefined;
    const key = parsed.words.join(' ');
    const known = this.entities.get(key);
    if (known) return known;
    if (parsed.organisation) {
      // "la Asociación Vecinal Pradera … ¶ Desde la Asociación aseguran": once named in full, a body is called by its
      // kind alone; the kind with a capital is the one named so last.
      const kind = parsed.words.length === 1 ? (parsed.words[0] as string) : undefined;
      const full = kind ? this.latest(order, (e) => e.organisation && e.words.length > 1 && e.words[0] === kind) : undefined;
      if (full) return full;
      const entity = toEntity(parsed);
      this.setEntity(key, entity);
      return entity;
    }
    // Hostile input with endless names: past this many, no new ones are learnt (the merge below is per entity).
    if (this.entities.size >= MAX_ENTITIES) return this.bySurname(parsed.words[parsed.words.length - 1] as string, order);
    if (parsed.words.length >= 2) {
      // "South Carolina Tim Scott" and "Tim Scott" are one person: the shorter full name is the name.
      for (const [otherKey, other] of this.entitiesByLastWord.get(parsed.words[parsed.words.length - 1] as string) ?? []) {
        if (other.organisation || other.words.length < 2) continue;
        // "Dr. Walid Abu Hatab" and "Abu Hatab": a title or a first name before it makes the longer the full name.
        const longer = endsWith(parsed.words, other.words);
        const shorter = endsWith(other.words, parsed.words);
        if (longer && !isFullerName(parsed, other.words)) return other;
        if (shorter && isFullerName(other, parsed.words)) return other;
        if (longer || shorter) {
          other.name = parsed.name;
          if (parsed.title && !other.title) other.title = parsed.title;
          if (parsed.gender && !other.gender) other.gender = parsed.gender;
          this.deleteEntity(otherKey, other);
          other.words = parsed.words;
          this.setEntity(key, other);
          if (this.positionsOf.has(other)) this.indexMention(other);
          return other;
        }
      }
      const entity = toEntity(parsed);
      this.setEntity(key, entity);
      return entity;
    }
    const word = parsed.words[0] as string;
    const candidate = this.bySurname(word, order);
    // "Strava" written alone long before "Camp Strava": a name of its own, not a short form of the longer one.
    // Written alone before any longer name holds it ("Strava" long before "Camp Strava"); a known
    // first name or gender keeps a person whose surname came first (a caption, a lede) one person.
    const alone = this.firstAlone.get(word);
    const inRun = this.firstInRun.get(word);
    const person = candidate && (candidate.gender || isFirstName(candidate.words[0] as string));
    if (candidate && alone !== undefined && inRun !== undefined && alone < inRun && !person) {
      const entity = toEntity(parsed);
      this.entities.set(key, entity);
      return entity;
    }
    return candidate;
  }

  /** The person a single name word refers to: the body's people first, then the page's hints. */
  bySurname(word: string, order: number): Entity | undefined {
    let best: Entity | undefined;
    let bestOrder = -1;
    const from = Math.max(0, this.occurrences.length - MAX_LOOKBACK);
    const window: number[] = [];
    for (const entity of this.mentionedByWord.get(word) ?? []) {
      const positions = this.positionsOf.get(entity) as number[];
      for (let j = positions.length - 1; j >= 0 && (positions[j] as number) >= from; j--) window.push(positions[j] as number);
    }
    window.sort((a, b) => a - b);
    for (const i of window) {
      const occurrence = this.occurrences[i] as Occurrence;
      const e = occurrence.entity;
      if (e.organisation || e.words.length < 2) continue;
      if (e.words[e.words.length - 1] !== word && e.words[0] !== word && paternalSurname(e) !== word) continue;
      const rank = occurrence.order < order ? occurrence.order : -1;
      const more = best && (e.mentions ?? 0) !== (best.mentions ?? 0) ? (e.mentions ?? 0) > (best.mentions ?? 0) : undefined;
      if (
        !best ||
        more === true ||
        (more === undefined && (rank > bestOrder || (bestOrder < 0 && rank < 0 && e.words[e.words.length - 1] === word)))
      ) {
        best = e;
        bestOrder = rank;
      }
    }
    if (!best) {
      for (const e of this.entitiesByLastWord.get(word)?.values() ?? []) {
        if (!e.organisation && e.words.length >= 2 && e.words[e.words.length - 1] === word) return e;
      }
    }
    if (best) return best;
    const hint = this.hints.find((e) => e.words[e.words.length - 1] === word) ?? this.hints.find((e) => e.words[0] === word);
    if (hint) {
      const key = hint.words.join(' ');
      const entity = this.entities.get(key) ?? hint;
      this.setEntity(key, entity);
      return entity;
    }
    return undefined;
  }

  /** The person a pronoun (or a dropped subject) refers to: the latest sentence with a compatible person, its subject first. */
  byPronoun(gender: 'm' | 'f' | 'x', plural: boolean, order: number, exclude?: Entity, sentence?: number): Entity | undefined {
    // "During cross-examination by Okafor, he said": in English a subject pronoun does not take up a preposition's object
    // earlier in its own sentence (the lawyer asking is not the witness answering).
    const ownSentence = this.english ? sentence : undefined;
    if (gender !== 'x' && !plural) {
      const known = this.nearest(gender, false, order, exclude, true, false, ownSentence);
      if (known) return known;
    }
    return this.nearest(gender, plural, order, exclude, false, false, ownSentence);
  }

  /**
   * The person a dropped subject continues ("«…», afirma."): in a pro-drop language the verb without a subject
   * keeps the topic, the last person named as a subject or a speaker, never a preposition's object ("exiliado en
   * Costa Rica", "estudiaba Ingeniería Civil"): a place, a field or a listener named since is not who speaks.
   */
  byDroppedSubject(order: number): Entity | undefined {
    return this.nearest('x', false, order, undefined, false, true);
  }

  private nearest(
    gender: 'm' | 'f' | 'x',
    plural: boolean,
    order: number,
    exclude: Entity | undefined,
    knownOnly: boolean,
    subjectsOnly = false,
    /** The pronoun's own sentence: a preposition's object there is not its antecedent. */
    ownSentence?: number,
  ): Entity | undefined {
    let sentence = -1;
    let found: Occurrence | undefined;
    /** The sentence of `found`: the rest of the window is read only for a far more salient person. */
    let foundSentence = -1;
    /** Only someone named in the pronoun's own paragraph can outweigh the nearer candidate. */
    let salient: Entity | undefined;
    const paragraphStart = order - (order % PARAGRAPH_ORDER);
    let spokeHere = false;
    let sentencesSeen = 0;
    /** The sentence of a person of unknown gender named there, not as an object: see `knownOnly` below. */
    let unknownSubjectSentence = -1;
    for (let i = this.lastIndexBefore(order); i >= 0; i--) {
      const occurrence = this.occurrences[i] as Occurrence;
      if (occurrence.sentence !== sentence) {
        sentence = occurrence.sentence;
        if (++sentencesSeen > MAX_PRONOUN_SENTENCES) break;
      }
      const e = occurrence.entity;
      if (e === exclude || (subjectsOnly && occurrence.oblique)) continue;
      if (occurrence.oblique && occurrence.sentence === ownSentence) continue;
      // "She reached out to a friend of Harry's mother, Dora. … she told Winfrey": an English pronoun carries on the
      // pronoun that was its sentence's subject, not an object named after it.
      if (this.english && occurrence.oblique && gender !== 'x' && occurrence.afterPronoun === gender) continue;
      if (gender !== 'x' && occurrence.noPerson) continue;
      if (plural ? !e.organisation : e.organisation) continue;
      if (gender !== 'x' && e.gender && e.gender !== gender) continue;
      // "she" means a person: not a lone word that never reads as one ("a new website called YouTube").
      if (gender !== 'x' && !readsAsPerson(e)) continue;
      if (e.words.some((w) => PLACE_WORDS.has(w))) continue;
      // "ha reformado la Ley de Autonomía. «…»": a law or a plan named since is what was spoken of, never who speaks.
      if (DOCUMENT_KINDS.has(e.words[0] as string)) continue;
      if (knownOnly && !e.gender) {
        if (!occurrence.oblique && !found) unknownSubjectSentence = occurrence.sentence;
        continue;
      }
      // "Le colistier de Paul Martin, Jean Durand, …, a-t-il dit": a known gender does not lift the
      // object of a preposition over its sentence's head; the pass over all genders decides.
      if (knownOnly && !found && occurrence.oblique && occurrence.sentence === unknownSubjectSentence) return undefined;
      // A dropped subject continues the speaker its sentence names after the verb, not the sentence's first name.
      const keepsSpeaker = subjectsOnly && found?.postposed && !occurrence.postposed;
      if (!found || (occurrence.sentence === foundSentence && (!occurrence.oblique || found.oblique) && !keepsSpeaker)) {
        // Within a sentence, the earliest compatible mention (the subject) wins, unless it is a preposition's object.
        found = occurrence;
        foundSentence = occurrence.sentence;
      } else if (occurrence.order >= paragraphStart) {
        if (occurrence.speaks && e === found.entity) spokeHere = true;
        if (occurrence.subject && (e.mentions ?? 0) > (salient?.mentions ?? 0)) salient = e;
      }
    }
    // The nearest candidate who has spoken in this paragraph keeps the pronoun: the last speaker.
    if (found?.speaks || spokeHere) return found?.entity;
    // "Fey was head writer … It was tough, she says": in a profile, the pronoun is the profiled
    // person's, named just before, over someone the article mentions in passing.
    const nearby = found?.entity;
    if (
      nearby &&
      salient &&
      (salient.mentions ?? 0) >= MIN_SALIENT_MENTIONS &&
      (salient.mentions ?? 0) >= SALIENCE_RATIO * (nearby.mentions ?? 0)
    )
      return salient;
    return nearby;
  }

  /** The index of the last occurrence before `order` (occurrences are in reading order), or -1. */
  private lastIndexBefore(order: number): number {
    let lo = 0;
    let hi = this.occurrences.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.occurrences[mid] as Occurrence).order < order) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /**
   * "Francisco Navarro, glaciólogo, explica … «…», añade el científico": the one person the paragraph
   * names before `order` is the person a description there points back to.
   */
  private onlyPersonInParagraph(order: number): Entity | undefined {
    const paragraphStart = order - (order % PARAGRAPH_ORDER);
    let person: Entity | undefined;
    for (let i = this.lastIndexBefore(order); i >= 0; i--) {
      const occurrence = this.occurrences[i] as Occurrence;
      if (occurrence.order < paragraphStart) break;
      const e = occurrence.entity;
      // A place ends on its kind ("San Francisco", "Gaza Strip"); "Francisco Navarro" is a person.
      if (e.organisation || PLACE_WORDS.has(e.words[e.words.length - 1] as string)) continue;
      // Only someone who reads as a person: a full name, or a known first name, gender or title.
      if (!e.gender && !e.title && !isFirstName(e.words[0] as string) && e.words.length < 2) continue;
      if (person && person !== e) return undefined;
      person = e;
    }
    return person;
  }

  /**
   * Where news writing gives a person's role, note it: inside the name's run ("Trainer Uwe Muster", "AfD-Chef Björn
   * Muster"), lower-case before it ("the coach Uwe Muster"), as an apposition before it ("die Landesvorsitzende der
   * Partei, Eva Muster,") or after it ("Uwe Muster, der Trainer des Vereins,", "Ana Ruiz, ministra de Defensa,"), or
   * in brackets ("Uwe Muster (Trainer)"). Not the looser words around a name, which may be a neighbour's.
   */
  private noteRoles(entity: Entity, tokens: Token[], k: number, end: number): void {
    const phrases: Token[][] = [];
    let lead = k;
    while (lead < end - 1 && isRolePart((tokens[lead] as Token).text, this.lang)) lead++;
    if (lead > k) phrases.push(tokens.slice(k, lead));
    let before = k;
    while (
      before > 0 &&
      k - before < MAX_ROLE_WORDS &&
      tokens[before - 1]?.kind === 'word' &&
      isRolePart((tokens[before - 1] as Token).text, this.lang)
    )
      before--;
    if (before < k) phrases.push(tokens.slice(before, k));
    if (tokens[k - 1]?.text === ',') {
      const opener = this.appositionOpener(tokens, k - 1);
      if (opener >= 0) phrases.push(tokens.slice(opener + 1, k - 1));
    }
    const after = tokens[end]?.text;
    if (after === ',' || after === '(') {
      let stop = end + 1;
      while (stop < tokens.length && stop - end <= MAX_ROLE_WORDS && tokens[stop]?.kind === 'word') stop++;
      const words = tokens.slice(end + 1, stop);
      const first = words[0];
      const closes =
        tokens[stop]?.text === (after === '(' ? ')' : ',') || stop >= tokens.length || /^[.;:]$/u.test(tokens[stop]?.text ?? '');
      if (first && closes && (this.determiners.has(first.lower) || isRolePart(first.text, this.lang))) phrases.push(words);
    }
    // "appointed Dana Muster as their coach", "als Trainer", "como ministra": the role a person takes.
    if (tokens[end]?.kind === 'word' && AS_WORDS.has((tokens[end] as Token).lower)) {
      let stop = end + 1;
      while (
        stop < tokens.length &&
        stop - end <= MAX_ROLE_WORDS &&
        tokens[stop]?.kind === 'word' &&
        (POSSESSIVES.has((tokens[stop] as Token).lower) ||
          this.determiners.has((tokens[stop] as Token).lower) ||
          isRolePart((tokens[stop] as Token).text, this.lang))
      )
        stop++;
      if (stop > end + 1) phrases.push(tokens.slice(end + 1, stop));
    }
    for (const phrase of phrases) {
      const role = roleOf(
        phrase.map((t) => t.text),
        this.lang,
      );
      if (!role) continue;
      const roles = (entity.roles ??= []);
      if (roles.length < MAX_ROLES && !roles.some((r) => sameRole(r, role))) roles.push(role);
    }
  }

  /**
   * "kritisiert die Landesvorsitzende der Partei, Eva Muster,": the determiner opening a description that stands in
   * apposition before the comma at `comma`, where that description opens its clause (after a stop, the sentence's
   * start or the speech verb); else -1.
   */
  private appositionOpener(tokens: Token[], comma: number): number {
    let opener = -1;
    for (let j = comma - 1; j >= 0 && comma - j <= MAX_ROLE_WORDS + 1; j--) {
      const t = tokens[j] as Token;
      if (t.kind !== 'word') break;
      if (!this.determiners.has(t.lower)) continue;
      const previous = tokens[j - 1];
      if (previous?.kind !== 'word' || previous.sentence !== t.sentence || this.isCue(tokens, j - 1)) opener = j;
    }
    return opener;
  }

  /**
   * "der Übergangstrainer", "la ministra", "the coach": a definite description naming a role points back to the one
   * person the article gave that role before it. Two such people (two coaches) and it means neither for sure, unless
   * only one held exactly that role ("der Interimstrainer" beside "Trainer X" and "Interimstrainer Y").
   */
  byRole(words: string[], order: number): Entity | null | undefined {
    const described = descriptionRole(words, this.lang);
    if (!described) return undefined;
    const marked = this.determinerGender[(words[0] ?? '').toLowerCase()];
    const holders: { entity: Entity; person: string[] }[] = [];
    for (let i = this.lastIndexBefore(order); i >= 0 && this.occurrences.length - i <= MAX_LOOKBACK; i--) {
      const e = (this.occurrences[i] as Occurrence).entity;
      if (e.organisation || !e.roles?.some((r) => roleCovers(r, described))) continue;
      if (marked && e.gender && e.gender !== marked) continue;
      const person = this.personWords(e);
      if (!person) continue;
      if (!holders.some((h) => h.entity === e)) holders.push({ entity: e, person });
    }
    const one = (list: typeof holders) => {
      const [first] = list;
      if (!first) return undefined;
      // "NLZ-Leiter Beispiel" and "Interimstrainer Uwe Beispiel": one person written with and without the given name.
      if (!list.every((h) => sameNameTail(h.person, first.person))) return undefined;
      return list.reduce((best, h) => (h.person.length > best.person.length ? h : best));
    };
    if (holders.length === 0) return undefined;
    // ("der Interimstrainer" beside "Trainer X" and "Interimstrainer Y" is Y; "der Trainer" is either.)
    const exact = described.qualifiers.length > 0 ? holders.filter((h) => h.entity.roles?.some((r) => sameRole(r, described))) : [];
    const holder = one(holders) ?? one(exact);
    // Two holders of a bare role ("der Trainer", "the coach"): the description means someone the reader cannot be sure
    // of (null: no name). More words ("the independent Vermont senator") or one holder out of focus: not by its role
    // alone (the reader's other cues decide).
    if (!holder) return words.slice(1).every((w) => isRolePart(w, this.lang)) ? null : undefined;
    return this.inFocus(holder.person, described, order) ? holder.entity : undefined;
  }

  /**
   * Whether the holder of a role is still the person a description before `order` refers back to: no one named since
   * could hold it unsaid. A person named since with no role given may ("Cruz defends … the senator says" after "Sen.
   * Rand Paul"); one the article gave other roles is someone else ("the general Luis Muster" does not stand between
   * "la ministra de Defensa, Ana Ruiz" and "la ministra").
   */
  private inFocus(holder: string[], described: RoleKey, order: number): boolean {
    for (let i = this.lastIndexBefore(order); i >= 0 && this.occurrences.length - i <= MAX_LOOKBACK; i--) {
      const e = (this.occurrences[i] as Occurrence).entity;
      if (e.organisation) continue;
      const person = this.personWords(e);
      if (!person || !(isFirstName(person[0] as string) || e.gender || e.spoke || e.roles?.length)) continue;
      if (sameNameTail(person, holder)) return true;
      if (!e.roles?.length || e.roles.some((r) => roleCovers(r, described))) return false;
    }
    return false;
  }

  /** An entity's name words without the role words German runs into it ("NLZ-Leiter Uwe Beispiel"), if a person's name. */
  private personWords(e: Entity): string[] | undefined {
    let from = 0;
    // (A German compound on a party's name before a given name is a title too: "AfD-Spitzenmann Björn Muster".)
    while (
      from < e.words.length - 1 &&
      (isRolePart(e.words[from] as string, this.lang) ||
        ((e.words[from] as string).includes('-') && isFirstName(e.words[from + 1] as string)))
    )
      from++;
    const words = e.words.slice(from);
    const first = words[0] as string;
    const last = words[words.length - 1] as string;
    // "Interimscoach der Musterstädter", "Sachsens AfD-Chef": a run of a role and its complement names no one.
    if (this.determiners.has(first) || this.connectors.has(first) || PLACE_WORDS.has(last) || isRolePart(last, this.lang)) return undefined;
    return words.length >= 2 || e.gender || e.spoke || isFirstName(first) ? words : undefined;
  }

  /** The entity a description refers to: "the senator" → the senator named earlier; "a source" → none. */
  byDescription(words: string[], order: number, describedAt = order): Entity | undefined | null {
    const lowered = words.map((w) => w.toLowerCase());
    // "esta vecina" after "David Campo": a description whose determiner marks the other gender is someone else.
    const marked = this.determinerGender[lowered[0] as string];
    const agrees = (e: Entity) => !marked || !e.gender || e.gender === marked;
    // Romance puts the noun before its complement: "el ministerio de Exteriores de Egipto" is a ministry.
    const opening = lowered.find((w) => !this.determiners.has(w)) ?? '';
    const head = ORGANISATION_WORDS.has(opening) ? opening : (lowered[lowered.length - 1] as string);
    const indefinite = this.indefinites.has(lowered[0] as string);
    const spokesperson = lowered.find((w) => SPOKESPERSON_HEADS.has(w));
    if (spokesperson) {
      // "afirmó el portavoz del grupo": a definite spokesperson is the one the article named so, if any.
      const described = indefinite ? undefined : this.describedAs({ lower: spokesperson }, order);
      const named = described && agrees(described) ? described : undefined;
      return named ?? this.latest(order, (e) => e.organisation);
    }
    // "las autoridades", "les experts": a group is no one person the article named.
    if (UNNAMED_HEADS.has(head) || indefinite || this.pluralDeterminers.has(lowered[0] as string)) return null;
    if (ORGANISATION_WORDS.has(head)) {
      // "the company": the organisation of that kind, else the last one named, else a one-word name
      // that speaks and is no person ("Strava says").
      return (
        this.latest(order, (e) => e.organisation && e.words.includes(head)) ??
        this.latest(order, (e) => e.organisation) ??
        this.latest(order, (e) => e.words.length === 1 && !e.gender)
      );
    }
    // The one person of the paragraph is the one named before the description ("The 38-year-old star slammed … his
    // wife, Meghan, … she feels": not Meghan, named between the description and the verb).
    const onlyPerson = this.onlyPersonInParagraph(Math.min(order, describedAt));
    if (onlyPerson) return agrees(onlyPerson) ? onlyPerson : undefined;
    const content = lowered.filter((w) => w.length >= MIN_DESCRIPTOR_LENGTH && !this.determiners.has(w));
    const stems = content.map((w) => w.slice(0, Math.max(MIN_DESCRIPTOR_LENGTH, w.length - 2)));
    const describes = (e: Entity) => {
      if (e.organisation || !agrees(e)) return false;
      // "the pope" is Pope Francis: an honorific kept in the name describes the person too.
      const titles = (e.title?.toLowerCase().split(/\s+/) ?? []).map((w) => TITLE_ABBREVIATIONS[w.replace(/\.$/, '')] ?? w);
      const known = [...titles, ...(e.descriptors ?? []), ...e.words.slice(0, -1)];
      return stems.some((stem) => known.some((w) => w.startsWith(stem)));
    };
    return this.latest(order, describes);
  }

  /**
   * "der AfD-Chef" after "AfD-Spitzenkandidat Björn Muster": German news refers back to a person by a compound of their
   * party's or body's name and a role; the one person the article described with a compound of that first part, or
   * none when two were.
   */
  byCompoundPrefix(prefix: string, order: number): Entity | undefined {
    let found: Entity | undefined;
    let foundPerson: string[] = [];
    for (let i = this.occurrences.length - 1; i >= 0 && this.occurrences.length - i <= MAX_LOOKBACK; i--) {
      const occurrence = this.occurrences[i] as Occurrence;
      const e = occurrence.entity;
      if (occurrence.order >= order || e.organisation || e === found) continue;
      // (Its title or its name run, not the looser words around it, which may belong to a neighbour.)
      // The compound stands as a title: a role, or before the given name ("AfD-Spitzenmann Björn Muster"), not a thing
      // of the party's ("AfD-kritischen Kampagne").
      const titled = (w: string, i: number, all: string[]) =>
        w.startsWith(`${prefix}-`) && (isRolePart(w, this.lang) || isFirstName(all[i + 1] ?? ''));
      if (!e.title?.toLowerCase().split(/\s+/).some(titled) && !e.words.some(titled)) continue;
      // (A description read as a name, "Sachsens AfD-Chef", is no one; "AfD-Landeschef Muster" is the same person.)
      const person = this.personWords(e);
      if (!person) continue;
      if (found && !sameNameTail(person, foundPerson)) return undefined;
      if (!found || person.length > foundPerson.length) {
        found = e;
        foundPerson = person;
      }
    }
    return found;
  }

  /** The latest person the article describes with this word ("spokeswoman"): the holder of that role. */
  describedAs(word: { lower: string }, order: number, exclude?: Entity): Entity | undefined {
    return this.latest(order, (e) => e !== exclude && !e.organisation && !!e.descriptors?.has(word.lower));
  }

  private latest(order: number, accept: (e: Entity) => boolean): Entity | undefined {
    for (let i = this.occurrences.length - 1; i >= 0 && this.occurrences.length - i <= MAX_LOOKBACK; i--) {
      const occurrence = this.occurrences[i] as Occurrence;
      if (occurrence.order < order && accept(occurrence.entity)) return occurrence.entity;
    }
    return undefined;
  }

  private learnGender(gender: 'm' | 'f', sentence: number): void {
    // The pronoun's antecedent is clear when one person was named in this or the previous sentence,
    // as its subject (not after a pronoun: "She wrote it with Judd Apatow" says nothing of Apatow).
    const candidates = new Set<Entity>();
    const inSentence = new Set<Entity>();
    for (let i = this.occurrences.length - 1; i >= 0; i--) {
      const occurrence = this.occurrences[i] as Occurrence;
      if (occurrence.sentence < sentence - 1) break;
      // An organisation is "it" or "they", never a gendered pronoun's antecedent; nor is a lone capitalised word
      // with no given name nor title that never speaks ("a new website called YouTube"): a brand, a place or a work as
      // often as a person.
      if (!readsAsPerson(occurrence.entity)) continue;
      // Someone nearby already has this gender: the pronoun is theirs, nothing new is learnt.
      if (occurrence.entity.gender === gender) return;
      // "She was married to an actor called Lee Varga and lives with her dog": after a sentence's subject pronoun, the
      // same pronoun again is that subject, not a name named since.
      if (occurrence.afterPronoun === gender || occurrence.noPerson) continue;
      if (occurrence.sentence === sentence) inSentence.add(occurrence.entity);
      if (occurrence.sentence < sentence && !occurrence.subject) continue;
      candidates.add(occurrence.entity);
    }
    // "As Okafor played down the boos he faced": one person named in the pronoun's own sentence.
    if (inSentence.size === 1) {
      const [entity] = inSentence;
      if (entity && !entity.gender) entity.gender = gender;
      return;
    }
    if (candidates.size !== 1) return;
    const [entity] = candidates;
    if (entity && !entity.gender) entity.gender = gender;
  }
}

/**
 * "Tomás Vidal Gil" is "Vidal": a Spanish name of a given name and two surnames goes by the first surname alone.
 * The word before the last of a three-word person's name opening on a given name, when that word is no given name.
 */
function paternalSurname(entity: Entity): string | undefined {
  const { words } = entity;
  if (entity.organisation || words.length !== 3 || !isFirstName(words[0] as string)) return undefined;
  const middle = words[1] as string;
  return isFirstName(middle) || SURNAME_PARTICLES.has(middle) ? undefined : middle;
}

/**
 * A full name, or one word the article gives with a known given name, gender or title, or has speak: a person.
 * Not an acronym.
 */
function readsAsPerson(e: Entity): boolean {
  // "the IDF said": one word in capitals is an acronym, a body's name, however often it speaks.
  if (e.words.length === 1 && ACRONYM.test(e.name)) return false;
  return !e.organisation && (e.words.length >= 2 || !!e.gender || !!e.title || !!e.spoke || isFirstName(e.words[0] as string));
}

const ACRONYM = /^\p{Lu}{2,}$/u;

const SURNAME_PARTICLES = new Set<string>([...NAME_PARTICLES, ...GERMANIC_NAME_PARTICLES]);

/**
 * Whether two names are one person's: one ends the other ("beispiel", "uwe beispiel"), or a given name and first
 * surname open a fuller name ("antonio sanz", "antonio sanz cabello": Spanish drops the second surname).
 */
function sameNameTail(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.every((w, i) => long[long.length - short.length + i] === w)) return true;
  return short.length >= 2 && isFirstName(short[0] as string) && short.every((w, i) => long[i] === w);
}

/** Whether a longer name is the person's full name rather than a place before it ("South Carolina Tim Scott"). */
function isFullerName(longer: { title?: string; words: string[] }, shorter: string[]): boolean {
  // "Van den Akker" of "Joost van den Akker": a surname opening on its particle is the surname of the longer name.
  if (SURNAME_PARTICLES.has(shorter[0] as string)) return true;
  return !!longer.title || (isFirstName(longer.words[0] as string) && !isFirstName(shorter[0] as string));
}

/** Whether `words` ends with all of `suffix` (and is longer). */
function endsWith(words: string[], suffix: string[]): boolean {
  if (suffix.length >= words.length) return false;
  const offset = words.length - suffix.length;
  return suffix.every((w, i) => words[offset + i] === w);
}

function toEntity(parsed: ParsedName): Entity {
  return {
    name: parsed.name,
    words: parsed.words,
    organisation: parsed.organisation,
    ...(parsed.title ? { title: parsed.title } : {}),
    ...(parsed.gender ? { gender: parsed.gender } : {}),
  };
}
