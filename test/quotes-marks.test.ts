/** The quotation-mark scanner: pairs, nesting, wrong and missing closing marks, apostrophes. */
import { describe, expect, it } from 'vitest';
import { scanMarks } from '../src/quotes/marks.js';

const contents = (text: string) => scanMarks(text).map((s) => text.slice(s.contentStart, s.contentEnd));

describe('scanMarks', () => {
  it('reads English curly and straight double marks', () => {
    expect(contents('He said “we will win,” and left. She said "not today."')).toEqual(['we will win,', 'not today.']);
  });

  it('keeps a nested quote inside the outer one', () => {
    expect(contents('“He told me ‘never again,’ and meant it,” she said.')).toEqual(['He told me ‘never again,’ and meant it,']);
  });

  it('reads French guillemets with and without inner spaces', () => {
    expect(contents('« Nous avons gagné », a-t-il dit. Selon elle, «rien n’a changé».')).toEqual(['Nous avons gagné', 'rien n’a changé']);
  });

  it('reads German low-high marks and reversed guillemets', () => {
    expect(contents('„Wir schaffen das“, sagte sie. »Das glaube ich nicht«, sagte er.')).toEqual([
      'Wir schaffen das',
      'Das glaube ich nicht',
    ]);
  });

  it('keeps the quotes after a single mark that never closes (a transliteration, an elision)', () => {
    expect(contents('Das Lager bei ‘Amir wurde getroffen; es sei ein „schwerer Angriff auf Zivilisten“ gewesen.')).toEqual([
      'schwerer Angriff auf Zivilisten',
    ]);
    expect(contents('„Wir sehen ‚Licht‘ am Ende“, sagte sie.')).toEqual(['Wir sehen ‚Licht‘ am Ende']);
  });

  it('reads NYT-style doubled apostrophes', () => {
    expect(contents("He said, ''It is over,'' and walked away.")).toEqual(['It is over,']);
  });

  it('does not take apostrophes for marks', () => {
    expect(scanMarks("Don't tell the players' union about the '90s.")).toEqual([]);
  });

  it('closes a quote whose closing mark faces the wrong way', () => {
    expect(contents('She wrote “this is the end“ and signed it.')).toEqual(['this is the end']);
  });

  it('reports an unclosed double quote as running to the paragraph end', () => {
    const spans = scanMarks('“The first patients arrived before midnight.');
    expect(spans).toHaveLength(1);
    expect(spans[0]?.closed).toBe(false);
  });

  it('drops an unclosed single mark (an apostrophe or a stray)', () => {
    expect(scanMarks('It was ‘rock and roll all night.')).toEqual([]);
  });

  it('finds no quoted words in a wall of marks', () => {
    const text = '“'.repeat(50_000) + '”'.repeat(50_000);
    expect(scanMarks(text).filter((s) => /\p{L}/u.test(text.slice(s.contentStart, s.contentEnd)))).toEqual([]);
  });
});
