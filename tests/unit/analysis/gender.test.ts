import { describe, expect, it } from 'vitest';
import { genderOfPerson, genderOfPronoun } from '../../../utils/analysis/people/gender';
import type { Span } from '../../../utils/analysis/types';

/** The spans at which `name`'s last word stands in `text`, as people.ts records a person's mentions. */
function mentionsOf(text: string, name: string): Span[] {
  const word = name.split(' ').pop()!.split('-')[0]!;
  const spans: Span[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) spans.push({ start: at, end: at + word.length });
  return spans;
}

describe('gender: a person', () => {
  it.each([
    ['a title before a mention', 'Talks stalled. Mrs. Brandt left early.', 'Alex Brandt', null, 'female'],
    ['a French title', 'Mme Borne a parlé.', 'Élisabeth Borne', null, 'female'],
    ['a title, over the given name', 'Mr. Cole spoke.', 'Ashley Cole', null, 'male'],
    ['a gendered role', 'Lind spoke.', 'Sam Lind', 'spokeswoman', 'female'],
    ['a given name almost always a woman’s', 'Okafor spoke.', 'Hillary Okafor', null, 'female'],
    ['a given name almost always a man’s', 'Lind spoke.', 'Peter Lind', 'governor', 'male'],
  ])('%s', (_, text, name, role, expected) => {
    expect(genderOfPerson(text, name, role, mentionsOf(text, name))).toBe(expected);
  });
});

describe('gender: a kinship noun right before a mention of the full name', () => {
  it.each([
    ['set off by a comma', 'She came with her husband, Milo Brandt, a banker.', 'Milo Brandt', 'banker', 'male'],
    ['touching it', 'His wife Sam Lind spoke.', 'Sam Lind', null, 'female'],
  ])('%s', (_, text, name, role, expected) => {
    const start = text.indexOf(name);
    expect(genderOfPerson(text, name, role, [{ start, end: start + name.length }])).toBe(expected);
  });
});

describe('gender: says nothing', () => {
  it.each([
    ['a given name given to either', 'Kade spoke.', 'Jordan Kade', null],
    ['a role that says nothing', 'Kade spoke.', 'Jordan Kade', 'senator'],
    ['titles that disagree', 'Mr. Kade and Mrs. Kade spoke.', 'Jordan Kade', null],
    ['a title before another form of the name', 'Mrs. Zhang waved.', 'Haoyu Zhang-Demir', null],
  ])('%s', (_, text, name, role) => {
    expect(genderOfPerson(text, name, role, mentionsOf(text, name))).toBeNull();
  });

  it.each([['they'], ['it'], ['sie'], ['on'], ['ona']])('for the pronoun "%s"', (pronoun) => {
    expect(genderOfPronoun(pronoun)).toBeNull();
  });

  it.each([['he', 'male'], ['She', 'female'], ['elle', 'female'], ['él', 'male']])('but "%s" is %s', (pronoun, gender) => {
    expect(genderOfPronoun(pronoun)).toBe(gender);
  });
});
