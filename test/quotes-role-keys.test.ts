/** The role a description names and the roles a person holds, as `People.byRole` compares them. */
import { describe, expect, it } from 'vitest';
import { descriptionRole, isGermanDescription, roleCovers, roleOf } from '../src/quotes/role-keys.js';

const isGiven = (word: string) => ['uwe', 'eva'].includes(word);

describe('role keys', () => {
  it('reads a German compound by its last part, its first part telling roles apart', () => {
    expect(roleOf(['Übergangscoach'], 'de')).toEqual({ head: 'trainer', qualifiers: ['interims'] });
    expect(roleOf(['Landesvorsitzenden'], 'de')).toEqual({ head: 'vorsitzende', qualifiers: ['landes'] });
    expect(descriptionRole(['der', 'Interimstrainer', 'der', 'Gäste'], 'de')).toEqual({ head: 'trainer', qualifiers: ['interims'] });
  });

  it('folds Romance gender endings and keeps a complement’s domain', () => {
    expect(descriptionRole(['la', 'jefa'], 'es')).toEqual({ head: 'jef', qualifiers: [] });
    expect(roleOf(['ministra', 'de', 'Defensa'], 'es')).toEqual({ head: 'ministr', qualifiers: ['defensa'] });
  });

  it('reads only definite descriptions that end on their role', () => {
    expect(descriptionRole(['a', 'coach'], 'en')).toBeUndefined();
    expect(descriptionRole(['ein', 'Trainer'], 'de')).toBeUndefined();
    expect(descriptionRole(['the', 'actor', 'held', 'a', 'fake', 'audition'], 'en')).toBeUndefined();
    expect(descriptionRole(['der', 'russische', 'Außenminister', 'Sergej', 'Muster'], 'de')).toBeUndefined();
    expect(descriptionRole(['the', 'former', 'Florida', 'governor'], 'en')).toEqual({ head: 'governor', qualifiers: [] });
  });

  it('lets a general description cover a specific role, never a rank', () => {
    const interim = roleOf(['Interimstrainer'], 'de');
    const coach = descriptionRole(['der', 'Trainer'], 'de');
    const vice = roleOf(['Vice', 'President'], 'en');
    const president = descriptionRole(['the', 'president'], 'en');
    expect(interim && coach && roleCovers(interim, coach)).toBe(true);
    expect(vice && president && roleCovers(vice, president)).toBe(false);
    const foreign = descriptionRole(['the', 'foreign', 'minister'], 'en');
    const minister = roleOf(['minister'], 'en');
    expect(minister && foreign && roleCovers(minister, foreign)).toBe(false);
  });

  it('tells a German description written in capitals from a titled name', () => {
    expect(isGermanDescription(['Sachsens', 'AfD-Chef'], isGiven)).toBe(true);
    expect(isGermanDescription(['die', 'Dresdner', 'Sprecherin', 'des', 'Verbändebündnisses'], isGiven)).toBe(true);
    expect(isGermanDescription(['Sachsens', 'Ministerpräsident', 'Uwe', 'Muster'], isGiven)).toBe(false);
  });
});
