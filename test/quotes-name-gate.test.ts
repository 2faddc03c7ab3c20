/** The name gate: a speaker `name` is a person's or an organisation's name, never a common noun, pronoun or honorific. */
import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../src/quotes/lexicon/index.js';
import { NameEvidence, withoutCourtesyTitle } from '../src/quotes/name-evidence.js';
import { extract } from '../src/index.js';
import { readFixture } from './helpers/fixtures.js';

const de = LEXICONS.de as NonNullable<(typeof LEXICONS)['de']>;
const en = LEXICONS.en as NonNullable<(typeof LEXICONS)['en']>;
const es = LEXICONS.es as NonNullable<(typeof LEXICONS)['es']>;

describe('name gate', () => {
  it('leaves German common nouns as mentions, never names', () => {
    const fixture = readFixture('quote-name-gate-common-noun-de');
    const quotes = extract(fixture.html).quotes;
    expect(quotes).toHaveLength(3);
    // "Laut Bericht", "In der Begründung heißt es": no one named, the noun stays the mention.
    expect(quotes[0]?.speaker?.name).toBeUndefined();
    expect(quotes[2]?.speaker?.name).toBeUndefined();
    // "In einem Interview äußerte sich die Stadträtin Marlene Hofstetter": the subject after the fronted adverbial, not "Interview".
    expect(quotes[1]?.speaker?.name).toBe('Marlene Hofstetter');
  });

  it('drops a name opening on a capitalised preposition and a German noun written after an article', () => {
    const french = extract(readFixture('quote-name-gate-preposition-opening-fr').html).quotes;
    expect(french.map((q) => q.speaker?.name)).toEqual([undefined]);
    const german = extract(readFixture('quote-name-gate-article-noun-de').html).quotes;
    expect(german.map((q) => q.speaker?.name)).toEqual(['Jan Mosbacher', undefined, 'Gericht', 'BVK']);
  });

  it('names no law or plan, unless written out as the subject, and no body for its member (Romance)', () => {
    const evidence = new NameEvidence(es, 'El Gobierno reformó la Ley de Autonomía Universitaria. La Constitución manda respetarla.', []);
    expect(evidence.accepts('Ley de Autonomía Universitaria')).toBe(false);
    expect(evidence.accepts('Estrategia Política', 'La evaluación de la Estrategia de la Política de Cuadros')).toBe(false);
    expect(evidence.accepts('Constitución', 'La Constitución manda')).toBe(true);
    // "según contó la integrante de Abona": a member of the body is a person, not the body speaking.
    const member = extract(readFixture('speaker-member-of-body').html).quotes;
    expect(member.map((q) => q.speaker?.name)).toEqual(['Rosa Quintana', undefined]);
    expect(member[1]?.speaker?.mention).toBe('la integrante de Abona');
  });

  it('reads a French tag’s described subject after its verb, not a place before it', () => {
    // "…, au Pérou, emporté par …, a déclaré jeudi le ministre des Affaires étrangères": not "Pérou".
    const quotes = extract(readFixture('quote-postposed-described-subject-fr').html).quotes;
    expect(quotes.map((q) => q.speaker?.name)).toEqual([undefined]);
    expect(quotes[0]?.speaker?.mention).toBe('le ministre des Affaires étrangères');
  });

  it('tells a German noun from a surname by the article’s own use of it', () => {
    const text =
      'Das Urteil fiel am Montag. Richterin Anna Brenner las das Urteil vor. Brenner sagte, es sei gerecht. Die Zeitung berichtete in Hannover.';
    const evidence = new NameEvidence(de, text, []);
    expect(evidence.accepts('Urteil')).toBe(false);
    expect(evidence.accepts('Zeitung')).toBe(false);
    expect(evidence.accepts('Hannover')).toBe(false);
    expect(evidence.accepts('Einige Wochen')).toBe(false);
    expect(evidence.accepts('Brenner')).toBe(true);
    expect(evidence.accepts('Anna Brenner')).toBe(true);
  });

  it('drops a German role alone, a genitive and an impersonal "man" as names', () => {
    const quotes = extract(readFixture('quote-de-noun-not-speaker-name').html).quotes;
    expect(quotes.map((q) => q.speaker?.name)).toEqual([undefined, undefined, undefined]);
    const text = 'Der Plan stammt aus Niedersachsen. Die Stadt hat ihn zum eigenen Ziel erklärt. Papier sagte es. Hans Richter kam.';
    const evidence = new NameEvidence(de, text, []);
    expect(evidence.accepts('Niedersachsens')).toBe(false);
    expect(evidence.accepts('Ziel')).toBe(false);
    expect(evidence.accepts('Regierungssprecher')).toBe(false);
    expect(evidence.accepts('Papier')).toBe(true);
    // A surname the article writes after a given name stays a name, though it reads as a role.
    expect(evidence.accepts('Richter')).toBe(true);
  });

  it('names the antecedent of a German relative clause only when it names someone', () => {
    const quotes = extract(readFixture('quote-de-relative-clause-speaker').html).quotes;
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Uwe Beispiel', 'Gerda Muster', undefined]);
  });

  it('reads a German subject after the verb when an adverb or an object opens the sentence', () => {
    const quotes = extract(readFixture('quote-de-fronted-object-subject-after-verb').html).quotes;
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Horst Beispiel', 'Eva Hartmann', undefined, undefined]);
  });

  it('refuses pronouns, single letters, honorifics and determiner-led phrases', () => {
    const evidence = new NameEvidence(en, 'The study was published on Monday. Dr. Lee Park wrote it.', []);
    for (const name of ['It', 'She', 'M', 'Herr', 'Mr.', 'The study', 'a series of 19']) expect(evidence.accepts(name), name).toBe(false);
    expect(evidence.accepts('Lee Park')).toBe(true);
    expect(evidence.accepts('Devon and Cornwall Police')).toBe(true);
  });

  it('drops courtesy titles and keeps honorifics that style a single name', () => {
    expect(withoutCourtesyTitle('M. Dupont')).toBe('Dupont');
    expect(withoutCourtesyTitle('Herr Voigt')).toBe('Voigt');
    expect(withoutCourtesyTitle('Sra. Elena Ruiz')).toBe('Elena Ruiz');
    expect(withoutCourtesyTitle('Prince Harry')).toBe('Prince Harry');
    expect(withoutCourtesyTitle('Don Lemon')).toBe('Don Lemon');
  });

  it('splits a role written before the name into the title', () => {
    const text = 'Der Kreisbrandmeister Jan Muster kam um acht. Bürgermeister Muster dankte.';
    const evidence = new NameEvidence(de, text, []);
    expect(evidence.refine('Kreisbrandmeister Jan Muster')).toEqual({ name: 'Jan Muster', title: 'Kreisbrandmeister' });
    expect(evidence.refine('Stuttgarter Klimaforscherin Eva Beispiel')).toEqual({
      name: 'Eva Beispiel',
      title: 'Stuttgarter Klimaforscherin',
    });
    expect(evidence.refine('Bürgermeister Muster')).toEqual({ name: 'Jan Muster', title: 'Bürgermeister' });
    expect(new NameEvidence(en, 'She moved there.', []).refine('Portland-based Ada Quill')).toEqual({
      name: 'Ada Quill',
      title: 'Portland-based',
    });
  });

  it('never names a particle alone, and completes a surname written after its particles', () => {
    const fixture = readFixture('quote-particle-surname-es');
    // "Van der Molen" opening a sentence is the surname, with its particles, of the "Ingrid van der Molen" named before.
    expect(extract(fixture.html).quotes.map((q) => q.speaker?.name)).toEqual(['Ingrid van der Molen']);
    const es = LEXICONS.es as NonNullable<(typeof LEXICONS)['es']>;
    const evidence = new NameEvidence(es, 'La presidenta, Ursula von der Leyen, habló. Von der Leyen dijo que sí.', []);
    expect(evidence.accepts('Von')).toBe(false);
    expect(evidence.refine('Leyen')).toEqual({ name: 'Ursula von der Leyen' });
  });

  it('reads a sentence-opening German article, and a noun with its genitive, as no name', () => {
    // "Einen direkten Zusammenhang": a capitalised article opens a noun phrase; "-ten" after "einen" is an adjective.
    const text = 'Einen direkten Zusammenhang sieht Marc Olefs. Damit würden die nuklearen Kapazitäten Israels geprüft.';
    const evidence = new NameEvidence(de, text, []);
    expect(evidence.accepts('Zusammenhang')).toBe(false);
    expect(evidence.accepts('Marc Olefs')).toBe(true);
    // "die nuklearen Kapazitäten Israels": whose, not who.
    expect(evidence.refine('Kapazitäten Israels')).toEqual({ name: 'Kapazitäten Israels' });
    expect(evidence.accepts('Kapazitäten Israels')).toBe(false);
  });

  it('ends a German name before the object or listener after it, and before "von" and a body', () => {
    const quotes = extract(readFixture('quote-de-name-stops-at-object').html).quotes;
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Petra Lindqvist', 'Petra Lindqvist', 'Tobias Wengert']);
    const affiliated = extract(readFixture('quote-de-affiliation-after-von').html).quotes;
    expect(affiliated.map((q) => q.speaker?.name)).toEqual(['Carola Brinkhaus', 'Holger Mertineit', 'Ulrich von Dahlberg']);
  });

  it('names no one with an English sentence-opening preposition glued to a name', () => {
    const text = 'Like Harlow, Senator Dana Pruett voted no. Given Pruett’s record, few were surprised. Alongside CFR, the group marched.';
    const evidence = new NameEvidence(en, text, []);
    for (const glued of ['Like Harlow', 'Given Pruett', 'Alongside CFR', 'Unlike Pruett', 'Despite Harlow'])
      expect(evidence.accepts(glued)).toBe(false);
    expect(evidence.accepts('Dana Pruett')).toBe(true);
    expect(evidence.accepts('Harlow')).toBe(true);
    // ("Under Armour", "Per Olsen": a body or a person whose name opens on a preposition's spelling.)
    expect(evidence.accepts('Under Armour')).toBe(true);
    expect(evidence.accepts('Per Olsen')).toBe(true);
  });

  it('reads a headline in capitals as no name when the article writes its words in lower case', () => {
    const text = 'PATIENTS PROTEST TODAY. Patients gathered outside; the protest ran all day. NASA and UNICEF sent staff.';
    const evidence = new NameEvidence(en, text, []);
    expect(evidence.accepts('PATIENTS PROTEST TODAY')).toBe(false);
    expect(evidence.accepts('UNICEF')).toBe(true);
    expect(evidence.accepts('NASA')).toBe(true);
  });
});
