/** Turning an attribution's phrase into a `Speaker`: the mention as written, the resolved name, title and handle. */
import type { Embed, Speaker, SpeakerVia } from '../types.js';
import { type Attribution, PRO_DROP } from './attribution.js';
import { COMMON_NOUN_ACRONYMS, ORGANISATION_WORDS, SPOKESPERSON_HEADS, TITLE_WORDS, UNNAMED_HEADS } from './lexicon/roles.js';
import { isBodyAdjective, isNationality } from './lexicon/body-adjectives.js';
import { isFirstName } from './lexicon/first-names.js';

/** Words joining an unnamed source to whom it serves or stands near ("an aide to", "a source close to"). */
const UNNAMED_LINKS = new Set(['to', 'for', 'close', 'de', 'cercano', 'cercana', 'proche', 'vicino', 'próximo', 'próxima']);
/** Prepositions between a spokesperson and the organisation ("a spokesman for the ministry"). */
const CONNECTOR_WORDS = new Set(['for', 'of', 'at', 'de', 'del', 'da', 'do', 'du', 'des', 'der', 'des', 'di', 'della']);
import type { Lexicon } from './lexicon/types.js';
import { isCourtesyTitle, isGermanRoleWord, type NameEvidence, withoutCourtesyTitle } from './name-evidence.js';
import { COMPLEMENT_PREPOSITIONS, LOCATIVES, type NounPhrase, SERVING_LINKS } from './np.js';
import { isThingSource } from './thing-sources.js';
import { type Entity, orderOf, type People } from './people.js';
import { COMPLEMENT_OPENERS } from './lexicon/role-heads.js';
import { isGermanDescription } from './role-keys.js';
import type { Token } from './tokens.js';
import { ROMANCE_LANGS } from './lexicon/romance.js';

/** A French or Italian article elided onto the next word ("l’Insee"; a capital "L’Oréal" is a name's own, as in tokens.ts). */
const ELIDED_ARTICLE = /(^|\s)(l[’'])(?=\p{Lu})/gu;
/** The shortest first part of a German compound that names a party or a body ("SPD-", "AfD-", "EU-"). */
const MIN_COMPOUND_PREFIX = 2;
/** Impersonal pronouns ("Im Ministerium betonte man", "on dit"): they stand for nobody the article names. */
const IMPERSONAL_PRONOUNS = new Set(['man', 'on']);
/** "officials at Etlaq": people who speak for the body they are at. */
const BODY_VOICES = new Set(['official', 'officials', 'executive', 'executives']);
/** Description words that stand for a written artifact: its author is the speaker ("a letter from Trump reading"). */
const ARTIFACTS = new Set([
  'letter',
  'copy',
  'note',
  'sign',
  'signs',
  'message',
  'inscription',
  'card',
  'post',
  'tweet',
  'caption',
  'banner',
  'placard',
  'statement',
  'document',
  'memo',
  'email',
  'dedication',
  'carta',
  'mensaje',
  'nota',
  'cartel',
  'lettre',
  'brief',
  'schild',
  'lettera',
  'cartello',
  'mensagem',
  'placa',
]);

export class SpeakerResolver {
  private readonly handles: { words: string[]; handle: string }[] = [];

  constructor(
    private readonly lexicon: Lexicon,
    private readonly people: People,
    embeds: Embed[],
    /** Built on first use: reading the article for name evidence costs a walk of its words, needless on pages with no named speaker. */
    private readonly readEvidence: () => NameEvidence,
  ) {
    for (const embed of embeds) {
      const name = embed.author?.name;
      const handle = embed.author?.handle;
      if (name && handle) this.handles.push({ words: name.toLowerCase().split(/\s+/), handle: handle.replace(/^@/, '') });
    }
  }

  /** The speaker of an attribution found in paragraph `paragraph`'s tokens, its name passed through the name gate. */
  resolve(attribution: Attribution, tokens: Token[], paragraph: number): Speaker | null {
    const found = this.find(attribution, tokens, paragraph);
    if (!found) return null;
    let speaker = found;
    if (speaker.name) {
      const via: SpeakerVia = attribution.format ? 'format' : this.viaOf(attribution, speaker);
      speaker.via = via;
      speaker = this.gate(speaker);
    }
    // "…, der am Montag sagte": the relative pronoun is what the quote's sentence writes; its antecedent (read by the
    // gate as written) says who.
    const { relative } = attribution;
    if (relative) return { ...speaker, mention: text(tokens, relative.from, relative.to), ...(speaker.name ? { via: 'resolved' } : {}) };
    return speaker;
  }

  /**
   * Named in the attribution when the words there hold the whole name ("Ana Ruiz said", "the Foreign Ministry
   * said"); resolved when a pronoun, a surname alone or a description was read as someone.
   */
  private viaOf(attribution: Attribution, speaker: Speaker): SpeakerVia {
    if (!attribution.phrase || attribution.phrase.kind === 'pronoun') return 'resolved';
    // ("l’Insee": the elided article written onto the name is a word of its own.)
    const mention = ` ${(speaker.mention ?? '').replace(ELIDED_ARTICLE, '$1$2 ').toLowerCase()} `;
    const named = (speaker.name ?? '')
      .toLowerCase()
      .split(/\s+/)
      .every((w) => mention.includes(` ${w} `) || mention.includes(` ${w}’s `) || mention.includes(` ${w}'s `));
    return named ? 'named' : 'resolved';
  }

  /** A wrong name is worse than none: a name the article's evidence speaks against is dropped, its mention kept. */
  private evidenceRead: NameEvidence | undefined;
  private get evidence(): NameEvidence {
    this.evidenceRead ??= this.readEvidence();
    return this.evidenceRead;
  }

  private gate(speaker: Speaker): Speaker {
    const refined = this.evidence.refine(withoutCourtesyTitle(speaker.name ?? ''));
    if (this.evidence.accepts(refined.name, speaker.mention)) {
      // The role written before the name is its title, unless the article's fuller description already is.
      // A courtesy title ("Mme", "Herr") is no role.
      const given = speaker.title && !isCourtesyTitle(speaker.title) ? speaker.title : undefined;
      const title = given ?? refined.title;
      const { title: _old, ...rest } = speaker;
      return { ...rest, name: refined.name, ...(title ? { title } : {}) };
    }
    const { name: dropped, handle: _handle, title: _title, via: _via, ...rest } = speaker;
    return { ...rest, mention: rest.mention ?? dropped };
  }

  private find(attribution: Attribution, tokens: Token[], paragraph: number): Speaker | null {
    const { phrase } = attribution;
    const at = orderOf(paragraph, (tokens[attribution.cue?.index ?? 0] as Token | undefined)?.start ?? 0);
    if (!phrase) {
      if (!attribution.zero) return null;
      // A dropped subject (Spanish, Portuguese, Italian) continues the topic; an inverted English verb, the last person.
      const entity = PRO_DROP.has(this.lexicon.lang) ? this.people.byDroppedSubject(at) : this.people.byPronoun('x', false, at);
      return entity ? this.speaker(entity, undefined) : null;
    }
    const words = tokens.slice(phrase.from, phrase.to).filter((t) => t.kind === 'word');
    const mention = text(tokens, phrase.from, phrase.to);
    if (phrase.kind === 'pronoun') {
      const info = this.lexicon.pronouns[(words[0] as Token).lower];
      const lower = (words[0] as Token).lower;
      if (!info || info.number === 'p' || lower === 'i' || lower === 'it' || IMPERSONAL_PRONOUNS.has(lower)) {
        const group = info?.number === 'p' ? this.people.byPronoun('x', true, at) : undefined;
        return group ? this.speaker(group, mention) : { mention };
      }
      const sentence = this.people.sentenceOf(paragraph, (words[0] as Token).sentence);
      const entity = this.people.byPronoun(info.gender, false, at, undefined, sentence);
      return entity ? this.speaker(entity, mention) : { mention };
    }
    // "Sachsens AfD-Chef empfiehlt": a German description reads as a run of capitals, yet names a role, not a person.
    if (
      phrase.kind === 'name' &&
      this.lexicon.lang === 'de' &&
      isGermanDescription(
        words.map((t) => t.text),
        isFirstName,
      )
    ) {
      const description: NounPhrase = { kind: 'description', from: phrase.from, to: phrase.to };
      return this.describe(description, tokens, mention, at, orderOf(paragraph, (tokens[phrase.to - 1] as Token).end));
    }
    if (phrase.kind === 'name') {
      const nameFrom = phrase.nameFrom ?? phrase.from;
      const nameWords = tokens
        .slice(nameFrom, phrase.to)
        .filter((t) => t.kind === 'word')
        .map((t) => t.text);
      const before = tokens
        .slice(phrase.from, nameFrom)
        .filter((t) => t.kind === 'word' && !this.lexicon.determiners.includes(t.lower))
        .map((t) => t.text);
      const entity = this.people.entityOf(nameWords, before, at);
      if (entity) return this.speaker(entity, mention, phrase.appositive);
      return { name: nameWords.join(' ').replace(/[’']s$/u, ''), mention };
    }
    // (Up to the description's end: a name inside it, "Swift's rep", is before it.)
    return this.describe(phrase, tokens, mention, at, orderOf(paragraph, (tokens[phrase.to - 1] as Token).end));
  }

  /** A description: a spokesperson speaks for the organisation, an artifact for its author, a role for its holder. */
  private describe(phrase: NounPhrase, tokens: Token[], mention: string, at: number, describedAt: number): Speaker {
    const words = tokens.slice(phrase.from, phrase.to).filter((t) => t.kind === 'word');
    // "O titular da Defesa": a capital after "da"/"of" names the domain of a role, not the speaker.
    const capitalised = words.filter(
      (t, i) => i > 0 && /^\p{Lu}/u.test(t.text) && !CONNECTOR_WORDS.has((words[i - 1] as Token).lower) && !COMMON_NOUN_ACRONYMS.has(t.lower),
    );
    const lowered = words.map((t) => t.lower);
    const artifact = lowered.some((w) => ARTIFACTS.has(w));
    if (artifact) {
      const author = this.authorNear(tokens, phrase.from, at);
      if (author) return this.speaker(author, mention);
    }
    // "A table in the audit", "a union TV ad", "laut einer Studie": a document or a recording is no one, so no
    // person named near it (often the one it is about) speaks for it.
    if (isThingSource(words, this.lexicon.determiners, this.lexicon.lang)) return { mention };
    // "el ministerio de Exteriores de Egipto": an organisation named by a description is named by it.
    const content = words.filter((t) => !this.lexicon.determiners.includes(t.lower));
    const headWord = (content[0] as Token | undefined)?.lower ?? '';
    // (The domain after "de" names it too: "el ministerio de Exteriores de Egipto".)
    const domainNamed = content.slice(1).some((t) => /^\p{Lu}/u.test(t.text));
    // Romance writes the rest of a body's name lower-case after a capitalised kind ("la Cour des comptes"), and one
    // nation's body as its kind and nationality ("la présidence française", "el Gobierno vasco").
    const kindNamed = ROMANCE_LANGS.has(this.lexicon.lang) && /^\p{Lu}/u.test(content[0]?.text ?? '');
    const nationBody = ROMANCE_LANGS.has(this.lexicon.lang) && isNationality(content[1]?.lower ?? '');
    if (
      content.length > 1 &&
      ORGANISATION_WORDS.has(headWord) &&
      !SPOKESPERSON_HEADS.has(headWord) &&
      (domainNamed || kindNamed || nationBody)
    ) {
      const from = content[0] === words[0] ? phrase.from : phrase.from + 1;
      // (A body named by kind and nationality ends on its adjectives: "la présidence française mercredi soir".)
      let to = phrase.to;
      if (!domainNamed && !kindNamed) {
        to = tokens.indexOf(content[1] as Token) + 1;
        while (to < phrase.to && isBodyAdjective(tokens[to]?.lower ?? '')) to++;
      }
      const name = text(tokens, from, to);
      return { name: name.charAt(0).toUpperCase() + name.slice(1), mention };
    }
    // "an aide to Senator Hale", "a source close to the family": an unnamed person serving someone stays unnamed.
    const aide = words.findIndex((t) => UNNAMED_HEADS.has(t.lower));
    if (aide >= 0 && UNNAMED_LINKS.has(words[aide + 1]?.lower ?? '')) return { mention };
    // English: "a lawyer for Mr. Trump", "an adviser to the minister": whom the person serves is not the speaker.
    if (this.lexicon.lang === 'en' && servesSomeone(words)) return { mention };
    // "a Clinton campaign spokesman", "a spokeswoman for Google": the spokesperson speaks for the organisation.
    const head = words.findIndex((t) => SPOKESPERSON_HEADS.has(t.lower));
    if (head >= 0 && capitalised.length > 0) {
      const firstContent = words.findIndex((t) => !this.lexicon.determiners.includes(t.lower));
      const before = words.slice(firstContent, head);
      const after = words.slice(head + 1).filter((t, i) => i > 0 || !CONNECTOR_WORDS.has(t.lower));
      const owner = before.some((t) => /^\p{Lu}/u.test(t.text)) ? before : after.filter((t) => !this.lexicon.determiners.includes(t.lower));
      const ownerName = owner.map((t) => t.text.replace(/[’']s$/u, '')).join(' ');
      // "a spokeswoman for Mrs Merkel": a person's spokesperson, named where the article describes someone so.
      const person = owner.length > 0 ? this.people.entityOf(ownerName.split(' '), [], at) : undefined;
      if (person && !person.organisation) {
        // Unnamed, the spokesperson speaks for that person.
        const spokesperson = this.people.describedAs(words[head] as Token, at, person);
        return this.speaker(spokesperson ?? person, mention);
      }
      // "el portavoz de la Asociación": a definite spokesperson of a body is the person the article described so.
      const kind = person?.organisation ? person.words[0] : undefined;
      const definite = !this.lexicon.indefinites.includes((words[0] as Token).lower);
      const named = kind && definite ? this.people.describedAs(words[head] as Token, at) : undefined;
      if (named?.descriptors?.has(kind as string)) return this.speaker(named, mention);
      if (owner.length > 0) return { name: ownerName, mention };
    }
    // Who the description means was named before it, as a reader met them (the verb may come first or last).
    const before = Math.min(at, describedAt - ((tokens[phrase.to - 1] as Token).end - (tokens[phrase.from] as Token).start));
    // "der AfD-Chef", "Sachsens AfD-Chef": a German role compound on a party's or body's name is the one person the
    // article described with a compound on that name ("AfD-Spitzenkandidat Björn Muster").
    const compound = this.lexicon.lang === 'de' ? words.find((t) => t.text.includes('-') && isGermanRoleWord(t.text)) : undefined;
    const prefix = compound?.lower.split('-')[0] ?? '';
    // (Not when a name follows the role: "der russische UN-Botschafter Wassili Muster" is named.)
    const afterCompound = compound ? words[words.indexOf(compound) + 1] : undefined;
    const named = afterCompound !== undefined && !COMPLEMENT_OPENERS.has(afterCompound.lower);
    if (compound && !named && prefix.length >= MIN_COMPOUND_PREFIX && !this.lexicon.indefinites.includes((words[0] as Token).lower)) {
      const holder = this.people.byCompoundPrefix(prefix, before);
      if (holder) return this.speaker(holder, mention);
    }
    // "der Übergangstrainer", "la ministra", "the coach": a definite description naming a role is the one person the
    // article gave that role before it.
    const holder = this.people.byRole(
      words.map((t) => t.text),
      before,
    );
    if (holder) return this.speaker(holder, mention);
    if (holder === null) return { mention };
    const last = words[words.length - 1] as Token;
    // (An acronym title, "the company’s CEO", is a role too: capitals all through.)
    const roleHead = !/^\p{Lu}/u.test(last.text) || last.text === last.text.toUpperCase();
    if (capitalised.length > 0 && TITLE_WORDS.has(last.lower) && roleHead) {
      // "the Florida senator": the capital says where the role is, not who holds it.
      const holder = this.people.byDescription(
        words.map((t) => t.text),
        at,
      );
      return holder ? this.speaker(holder, mention) : { mention };
    }
    // "a student at Wesleyan University", "a doctor from Hebron": an English description names a person by where they
    // are or come from; the place after the preposition is not who speaks ("officials at Etlaq" speak for it; "a report
    // from Kotak" is its author's).
    if (this.lexicon.lang === 'en' && !artifact && locatedPerson(words)) return { mention };
    // "a resident of Lake Moreton", "the president of Acme Corp": English puts the noun before its complement, so every
    // capital after "of"/"with" names the person's place or body, not the person; the article's holder of that
    // description, if any, is who speaks.
    const complement = this.lexicon.lang === 'en' && !artifact ? complementLink(words) : -1;
    if (complement > 0) {
      // (Read as the noun phrase before the complement, "the president", which names no company; and as written before
      // its complement's name, which is no holder of it.)
      const opening = describedAt - ((tokens[phrase.to - 1] as Token).end - (tokens[phrase.from] as Token).start);
      const holder = this.people.byDescription(
        words.slice(0, complement).map((t) => t.text),
        at,
        opening,
      );
      return holder ? this.speaker(holder, mention) : { mention };
    }
    if (capitalised.length > 0) {
      const entity = this.people.entityOf(
        capitalised.map((t) => t.text),
        [],
        at,
      );
      if (
        entity?.organisation ||
        (entity && lowered.some((w) => w.startsWith('spokes') || w.startsWith('portavo') || w.startsWith('sprecher')))
      ) {
        return { name: entity.name, mention };
      }
      if (entity) return this.speaker(entity, mention);
      return { name: capitalised.map((t) => t.text.replace(/[’']s$/u, '')).join(' '), mention };
    }
    const entity = this.people.byDescription(
      words.map((t) => t.text),
      at,
      describedAt,
    );
    return entity ? this.speaker(entity, mention) : { mention };
  }

  /** The person a written artifact comes from: "from Trump", "Trump's signature", "signed by Trump". */
  private authorNear(tokens: Token[], from: number, at: number): Entity | undefined {
    const sentence = (tokens[from] as Token).sentence;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (t.sentence !== sentence || t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) continue;
      const prev = tokens[k - 1]?.lower;
      const possessive = /[’']s$/u.test(t.text);
      if (!possessive && prev !== 'from' && prev !== 'by' && prev !== 'de' && prev !== 'von' && prev !== 'di') continue;
      const entity = this.people.entityOf([t.text], [], at);
      if (entity && !entity.organisation) return entity;
    }
    return undefined;
  }

  private speaker(entity: Entity, mention: string | undefined, appositive?: string): Speaker {
    const speaker: Speaker = { name: entity.name };
    if (mention) speaker.mention = mention;
    const title = entity.title ?? appositive;
    if (title) speaker.title = title;
    const handle = this.handleOf(entity);
    if (handle) speaker.handle = handle;
    return speaker;
  }

  private handleOf(entity: Entity): string | undefined {
    const words = entity.words;
    for (const { words: author, handle } of this.handles) {
      if (author.join(' ') === words.join(' ')) return handle;
      if (author.length >= 2 && words.length >= 2 && author[author.length - 1] === words[words.length - 1] && author[0] === words[0])
        return handle;
    }
    return undefined;
  }
}

function text(tokens: Token[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((t, i, all) => (i > 0 && t.start > (all[i - 1] as Token).end ? ` ${t.text}` : t.text))
    .join('');
}

/** "a doctor from Hebron", "a student at Wesleyan University": a lower-case person noun, then a place preposition and a capital. */
function locatedPerson(words: Token[]): boolean {
  const at = words.findIndex((t, i) => i > 1 && /^\p{Lu}/u.test(t.text) && LOCATIVES.has((words[i - 1] as Token).text));
  const noun = words[at - 2];
  if (!noun || !/^\p{Ll}/u.test(noun.text) || BODY_VOICES.has(noun.lower)) return false;
  return (words[at - 1] as Token).text !== 'from' || TITLE_WORDS.has(noun.lower);
}

/**
 * "a resident of Lake Moreton", "the president of Acme Corp": the index of the complement preposition after a
 * lower-case noun (no one who speaks for a body: "officials at Etlaq") when every capital (past the first word)
 * follows it; else -1.
 */
function complementLink(words: Token[]): number {
  const link = words.findIndex((t, i) => i > 0 && COMPLEMENT_PREPOSITIONS.has(t.text));
  const noun = words[link - 1];
  if (!noun || !/^\p{Ll}/u.test(noun.text) || BODY_VOICES.has(noun.lower) || SPOKESPERSON_HEADS.has(noun.lower)) return -1;
  const capitalAfter = words.some((t, i) => i > link && /^\p{Lu}/u.test(t.text));
  return capitalAfter && words.every((t, i) => i === 0 || i > link || !/^\p{Lu}/u.test(t.text)) ? link : -1;
}

/** "a lawyer for Mr. Trump": a lower-case noun (no spokesperson, who speaks for the body) joined by "for" or "to" to a name. */
function servesSomeone(words: Token[]): boolean {
  const link = words.findIndex((t, i) => i > 0 && SERVING_LINKS.has(t.lower));
  const role = words[link - 1];
  if (!role || !/^\p{Ll}/u.test(role.text) || SPOKESPERSON_HEADS.has(role.lower)) return false;
  return words.slice(link + 1).some((t) => /^\p{Lu}/u.test(t.text));
}
