/** English news-writing conventions of attribution: what must come out without a name (a wrong name is worse than none). */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { readFixture } from './helpers/fixtures.js';

const names = (fixture: string) => extract(readFixture(fixture).html).quotes.map((q) => q.speaker?.name);

describe('English attribution', () => {
  it('names no one with a nationality, and does not carry the last speaker onto a body', () => {
    // "The Danish government", "a senior Norwegian transport official": the capital is an adjective, not a name.
    expect(names('quote-nationality-not-a-name')).toEqual(['Tove Lindqvist', undefined, undefined]);
  });

  it('starts a name at its given name after an affiliation, and names no one with a role alone', () => {
    // "NASA Administrator Susan Brennan", "Orbix's Martin Kellerby"; "Sirius Aero Vice President" is a role's holder.
    expect(names('quote-affiliation-before-name')).toEqual(['Susan Brennan', 'Martin Kellerby', undefined]);
  });

  it('reads a common word the article writes as a surname as that person, not as a month', () => {
    // "Councillor Susan May … “…,” May said": not the other person named before.
    expect(names('quote-common-word-surname')).toEqual(['Susan May', 'Susan May']);
  });

  it('names no one for a person serving a name ("a lawyer for Mr. X", "one of the advisers to X")', () => {
    expect(names('quote-serving-someone-not-a-name')).toEqual([undefined, undefined]);
  });

  it('takes no adverb set off by commas for the speaker’s title ("Dunmore, meanwhile, told")', () => {
    const speaker = extract(readFixture('quote-adverb-aside-not-title').html).quotes[0]?.speaker;
    expect(speaker?.name).toBe('Carl Dunmore');
    expect(speaker?.title).not.toBe('meanwhile');
  });
});
