import { describe, expect, it } from 'vitest';
import { readComplement } from '../../../utils/analysis/mentions';

describe('readComplement', () => {
  it.each([
    ['a preposition, an article and a noun', ' of the security services said', ' of the security services said'],
    ['at most five words', ' of the city council planning committee budget office', ' of the city council planning committee budget'],
    ['a word cut at punctuation', ' at the ministry, who', ' at the ministry'],
    ['the article alone before a capital', ' of the Board', ' of the'],
    ['hyphenated words', ' for long-term planning', ' for long-term planning'],
  ])('reads %s', (_, text, expected) => {
    expect(readComplement(text)).toBe(expected);
  });

  it.each([
    ['no space before the preposition', 'of the services'],
    ['a word that is no preposition', ' about the services'],
    ['a capitalised word after the preposition', ' of Defence'],
    ['a one-letter word', ' of a'],
    ['a preposition ending the text', ' of'],
  ])('reads nothing for %s', (_, text) => {
    expect(readComplement(text)).toBe('');
  });
});
