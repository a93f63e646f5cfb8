import { describe, expect, it } from 'vitest';
import { foldText, looseText } from '@/utils/highlight/normalise';

describe('folding text for matching', () => {
  it.each([
    ['curly double marks', '“Yes”', '"Yes"'],
    ['curly and angled single marks', '‘it’s’ ‹x›', "'it's' 'x'"],
    ['guillemets and low marks', '«oui» „ja“', '"oui" "ja"'],
    ['dashes and minus', 'a–b—c−d', 'a-b-c-d'],
    ['soft hyphens and zero-width spaces', 'extra\u00ADordi\u200Bnary', 'extraordinary'],
    ['white space of every kind', ' a\u00A0\u202F b\n\nc\t', 'a b c'],
  ])('%s', (_name, input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it.each([
    ['keeps letters and digits of any script, lower-cased', 'Ünïcode 42 Ελλάδα!', 'ünïcode42ελλάδα'],
    ['drops all punctuation and spaces', '"We\'ll — see," she said.', 'wellseeshesaid'],
  ])('loose form %s', (_name, input, expected) => {
    expect(looseText(foldText(input))).toBe(expected);
  });
});
