import { describe, expect, it } from 'vitest';
import { mostQuotedSpeakers, quotedFiguresFound } from '../../scripts/lib/quoted-figures';

const quoted = (...speakers: (string | null)[]) => speakers.map((speaker) => ({ speaker }));

describe('the quoted-figures stand-in for key-figure recall', () => {
  it('counts the three named speakers quoted most, each at least twice', () => {
    const quotes = quoted('Ana Ruiz', 'Ana Ruiz', 'Ana Ruiz', 'Tomas Berg', 'Tomas Berg', 'Lee Park', 'Lee Park', 'Jo Kim', 'Jo Kim', 'Sam Roe', 'a source', 'a source', null, null);
    expect(mostQuotedSpeakers(quotes)).toEqual(['Ana Ruiz', 'Tomas Berg', 'Lee Park']);
  });

  it('finds a speaker among the first five figures by the last name, titles aside', () => {
    const quotes = quoted('Sen. Ana Ruiz', 'Sen. Ana Ruiz', 'Tomas Berg', 'Tomas Berg');
    expect(quotedFiguresFound(quotes, ['Ana Ruiz', 'Lee Park'])).toEqual({ found: 1, of: 2 });
    expect(quotedFiguresFound(quotes, ['A', 'B', 'C', 'D', 'E', 'Tomas Berg', 'Ana Ruiz'])).toEqual({ found: 0, of: 2 });
  });
});
