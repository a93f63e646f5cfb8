import { describe, expect, it } from 'vitest';
import { characterAt, characterBefore, endsWithWordOf, hasCapital, hasDottedCapitals, isAllCapitals, isCapitalLetter, isDigit, isLetter, isMark, isWordOf, lettersAfter, lettersBefore, startsLower, startsUpper } from '../../../utils/analysis/text/letters';

describe('letter tests', () => {
  it.each(['a', 'É', 'ß', 'ж', 'א', 'ع', '中', 'ʻ'])('%s is a letter', (char) => {
    expect(isLetter(char)).toBe(true);
  });

  it.each(['1', ' ', '-', '’', '“', '«', '\u00A0', '€', '', undefined])('%s is not a letter', (char) => {
    expect(isLetter(char)).toBe(false);
  });

  it('reads the letters inside punctuation blocks and a mark that has cases as Unicode does', () => {
    expect(['ª', 'µ', 'º'].every((char) => isLetter(char))).toBe(true);
    expect(isLetter('\u0345')).toBe(false); // combining Greek iota: it has an upper-case form, yet it is a mark
  });

  it.each([['A'], ['É'], ['Ж'], ['Ω'], ['ϒ'], ['𐐀'], ['𝐀'], ['ℂ']])('%s is a capital letter', (char) => {
    expect(isCapitalLetter(char)).toBe(true);
  });

  it.each([['a'], ['é'], ['ǅ'], ['ᾈ'], ['中'], ['1'], ['’'], [''], [undefined]])('%s is not a capital letter', (char) => {
    expect(isCapitalLetter(char)).toBe(false);
  });

  it('agrees with \\p{Lu} and \\p{M} on every character of the Basic Multilingual Plane', () => {
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCharCode(code);
      if (isCapitalLetter(char) !== /^\p{Lu}$/u.test(char) || isMark(char) !== /^\p{M}$/u.test(char) || isLetter(char) !== /^\p{L}$/u.test(char)) disagreements.push(code.toString(16));
    }
    expect(disagreements).toEqual([]);
  });

  it('finds a full stop between two capitals', () => {
    expect(['U.S', 'C.S.', 'J.R.R', 'Ж.Ω'].every(hasDottedCapitals)).toBe(true);
    expect(['.US', 'U.s', 'Mr.X', 'u.S', 'e.g.'].some(hasDottedCapitals)).toBe(false);
  });

  it('reads surrogate pairs whole, and lone halves alone', () => {
    expect(characterAt('a𐐀b', 1)).toBe('𐐀');
    expect(characterBefore('a𐐀b', 3)).toBe('𐐀');
    expect(characterAt('\uD835x', 0)).toBe('\uD835');
    expect(characterBefore('x\uDC00', 2)).toBe('\uDC00');
    expect(characterAt('ab', 2)).toBe('');
  });

  it('tells capitals from lower case in any cased script, and neither in caseless ones', () => {
    expect(['Gallant', 'Élysée', 'Путин', 'Ωmega', '𐐀x'].every(startsUpper)).toBe(true);
    expect(['de', 'économie', 'путин', 'ßig'].every(startsLower)).toBe(true);
    expect(['1st', '“Quote', '中文', 'لبنان', ''].some((text) => startsUpper(text) || startsLower(text))).toBe(false);
  });

  it('reads words of capitals', () => {
    expect(isAllCapitals('UMP', 2)).toBe(true);
    expect(isAllCapitals('C')).toBe(true);
    expect(isAllCapitals('C', 2)).toBe(false);
    expect(isAllCapitals('UMPs', 2)).toBe(false);
    expect(isAllCapitals('G7', 2)).toBe(false);
  });

  it('reads the letters around a position', () => {
    expect(lettersBefore('“Yes,” she told ', 15)).toBe('told');
    expect(lettersAfter('said Gallant', 0)).toBe('said');
    expect(lettersAfter('l’économiste', 2)).toBe('économiste');
    expect(lettersBefore('2023 ', 4)).toBe('');
  });
});

describe('endsWithWordOf', () => {
  const prepositions = new Set(['of', 'in', 'à']);

  it('finds a listed word standing alone before trailing space, in any case', () => {
    expect(endsWithWordOf('the mayor of ', prepositions)).toBe(true);
    expect(endsWithWordOf('In  ', prepositions)).toBe(true);
    expect(endsWithWordOf('arrivé À ', prepositions)).toBe(true);
  });

  it('needs the space and the whole word', () => {
    expect(endsWithWordOf('the mayor of', prepositions)).toBe(false);
    expect(endsWithWordOf('within ', prepositions)).toBe(false);
    expect(endsWithWordOf('x-in ', prepositions)).toBe(false);
  });
});

describe('isWordOf', () => {
  it('accepts letters and the characters allowed besides them', () => {
    expect(isWordOf('O’Neill', "'’-")).toBe(true);
    expect(isWordOf('Jean-Luc', "'’-")).toBe(true);
    expect(isWordOf('Jean-Luc')).toBe(false);
    expect(isWordOf('R2D2', "'’-")).toBe(false);
    expect(isWordOf('')).toBe(false);
  });
});

describe('isDigit', () => {
  it.each(['0', '7', '٣', '७', '½'])('%s is a digit or number sign', (char) => {
    expect(isDigit(char)).toBe(true);
  });

  it.each(['a', '.', '', undefined])('%s is not', (char) => {
    expect(isDigit(char)).toBe(false);
  });
});

describe('isLetter on characters with case that are not letters', () => {
  it.each(['Ⅻ', 'ⅳ', 'Ⓐ'])('%s is not a letter', (char) => {
    expect(isLetter(char)).toBe(false);
  });
});

describe('hasCapital', () => {
  it('finds a capital anywhere in the text', () => {
    expect(['McDonald', 'de Miranda', 'iPhone', 'ÉTÉ'].every(hasCapital)).toBe(true);
    expect(['de', 'économie', '2024', '中文'].some(hasCapital)).toBe(false);
  });
});
