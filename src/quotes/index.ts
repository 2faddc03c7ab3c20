/**
 * Direct quotes and who said them.
 *
 * 1. Each paragraph's quotation marks are scanned (marks.ts) and its words tokenised with the quotes
 *    as opaque tokens (tokens.ts).
 * 2. The people and organisations of the article are read in order (people.ts), with the page's
 *    tags, byline and embed authors as a store of full names.
 * 3. Spans become quote candidates: a quote running over paragraphs is joined, a quote interrupted
 *    only by its attribution is joined, titles of works, terms and fragments are dropped.
 * 4. Each quote's attribution is read in its sentence (attribution.ts), else taken from a colon
 *    lead-in in the paragraph before, or from the quote just before it, and resolved (speakers.ts).
 */
import type { Element } from 'hast';
import type { Context } from '../context.js';
import { classAndId } from '../hast/util.js';
import type { Metadata } from '../metadata/index.js';
import type { ArticleText } from '../text.js';
import type { Embed, Quote, Speaker, Tag } from '../types.js';
import { type Attribution, Attributor } from './attribution.js';
import { type Interview, readInterview } from './formats.js';
import { isFirstName } from './lexicon/first-names.js';
import { surnamesAmongCommonWords } from './english-names.js';
import {
  countWords,
  isCharacterisation,
  isIndefinitePhrase,
  isListedItem,
  isOneWord,
  isTitleCase,
  isTitleOrTerm,
  MIN_QUOTE_WORDS,
} from './filters.js';
import { isQuotedNameInClause } from './german.js';
import { isGermanQuotedName, isTitleAfterColon } from './german-names.js';
import { isGlossedName } from './glosses.js';
import { pickLanguage } from './language.js';
import { LEXICONS, type Lexicon } from './lexicon/index.js';
import { type MarkSpan, opensWithMark, pullQuoteSpan, scanMarks } from './marks.js';
import { firstNameGender, isTitleWord } from './names.js';
import { ORGANISATION_WORDS, SPOKESPERSON_HEADS, UNNAMED_HEADS } from './lexicon/roles.js';
import { isFunctionWord, type NounPhrase, PhraseReader } from './np.js';
import { framesSource } from './source-frame.js';
import { DETERMINER_GENDER } from './lexicon/determiner-gender.js';
import { People } from './people.js';
import { buildCueTable, type CueTable, cueAt } from './phrases.js';
import { REACTION_CUES } from './lexicon/reaction-cues.js';
import { SpeakerResolver } from './speakers.js';
import { describesThing } from './thing-sources.js';
import { isGermanRoleWord, NameEvidence } from './name-evidence.js';
import { standfirstNames } from './standfirst.js';
import { isPossessive, properWords, type Token, tokenize } from './tokens.js';

/** What the rest of the page tells the quote stage about the people in it. */
export interface QuoteHints {
  metadata: Metadata;
  tags: Tag[];
  embeds: Embed[];
}

interface View {
  index: number;
  text: string;
  start: number;
  spans: MarkSpan[];
  tokens: Token[];
  /** Token index of each span's quote token. */
  spanTokens: number[];
  inQuote: boolean;
}

interface Piece {
  view: View;
  span: number;
}

interface Candidate {
  pieces: Piece[];
  /** Joined because only the attribution stood between the parts. */
  split: boolean;
}

/** English words that are also surnames ("May", "Will", "Read"), read as names once the article writes one so. */
const ENGLISH_COMMON_WORDS = new Set([...(LEXICONS.en?.capitalisedStopwords ?? []), ...(LEXICONS.en?.skippable ?? [])]);
/** The words between two parts of a split quote are only an attribution when this short. */
const MAX_SPLIT_GAP_WORDS = 10;
/** A second part followed this closely by a cue has its own attribution ("“B,” she added"). */
const OWN_ATTRIBUTION_REACH = 4;
/** An unclosed quote that does not start its paragraph is kept only when this short (a stray mark swallows text). */
const MAX_UNCLOSED_CHARS = 600;
/** Paragraphs longer than this are not scanned for quotes (hostile input; no news paragraph is this long). */
const MAX_PARAGRAPH_CHARS = 20_000;
/** A quote continues the previous quote's speaker when it follows within this many paragraphs. */
const MAX_CONTINUATION_PARAGRAPHS = 3;

export function extractQuotes(context: Context, body: ArticleText, hints: QuoteHints): Quote[] {
  const lang = pickLanguage(hints.metadata.lang ?? context.htmlLang, body.text);
  const lexicon = LEXICONS[lang] ?? (LEXICONS.en as NonNullable<(typeof LEXICONS)['en']>);
  const cues = buildCueTable(lexicon);
  const reactions = buildCueTable({
    ...lexicon,
    speechVerbs: REACTION_CUES[lexicon.lang] ?? [],
    participles: [],
    sourcePrepositions: [],
    channelPhrases: [],
  });
  const reader = new PhraseReader(lexicon, (tokens, k) => cueAt(cues, tokens, k) !== undefined, isTitleWord);
  const people = new People(
    lexicon,
    reader,
    (tokens, k) => cueAt(cues, tokens, k)?.kind === 'verb',
    (tokens, k) => framesSource(cues, tokens, k),
  );
  for (const tag of hints.tags) people.addHint(tag.name);
  for (const author of hints.metadata.authors ?? []) people.addHint(author.name);
  for (const embed of hints.embeds) if (embed.author?.name) people.addHint(embed.author.name);

  for (const name of [...hints.tags.map((t) => t.name), ...hints.embeds.map((e) => e.author?.name ?? '')]) {
    for (const word of name.split(/\s+/)) if (/^\p{Lu}/u.test(word)) reader.proper.add(word.toLowerCase());
  }
  const tokenized = body.paragraphs.map((paragraph) => {
    const text = paragraph.text.length > MAX_PARAGRAPH_CHARS ? '' : paragraph.text;
    let spans = scanMarks(text);
    // A blockquote or pull quote without marks is quoted by its markup.
    if (spans.length === 0 && paragraph.block.inQuote) {
      const pull = pullQuoteSpan(text, isPullQuote(context, paragraph.block.element));
      if (pull) spans = [pull];
    }
    const tokens = tokenize(text, spans);
    properWords(tokens, reader.proper);
    if (lang === 'en') surnamesAmongCommonWords(tokens, ENGLISH_COMMON_WORDS, reader.surnames);
    return { paragraph, text, spans, tokens };
  });

  // After the body's proper words are known, so that the standfirst's names are told from its capitals.
  for (const { name, styled } of standfirstNames(hints.metadata.description, reader)) {
    if (styled) people.addStyledHint(name, styled);
    else people.addHint(name);
    // As with tags: a name the standfirst gives is a name where the body opens a sentence with it.
    for (const word of name.split(/[\s,]+/)) if (/^\p{Lu}/u.test(word)) reader.proper.add(word.toLowerCase().replace(/[’']s$/u, ''));
  }

  for (const { paragraph, tokens } of tokenized) people.preview(paragraph.index, tokens);

  const views: View[] = [];
  let sentenceBase = 0;
  for (const { paragraph, text, spans, tokens } of tokenized) {
    const spanTokens: number[] = [];
    tokens.forEach((t, k) => {
      if (t.kind === 'quote' && t.span !== undefined) spanTokens[t.span] = k;
    });
    const view: View = {
      index: paragraph.index,
      text,
      start: paragraph.start,
      spans,
      tokens,
      spanTokens,
      inQuote: paragraph.block.inQuote,
    };
    // A credit in capitals ("JANE ROE") is the writer's byline, not someone the story names.
    if (!isCreditInCapitals(tokens)) people.observe(paragraph.index, tokens, sentenceBase);
    sentenceBase += (tokens[tokens.length - 1]?.sentence ?? 0) + 1;
    views.push(view);
  }

  const attributor = new Attributor(lexicon, cues, reader);
  const hintNames = [
    ...hints.tags.map((t) => t.name),
    ...(hints.metadata.authors ?? []).map((a) => a.name),
    ...hints.embeds.map((e) => e.author?.name ?? ''),
  ];
  const resolver = new SpeakerResolver(lexicon, people, hints.embeds, () => new NameEvidence(lexicon, body.text, hintNames));
  // An interview's answers are the words of the interviewee its labels name, printed without marks (formats.ts).
  const interview = readInterview(body.paragraphs);
  const interviewee = interview ? intervieweeSpeaker(interview, views, reader, resolver) : null;
  const answerAt =
    interview && interviewee?.name && isPersonName(interviewee.name, introducedIn(views, interview, hints.metadata))
      ? interview.answers
      : undefined;
  for (const [index, start] of answerAt ?? []) {
    const view = views[index];
    if (view && !opensWithMark(view.text)) readAsAnswer(view, start);
  }
  const candidates = joinSplits(joinParagraphs(views), attributor, lexicon);
  /** Whether a person other than the last speaker is named between that speaker's quote and this one's paragraph. */
  const headline = ` ${[hints.metadata.title ?? '', hints.metadata.description ?? ''].join(' ').toLowerCase()} `;
  const namesOtherPerson = (from: number, to: View, before: number, speaker: Speaker): boolean => {
    // A profile's subject, whom the headline or standfirst names, keeps the quotes that follow (others named in passing).
    const surname = speaker.name?.split(/\s+/).pop()?.toLowerCase();
    if (surname && headline.includes(` ${surname}`)) return false;
    for (let p = from + 1; p <= to.index && p - from <= MAX_CONTINUATION_PARAGRAPHS + 1; p++) {
      const view = views[p];
      if (view && otherPersonIn(view, p === to.index ? before : view.tokens.length, speaker, reader, resolver)) return true;
    }
    return false;
  };
  const quotes: Quote[] = [];
  let previous: { speaker: Speaker | null; paragraph: number; sentence: number; token: number } | undefined;
  for (const candidate of candidates) {
    const first = candidate.pieces[0] as Piece;
    const last = candidate.pieces[candidate.pieces.length - 1] as Piece;
    const parts = candidate.pieces.map((p) => spanText(p));
    const joined = parts.join(' ');
    const firstToken = first.view.spanTokens[first.span] as number;
    if (countWords(joined) < MIN_QUOTE_WORDS || isOneWord(joined)) continue;
    if (isTitleOrTerm(lexicon, first.view.tokens, firstToken, joined)) continue;
    if (isGlossedName(first.view.tokens, firstToken, joined)) continue;
    if (lang === 'de' && isListedItem(first.view.tokens, firstToken)) continue;
    if (lang === 'de' && isGermanQuotedName(first.view.tokens, firstToken, joined)) continue;
    if (lang === 'de' && isTitleAfterColon(lexicon, first.view.tokens, firstToken, joined)) continue;
    if (lang === 'de' && isQuotedNameInClause(first.view.tokens, firstToken, countWords(joined), isTitleCase(joined, lang))) continue;

    if (answerAt?.has(first.view.index) && (first.view.spans[first.span] as MarkSpan).mark === '') {
      // An interview's answer: the interviewee's, found by the format.
      const quote = toQuote(candidate, joined, parts, interviewee, lang);
      quotes.push(quote);
      const token = last.view.spanTokens[last.span] as number;
      const lastToken = last.view.tokens[token] as Token;
      previous = { speaker: interviewee, paragraph: last.view.index, sentence: lastToken.sentence, token };
      continue;
    }
    const attribution =
      attributeIncise(candidate, attributor) ??
      attributeCandidate(candidate, attributor, views, lexicon) ??
      attributeAside(candidate, attributor);
    // Short title-case words with no one saying them are a title or a name, not speech.
    if (
      !attribution?.found.cue &&
      isTitleCase(joined, lexicon.lang) &&
      countWords(joined) <= 6 &&
      !isIndefinitePhrase(first.view.tokens, firstToken) &&
      !isCharacterisation(first.view.tokens, firstToken)
    )
      continue;
    let speaker: Speaker | null = null;
    let cue: string | undefined;
    if (attribution) {
      const view = attribution.view;
      const { found } = attribution;
      // "«…», ha insistido.": a verb with no subject of its own continues the paragraph's last speaker.
      const lastHere = previous?.paragraph === first.view.index ? previous.speaker : null;
      // "Pacheco afirmou que … ¶ «…», disse.": opening its paragraph, it continues the named subject of the
      // paragraph before's last speech verb.
      const before = firstToken === 0 && !lastHere ? views[first.view.index - 1] : undefined;
      const lead = found.zero && !found.phrase && before && !before.spans.length ? attributor.lastCue(before.tokens) : undefined;
      if (found.zero && !found.phrase && lastHere?.name) speaker = continued(lastHere);
      else if (lead?.phrase?.kind === 'name' && before) speaker = resolver.resolve(lead, before.tokens, before.index);
      else speaker = resolver.resolve(found, view.tokens, view.index);
      const body = bodyPronoun(lexicon, found, view.tokens, lastHere, previous);
      if (body) speaker = body;
      cue = found.cue?.text;
    } else {
      const recent = previous && first.view.index - previous.paragraph <= MAX_CONTINUATION_PARAGRAPHS ? previous : undefined;
      // A speaker carries over to the next paragraphs only while no one else is named there (news copy names the
      // next speaker before quoting them: "X quiso arrojar su lata de gasolina. «…»").
      const jumpsOtherPerson = (from: { paragraph: number; speaker: Speaker | null }) =>
        from.paragraph !== first.view.index && !!from.speaker && namesOtherPerson(from.paragraph, first.view, firstToken, from.speaker);
      const handOver = (from: { paragraph: number; speaker: Speaker | null; token: number }) =>
        handOverTo(from, first.view, firstToken, { attributor, reader, resolver, cues, reactions });
      const subject = attributor.sentenceSubject(first.view.tokens, firstToken);
      const afterColon = first.view.tokens[firstToken - 1]?.text === ':';
      // Any description, not only one naming a role: "The ad targets a “…”".
      const describedSubject = subject ?? attributor.sentenceSubject(first.view.tokens, firstToken, true);
      // "A table in the audit shows it plainly: “…”": a document or a recording as the subject is the quote's own
      // source, never the person quoted before it.
      const thingSubject = describedSubject?.kind === 'description' && describesThing(first.view.tokens, describedSubject, lexicon);
      // "the billionaire real estate mogul offered himself as a “…” candidate": a sentence naming or describing its own subject.
      const ownSubject =
        subject?.kind === 'name' ||
        thingSubject ||
        (describedSubject?.kind === 'description' &&
          isPlainDescription(lexicon, first.view.tokens, describedSubject) &&
          headsRole(first.view.tokens, describedSubject));
      const subjectNamesSomeone =
        subject &&
        (subject.kind === 'name' ||
          (subject.kind === 'pronoun' && isThirdPersonSingular(lexicon, first.view.tokens[subject.from])) ||
          // "Hier sparte der Bundespräsident nicht mit Kritik: „…“": a German role noun is its holder, resolved or left a mention.
          (lexicon.lang === 'de' &&
            subject.kind === 'description' &&
            first.view.tokens.slice(subject.from, subject.to).some((t) => isTitleWord(t.text) || isGermanRoleWord(t.text))));
      const label = afterColon ? labelBeforeColon(reader, first.view.tokens, firstToken - 1) : undefined;
      const ownDescribed = ownDescribedSubject(lexicon, first.view.tokens, describedSubject);
      if (label) {
        // "Pollsters agree - Carl Bialik: “…”": a name alone before the colon labels the quote, as in a transcript.
        speaker = resolver.resolve({ phrase: label, format: true }, first.view.tokens, first.view.index);
      } else if (afterColon && subject && subjectNamesSomeone) {
        // "Goldberg imagined Christie was thinking: “…”": the lead-in's subject, whatever the verb.
        speaker = resolver.resolve({ phrase: subject }, first.view.tokens, first.view.index);
      } else if (afterColon && ownDescribed) {
        // A lead-in describing its own subject gives the quote to that person, named only if the article named them so;
        // unnamed, it is the paragraph's last speaker when the determiner's gender fits ("…, glisse Zineb. …, la jeune
        // femme s'inquiète : «…»"), not when it marks someone else ("La miembro de la Plataforma" after David).
        const described = resolver.resolve({ phrase: ownDescribed }, first.view.tokens, first.view.index);
        const marked = DETERMINER_GENDER[lexicon.lang]?.[(first.view.tokens[ownDescribed.from] as Token).lower];
        const lastName = recent?.paragraph === first.view.index ? recent.speaker?.name : undefined;
        const lastGender = lastName ? firstNameGender((lastName.split(/\s+/)[0] as string).toLowerCase()) : undefined;
        speaker =
          !described?.name && recent?.speaker && lastName && (!lastGender || lastGender === marked)
            ? { ...continued(recent.speaker), ...(described?.mention ? { mention: described.mention } : {}) }
            : described;
      } else if (
        recent?.speaker &&
        (recent.paragraph === first.view.index || (recent.speaker.name && startsParagraph(first) && !jumpsOtherPerson(recent))) &&
        // "UPS CEO Carol Tomé sought to assure investors that … “…”": a sentence of its own naming its subject.
        !(ownSubject && (recent.paragraph !== first.view.index || recent.sentence !== first.view.tokens[firstToken]?.sentence))
      ) {
        // A quote with no attribution of its own, in the paragraph of the quote before it or opening
        // a paragraph soon after, continues that quote's speaker.
        speaker = handOver(recent) ?? continued(recent.speaker);
      } else if (subject && subjectNamesSomeone) {
        // A partial quote inside a sentence belongs to the sentence's subject ("Petro called it “…”").
        speaker = resolver.resolve({ phrase: subject }, first.view.tokens, first.view.index);
      } else if (describedSubject?.kind === 'description' && isPlainDescription(lexicon, first.view.tokens, describedSubject)) {
        // "The ad targets a “…”", "A friend referred to him as “…”": a described subject is the sayer;
        // when it names no one, the speaker quoted just before is the likelier reading.
        const described = resolver.resolve({ phrase: describedSubject }, first.view.tokens, first.view.index);
        // A definite description ("the retired neurosurgeon") is the mention of the speaker quoted just before.
        const definite = !lexicon.indefinites.includes(first.view.tokens[describedSubject.from]?.lower ?? '');
        const mention = definite && described?.mention ? { mention: described.mention } : {};
        // ("The Swedish government has released …": a body is no renaming of a person quoted before.)
        const body = ORGANISATION_WORDS.has(first.view.tokens[describedSubject.to - 1]?.lower ?? '');
        // (An indefinite one, "one councillor", "a friend", brings in someone new: news never renames a person met before so.)
        const renames = definite && !body && !thingSubject;
        speaker = !described?.name && renames && recent?.speaker?.name ? { ...continued(recent.speaker), ...mention } : described;
      } else if (thingSubject && describedSubject) {
        // (A longer description of a thing, "A table in the audit", keeps its words as the mention.)
        speaker = resolver.resolve({ phrase: describedSubject }, first.view.tokens, first.view.index);
      } else if (recent?.speaker?.name && !jumpsOtherPerson(recent)) {
        speaker = handOver(recent) ?? continued(recent.speaker);
      }
    }
    const quote = toQuote(candidate, joined, parts, speaker, lang);
    if (cue) quote.cue = cue;
    quotes.push(quote);
    const token = last.view.spanTokens[last.span] as number;
    const lastToken = last.view.tokens[token] as Token;
    previous = { speaker, paragraph: last.view.index, sentence: lastToken.sentence, token };
  }
  borrowFromRepeats(quotes);
  return quotes;
}

function toQuote(candidate: Candidate, text: string, parts: string[], speaker: Speaker | null, lang: string): Quote {
  const first = candidate.pieces[0] as Piece;
  const last = candidate.pieces[candidate.pieces.length - 1] as Piece;
  const quote: Quote = {
    text,
    speaker,
    paragraph: first.view.index,
    start: first.view.start + (first.view.spans[first.span] as MarkSpan).contentStart,
    end: last.view.start + (last.view.spans[last.span] as MarkSpan).contentEnd,
    lang,
  };
  if (parts.length > 1) quote.parts = parts;
  return quote;
}

/** An answer's words after its label become the paragraph's one span (its own marks, if any, stay inside). */
function readAsAnswer(view: View, start: number): void {
  let contentEnd = view.text.length;
  while (contentEnd > start && /\s/.test(view.text[contentEnd - 1] as string)) contentEnd--;
  view.spans = [{ open: start, close: contentEnd, contentStart: start, contentEnd, closed: true, mark: '', kind: 'double' }];
  view.tokens = tokenize(view.text, view.spans);
  view.spanTokens = [view.tokens.findIndex((t) => t.kind === 'quote')];
}

/**
 * A person's name, not a label like "Telefon" or "Retail Design": a known first name before the surname,
 * or a full name the article introduces outside the questions and answers ("Die Ökonomin Martina Kessler").
 */
function isPersonName(name: string, introduction: string): boolean {
  const words = name.split(/\s+/);
  if (words.slice(0, -1).some((word) => isFirstName(word.toLowerCase()))) return true;
  return words.length >= 2 && introduction.includes(words.slice(-2).join(' '));
}

/** The article's words outside an interview's answers: the headline, the standfirst and the introduction. */
function introducedIn(views: View[], interview: Interview, metadata: Metadata): string {
  const outside = views.filter((view) => !interview.answers.has(view.index)).map((view) => view.text);
  return [metadata.title ?? '', metadata.description ?? '', ...outside].join('\n');
}

/** The interviewee named by the label of an answer ("Helfrich:"), resolved as any speaker is. */
function intervieweeSpeaker(interview: Interview, views: View[], reader: PhraseReader, resolver: SpeakerResolver): Speaker | null {
  const at = interview.labelledAt;
  const view = at === undefined ? undefined : views[at];
  if (!view) return null;
  const colon = view.tokens.findIndex((t) => t.text === ':');
  const label = colon > 0 ? labelBeforeColon(reader, view.tokens, colon) : undefined;
  const speaker = label ? resolver.resolve({ phrase: label }, view.tokens, view.index) : null;
  return speaker?.name ? { ...speaker, via: 'format' } : speaker;
}

/** What handing the floor over reads with: the attribution, names and cue tables of the article's language. */
interface HandOverTools {
  attributor: Attributor;
  reader: PhraseReader;
  resolver: SpeakerResolver;
  cues: CueTable;
  /** Reactions that are no speech verb ("sah das anders"), lexicon/reaction-cues.ts. */
  reactions: CueTable;
}

/**
 * "„…“, sagte Jana Muster. Ihr widersprach Uwe Beispiel. „…“": in the same paragraph, a whole sentence whose subject is
 * someone else's full name and whose verb is one of speech or reaction ("widersprach", "replied", "sah das anders")
 * hands the floor over to that person (news copy names the next speaker before quoting them). A sentence that only
 * tells of them ("John Marsh, her husband, died in 2019.", "Peter Lang was her hero.") or whose verb is another
 * speaker's (", she said") leaves the quote with the last speaker; someone named elsewhere in it does too.
 * Returns the new speaker, or undefined when the floor is not handed over.
 */
function handOverTo(
  from: { paragraph: number; speaker: Speaker | null; token: number },
  view: View,
  quoteToken: number,
  { attributor, reader, resolver, cues, reactions }: HandOverTools,
): Speaker | undefined {
  if (from.paragraph !== view.index || !from.speaker) return undefined;
  const { tokens } = view;
  const lo = nextSentence(tokens, from.token);
  const hi = sentenceStart(tokens, quoteToken);
  if (lo >= hi || !otherPersonIn(view, hi, from.speaker, reader, resolver, lo)) return undefined;
  if (!speaksOrReacts(tokens, Math.max(lo, sentenceStart(tokens, hi - 1)), hi, cues, reactions, reader)) return undefined;
  const lead = attributor.sentenceSubject(tokens, hi - 1);
  const named = lead?.kind === 'name' ? resolver.resolve({ phrase: lead }, tokens, view.index) : null;
  // Only a person's full name, opening on a given name: a German sentence may open on a capitalised noun phrase.
  const words = named?.name?.toLowerCase().split(/\s+/) ?? [];
  const person = words.length >= 2 && isFirstName(words[0] as string);
  return named && person && named.name !== from.speaker.name ? { ...named, via: 'resolved' } : undefined;
}

/**
 * Whether tokens `lo` to `hi` (one sentence) hold a speech verb or a reaction phrase that is not a pronoun's tag
 * (", she said", "…, said he."): such a pronoun is the speaker quoted before, so the sentence is no hand-over.
 */
function speaksOrReacts(tokens: Token[], lo: number, hi: number, cues: CueTable, reactions: CueTable, reader: PhraseReader): boolean {
  for (let k = lo; k < hi; k++) {
    const cue = cueAt(cues, tokens, k) ?? cueAt(reactions, tokens, k);
    if (cue?.kind !== 'verb') continue;
    const after = k + cue.length;
    const taggedBefore = reader.isPronoun(tokens[k - 1]) && tokens[k - 2]?.text === ',';
    const taggedAfter = reader.isPronoun(tokens[after]) && tokens[after + 1]?.kind !== 'word';
    if (!taggedBefore && !taggedAfter) return true;
    k = after - 1;
  }
  return false;
}

/** A name the article gives a person (a known first name opens it) other than `speaker`'s, in `view` before token `end`. */
function otherPersonIn(view: View, end: number, speaker: Speaker, reader: PhraseReader, resolver: SpeakerResolver, from = 0): boolean {
  const own = new Set((speaker.name ?? '').toLowerCase().split(/\s+/));
  for (let k = from; k < end; k++) {
    if (!reader.isNameWord(view.tokens[k])) continue;
    const phrase = reader.forward(view.tokens, k, end);
    if (phrase?.kind !== 'name') continue;
    k = phrase.to - 1;
    const name = resolver.resolve({ phrase }, view.tokens, view.index)?.name;
    const words = name?.toLowerCase().split(/\s+/) ?? [];
    const first = words[0] ?? '';
    if (words.length < 2 || !isFirstName(first)) continue;
    if (!words.some((w) => own.has(w))) return true;
  }
  return false;
}

/** How many words a byline in capitals may hold ("MARÍA DEL MAR RUIZ"). */
const MAX_CREDIT_WORDS = 5;

/** A paragraph that is only a name in capitals: a byline or photo credit set apart from the story. */
function isCreditInCapitals(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word');
  if (words.length < 2 || words.length > MAX_CREDIT_WORDS || tokens.some((t) => t.kind === 'quote')) return false;
  return words.every((t) => /\p{Lu}{2}/u.test(t.text) && t.text === t.text.toUpperCase());
}

/** French pronouns of the third person singular, which stand for a masculine or feminine noun as much as a person. */
const FRENCH_SINGULAR_PRONOUNS = new Set(['il', 'elle']);

/**
 * "« … », rapporte le ministère de la Défense. Il précise que « … »": French writes a body as "il" or "elle" by its
 * noun's gender; right after a quote the body spoke, in the same paragraph, the pronoun goes on with that body (named or
 * left unnamed), never with a person named before it.
 */
function bodyPronoun(
  lexicon: Lexicon,
  found: Attribution,
  tokens: Token[],
  lastHere: Speaker | null,
  previous: { paragraph: number; sentence: number } | undefined,
): Speaker | undefined {
  const phrase = found.phrase;
  if (lexicon.lang !== 'fr' || phrase?.kind !== 'pronoun' || !lastHere || !previous) return undefined;
  const pronoun = tokens[phrase.from] as Token;
  if (!FRENCH_SINGULAR_PRONOUNS.has(pronoun.lower) || pronoun.sentence - previous.sentence > 1) return undefined;
  const mention = (lastHere.mention ?? '').toLowerCase().split(/\s+/);
  const head = mention.find((w) => !lexicon.determiners.includes(w)) ?? '';
  const nameHead = (lastHere.name ?? '').toLowerCase().split(/\s+/)[0] ?? '';
  if (!ORGANISATION_WORDS.has(head) && !ORGANISATION_WORDS.has(nameHead)) return undefined;
  return { ...lastHere, mention: pronoun.text, ...(lastHere.name ? { via: 'resolved' as const } : {}) };
}

/** A speaker carried over to a quote with no attribution of its own. */
function continued(speaker: Speaker): Speaker {
  return speaker.name ? { ...speaker, via: 'continued' } : speaker;
}

/** Quotes compared for repeats: a page's pull quotes repeat its body's; beyond this many, none are compared. */
const MAX_REPEAT_QUOTES = 300;
/** A repeat shorter than this is too common a phrase to tell whose it is. */
const MIN_REPEAT_CHARS = 40;

/** A pull quote or a repeated line with no attribution of its own is the words of whoever the body quotes saying them. */
function borrowFromRepeats(quotes: Quote[]): void {
  if (quotes.length > MAX_REPEAT_QUOTES) return;
  // Compared by their words only: a pull quote ends on "." where the body has ",", or runs on into its credit line.
  const words = quotes.map((q) => wordsOf(q.text));
  quotes.forEach((quote, i) => {
    const own = words[i] as string;
    // A speaker carried over from the quotes before, with no cue of its own, yields to the words' own attribution.
    const carried = !!quote.speaker?.name && !quote.cue;
    if ((quote.speaker?.name && !carried) || own.length < MIN_REPEAT_CHARS) return;
    const j = quotes.findIndex((other, k) => {
      const theirs = words[k] as string;
      if (carried && !other.cue) return false;
      return k !== i && !!other.speaker?.name && theirs.length >= MIN_REPEAT_CHARS && (theirs.includes(own) || own.includes(theirs));
    });
    const source = quotes[j];
    // Its speaker is read from the words' attribution where the body quotes them.
    if (source?.speaker) quote.speaker = { ...source.speaker, via: 'resolved' };
  });
}

/** A quote's words, lower-cased and single-spaced, without its punctuation. */
function wordsOf(text: string): string {
  return ` ${text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ')} `;
}

/** Class names of pull quotes: the publisher's own display of a quote from the article. */
const PULL_QUOTE_CLASS = /pull-?quote|quote-pull|pq\b/i;
/** How far up a pull quote's class may be set. */
const MAX_PULL_QUOTE_DEPTH = 4;

function isPullQuote(context: Context, element: Element): boolean {
  let current: Element | undefined = element;
  for (let depth = 0; current && depth < MAX_PULL_QUOTE_DEPTH; depth++) {
    if (PULL_QUOTE_CLASS.test(classAndId(current))) return true;
    const parent = context.parents.get(current);
    current = parent?.type === 'element' ? parent : undefined;
  }
  return false;
}

/** "the Republican presidential candidate", "the agency": a description whose head is a person's role or a body. */
function headsRole(tokens: Token[], phrase: NounPhrase): boolean {
  const head = tokens[phrase.to - 1]?.lower ?? '';
  return isTitleWord(head) || ORGANISATION_WORDS.has(head) || SPOKESPERSON_HEADS.has(head) || UNNAMED_HEADS.has(head);
}

/** Dashes that set a label off from what comes before it ("Pollsters agree - Carl Bialik:"). */
const LABEL_DASHES = new Set(['-', '–', '—']);

/** A name that is all of its clause before a colon: after a dash or opening the sentence. */
function labelBeforeColon(reader: PhraseReader, tokens: Token[], colon: number): NounPhrase | undefined {
  const end = tokens[colon - 1];
  if (end?.kind !== 'word' || !reader.isNameWord(end)) return undefined;
  const name = reader.backward(tokens, colon - 1, 0);
  if (name?.kind !== 'name') return undefined;
  const before = tokens[name.from - 1];
  const opens = !before || before.sentence !== (tokens[name.from] as Token).sentence;
  return opens || LABEL_DASHES.has(before.text) ? name : undefined;
}

/** A description short enough to be one noun phrase. */
const MAX_SUBJECT_DESCRIPTION_WORDS = 5;

/**
 * "The GOP presidential candidate", "the ad", "a friend": a determiner, a few words and a lower-case
 * head — a noun phrase, not a clause read on from "And at a GOP" or "The promise to".
 */
function isPlainDescription(lexicon: Lexicon, tokens: Token[], phrase: NounPhrase): boolean {
  const words = tokens.slice(phrase.from, phrase.to);
  const first = words[0];
  const head = words[words.length - 1];
  if (!first || !head || words.length < 2 || words.length > MAX_SUBJECT_DESCRIPTION_WORDS) return false;
  // "Hillary Clinton's campaign": an owner's name stands where the determiner would.
  const opened = lexicon.determiners.includes(first.lower) || words.some((t) => isPossessive(t.text));
  // "this sort of", "his willingness to": a phrase cut short on a function word is no noun phrase.
  if (!opened || !/^\p{Ll}/u.test(head.text) || isFunctionWord(head.lower)) return false;
  return words.every((t) => t.kind === 'word' && !lexicon.skippable.includes(t.lower)) && !lexicon.determiners.includes(head.lower);
}

/**
 * A lead-in's subject written as a determiner marking a person's gender and a noun ("La miembro de la Plataforma
 * coincide: «…»", "Pero esta vecina muestra su desacuerdo: «…»", "o deputado rebateu: «…»"): Romance news writes
 * a new, often unnamed, speaker so. Returns that determiner and noun, which the quote belongs to.
 */
function ownDescribedSubject(lexicon: Lexicon, tokens: Token[], phrase: NounPhrase | undefined): NounPhrase | undefined {
  if (phrase?.kind !== 'description') return undefined;
  const [determiner, noun] = [tokens[phrase.from], tokens[phrase.from + 1]];
  if (!determiner || !(determiner.lower in (DETERMINER_GENDER[lexicon.lang] ?? {}))) return undefined;
  if (noun?.kind !== 'word' || !/^\p{Ll}/u.test(noun.text) || isFunctionWord(noun.lower) || lexicon.determiners.includes(noun.lower))
    return undefined;
  return { kind: 'description', from: phrase.from, to: phrase.from + 2 };
}

/** "he", "elle", "er": a pronoun that can stand for one named person (not "I", "we", "they"). */
function isThirdPersonSingular(lexicon: Lexicon, token: Token | undefined): boolean {
  const info = token ? lexicon.pronouns[token.lower] : undefined;
  return !!info && info.number === 's' && info.gender !== 'x';
}

/** Whether the sentence holding token `k` opens on a name or a pronoun: its own speaker. */
function namesItsSubject(attributor: Attributor, tokens: Token[], k: number, lexicon: Lexicon): boolean {
  const subject = attributor.sentenceSubject(tokens, k);
  if (subject?.kind === 'name' || subject?.kind === 'pronoun') return true;
  // "A campaign ad accuses Muster of “…”": a document or a recording for subject is its quote's own source.
  const described = attributor.sentenceSubject(tokens, k, true);
  if (described?.kind === 'description' && describesThing(tokens, described, lexicon)) return true;
  // "La miembro de la Plataforma coincide: «…»": a colon lead-in describing its own speaker.
  return tokens[k - 1]?.text === ':' && !!ownDescribedSubject(lexicon, tokens, attributor.sentenceSubject(tokens, k, true));
}

/** Whether only punctuation stands before token `k` in its sentence. */
function opensSentence(tokens: Token[], k: number): boolean {
  const sentence = (tokens[k] as Token).sentence;
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence) return true;
    if (t.kind !== 'punct') return false;
  }
  return true;
}

function spanText(piece: Piece): string {
  const span = piece.view.spans[piece.span] as MarkSpan;
  return piece.view.text.slice(span.contentStart, span.contentEnd);
}

/** The index of the first token of the sentence holding token `at`. */
function sentenceStart(tokens: Token[], at: number): number {
  const sentence = tokens[at]?.sentence;
  let k = at;
  while (k > 0 && tokens[k - 1]?.sentence === sentence) k--;
  return k;
}

/** The index of the first token after the sentence holding token `at`. */
function nextSentence(tokens: Token[], at: number): number {
  const sentence = tokens[at]?.sentence;
  let k = at;
  while (k < tokens.length && tokens[k]?.sentence === sentence) k++;
  return k;
}

function startsParagraph(piece: Piece): boolean {
  return piece.view.spanTokens[piece.span] === 0;
}

/** Spans as candidates; a quote left open at a paragraph's end runs on when the next paragraph reopens it. */
function joinParagraphs(views: View[]): Candidate[] {
  const candidates: Candidate[] = [];
  let running: Candidate | undefined;
  for (let v = 0; v < views.length; v++) {
    const view = views[v] as View;
    view.spans.forEach((span, s) => {
      if (running && s === 0 && span.open === view.text.length - view.text.trimStart().length) {
        running.pieces.push({ view, span: s });
        if (span.closed) running = undefined;
        return;
      }
      running = undefined;
      const candidate: Candidate = { pieces: [{ view, span: s }], split: false };
      if (!span.closed && !keepUnclosed(view, span)) return;
      candidates.push(candidate);
      if (!span.closed && span.kind === 'double') running = candidate;
    });
    if (running) {
      const next = views[v + 1];
      if (!next || !opensWithMark(next.text)) running = undefined;
    }
    if (view.spans.length === 0) running = undefined;
  }
  return candidates;
}

/** An unclosed quote is believed when it opens its paragraph or follows a colon or a speech cue. */
function keepUnclosed(view: View, span: MarkSpan): boolean {
  if (span.open === view.text.length - view.text.trimStart().length) return true;
  if (span.close - span.open > MAX_UNCLOSED_CHARS) return false;
  const before = view.text.slice(0, span.open).trimEnd();
  return before.endsWith(':') || before.endsWith(',');
}

/** "“A,” she said, “B.”": two spans with only the attribution between them are one quote. */
function joinSplits(candidates: Candidate[], attributor: Attributor, lexicon: Lexicon): Candidate[] {
  const out: Candidate[] = [];
  for (const candidate of candidates) {
    const prev = out[out.length - 1];
    if (
      prev &&
      canJoin(prev, candidate, attributor) &&
      !isTitlePiece(lexicon, prev) &&
      !isTitlePiece(lexicon, candidate) &&
      !(lexicon.lang === 'de' && (endsSentenceBefore(candidate) || !isSetOffByCommas(prev, candidate)))
    ) {
      prev.pieces.push(...candidate.pieces);
      prev.split = true;
      continue;
    }
    out.push(candidate);
  }
  return out;
}

/**
 * "die Zeitung „Le Matin“ schrieb, er habe gesagt: „…“": a title before the attribution is no first part; "“…,” he
 * said on “Sunday Morning Desk.”": a title after it is no second part.
 */
function isTitlePiece(lexicon: Lexicon, candidate: Candidate): boolean {
  const piece = candidate.pieces[0] as Piece;
  return isTitleOrTerm(lexicon, piece.view.tokens, piece.view.spanTokens[piece.span] as number, spanText(piece));
}

/**
 * German sets the comma outside the marks, so a split quote reads „A“, sagte X, „b …“; after „A“, sagte X.
 * a new sentence opens, and „B“ is a quote of its own.
 */
function endsSentenceBefore(candidate: Candidate): boolean {
  const piece = candidate.pieces[0] as Piece;
  const at = piece.view.spanTokens[piece.span] as number;
  return piece.view.tokens[at - 1]?.text === '.';
}

/** Marks that set an attribution off inside a German split quote: „A“, sagte X, „b“ or „A“ – sagte X – „b“. */
const SPLIT_SETTERS = new Set([',', '–', '—']);

/**
 * German sets the attribution of a split quote off by commas on both sides („A“, sagte sie, „b …“). A quote
 * that runs into the sentence instead („A“ spricht der Entwurf, wenn „B“; „X“-Formulierung betont: „B“; sagte
 * er gegenüber „Name“) is a partial quote of its own, and the next quoted words are a quote or a name of their own.
 */
function isSetOffByCommas(a: Candidate, b: Candidate): boolean {
  const last = a.pieces[a.pieces.length - 1] as Piece;
  const next = b.pieces[0] as Piece;
  const tokens = last.view.tokens;
  const after = tokens[(last.view.spanTokens[last.span] as number) + 1];
  const before = tokens[(next.view.spanTokens[next.span] as number) - 1];
  return SPLIT_SETTERS.has(after?.text ?? '') && SPLIT_SETTERS.has(before?.text ?? '');
}

function canJoin(a: Candidate, b: Candidate, attributor: Attributor): boolean {
  const last = a.pieces[a.pieces.length - 1] as Piece;
  const next = b.pieces[0] as Piece;
  if (a.split || last.view !== next.view || next.span !== last.span + 1) return false;
  const view = last.view;
  const span = view.spans[last.span] as MarkSpan;
  if (!span.closed) return false;
  const content = view.text.slice(span.contentStart, span.contentEnd);
  // The first part must be left unfinished: "A," or "A —", not "A."
  if (/[.!?…]$/.test(content) && !/,$/.test(content)) return false;
  const from = (view.spanTokens[last.span] as number) + 1;
  const to = view.spanTokens[next.span] as number;
  const gap = view.tokens.slice(from, to);
  const words = gap.filter((t) => t.kind === 'word').length;
  if (words === 0 || words > MAX_SPLIT_GAP_WORDS) return false;
  if (gap.some((t, i) => t.kind === 'punct' && '.!?'.includes(t.text) && i < gap.length - 1)) return false;
  if (!attributor.cueIn(view.tokens, from, to) || !attributor.onlyAttribution(view.tokens, from, to)) return false;
  // The second part has its own attribution ("“B,” she added"): two quotes.
  if (attributor.cueIn(view.tokens, to + 1, Math.min(view.tokens.length, to + 1 + OWN_ATTRIBUTION_REACH))) return false;
  return true;
}

/**
 * A dash aside inside the quote: «Es normal –reflexiona– que…». The aside starts and ends on a
 * non-space, so the spaces around it have one reading (no backtracking blow-up on runs of spaces).
 */
const ASIDE = /[–—]\s{0,3}([^–—\s][^–—]{0,78}[^–—\s])\s{0,3}[–—]/u;

function attributeAside(candidate: Candidate, attributor: Attributor): Found | undefined {
  for (const piece of candidate.pieces) {
    const span = piece.view.spans[piece.span] as MarkSpan;
    const content = piece.view.text.slice(span.contentStart, span.contentEnd);
    const aside = ASIDE.exec(content);
    if (!aside?.[1]) continue;
    // Tokens of the aside, placed at their offsets in the paragraph.
    const offset = span.contentStart + aside.index + aside[0].indexOf(aside[1]);
    const tokens = tokenize(aside[1], []).map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
    const found = attributor.inAside(tokens);
    if (found) return { found, view: { ...piece.view, tokens } };
  }
  return undefined;
}

/** Quotes longer than this are not read for a speech tag inside their marks (bounded work on hostile input). */
const MAX_INCISE_QUOTE_CHARS = 2000;

/**
 * « A, affirme-t-elle. B », «A, dijo Ruiz, B»: French and Spanish news set the speech tag inside the marks, after a
 * comma; the tag names the quote's speaker over anything the sentences around it say.
 */
function attributeIncise(candidate: Candidate, attributor: Attributor): Found | undefined {
  for (const piece of candidate.pieces) {
    const span = piece.view.spans[piece.span] as MarkSpan;
    if (span.contentEnd - span.contentStart > MAX_INCISE_QUOTE_CHARS) continue;
    const content = piece.view.text.slice(span.contentStart, span.contentEnd);
    if (!content.includes(',')) continue;
    const tokens = tokenize(content, []).map((t) => ({ ...t, start: t.start + span.contentStart, end: t.end + span.contentStart }));
    const found = attributor.incise(tokens);
    if (found) return { found, view: { ...piece.view, tokens } };
  }
  return undefined;
}

interface Found {
  found: Attribution;
  view: View;
}

function attributeCandidate(candidate: Candidate, attributor: Attributor, views: View[], lexicon: Lexicon): Found | undefined {
  const first = candidate.pieces[0] as Piece;
  const last = candidate.pieces[candidate.pieces.length - 1] as Piece;
  const firstToken = first.view.spanTokens[first.span] as number;
  const lastToken = last.view.spanTokens[last.span] as number;
  if (candidate.split) {
    const gap = attributor.attribute(first.view.tokens, firstToken, firstToken, { before: false, after: true });
    if (gap) return { found: gap, view: first.view };
  }
  if (first.view === last.view) {
    const found = attributor.attribute(first.view.tokens, firstToken, lastToken, { before: true, after: true });
    if (found) return { found, view: first.view };
    const body = attributor.bodyOpening(first.view.tokens, firstToken);
    if (body) return { found: body, view: first.view };
    // A partial quote in a sentence naming its own subject ("Obama released a statement condemning
    // “…”. He said …") is that subject's, not a neighbouring sentence's.
    // "„…“. Das erklärte der General.": a German demonstrative and a verb of saying attribute the sentence before.
    const demonstrative = attributor.attributedByDemonstrative(first.view.tokens, lastToken);
    if (
      opensSentence(first.view.tokens, firstToken) ||
      !namesItsSubject(attributor, first.view.tokens, firstToken, lexicon) ||
      demonstrative
    ) {
      const next = attributor.nextSentence(first.view.tokens, lastToken);
      if (next) return { found: next, view: first.view };
      const previous = attributor.previousSentence(first.view.tokens, firstToken);
      if (previous) return { found: previous, view: first.view };
    }
  } else {
    const opening = attributor.attribute(first.view.tokens, firstToken, firstToken, { before: true, after: false });
    if (opening) return { found: opening, view: first.view };
    const closing = attributor.attribute(last.view.tokens, lastToken, lastToken, { before: false, after: true });
    if (closing) return { found: closing, view: last.view };
  }
  // "“…” ¶ - Bernie Sanders.": a credit line right under a quote that ends its paragraph.
  const after = views[last.view.index + 1];
  if (after && !after.spans.length && lastToken === last.view.tokens.length - 1) {
    const found = attributor.creditLine(after.tokens);
    if (found) return { found, view: after };
  }
  // A colon lead-in at the end of the paragraph before ("Beck wrote:"), or a paragraph that ends
  // on a speech verb ("…, said Dr. Al-Hams.") before a paragraph that is all quote.
  if (firstToken === 0) {
    const before = views[first.view.index - 1];
    const lastBefore = before?.tokens[before.tokens.length - 1];
    if (before && lastBefore?.text === ':') {
      const found = attributor.attribute(before.tokens, before.tokens.length - 1, before.tokens.length - 1, { before: true, after: false });
      if (found) return { found, view: before };
      // "Cruz called them on it:" — whatever the verb, the lead-in's subject introduces the quote.
      const subject = attributor.sentenceSubject(before.tokens, before.tokens.length - 1);
      if (subject && subject.kind !== 'description') return { found: { phrase: subject }, view: before };
    }
    if (before && !before.spans.length && first.view.tokens.length === 1) {
      const found = attributor.lastCue(before.tokens);
      if (found) return { found, view: before };
    }
  }
  return undefined;
}
