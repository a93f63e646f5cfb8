import { describe, expect, it } from 'vitest';
import { wordTree } from '../../../utils/analysis/text/case-patterns';
import { nounCandidatePrefixes } from '../../../utils/analysis/attribution/mentions';
import { ROLE_NOUN_PREFIX_TREE } from '../../../utils/analysis/words/role-noun-tree';
import { NON_PERSON_WORDS } from '../../../utils/analysis/words/non-person-words';
import { PLACE_AND_GROUP_NAMES } from '../../../utils/analysis/words/places';
import { DETERMINERS, HONORIFICS, NAME_PARTICLES, ROLE_NOUNS, SOURCE_NOUNS } from '../../../utils/analysis/words/person-titles';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from '../../../utils/analysis/words/given-names';
import { NOT_PRONOUNS_BY_LANGUAGE, PERSON_PRONOUNS, THING_PRONOUNS } from '../../../utils/analysis/words/pronouns';
import { SPEECH_VERB_NOUN_FORMS, SPEECH_VERBS, WORDS_BEFORE_NOUN } from '../../../utils/analysis/words/speech-verbs';
import * as SUMMARY_CUES from '../../../utils/analysis/words/summary-cues';

const LISTS: [string, readonly string[]][] = [
  ['NON_PERSON_WORDS', NON_PERSON_WORDS],
  ['PLACE_AND_GROUP_NAMES', PLACE_AND_GROUP_NAMES],
  ['DETERMINERS', DETERMINERS],
  ['HONORIFICS', HONORIFICS],
  ['NAME_PARTICLES', NAME_PARTICLES],
  ['ROLE_NOUNS', ROLE_NOUNS],
  ['SOURCE_NOUNS', SOURCE_NOUNS],
  ['PERSON_PRONOUNS', PERSON_PRONOUNS],
  ['THING_PRONOUNS', THING_PRONOUNS],
  ...Object.entries(NOT_PRONOUNS_BY_LANGUAGE).map(([language, words]): [string, readonly string[]] => [`NOT_PRONOUNS_BY_LANGUAGE.${language}`, words]),
  ['SPEECH_VERBS', SPEECH_VERBS],
  ['SPEECH_VERB_NOUN_FORMS', SPEECH_VERB_NOUN_FORMS],
  ['WORDS_BEFORE_NOUN', WORDS_BEFORE_NOUN],
  ['FEMALE_GIVEN_NAMES', FEMALE_GIVEN_NAMES],
  ['MALE_GIVEN_NAMES', MALE_GIVEN_NAMES],
  ...Object.entries(SUMMARY_CUES),
];

describe('word lists', () => {
  it('gives no given name to both genders', () => {
    expect(FEMALE_GIVEN_NAMES.filter((name) => MALE_GIVEN_NAMES.includes(name))).toEqual([]);
  });

  it.each(LISTS)('%s is sorted, unique and lower case', (_, list) => {
    expect([...list]).toEqual([...new Set(list)].sort());
    expect(list.every((word) => word === word.toLowerCase())).toBe(true);
  });
});

describe('generated patterns', () => {
  it('ROLE_NOUN_PREFIX_TREE is the tree of the current noun lists (else run npm run generate:patterns)', () => {
    expect(ROLE_NOUN_PREFIX_TREE).toBe(wordTree(nounCandidatePrefixes(), { capitalisable: true }));
  });

  it('ROLE_NOUN_PREFIX_TREE opens every role and source noun, capitalised or not, and acronyms in capitals', () => {
    const opens = new RegExp(`^${ROLE_NOUN_PREFIX_TREE}`);
    const nouns = [...ROLE_NOUNS, ...SOURCE_NOUNS];
    expect(nouns.filter((noun) => !opens.test(noun) || !opens.test(noun.charAt(0).toUpperCase() + noun.slice(1)))).toEqual([]);
    expect(['CEO', 'CFO'].every((acronym) => opens.test(acronym))).toBe(true);
  });
});
