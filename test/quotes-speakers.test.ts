/**
 * Speaker resolution, fed directly through `extractQuotes` with hints the other stages would give:
 * surnames completed from tags, handles from embed authors, titles split off, unnamed sources.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/boundary/blocks.js';
import { createContext } from '../src/context.js';
import { parseHtml } from '../src/hast/parse.js';
import { extractQuotes, type QuoteHints } from '../src/quotes/index.js';
import { parseName } from '../src/quotes/names.js';
import { assembleText } from '../src/text.js';
import type { Embed } from '../src/types.js';

function body(paragraphs: string[]) {
  const element = { type: 'element', tagName: 'p', properties: {}, children: [] } as Block['element'];
  return assembleText(paragraphs.map((text) => ({ text, element, kind: 'p', inQuote: false })));
}

function quotes(paragraphs: string[], hints: Partial<QuoteHints> = {}, lang = 'en') {
  const context = createContext(parseHtml(`<html lang="${lang}"><body></body></html>`).tree, {});
  return extractQuotes(context, body(paragraphs), { metadata: { authors: [] }, tags: [], embeds: [], ...hints });
}

const embed = (name: string, handle: string): Embed => ({
  platform: 'twitter',
  kind: 'post',
  variant: 'test',
  paragraph: 0,
  author: { name, handle },
});

describe('speaker resolution', () => {
  it('completes a surname from the page tags', () => {
    const [quote] = quotes(['"He has been very nice over the last month," Trump said.'], { tags: [{ name: 'Donald Trump' }] });
    expect(quote?.speaker).toMatchObject({ name: 'Donald Trump', mention: 'Trump' });
  });

  it('leaves a surname alone when nothing completes it', () => {
    const [quote] = quotes(['"He has been very nice over the last month," Trump said.']);
    expect(quote?.speaker).toMatchObject({ name: 'Trump', mention: 'Trump' });
  });

  it('splits the title off the first mention and links the embed author handle', () => {
    const [quote] = quotes(
      ['Colombian President Gustavo Petro met Trump on Tuesday.', '"I don\'t understand English a lot," Petro said.'],
      { embeds: [embed('Gustavo Petro', 'petrogustavo')] },
    );
    expect(quote?.speaker).toEqual({
      name: 'Gustavo Petro',
      mention: 'Petro',
      title: 'Colombian President',
      handle: 'petrogustavo',
      via: 'resolved',
    });
  });

  it('resolves pronouns by gender, not only by recency', () => {
    const result = quotes([
      'Kristen Wiig has had a busy summer. She wrote a film with Judd Apatow.',
      '"In most ways my life has not changed," she says.',
    ]);
    expect(result[0]?.speaker).toMatchObject({ name: 'Kristen Wiig', mention: 'she' });
  });

  it('gives an unnamed source no name', () => {
    const [quote] = quotes(['"The talks are going nowhere at all," a source familiar with the matter said.']);
    expect(quote?.speaker?.name).toBeUndefined();
    expect(quote?.speaker?.mention).toBe('a source familiar with the matter');
  });

  it('names no one for a document, a recording or a new unnamed person, not the person nearby', () => {
    const result = quotes([
      'Councillor Mara Feldstone drafted the water levy last spring. "These pipes will not last another decade," Feldstone said.',
      'The levy pushed the council into a debate over whether to shelve it; one councillor called Feldstone "the fiercest critic of the reservoir."',
      'A memo attached to the engineers\' survey spells out the risk: "The eastern main was laid before 1950."',
      'Feldstone toured the plant on Monday. A radio ad aired Sunday blames Feldstone for "years of neglect at the pumping station."',
      'Even a veteran council adviser said Feldstone must decide soon, saying, "She cannot please both camps forever."',
    ]);
    expect(result.map((q) => q.speaker?.name)).toEqual(['Mara Feldstone', undefined, undefined, undefined, undefined]);
    expect(result.map((q) => q.speaker?.mention)).toEqual([
      'Feldstone',
      'one councillor',
      'A memo',
      'A radio ad',
      'a veteran council adviser',
    ]);
  });

  it('names no one for a German noun of something said or written', () => {
    const result = quotes(
      [
        'Der Kreistag hat am Dienstag beschlossen, die Buslinie 7 ab Herbst nur noch stündlich fahren zu lassen.',
        'Die Fahrgastvertretung beruft sich auf § 9 Abs. 2, Nr. 1, Satz 3 des Nahverkehrsplans, in dem es wörtlich heißt: „Jeder Ortsteil erhält mindestens einen Halbstundentakt.“',
      ],
      {},
      'de',
    );
    expect(result).toHaveLength(1);
    expect(result[0]?.speaker?.name).toBeUndefined();
  });

  it('reads "commented" as a verb of saying, whose subject speaks', () => {
    const result = quotes(['Principal Tobias Wend unveiled the timetable. He would keep the library open "whatever it takes," one parent commented.']);
    expect(result[0]?.speaker?.name).toBeUndefined();
    expect(result[0]?.speaker?.mention).toBe('one parent');
  });

  it('keeps the reporter of a document cited inside the clause they report', () => {
    const [quote] = quotes([
      'Ines Kowalczyk, who chairs the residents\' group, wrote that according to its own survey, leaks have doubled, yet "the town can still fix this."',
    ]);
    expect(quote?.speaker).toMatchObject({ name: 'Ines Kowalczyk', mention: 'Ines Kowalczyk' });
  });

  it('keeps an organisation as the speaker', () => {
    const [quote] = quotes([
      'Colombia\'s Foreign Ministry said in a statement that there will be "about 20 flights, one per week," from now on.',
    ]);
    expect(quote?.speaker).toMatchObject({ name: "Colombia's Foreign Ministry" });
    expect(quote?.cue).toBe('said in a statement');
  });

  it('gives a spokesperson the organisation they speak for', () => {
    const [quote] = quotes(['"We have no plans to change the policy at all," a Google spokeswoman said.']);
    expect(quote?.speaker).toMatchObject({ name: 'Google', mention: 'a Google spokeswoman' });
  });

  it('resolves a description to the person holding that role', () => {
    const result = quotes(
      [
        'El presidente andaluz, Juanma Moreno, visitó la zona el sábado.',
        '«Es una tragedia mayúscula y un horror», ha insistido el presidente andaluz.',
      ],
      {},
      'es',
    );
    expect(result[0]?.speaker).toMatchObject({ name: 'Juanma Moreno', mention: 'el presidente andaluz' });
  });

  it('keeps a middle initial inside the name', () => {
    const [quote] = quotes(['"The partisanship of a state is a steady thing," said Jeffrey M. Jones of the polling firm.']);
    expect(quote?.speaker).toMatchObject({ name: 'Jeffrey M. Jones' });
  });

  it('reads the subject after a dateline or run-in heading in capitals', () => {
    const [dateline, heading] = quotes([
      'PHILADELPHIA — The committee offered an apology: "a deep and sincere apology to all of you."',
      'POLLS NOT WRONG, JUST EARLY - Mark Blumenthal: "The polls did not fail in the state this year."',
    ]);
    expect(dateline?.speaker?.name).not.toBe('PHILADELPHIA');
    expect(heading?.speaker).toMatchObject({ name: 'Mark Blumenthal' });
  });

  it("reads a bracketed sentence after a quote as its own, not as the quote's attribution", () => {
    const found = quotes([
      'The union at UPS is big, and Tanner Fischer fought back. “I filed a complaint a few days later,” he told me. “It was easy. I did it myself.” (UPS corporate communications said of the incident, “We respect our employees’ rights to assemble.” The case is ongoing.)',
    ]);
    expect(found.map((q) => q.speaker?.name)).toEqual(['Tanner Fischer', 'UPS']);
  });

  it('keeps "and" inside an organisation\'s name, not between two people', () => {
    const found = quotes([
      'Devon and Cornwall Police confirmed a van was damaged and "arrests are ongoing" in the city.',
      'Officers were called, a statement from Devon and Cornwall Police said: "We will step up our presence tonight."',
      'Mary Smith and John Brown spoke later. "We are staying here for now," Brown said.',
    ]);
    expect(found.map((q) => q.speaker?.name)).toEqual(['Devon and Cornwall Police', 'Devon and Cornwall Police', 'John Brown']);
  });

  it("reads a subject with its appositive after an opener, and a new sentence's own subject", () => {
    const found = quotes([
      'Tanner Fischer spoke at length. “We will win this,” he said.',
      'On a January 31 earnings call, Amit Mehrotra, an analyst for Deutsche Bank, expressed concern about the press: “It seems like every day there is a new big article.” On that same call, Chief Executive Carol Tomé sought to assure investors that the two sides are “not far apart on the issues.”',
    ]);
    expect(found.map((q) => q.speaker?.name)).toEqual(['Tanner Fischer', 'Amit Mehrotra', 'Carol Tomé']);
  });

  it('takes the person, not the body, from a role written next to their name', () => {
    const found = quotes([
      'The Leader of Burnley Council, Councillor Ahmed Rahman MBE, has issued the following statement: "We are working with the police to find who did this."',
      'Cllr Louise Grant, Chair of the Local Government Association said: "Councils are striving to unite communities and not divide them."',
    ]);
    expect(found[0]?.speaker).toMatchObject({ name: 'Ahmed Rahman' });
    expect(found[1]?.speaker).toMatchObject({ name: 'Louise Grant' });
  });

  it('gives "…, who said" to the name before the comma', () => {
    const [quote] = quotes([
      'Among those who came to help was councillor Margaret Clarke, who said those responsible had shown “stone age thinking” all week.',
    ]);
    expect(quote?.speaker).toMatchObject({ name: 'Margaret Clarke' });
  });

  it('gives a repeated line (a pull quote) the speaker of the quote that holds it', () => {
    const found = quotes([
      '“We ran out of fuel and the electricity is cut off. The hospital is out of service.”',
      '“For days we have warned about this,” Dr. Sobhi Skaik, the director of the hospital, said. “And now it has happened: We ran out of fuel and the electricity is cut off. The hospital is out of service.”',
    ]);
    expect(found[0]?.speaker).toMatchObject({ name: 'Sobhi Skaik' });
  });

  it('reads past a long appositive that never closes its comma', () => {
    const [quote] = quotes([
      '“This is mainly due to the change in wind direction,” Asha Menon, a research analyst at the Council on Energy, Environment and Water think tank told reporters.',
    ]);
    expect(quote?.speaker).toMatchObject({ name: 'Asha Menon' });
    expect(quote?.cue).toBe('told');
  });

  it('keeps a one-word name written alone before a longer name that holds it', () => {
    const found = quotes([
      'The fitness app Zentra is adding features for women, and the company says more are coming.',
      'Last year Zentra opened Camp Zentra, a summer event for its most active users.',
      '“Studies show that women of all ages find less time to dedicate to an active lifestyle,” Zentra wrote in a blog post.',
      'The firm was founded by Maria Gomez. “We started small,” Gomez said.',
    ]);
    expect(found.map((q) => q.speaker?.name)).toEqual(['Zentra', 'Maria Gomez']);
  });

  it('skips a participle clause before the subject', () => {
    const [quote] = quotes([
      'Speaking to supporters in South Carolina after the primary, Ted Cruz called the race “a contest between only two strong conservatives now.”',
    ]);
    expect(quote?.speaker).toMatchObject({ name: 'Ted Cruz' });
  });

  it('gives ", saying" the subject, not a name inside the object', () => {
    const found = quotes([
      'Donald Trump spoke on Tuesday. “If she gets to pick her judges, nothing you can do, folks,” Trump told a North Carolina rally, saying Clinton would “abolish the second amendment.”',
    ]);
    expect(found.map((q) => q.speaker?.name)).toEqual(['Donald Trump', 'Donald Trump']);
  });

  it('drops one- and two-word fragments', () => {
    expect(quotes(['They want "dignified treatment" for everyone, the ministry said.'])).toEqual([]);
  });
});

describe('parseName', () => {
  const connectors = new Set(['of', 'de']);
  it('splits titles with a demonym or a place', () => {
    expect(parseName(['Colombian', 'President', 'Gustavo', 'Petro'], connectors)).toMatchObject({
      name: 'Gustavo Petro',
      title: 'Colombian President',
    });
    expect(parseName(['Kenosha', 'County', 'District', 'Attorney', 'Michael', 'Graveley'], connectors)).toMatchObject({
      name: 'Michael Graveley',
    });
  });
  it('keeps the name after a title phrase with "of"', () => {
    expect(parseName(['Secretary', 'of', 'State', 'Marco', 'Rubio'], connectors)).toMatchObject({
      name: 'Marco Rubio',
      title: 'Secretary of State',
    });
  });
  it('knows an organisation by its last word', () => {
    expect(parseName(["Colombia's", 'Foreign', 'Ministry'], connectors)).toMatchObject({
      organisation: true,
      name: "Colombia's Foreign Ministry",
    });
  });
});
