/**
 * Attribution: the speech cue of a quote and the phrase naming its speaker, in the quote's own
 * sentence ("“A,” Trump said", "Petro said: “…”", "according to the ministry, “…”", "…” — Name"),
 * read the way the sentence is built: the verb's subject before it, or after it when inverted.
 */
import { ORGANISATION_WORDS, SPOKESPERSON_HEADS, TITLE_WORDS, UNNAMED_HEADS } from './lexicon/roles.js';
import {
  afterFrontedConstituent,
  bracketAuxiliary,
  citedObjectStart,
  ownsComplementClause,
  demonstrativeAttribution,
  frontedAdverbial,
  frontedClause,
  isCitingVerb,
  isCommaSo,
  isNamedObject,
  opensTimeAdverbial,
  passiveAgentStart,
  relativeClauseSpeaker,
  verbFinalSubordinator,
} from './german.js';
import type { Lexicon } from './lexicon/types.js';
import { isFirstName } from './lexicon/first-names.js';
import { isGermanRoleWord } from './name-evidence.js';
import { isTitleWord } from './names.js';
import type { NounPhrase, PhraseReader } from './np.js';
import { type Cue, type CueTable, cueAt, WEAK_PREPOSITIONS } from './phrases.js';
import { isGermanDescription } from './role-keys.js';
import { describesThing } from './thing-sources.js';
import type { Token } from './tokens.js';
import { ROMANCE_LANGS } from './lexicon/romance.js';

export interface Attribution {
  cue?: Cue;
  /** The speaker's phrase; absent for a dropped subject ("—dijo—"). */
  phrase?: NounPhrase;
  /** The verb has no subject of its own: the speaker is the one talked about (pro-drop languages). */
  zero?: boolean;
  /** Found by the page's layout (a credit line under the quote), not by a speech verb. */
  format?: boolean;
  /** The relative pronoun that stands for the phrase at the quote ("…, der am Montag sagte"): the mention. */
  relative?: { from: number; to: number };
}

/** Punctuation that may stand between a quote and its attribution: "…,” — she said". */
const JOINERS = new Set([',', '—', '–', '-', '(', ':']);
const DASHES = new Set(['—', '–', '-']);
/** Words after which a German name opens a clause of its own ("und Muster: „…“", "so Muster: „…“"). */
const LEAD_IN_LINKS = new Set(['und', 'sowie', 'oder', 'auch', 'so']);
/** German articles that are never nominative: the phrase they open is an object, not a speaker. */
const OBJECT_CASE_ARTICLES = new Set(['den', 'dem', 'des', 'einen', 'einem', 'eines']);
/** How many adjectives may stand before the role of a name that leads into a quote. */
const MAX_LEAD_IN_MODIFIERS = 3;
/** Auxiliaries of the passive before a listener verb ("was asked by"). */
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
/** Verbs whose object is the listener: "X told Y", "X asked Y". */
const LISTENER_VERBS = new Set(['told', 'tells', 'tell', 'asked', 'asks']);
/** Words that open a reported clause after a speech verb ("said that …", "dijo que …"). */
const COMPLEMENTIZERS = new Set(['that', 'que', 'dass', 'che']);
/** Verbs of judging whose object is their target ("accused him of", "praised Fields"), never the speaker. */
const TARGET_VERBS = new Set([
  'accused',
  'accuses',
  'praised',
  'praises',
  'hailed',
  'condemned',
  'denounced',
  'criticized',
  'criticised',
  'ridiculed',
  'rebuked',
  'scolded',
  'lambasted',
  'chided',
  'assured',
  'assures',
  'exhorted',
  'implored',
]);
/** Words that open a clause of its own: a gap holding one is more than an attribution. */
const CLAUSE_OPENERS = new Set(['that', 'adding', 'que', 'dass', 'che', 'and', 'but', 'y', 'pero', 'et', 'mais', 'und', 'e', 'ma', 'mas']);
/** Prepositions of place, time and address (not "from" or "by", which name an author): the phrase after one is never a participle's subject. */
const PLACE_PREPOSITIONS = new Set([
  // "a statement to Wired explaining": the listener of a preposition is no more the speaker.
  'to',
  'for',
  'about',
  'against',
  'on',
  'in',
  'into',
  'at',
  'onto',
  'during',
  'en',
  'sur',
  'dans',
  'auf',
  'im',
  'am',
  'nel',
  'nella',
  'sul',
  'no',
  'na',
  'em',
]);
/** A past form of three letters or more before "ed": a verb of saying when it alone reports a quote ("pressed", "beamed"). */
const QUOTATIVE_PAST = /^\p{Ll}{3,}ed$/u;
/** "and" in each language, joining two roles of one person. */
const AND_WORDS = new Set(['and', 'y', 'e', 'et', 'und']);
/** Words that join two quoted phrases into one list ("“A” and “B”", "«A» o «B»"). */
const COORDINATORS = new Set([...AND_WORDS, 'or', 'o', 'ou', 'oder', 'u']);
/** How long the second of two joined roles may be. */
const MAX_SHARED_ROLE_TOKENS = 6;
/** Verbs that open a reported clause after its subject ("said Trump was", "said it would"), in the six languages. */
const CLAUSE_VERBS = new Set([
  'is',
  'was',
  'are',
  'were',
  'would',
  'will',
  'could',
  'can',
  'should',
  'might',
  'may',
  'must',
  'had',
  'has',
  'have',
  'does',
  'did',
  'es',
  'era',
  'fue',
  'está',
  'estaba',
  'sería',
  'est',
  'était',
  'sera',
  'serait',
  'ist',
  'war',
  'wäre',
  'sei',
  'è',
  'era',
  'sarebbe',
  'é',
  'seria',
]);
/** A quoted span whose words end on a comma: “deportation force,”. */
const QUOTE_ENDING_ON_COMMA = /,\s*["”“»«’'‘„]+$/u;
/** Punctuation that closes the clause of a quotative verb. */
const CLAUSE_ENDS = new Set([',', '.', '!', '?']);
/** How many words of an adverbial ("en cambio", ", however,") may stand between an inverted verb and its subject. */
const MAX_INVERTED_ADVERB_TOKENS = 4;
/** Prepositions that take a gerund ("by saying", "upon saying", "before adding"). */
const GERUND_PREPOSITIONS = new Set([
  'by',
  'upon',
  'after',
  'before',
  'while',
  'when',
  'without',
  'in',
  'on',
  'al',
  'en',
  'tras',
  'sans',
  'après',
  'avant',
  'dopo',
  'senza',
  'ao',
  'sem',
]);
/** How long an appositive of several commas may run between a name and its verb. */
const MAX_APPOSITIVE_CHAIN_TOKENS = 30;
/** Punctuation that ends a clause: an appositive never runs over it. */
const APPOSITIVE_STOPS = new Set([';', ':', '!', '?', '—', '–']);
/** How far a speech verb may follow a name's appositive that has no closing comma. */
const MAX_LONG_APPOSITIVE_TOKENS = 20;
/** Endings of present participles and gerunds (en, es, pt, it) that open a clause before the subject. */
const PARTICIPLE_ENDINGS = /(?:ing|ando|endo|iendo)$/u;
/** Relative pronouns that open "…, who said": their antecedent is the speaker. */
const RELATIVE_PRONOUNS = new Set(['who', 'quien', 'quienes', 'qui', 'quem', 'welcher', 'welche']);
/** Nouns that make a description someone who may speak: a role, a spokesperson, a body. */
const PERSON_OR_BODY = new Set([...TITLE_WORDS, ...SPOKESPERSON_HEADS, ...ORGANISATION_WORDS]);
/** Auxiliaries that may open a speech tag before its verb (", a déclaré", ", ha dicho", ", ont indiqué"). */
const MAX_TAG_AUXILIARIES = 2;
/** Punctuation that sets off a closing source ("…, selon X", "… (según X)"). */
const SOURCE_SETTERS = new Set([',', '(']);
/** Languages that drop the subject pronoun: a bare verb refers to the person talked about. */
export const PRO_DROP = new Set(['es', 'pt', 'it']);
/** A sentence opener ending in a comma within this many tokens is skipped to find the subject. */
const MAX_OPENER_TOKENS = 20;
/** Attribution reads at most this many tokens either side of a quote: scans stay linear on endless sentences. */
const MAX_SENTENCE_TOKENS = 300;
/** Openers skipped in a row before the subject, and how short a follow-on opener ("Iowa,") is. */
const MAX_OPENERS = 3;
/** An opener with no subject-like first word is at most this long ("Early in his campaign,"). */
const MAX_SHORT_OPENER_TOKENS = 8;
/** Words that open a subordinate clause before the subject ("When Winfrey asked …, he declined"). */
const SUBORDINATORS = new Set([
  'when',
  'while',
  'after',
  'before',
  'although',
  'though',
  'if',
  'as',
  'since',
  'because',
  'despite',
  'once',
  'until',
  'cuando',
  'mientras',
  'aunque',
  'si',
  'tras',
  'después',
  'antes',
  'quand',
  'lorsque',
  'alors',
  'bien',
  'après',
  'avant',
  'wenn',
  'als',
  'nachdem',
  'obwohl',
  'quando',
  'mentre',
  'dopo',
  'prima',
  'embora',
  'enquanto',
  'após',
]);
/** Conjunctions that join the sentence to the one before: what follows them is the subject. */
const CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so', 'or', 'pero', 'y', 'mas', 'e', 'et', 'mais', 'und', 'aber', 'ma']);
/** A capitals-only heading or dateline before a dash is at most this many tokens ("WASHINGTON (AP) —"). */
const MAX_HEADING_TOKENS = 20;
/** How long an aside between a name and its verb may be ("R-Ky.", "the senator from Ohio"). */
const MAX_ASIDE_TOKENS = 10;
const SHORT_OPENER_TOKENS = 3;
/** After a quote that ends its sentence, "X said" must close within this many words to attribute it. */
const MAX_SHORT_CLAUSE_WORDS = 5;
/** Adverbs that may stand between a German finite verb and its subject ("sparte auch der Präsident"). */
const FRONTING_ADVERB_WORDS = new Set([
  'auch',
  'jedoch',
  'aber',
  'allerdings',
  'dann',
  'nun',
  'daraufhin',
  'zudem',
  'ebenfalls',
  'schließlich',
]);
/** How far into the next sentence a cue may stand to attribute the quote before it. */
const NEXT_SENTENCE_REACH = 8;

export class Attributor {
  constructor(
    private readonly lexicon: Lexicon,
    private readonly cues: CueTable,
    private readonly reader: PhraseReader,
  ) {}

  /**
   * The attribution of the quote whose first and last tokens (in this paragraph) are `first` and
   * `last`. `before`/`after` say whether the quote starts / ends in this paragraph.
   */
  attribute(tokens: Token[], first: number, last: number, look: { before: boolean; after: boolean }): Attribution | undefined {
    const [lo, hi] = this.sentenceBounds(tokens, first, last);
    if (look.before && this.lexicon.lang === 'de') {
      const lead = this.nameLeadIn(tokens, first, lo);
      if (lead) return lead;
    }
    if (look.after) {
      // After a quote that ends its sentence, "Trump said." is the next sentence: look into it.
      let hiAfter = hi;
      if (hi === last + 1 && hi < tokens.length) {
        const next = (tokens[hi] as Token).sentence;
        while (hiAfter < tokens.length && (tokens[hiAfter] as Token).sentence === next) hiAfter++;
      }
      const right = this.rightAfter(tokens, last + 1, hiAfter);
      if (right) return right;
    }
    if (look.before) {
      const left = this.nearestBefore(tokens, first, lo);
      if (left) return left;
    }
    if (look.after) {
      const later = this.laterInSentence(tokens, last + 1, hi) ?? this.closingSourceAttribution(tokens, first, last + 1, hi);
      if (later) return later;
    }
    return undefined;
  }

  /**
   * German news lets a name stand for its verb of saying: "…, und Ministerpräsident Jan Muster: „…“", "Jan Muster
   * („…“) und …". A name (with its role) right before the colon or the bracket that opens the quote, opening its
   * clause (after a comma, a conjunction or the sentence's start, not a preposition), is the speaker.
   */
  private nameLeadIn(tokens: Token[], first: number, lo: number): Attribution | undefined {
    const mark = tokens[first - 1];
    if (mark?.text !== ':' && mark?.text !== '(') return undefined;
    if (!this.reader.isNameWord(tokens[first - 2])) return undefined;
    const phrase = this.reader.backward(tokens, first - 2, lo);
    if (phrase?.kind !== 'name' || phrase.to !== first - 1) return undefined;
    // ("und der norwegische Regierungschef Jan Muster:": the article and adjectives before the role are the phrase's.)
    const isDeterminer = (k: number) => this.lexicon.determiners.includes(tokens[k]?.lower ?? '');
    let k = phrase.from;
    while (k - 1 > lo && phrase.from - k < MAX_LEAD_IN_MODIFIERS && !isDeterminer(k - 1) && /^\p{Ll}+(?:e|en|er|es|em)$/u.test(tokens[k - 1]?.text ?? ''))
      k--;
    const from = isDeterminer(k - 1) ? k - 1 : phrase.from;
    // ("kritisiert die Vorsitzende, Carla Muster, den Auftritt: „…“": an article before one noun makes a common noun's
    // phrase, and an article out of the nominative marks an object, neither of them a speaker's name.)
    if (from < k && (phrase.to - phrase.from === 1 || OBJECT_CASE_ARTICLES.has(tokens[from]?.lower ?? ''))) return undefined;
    const before = tokens[from - 1];
    const opensClause = from <= lo || before?.text === ',' || (before?.kind === 'word' && LEAD_IN_LINKS.has(before.lower));
    return opensClause ? { phrase: { ...phrase, from, nameFrom: phrase.nameFrom ?? phrase.from } } : undefined;
  }

  /** A cue in a stretch of tokens (the words between two parts of a split quote). */
  cueIn(tokens: Token[], from: number, to: number): Cue | undefined {
    for (let k = from; k < to; k++) {
      const cue = cueAt(this.cues, tokens, k);
      if (cue && (cue.kind === 'verb' || (cue.kind === 'preposition' && !WEAK_PREPOSITIONS.has(cue.text.toLowerCase())))) return cue;
    }
    return undefined;
  }

  /** An aside inside the quote that attributes it: «Es normal –reflexiona– que…», "It is —he said— over". */
  inAside(tokens: Token[]): Attribution | undefined {
    for (let k = 0; k < tokens.length && k < MAX_ASIDE_TOKENS; k++) {
      const cue = cueAt(this.cues, tokens, k);
      if (cue?.kind !== 'verb') continue;
      return this.fromCue(tokens, cue, 0, tokens.length, k === 0);
    }
    return undefined;
  }

  /**
   * A speech tag set inside the marks after a comma: « A, affirme-t-elle. B », «A, dijo Ruiz, B». The tag's subject
   * (inverted after its verb) is the quote's speaker; a tag of the verb alone has a dropped subject (es, pt, it).
   */
  incise(tokens: Token[]): Attribution | undefined {
    for (let k = 1; k + 1 < tokens.length && k < MAX_SENTENCE_TOKENS; k++) {
      if (tokens[k]?.text !== ',') continue;
      const cue = cueAt(this.cues, tokens, k + 1);
      if (cue?.kind !== 'verb') continue;
      const verbEnd = cue.index + cue.length;
      // « …, glisse-t-il lorsqu’on le croise. »: a pronoun inverted onto the verb is the tag's subject, whatever follows.
      if (this.reader.isPronoun(tokens[verbEnd])) return { cue, phrase: { kind: 'pronoun', from: verbEnd, to: verbEnd + 1 } };
      let end = verbEnd;
      while (end < tokens.length && end - verbEnd <= MAX_ASIDE_TOKENS && tokens[end]?.kind === 'word') end++;
      // The tag closes on a comma or a stop, or ends the quote: it is no clause of its own ("…, dice que …").
      if (end - verbEnd > MAX_ASIDE_TOKENS || (end < tokens.length && !CLAUSE_ENDS.has((tokens[end] as Token).text))) continue;
      if (end === verbEnd) return PRO_DROP.has(this.lexicon.lang) ? { cue, zero: true } : undefined;
      const phrase = this.reader.forward(tokens, verbEnd, end);
      if (phrase && phrase.to === end && phrase.kind !== 'description') return { cue, phrase };
    }
    return undefined;
  }

  /**
   * "Desde la Asociación reclaman que no comprenden «…»", "Desde el Ministerio se propuso «…»": Spanish news opens a
   * sentence on "desde" and a body to report what the body says; that body speaks the sentence's quotes.
   */
  bodyOpening(tokens: Token[], at: number): Attribution | undefined {
    if (this.lexicon.lang !== 'es') return undefined;
    const sentence = (tokens[at] as Token).sentence;
    let start = at;
    while (start > 0 && at - start < MAX_SENTENCE_TOKENS && (tokens[start - 1] as Token).sentence === sentence) start--;
    if (tokens[start]?.lower !== 'desde') return undefined;
    let k = start + 1;
    while (k < at && k - start <= 2 && this.lexicon.determiners.includes(tokens[k]?.lower ?? '')) k++;
    const body = this.reader.forward(tokens, k, at);
    if (body?.kind !== 'name' || !ORGANISATION_WORDS.has((tokens[body.nameFrom ?? body.from] as Token).lower)) return undefined;
    return { phrase: body };
  }

  /** Whether the words between two quote parts are nothing but an attribution ("she said,"), not a clause of their own. */
  onlyAttribution(tokens: Token[], from: number, to: number): boolean {
    let cues = 0;
    for (let k = from; k < to; k++) {
      const t = tokens[k] as Token;
      if (t.kind === 'quote') return false;
      if (t.kind === 'word' && CLAUSE_OPENERS.has(t.lower)) return false;
      const cue = cueAt(this.cues, tokens, k);
      if (!cue) continue;
      if (cue.kind === 'participle') return false;
      if (cue.kind === 'verb' || cue.kind === 'preposition') cues++;
      k += cue.length - 1;
    }
    return cues === 1;
  }

  /**
   * A speech verb in the sentences just before the quote, in its paragraph, with no quote of its own:
   * "But Fischer said that UPS can't dodge responsibility. “If they didn't want …”".
   */
  previousSentence(tokens: Token[], first: number): Attribution | undefined {
    const sentence = (tokens[first] as Token).sentence;
    // The last speech verb, unless the sentence quotes too: then its speaker goes on, named by the verb
    // right after that quote ("“…,” Trump assured Jones, after Jones assured Trump that … “…”").
    let last: Cue | undefined;
    let afterQuote: Cue | undefined;
    let quoted = false;
    for (let k = first - 1; k >= 0 && first - k < MAX_SENTENCE_TOKENS; k--) {
      const t = tokens[k] as Token;
      if (t.sentence < sentence - 1) break;
      if (t.kind === 'quote') {
        if (t.sentence !== sentence - 1 || !afterQuote) return undefined;
        quoted = true;
        break;
      }
      if (t.sentence === sentence) continue;
      const cue = cueAt(this.cues, tokens, k);
      if (cue?.kind !== 'verb') continue;
      last ??= cue;
      afterQuote = cue;
    }
    const main = quoted ? afterQuote : last;
    if (!main) return undefined;
    const [lo, hi] = this.sentenceBounds(tokens, main.index, main.index);
    const found = this.fromCue(tokens, main, lo, hi, false);
    // A description only when it names a person's role ("O titular da Defesa respondeu. “…”"), not a document's.
    const role =
      found?.phrase?.kind === 'description' && tokens.slice(found.phrase.from, found.phrase.to).some((t) => TITLE_WORDS.has(t.lower));
    return found?.phrase && (found.phrase.kind !== 'description' || role) ? found : undefined;
  }

  /** The last speech verb of a paragraph, with its subject: "…, said Dr. Marwan Al-Hams." before a paragraph of quote. */
  lastCue(tokens: Token[]): Attribution | undefined {
    for (let k = tokens.length - 1; k >= 0 && tokens.length - k < MAX_SENTENCE_TOKENS; k--) {
      const cue = cueAt(this.cues, tokens, k);
      if (cue?.kind !== 'verb') continue;
      const [lo, hi] = this.sentenceBounds(tokens, k, k);
      const found = this.fromCue(tokens, cue, lo, hi, false);
      return found?.phrase ? found : undefined;
    }
    return undefined;
  }

  sentenceBounds(tokens: Token[], first: number, last: number): [number, number] {
    const startSentence = (tokens[first] as Token).sentence;
    const endSentence = (tokens[last] as Token).sentence;
    let lo = first;
    while (lo > 0 && first - lo < MAX_SENTENCE_TOKENS && (tokens[lo - 1] as Token).sentence === startSentence) lo--;
    let hi = last + 1;
    while (hi < tokens.length && hi - last < MAX_SENTENCE_TOKENS && (tokens[hi] as Token).sentence === endSentence) hi++;
    return [lo, hi];
  }

  /** "…,” Trump said" / "…,” said Trump" / "…” — Sonya Herridge" / "…», a-t-il ajouté". */
  private rightAfter(tokens: Token[], k: number, hi: number): Attribution | undefined {
    const quote = tokens[k - 1] as Token;
    const finished = quote.kind === 'quote' && /[.!?…]\s*["”“»«’'‘„]*$/u.test(quote.text) && tokens[k]?.kind === 'word';
    // “… steward.” (UPS said …): after a finished quote, a bracket opens a sentence of its own.
    if (quote.kind === 'quote' && /[.!?…]\s*["”“»«’'‘„]*$/u.test(quote.text) && tokens[k]?.text === '(') return undefined;
    let j = k;
    let dash = false;
    while (j < hi && j - k < 2 && tokens[j]?.kind === 'punct' && JOINERS.has((tokens[j] as Token).text)) {
      if (DASHES.has((tokens[j] as Token).text)) dash = true;
      j++;
    }
    if (j >= hi) return undefined;
    let c = j;
    for (let s = 0; s < 2 && c < hi && tokens[c]?.kind === 'word' && this.lexicon.skippable.includes((tokens[c] as Token).lower); s++) c++;
    const cue = cueAt(this.cues, tokens, c) ?? cueAt(this.cues, tokens, j) ?? this.quotativeBeforeName(tokens, j, hi);
    if (cue && cue.kind !== 'channel') {
      // After a finished sentence ("…?” Petro said.") only a short clause is the quote's attribution.
      if (finished && !this.shortClause(tokens, cue.index + cue.length, hi)) return undefined;
      return this.fromCue(tokens, cue, j - 1, hi, true);
    }
    const phrase = this.reader.forward(tokens, j, hi);
    if (!phrase) return undefined;
    let v = phrase.to;
    if (phrase.kind === 'name' && tokens[v]?.text === ',' && this.lexicon.determiners.includes(tokens[v + 1]?.lower ?? '')) {
      // "Kurinji Selvaraj, a research analyst at the Council on Energy, Environment and Water think tank told":
      // a long appositive whose closing comma the writer left out; the verb ends it.
      for (let w = v + 2; w < hi && w - v <= MAX_LONG_APPOSITIVE_TOKENS; w++) {
        const t = tokens[w] as Token;
        if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== ',' && t.text !== '-')) break;
        const cue = cueAt(this.cues, tokens, w);
        if (cue?.kind === 'verb' && tokens[w - 1]?.kind === 'word') {
          v = w;
          break;
        }
      }
    }
    // Skip an appositive ("Trump, the president, said") and auxiliaries ("has said").
    if (phrase.appositive && tokens[v]?.text === ',') {
      while (v < hi && tokens[v]?.kind !== 'word') v++;
      while (v < hi && tokens[v]?.kind === 'word' && !cueAt(this.cues, tokens, v)) v++;
      if (tokens[v]?.text === ',') v++;
    }
    if (tokens[v]?.text === '(') {
      // "Rep. Jim McDermott (D-Wash.) said"
      let close = v + 1;
      while (close < hi && close - v <= MAX_ASIDE_TOKENS && tokens[close]?.text !== ')') close++;
      if (tokens[close]?.text === ')') v = close + 1;
    }
    if (tokens[v]?.text === ',' && !cueAt(this.cues, tokens, v + 1)) {
      // A short aside after the name: "Mitch McConnell, R-Ky., said".
      let w = v + 1;
      while (w < hi && w - v <= MAX_ASIDE_TOKENS && tokens[w]?.text !== ',' && tokens[w]?.kind !== 'quote') w++;
      if (tokens[w]?.text === ',' && cueAt(this.cues, tokens, w + 1)) v = w + 1;
    }
    if (phrase.kind === 'description') v = this.afterSharedRole(tokens, v, hi);
    if (tokens[v]?.text === ',' && !cueAt(this.cues, tokens, v + 1)) v = this.afterAppositives(tokens, v, hi);
    if (tokens[v]?.text === ',' && cueAt(this.cues, tokens, v + 1)) v++;
    for (let s = 0; s < 3 && v < hi && tokens[v]?.kind === 'word' && this.lexicon.skippable.includes((tokens[v] as Token).lower); s++) v++;
    const verb = cueAt(this.cues, tokens, v) ?? (phrase.kind !== 'description' ? this.quotativeAlone(tokens, v, hi) : undefined);
    if (verb && verb.kind !== 'channel') {
      if (finished && !this.shortClause(tokens, verb.index + verb.length, hi)) return undefined;
      return { cue: verb, phrase };
    }
    // A name alone after a dash is a byline: "…” — Sonya Herridge".
    if (dash && phrase.kind === 'name' && (phrase.to >= hi || tokens[phrase.to]?.kind === 'punct')) {
      return { cue: { kind: 'verb', index: j - 1, length: 1, text: (tokens[j - 1] as Token).text }, phrase };
    }
    return undefined;
  }

  /**
   * "the Florida senator and Republican presidential candidate said": a second role joined with no
   * determiner of its own is the same person's; returns the verb after it, or `v` when none follows.
   */
  private afterSharedRole(tokens: Token[], v: number, hi: number): number {
    if (!AND_WORDS.has(tokens[v]?.lower ?? '') || this.lexicon.determiners.includes(tokens[v + 1]?.lower ?? '')) return v;
    for (let w = v + 1; w < hi && w - v <= MAX_SHARED_ROLE_TOKENS; w++) {
      const t = tokens[w] as Token;
      if (t.kind !== 'word') return v;
      if (w > v + 1 && cueAt(this.cues, tokens, w)?.kind === 'verb') return w;
    }
    return v;
  }

  /**
   * "“…,” Hannity started.": right after a quote, a name and a past form that ends the clause report
   * the quote, whatever the verb (English; other languages' verbs are in their lexicons).
   */
  private quotativeAlone(tokens: Token[], v: number, hi: number): Cue | undefined {
    const t = tokens[v];
    if (this.lexicon.lang !== 'en' || t?.kind !== 'word' || !QUOTATIVE_PAST.test(t.text)) return undefined;
    // "They included:" opens a list, not a report.
    if (v + 1 < hi && !CLAUSE_ENDS.has(tokens[v + 1]?.text ?? '')) return undefined;
    return { kind: 'verb', index: v, length: 1, text: t.text };
  }

  /** "“This is fantastic!” beamed Donald Hartley of Madison,": the same verb inverted before a name that ends the clause. */
  private quotativeBeforeName(tokens: Token[], j: number, hi: number): Cue | undefined {
    const t = tokens[j];
    if (this.lexicon.lang !== 'en' || t?.kind !== 'word' || !QUOTATIVE_PAST.test(t.text) || !this.reader.isNameWord(tokens[j + 1]))
      return undefined;
    const name = this.reader.forward(tokens, j + 1, hi);
    if (name?.kind !== 'name' || (name.to < hi && tokens[name.to]?.kind !== 'punct')) return undefined;
    return { kind: 'verb', index: j, length: 1, text: t.text };
  }

  /**
   * "Cecelia Purner, 67, a retired customer service representative in Allentown, Pa., said": an
   * appositive of several commas after the name; the speech verb after its last comma ends it.
   * Returns that comma, or `comma` when no verb closes the appositive.
   */
  private afterAppositives(tokens: Token[], comma: number, hi: number): number {
    for (let w = comma + 1; w < hi && w - comma <= MAX_APPOSITIVE_CHAIN_TOKENS; w++) {
      const t = tokens[w] as Token;
      if (t.kind === 'quote' || (t.kind === 'punct' && APPOSITIVE_STOPS.has(t.text))) return comma;
      if (t.text !== ',') continue;
      const cue = cueAt(this.cues, tokens, w + 1);
      if (cue?.kind === 'verb') return w;
    }
    return comma;
  }

  /** The nearest cue before the quote, in its sentence: "Petro said: “…”", "según Moreno, «…»". */
  private nearestBefore(tokens: Token[], first: number, lo: number): Attribution | undefined {
    // "Okafor said that according to its survey, the plan has failed, but “…”": a document cited inside a clause
    // someone reports is that person's source; the verb's subject speaks. Alone, the document is the source.
    let cited: Attribution | undefined;
    for (let k = first - 1; k >= lo; k--) {
      const cue = cueAt(this.cues, tokens, k);
      if (!cue || cue.kind === 'channel') continue;
      if (cue.kind === 'preposition' && WEAK_PREPOSITIONS.has(cue.text.toLowerCase())) continue;
      if (cited && cue.kind !== 'verb') continue;
      const found = this.fromCue(tokens, cue, lo, first, false);
      if (!found) continue;
      if (cited) return found.phrase ? found : cited;
      // (A document or a recording cited, "according to its audit", yields to the verb's own subject.)
      if (cue.kind === 'preposition' && found.phrase?.kind === 'description' && describesThing(tokens, found.phrase, this.lexicon))
        cited = found;
      else return found;
    }
    return cited;
  }

  /** A cue further on in the sentence: "“…” is what the minister told reporters." */
  private laterInSentence(tokens: Token[], k: number, hi: number): Attribution | undefined {
    for (let j = k, joined = true; j < hi; j++) {
      const t = tokens[j] as Token;
      // "“A” and “B,” Dean said": quoted phrases joined by a conjunction share the attribution after the last.
      if (t.kind === 'quote') {
        if (!joined) return undefined;
        continue;
      }
      joined &&= t.text === ',' || (t.kind === 'word' && COORDINATORS.has(t.lower));
      const cue = cueAt(this.cues, tokens, j);
      if (!cue || cue.kind === 'channel') continue;
      // "Der Iran müsse „…“ beenden, so Rice.": a German source set off at the sentence's end attributes it all.
      if (cue.kind === 'preposition' && !(this.lexicon.lang === 'de' && isCommaSo(tokens, j))) continue;
      const found = this.fromCue(tokens, cue, k, hi, false);
      if (found?.phrase) return found;
    }
    return undefined;
  }

  /**
   * "Les comptes se sont « dégradés » en 2022, selon la Fédération": Romance news puts the source of a sentence whose subject
   * is a thing in a source preposition set off by a comma at its end; it names the sentence's quotes' speaker. Not when
   * the sentence has a person or a pronoun for subject ("Ruiz calificó de «…» la ley, según El País": Ruiz spoke, the
   * paper reports it).
   */
  private closingSourceAttribution(tokens: Token[], first: number, k: number, hi: number): Attribution | undefined {
    if (!ROMANCE_LANGS.has(this.lexicon.lang)) return undefined;
    for (let j = k; j < hi; j++) {
      const cue = cueAt(this.cues, tokens, j);
      if (cue?.kind !== 'preposition' || !this.closingSource(tokens, cue, first, hi)) continue;
      return this.fromCue(tokens, cue, k, hi, false);
    }
    return undefined;
  }

  /** Whether `cue` is such a closing source: set off, naming someone, in a sentence with no person for subject. */
  private closingSource(tokens: Token[], cue: Cue, first: number, hi: number): boolean {
    if (WEAK_PREPOSITIONS.has(cue.text.toLowerCase())) return false;
    if (!SOURCE_SETTERS.has(tokens[cue.index - 1]?.text ?? '')) return false;
    const source = this.sourcePhrase(tokens, cue.index + cue.length, hi);
    if (!source || source.kind === 'pronoun' || (source.kind === 'description' && !this.namesSomeone(tokens, source))) return false;
    const subject = this.sentenceSubject(tokens, first);
    return subject?.kind !== 'name' && subject?.kind !== 'pronoun';
  }

  /**
   * "según asegura Campo": a speech verb after the source preposition comes right before its subject; returns where
   * the subject starts, or -1 when an adverbial stands there ("según valoró hacia el final el …"), read as no one.
   */
  private afterSourceVerb(tokens: Token[], k: number): number {
    const cue = cueAt(this.cues, tokens, k);
    if (cue?.kind !== 'verb') return k;
    const next = tokens[k + cue.length];
    const subjectLike = next && (this.reader.isNameWord(next) || this.lexicon.determiners.includes(next.lower));
    return subjectLike ? k + cue.length : -1;
  }

  /** The phrase a source preposition introduces, past a speech verb after it in the Romance languages. */
  private sourcePhrase(tokens: Token[], after: number, hi: number): NounPhrase | undefined {
    const start = ROMANCE_LANGS.has(this.lexicon.lang) ? this.afterSourceVerb(tokens, after) : after;
    return start < 0 ? undefined : this.reader.forward(tokens, start, hi);
  }

  /** The speaker of a cue: its subject before it, or after it when inverted or a preposition. */
  private fromCue(tokens: Token[], cue: Cue, lo: number, hi: number, inverted: boolean): Attribution | undefined {
    const after = cue.index + cue.length;
    if (cue.kind === 'preposition') {
      const phrase = this.sourcePhrase(tokens, after, hi);
      // "para la búsqueda de la paz" is no source: a weak preposition needs a name after it.
      // German ", so der Sprecher" after a quote or a reported clause is an attribution, described or named.
      const commaSo = this.lexicon.lang === 'de' && isCommaSo(tokens, cue.index) && phrase?.kind !== 'pronoun';
      if (phrase && phrase.kind !== 'name' && !commaSo && WEAK_PREPOSITIONS.has(cue.text.toLowerCase())) return undefined;
      // "Er lasse sich „…“ nicht unterstellen, so der Spitzenkandidat": a definite description renames the sentence's
      // own subject, whose name the article gives.
      // (Not an indefinite one: ", so ein Sprecher" brings in someone new.)
      const opener = tokens[phrase?.from ?? -1]?.lower ?? '';
      if (commaSo && phrase && this.lexicon.determiners.includes(opener) && !this.lexicon.indefinites.includes(opener)) {
        const subject = this.sentenceSubject(tokens, cue.index);
        if ((subject?.kind === 'pronoun' || subject?.kind === 'name') && subject.to <= cue.index) return { cue, phrase: subject };
      }
      return phrase ? { cue, phrase } : undefined;
    }
    // "Ein Sender zitierte Papandreou mit den Worten: „…“": the one cited speaks, not the medium; a source cited
    // with no name of a person ("zitiert aus der Zeitung") names no speaker.
    if (this.lexicon.lang === 'de' && cue.kind === 'verb' && isCitingVerb(tokens, cue.index, cue.text, lo)) {
      const start = citedObjectStart(tokens, after, this.lexicon.determiners);
      const first = start >= 0 ? this.reader.forward(tokens, start, hi) : undefined;
      // "„…“, zitiert Welt-Online den Minister": after the verb in second place stand its subject (the medium),
      // then its object (the one quoted).
      const next = first ? tokens[first.to] : undefined;
      const opensPhrase = next?.kind === 'word' && (this.lexicon.determiners.includes(next.lower) || this.reader.isNameWord(next));
      const second = first && opensPhrase ? this.reader.forward(tokens, first.to, hi) : undefined;
      const object = second ?? first;
      return object ? { cue, phrase: object } : { cue };
    }
    // "Uwe Muster, der am Montag sagte: „…“": a German relative clause ending on its verb of saying.
    const relative =
      this.lexicon.lang === 'de' && cue.kind === 'verb'
        ? relativeClauseSpeaker(tokens, cue.index, lo, (t) => this.reader.isNameWord(t))
        : undefined;
    if (relative) {
      const phrase =
        'antecedent' in relative
          ? this.reader.backward(tokens, relative.antecedent, lo)
          : this.germanSubject(tokens, relative.subject, cue.index);
      if (!phrase || phrase.kind === 'pronoun') return { cue };
      // The relative pronoun is the words at the quote; its antecedent names who it is.
      return 'antecedent' in relative ? { cue, phrase, relative: { from: relative.pronoun, to: relative.pronoun + 1 } } : { cue, phrase };
    }
    // "Wie ein Sprecher mitteilte, …": a German verb-final clause has its subject right after its subordinator.
    const subordinator = this.lexicon.lang === 'de' && cue.kind === 'verb' ? verbFinalSubordinator(tokens, cue.index, lo) : -1;
    if (subordinator >= 0) {
      const subject = this.germanSubject(tokens, subordinator + 1, cue.index);
      return subject ? { cue, phrase: subject } : undefined;
    }
    // "Schily hatte im Mai zugesichert: „…“": a German verb of saying closing a bracket has its subject by the auxiliary.
    // The bracket may open before the quote it holds ("wurde im „Kurier“ als „…“ bezeichnet"): read back to the sentence's start.
    const auxiliary =
      this.lexicon.lang === 'de' && cue.kind === 'verb'
        ? bracketAuxiliary(tokens, cue.index, this.sentenceBounds(tokens, cue.index, cue.index)[0])
        : -1;
    const agent = auxiliary >= 0 ? passiveAgentStart(tokens, auxiliary, cue.index) : -1;
    if (agent >= 0) {
      // A passive's subject is what was spoken of: only its agent ("von Kritikern") may be the speaker.
      const phrase = agent < cue.index ? this.reader.forward(tokens, agent, cue.index) : undefined;
      return phrase && phrase.kind !== 'pronoun' ? { cue, phrase } : { cue };
    }
    if (auxiliary >= 0) {
      const text = `${(tokens[auxiliary] as Token).text} ${cue.text}`;
      return this.fromCue(tokens, { kind: 'verb', index: auxiliary, length: 1, text }, lo, hi, inverted);
    }
    const withChannel = this.extendWithChannel(tokens, cue);
    if (cue.kind === 'participle') {
      // "a letter from Trump reading …" names the subject right before; ", saying …" the sentence's subject.
      const before = tokens[cue.index - 1];
      // "by saying", "upon saying": a gerund after a preposition has the sentence's subject.
      if (before?.kind === 'word' && !GERUND_PREPOSITIONS.has(before.lower)) {
        const phrase = this.reader.backward(tokens, cue.index - 1, lo);
        // "posted a message on Twitter reading", "on their way into the polls saying": the object of a
        // place preposition is where, not who; the participle's subject is the clause's.
        const placed = phrase && PLACE_PREPOSITIONS.has(tokens[phrase.from - 1]?.lower ?? '');
        if (phrase && !placed) {
          // "Her campaign blasted out an email to supporters stating": a described object (the email) is
          // the subject's own words; the sentence's subject says them.
          const subject = phrase.kind === 'description' ? this.sentenceSubject(tokens, cue.index) : undefined;
          return { cue: withChannel, phrase: subject && subject.to <= phrase.from ? subject : phrase };
        }
      }
      // "he declined, saying …": the subject of the verb just before the comma.
      const verbBefore = tokens[cue.index - 2];
      const subjectBefore = tokens[cue.index - 3];
      // "he declined, saying" / "Fiorina said, adding"
      if (
        tokens[cue.index - 1]?.text === ',' &&
        verbBefore?.kind === 'word' &&
        /^\p{Ll}/u.test(verbBefore.text) &&
        this.reader.isNameWord(subjectBefore)
      ) {
        const phrase = this.reader.backward(tokens, cue.index - 3, lo);
        // "Trump told a North Carolina rally, saying": a name after a word ("a") is an object, not the subject.
        const opensClause = phrase && (phrase.from <= lo || tokens[phrase.from - 1]?.kind !== 'word');
        if (phrase?.kind === 'name' && opensClause) return { cue: withChannel, phrase };
      }
      if (
        tokens[cue.index - 1]?.text === ',' &&
        verbBefore?.kind === 'word' &&
        /^\p{Ll}/u.test(verbBefore.text) &&
        this.reader.isPronoun(subjectBefore)
      ) {
        return { cue: withChannel, phrase: { kind: 'pronoun', from: cue.index - 3, to: cue.index - 2 } };
      }
      // "Hollande said Tuesday in Paris, noting …": a participle set off after a speech clause shares its speaker.
      if (tokens[cue.index - 1]?.text === ',') {
        const main = this.speechVerbBefore(tokens, cue.index - 1, lo);
        const found = main ? this.fromCue(tokens, main, lo, cue.index - 1, false) : undefined;
        // Only its subject before it, or after it inverted ("“…,” said Hollande, adding"): not its object.
        const before = found?.phrase && found.phrase.from < (main as Cue).index;
        const inverted = found?.phrase && tokens[(main as Cue).index - 1]?.kind === 'quote';
        // ("even a senior union organiser said Reyes will have to pick a side, saying": a described subject too, when it is
        // someone, an unnamed source or a body, not the sentence's first phrase.)
        const someone = found?.phrase?.kind !== 'description' || (before && this.namesSomeone(tokens, found.phrase));
        if (found?.phrase && someone && (before || inverted)) return { cue: withChannel, phrase: found.phrase };
      }
      const subject = this.sentenceSubject(tokens, cue.index);
      return subject ? { cue: withChannel, phrase: subject } : { cue: withChannel, zero: true };
    }
    // "Rubio was asked by moderator Gerard Baker whether …": in the passive, the agent after "by" speaks.
    if (
      LISTENER_VERBS.has(cue.text.toLowerCase()) &&
      PASSIVE_AUXILIARIES.has(tokens[cue.index - 1]?.lower ?? '') &&
      tokens[after]?.lower === 'by'
    ) {
      const agent = this.reader.forward(tokens, after + 1, hi);
      if (agent && agent.kind !== 'pronoun') return { cue: withChannel, phrase: agent };
    }
    // "councillor Margaret Clarke, who said …": a relative pronoun's speaker is the name before its comma.
    if (RELATIVE_PRONOUNS.has(tokens[cue.index - 1]?.lower ?? '') && tokens[cue.index - 2]?.text === ',' && cue.index - 3 >= lo) {
      const named = this.reader.backward(tokens, cue.index - 3, lo);
      if (named && named.kind !== 'pronoun') return { cue: withChannel, phrase: named };
    }
    // "told Fox News", "asked reporters": after these verbs comes the listener, never the speaker.
    // ("“…?” asked Sen. Mikulski": inverted after a quote, the speaker follows even these.)
    // "said that Trump “melted down”": after a complementizer comes the reported clause's subject.
    const reported = COMPLEMENTIZERS.has(tokens[after]?.lower ?? '');
    const forward =
      (LISTENER_VERBS.has(cue.text.toLowerCase()) || TARGET_VERBS.has(cue.text.toLowerCase()) || reported) && !inverted
        ? undefined
        : (this.reader.forward(tokens, after, hi) ?? (inverted ? this.nameAfterAdverb(tokens, after, hi) : undefined));
    if (inverted && forward) return { cue: withChannel, phrase: forward };
    const postposed = forward ? undefined : this.postposedSubject(tokens, cue, hi);
    if (postposed) return { cue: withChannel, phrase: postposed };
    if (cue.index - 1 >= lo && tokens[cue.index - 1]?.kind !== 'quote') {
      // German puts the verb second: after a fronted adverbial ("In einem Interview äußerte sich die
      // Ministerin …", "Dazu gab das Amt bekannt") the subject follows the verb (and a reflexive "sich").
      // A subordinate clause may fill that place too ("Da …, warnte der Verband").
      if (
        this.lexicon.lang === 'de' &&
        (frontedAdverbial(tokens, cue.index, lo) || frontedClause(tokens, cue.index, lo) || this.frontedObject(tokens, cue.index, lo))
      ) {
        const start = tokens[after]?.lower === 'sich' ? after + 1 : after;
        const subject = this.germanSubject(tokens, start, hi);
        // (After a fronted object, only a person's or a body's phrase: "… begründete seine Entscheidung" is no subject.)
        const personal =
          subject?.kind !== 'description' ||
          !this.frontedObject(tokens, cue.index, lo) ||
          tokens.slice(subject.from, subject.to).some(germanPersonHead);
        if (subject && personal) return { cue: withChannel, phrase: subject };
      }
      const backward = this.reader.backward(tokens, cue.index - 1, lo);
      if (backward) return { cue: withChannel, phrase: backward };
    }
    // "said it was too early", "said the senator can …": a phrase running on into a clause is that
    // clause's subject; only one closed by punctuation or the quote is the speaker ("said Sen. Reed: “…”").
    const closed = forward && tokens[forward.to]?.kind === 'punct';
    // "… und nannte den Plan „…“": after a German verb of naming, the phrase before the quote is what is named.
    // "… erklärte Anfang März: „…“": a time adverbial after the verb is when, not who.
    const named =
      forward &&
      this.lexicon.lang === 'de' &&
      ((!inverted && isNamedObject(tokens, cue.index, forward.to)) || opensTimeAdverbial(tokens, forward.from));
    if (forward && !named && (inverted || closed || (forward.kind !== 'description' && !this.opensClause(tokens, forward.to, hi))))
      return { cue: withChannel, phrase: forward };
    // "El ministro propone … y recalcó que …": a verb without its own subject shares the sentence's.
    const subject = inverted ? undefined : this.sentenceSubject(tokens, cue.index);
    if (subject) return { cue: withChannel, phrase: subject };
    // "El consejero ha lanzado … . «…», ha insistido.": the subject of the sentence before.
    const earlier = inverted ? undefined : this.previousSubject(tokens, cue.index);
    if (earlier) return { cue: withChannel, phrase: earlier };
    if (PRO_DROP.has(this.lexicon.lang) || inverted) return { cue: withChannel, zero: true };
    return undefined;
  }

  /**
   * A German subject from `k`: "der Vorsitzende des Verbandes, Gernot Hasselbach,", "Wie der Vorsitzende Richter,
   * Otto Breit, ausführte": German names a described person after the role and its complement, between commas;
   * that name is the speaker's.
   */
  private germanSubject(tokens: Token[], k: number, hi: number): NounPhrase | undefined {
    const phrase = this.reader.forward(tokens, k, hi);
    if (!phrase || phrase.kind === 'pronoun') return phrase;
    // ("die Dresdner Sprecherin des Verbändebündnisses": capitals all through, yet a description.)
    const described =
      phrase.kind === 'name' &&
      isGermanDescription(
        tokens
          .slice(phrase.from, phrase.to)
          .filter((t) => t.kind === 'word')
          .map((t) => t.text),
        isFirstName,
      );
    const roleEnd = phrase.kind === 'name' && !described ? (phrase.nameFrom ?? phrase.from) : phrase.to;
    // The phrase describes a role, and any name in it is a complement's ("die Sprecherin der Grünen").
    const role = tokens.slice(phrase.from, roleEnd).some((t) => isTitleWord(t.text) || isGermanRoleWord(t.text));
    if (!role || (phrase.kind === 'name' && !described && !/^\p{Ll}/u.test(tokens[roleEnd - 1]?.text ?? ''))) return phrase;
    let comma = phrase.to;
    while (comma < hi && comma - phrase.to < MAX_ASIDE_TOKENS && tokens[comma]?.kind === 'word') comma++;
    if (tokens[comma]?.text !== ',') return phrase;
    const name = this.reader.forward(tokens, comma + 1, hi);
    if (name?.kind !== 'name' || (name.nameFrom ?? name.from) !== name.from || tokens[name.to]?.text !== ',') return phrase;
    return { kind: 'name', from: phrase.from, to: name.to, nameFrom: name.from };
  }

  /** Whether the words from `k` read as a clause of their own: a verb (a skippable auxiliary, or a cue) or a clause opener next. */
  private opensClause(tokens: Token[], k: number, hi: number): boolean {
    const next = tokens[k];
    if (k >= hi || next?.kind !== 'word') return false;
    return this.lexicon.skippable.includes(next.lower) || CLAUSE_VERBS.has(next.lower) || QUOTATIVE_PAST.test(next.text);
  }

  /** The nearest speech verb (not a participle) before token `k` in its clause run, back to `lo`. */
  private speechVerbBefore(tokens: Token[], k: number, lo: number): Cue | undefined {
    for (let j = k - 1; j >= lo && k - j < MAX_SENTENCE_TOKENS; j--) {
      const cue = cueAt(this.cues, tokens, j);
      if (cue?.kind === 'verb') return cue;
    }
    return undefined;
  }

  /**
   * "La part des établissements « repart à la hausse » (41,5 % en 2019), note aussi la Fédération.": a Romance speech verb
   * set off by a comma at its clause's end has its subject after it (past a short adverb), as in a speech tag; the
   * sentence's first phrase is what was said about.
   */
  private postposedSubject(tokens: Token[], cue: Cue, hi: number): NounPhrase | undefined {
    if (!ROMANCE_LANGS.has(this.lexicon.lang)) return undefined;
    // ", a déclaré jeudi le ministre": an auxiliary may open the tag.
    let comma = cue.index - 1;
    while (comma > cue.index - 1 - MAX_TAG_AUXILIARIES && this.lexicon.skippable.includes(tokens[comma]?.lower ?? '')) comma--;
    if (tokens[comma]?.text !== ',') return undefined;
    const phrase = this.nameAfterAdverb(tokens, cue.index + cue.length, hi) ?? this.describedAfterAdverb(tokens, cue.index + cue.length, hi);
    if (!phrase) return undefined;
    const next = tokens[phrase.to];
    return phrase.to >= hi || (next?.kind === 'punct' && CLAUSE_ENDS.has(next.text)) ? phrase : undefined;
  }

  /** ", a déclaré jeudi le ministre des Affaires étrangères": a described person or body after a short adverb, opening on its determiner. */
  private describedAfterAdverb(tokens: Token[], k: number, hi: number): NounPhrase | undefined {
    for (let j = k; j < hi && j - k < MAX_INVERTED_ADVERB_TOKENS; j++) {
      const t = tokens[j] as Token;
      if (t.kind !== 'word' || CLAUSE_OPENERS.has(t.lower)) return undefined;
      if (!this.lexicon.determiners.includes(t.lower)) continue;
      const phrase = this.reader.forward(tokens, j, hi);
      // (A role's or a body's noun, not only a capital: ", a décrit la situation en Ukraine" says what, not who.)
      const described = phrase?.kind === 'description' && tokens.slice(phrase.from, phrase.to).some((w) => PERSON_OR_BODY.has(w.lower));
      return described ? phrase : undefined;
    }
    return undefined;
  }

  /** "opina en cambio Sergi González", "said, however, Smith": an inverted subject after a short adverbial. */
  private nameAfterAdverb(tokens: Token[], k: number, hi: number): NounPhrase | undefined {
    for (let j = k; j < hi && j - k < MAX_INVERTED_ADVERB_TOKENS; j++) {
      const t = tokens[j] as Token;
      if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== ',') || CLAUSE_OPENERS.has(t.lower)) return undefined;
      if (!this.reader.isNameWord(t)) continue;
      const phrase = this.reader.forward(tokens, j, hi);
      return phrase?.kind === 'name' ? phrase : undefined;
    }
    return undefined;
  }

  /** The subject of the sentence before the one holding token `at`, in its paragraph, when it names someone. */
  private previousSubject(tokens: Token[], at: number): NounPhrase | undefined {
    const sentence = (tokens[at] as Token).sentence;
    let k = at;
    while (k > 0 && at - k < MAX_SENTENCE_TOKENS && (tokens[k] as Token).sentence === sentence) k--;
    if ((tokens[k] as Token).sentence === sentence || tokens[k]?.kind === 'quote') return undefined;
    const subject = this.sentenceSubject(tokens, k);
    if (!subject) return undefined;
    if (subject.kind === 'description' && !tokens.slice(subject.from, subject.to).some((t) => TITLE_WORDS.has(t.lower))) return undefined;
    return subject;
  }

  /** Whether the clause from `k` ends within a few words ("Petro said in the publication."). */
  private shortClause(tokens: Token[], k: number, hi: number): boolean {
    let words = 0;
    for (let j = k; j < hi; j++) {
      const t = tokens[j] as Token;
      // "“…?” Mills then writes back, “You look cute.”": a clause leading into the next quote is that quote's.
      if (t.kind !== 'word') return !((t.text === ',' || t.text === ':') && tokens[j + 1]?.kind === 'quote');
      if (++words > MAX_SHORT_CLAUSE_WORDS) return false;
    }
    return true;
  }

  /** "„…“. Das erklärte der General.": in German, a demonstrative and a verb of saying opening the next sentence attribute this one. */
  attributedByDemonstrative(tokens: Token[], last: number): boolean {
    return this.lexicon.lang === 'de' && demonstrativeAttribution(tokens, last, (k) => cueAt(this.cues, tokens, k)?.kind === 'verb');
  }

  /** The next sentence, when it only attributes: "“…”. Con esas palabras ha descrito Moreno …". */
  nextSentence(tokens: Token[], last: number): Attribution | undefined {
    const sentence = (tokens[last] as Token).sentence;
    let k = last + 1;
    while (k < tokens.length && k - last < MAX_SENTENCE_TOKENS && (tokens[k] as Token).sentence === sentence) {
      if (tokens[k]?.kind === 'quote') return undefined;
      k++;
    }
    // A bracketed sentence is an aside of the writer's, not the quote's attribution.
    if (tokens[k]?.text === '(') return undefined;
    const end = Math.min(tokens.length, k + NEXT_SENTENCE_REACH);
    for (let j = k; j < end; j++) {
      const t = tokens[j] as Token;
      if (t.sentence !== sentence + 1 || t.kind === 'quote') return undefined;
      const cue = cueAt(this.cues, tokens, j);
      if (cue?.kind !== 'verb') continue;
      // "„…“ Im September hatte Muster angekündigt, den Einsatz fortzusetzen.": a German verb of saying with a clause
      // of its own after a comma reports that clause, not the quote before.
      // (A pronoun there goes on with the speaker: "„…“. Er appellierte an alle, nicht darauf zu bestehen.")
      const found = this.fromCue(tokens, cue, k, Math.min(tokens.length, j + NEXT_SENTENCE_REACH), false);
      if (this.lexicon.lang === 'de' && found?.phrase?.kind === 'name' && ownsComplementClause(tokens, j + cue.length, sentence + 1))
        return undefined;
      return found?.phrase && found.phrase.kind !== 'description' ? found : undefined;
    }
    return undefined;
  }

  /** "said in a statement": the channel belongs to the cue. */
  private extendWithChannel(tokens: Token[], cue: Cue): Cue {
    const next = cueAt(this.cues, tokens, cue.index + cue.length);
    if (next?.kind !== 'channel') return cue;
    return { ...cue, length: cue.length + next.length, text: `${cue.text} ${next.text}` };
  }

  private namesSomeone(tokens: Token[], phrase: NounPhrase): boolean {
    return tokens.slice(phrase.from, phrase.to).some((t) => {
      const word = t.lower;
      return (
        TITLE_WORDS.has(word) ||
        UNNAMED_HEADS.has(word) ||
        SPOKESPERSON_HEADS.has(word) ||
        ORGANISATION_WORDS.has(word) ||
        /^\p{Lu}/u.test(t.text)
      );
    });
  }

  private commaWithin(tokens: Token[], from: number, before: number): number {
    for (let k = from; k < before && k - from < MAX_OPENER_TOKENS; k++) {
      const t = tokens[k] as Token;
      // "From his call for a federal “deportation force,” Will described": a quoted term may end the opener on its comma.
      if (t.kind === 'quote') {
        if (QUOTE_ENDING_ON_COMMA.test(t.text) && k + 1 < before) return k;
        continue;
      }
      if (t.text === ',') return k;
    }
    return -1;
  }

  /**
   * "Amit Mehrotra, an analyst for Deutsche Bank, expressed": after the comma, a description and a
   * comma then a lower-case verb — a subject with its appositive, not a follow-on opener like "Ames, Iowa,".
   */
  private appositiveThenVerb(tokens: Token[], comma: number, before: number): boolean {
    if (!this.lexicon.determiners.includes(tokens[comma + 1]?.lower ?? '')) return false;
    const next = this.commaWithin(tokens, comma + 1, before);
    const verb = tokens[next + 1];
    return next >= 0 && verb?.kind === 'word' && /^\p{Ll}/u.test(verb.text) && !this.lexicon.determiners.includes(verb.lower);
  }

  /**
   * A credit line: a paragraph that is nothing but a dash and a name ("- Bernie Sanders."), set under
   * a quote as in a fact-check or an epigraph, names that quote's speaker.
   */
  creditLine(tokens: Token[]): Attribution | undefined {
    if (!DASHES.has(tokens[0]?.text ?? '')) return undefined;
    const phrase = this.reader.forward(tokens, 1, tokens.length);
    if (phrase?.kind !== 'name') return undefined;
    for (let k = phrase.to; k < tokens.length; k++) if ((tokens[k] as Token).text !== '.') return undefined;
    return { phrase, format: true };
  }

  /** The first phrase of the sentence, after an opener like "However," or "On Monday,". */
  sentenceSubject(tokens: Token[], before: number, anyDescription = false): NounPhrase | undefined {
    const sentence = (tokens[before] as Token).sentence;
    let start = before;
    while (start > 0 && before - start < MAX_SENTENCE_TOKENS && (tokens[start - 1] as Token).sentence === sentence) start--;
    // "That plan stirred an argument; one councillor called Lind “…”", "… sounded equivocal: Harman called it
    // “…”": a semicolon or a colon (not the quote's own lead-in) opens a clause, when it names its own subject
    // ("… a la población: las órdenes “no son …”" only spells out the message).
    for (let k = before - 2; k > start; k--) {
      if (tokens[k]?.text !== ';' && tokens[k]?.text !== ':') continue;
      const own = this.subjectFrom(tokens, k + 1, before, anyDescription);
      if (own?.kind === 'name' || own?.kind === 'pronoun') return own;
      // ("; one councillor called Lind “…”": an unnamed person or a role is that clause's own subject too.)
      if (own?.kind === 'description' && tokens[k]?.text === ';' && this.namesSomeone(tokens, own)) return own;
      break;
    }
    return this.subjectFrom(tokens, start, before, anyDescription);
  }

  /** Whether the German verb at `verb` is the finite verb after an object or an adverbial phrase opening its sentence. */
  private frontedObject(tokens: Token[], verb: number, lo: number): boolean {
    const [start] = this.sentenceBounds(tokens, verb, verb);
    const from = Math.max(start, lo);
    if (tokens[from - 1] && (tokens[from - 1] as Token).sentence === (tokens[verb] as Token).sentence) return false;
    const at = afterFrontedConstituent(tokens, from, verb + 1, germanPersonHead);
    return at === verb + 1 || (at === verb + 2 && tokens[verb + 1]?.lower === 'sich');
  }

  /**
   * "Jegliche Mitverantwortung weist Hartmann von sich: „…“": in German, a subject after the finite verb when an adverbial
   * or an object stands before it; only a name, a pronoun or a person's or body's description.
   */
  private germanInvertedSubject(tokens: Token[], start: number, before: number): NounPhrase | undefined {
    let at = afterFrontedConstituent(tokens, start, before, germanPersonHead);
    if (at < 0) return undefined;
    // "sparte der Präsident auch nicht", "warb jedoch Obama": a short adverb may stand before the subject.
    if (FRONTING_ADVERB_WORDS.has(tokens[at]?.lower ?? '')) at++;
    const phrase = this.germanSubject(tokens, at, before);
    if (phrase?.kind !== 'description') return phrase;
    return tokens.slice(phrase.from, phrase.to).some(germanPersonHead) ? phrase : undefined;
  }

  /** The first phrase from `start`, after openers, before token `before`. */
  private subjectFrom(tokens: Token[], from: number, before: number, anyDescription: boolean): NounPhrase | undefined {
    let start = afterHeading(tokens, from, before);
    if (this.lexicon.lang === 'de') {
      const inverted = this.germanInvertedSubject(tokens, start, before);
      if (inverted) return inverted;
    }
    // "(UPS said of the incident, “…”)": a bracketed sentence's subject follows its bracket.
    if (tokens[start]?.text === '(' && start + 1 < before) start++;
    // Skip openers ending in a comma: "However,", "At a campaign event in Ames, Iowa, on Sunday,".
    for (let skipped = 0; skipped < MAX_OPENERS; skipped++) {
      const comma = this.commaWithin(tokens, start, before);
      if (comma < 0) break;
      const opener = tokens[start] as Token;
      const length = comma - start;
      // An opener is short ("However,", "Early in his campaign,") or a subordinate clause ("When …,");
      // a segment opened by a name, a pronoun or a determiner is the sentence's own subject.
      const subjectLike =
        this.reader.isNameWord(opener) || this.reader.isPronoun(opener) || this.lexicon.determiners.includes(opener.lower);
      const isOpener =
        SUBORDINATORS.has(opener.lower) ||
        // "Speaking to supporters in South Carolina after the primary, Cruz said": a participle clause.
        (!subjectLike && PARTICIPLE_ENDINGS.test(opener.lower)) ||
        (this.lexicon.capitalisedStopwords.includes(opener.lower) && !subjectLike && !CONJUNCTIONS.has(opener.lower)) ||
        this.lexicon.skippable.includes(opener.lower) ||
        (!subjectLike && length <= MAX_SHORT_OPENER_TOKENS && !CONJUNCTIONS.has(opener.lower)) ||
        (skipped > 0 && length <= SHORT_OPENER_TOKENS && !(subjectLike && this.appositiveThenVerb(tokens, comma, before)));
      if (!isOpener) break;
      start = comma + 1;
    }
    for (let k = start; k < before && k - start < MAX_OPENER_TOKENS; k++) {
      const phrase = this.reader.forward(tokens, k, before);
      if (phrase && phrase.kind !== 'description') return phrase;
      // "el objetivo prioritario" is no speaker: a description must name a role, a source or a body.
      if (phrase) return anyDescription || this.namesSomeone(tokens, phrase) ? phrase : undefined;
      if (tokens[k]?.kind !== 'word') return undefined;
    }
    return undefined;
  }
}

/** A German noun heading a person's or a body's phrase: a title or role, a body's kind, a spokesperson. */
const germanPersonHead = (t: Token) =>
  isTitleWord(t.text) || isGermanRoleWord(t.text) || ORGANISATION_WORDS.has(t.lower) || SPOKESPERSON_HEADS.has(t.lower);

const isAllCaps = (token: Token) => /\p{Lu}/u.test(token.text) && token.text === token.text.toUpperCase();

/**
 * Past a dateline or run-in heading in capitals that ends in a dash ("PHILADELPHIA — The
 * committee said", "IOWA POLLS NOT WRONG - Mark Blumenthal:"): the subject follows the dash.
 */
function afterHeading(tokens: Token[], start: number, before: number): number {
  let words = 0;
  // "WASHINGTON, Dec. 8 (UPI) —": a dateline opens on a place in capitals, then a date and an agency.
  const opening = tokens[start];
  const dateline = opening !== undefined && isAllCaps(opening) && tokens[start + 1]?.text === ',';
  for (let k = start; k < before && k - start < MAX_HEADING_TOKENS; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' && DASHES.has(t.text)) return words > 0 ? k + 1 : start;
    if (t.kind === 'punct') continue;
    if (!isAllCaps(t) && !(dateline && /^[\p{Lu}\p{N}]/u.test(t.text))) return start;
    if (t.kind === 'word') words++;
  }
  return start;
}
