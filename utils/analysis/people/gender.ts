import type { Span } from '../types';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from '../words/given-names';

/** What the text shows of a person's gender, so that "he" and "she" only stand for someone they can. */
export type Gender = 'female' | 'male';

const FEMALE_NAMES = new Set(FEMALE_GIVEN_NAMES);
const MALE_NAMES = new Set(MALE_GIVEN_NAMES);

/** Subject pronouns by gender. "sie" (she or they) and "they" say nothing; nor do Czech "on" and "ona", which English writes as a preposition. Lower case. */
const PRONOUN_GENDERS = new Map<string, Gender>([
  ['he', 'male'], ['il', 'male'], ['él', 'male'], ['er', 'male'],
  ['she', 'female'], ['elle', 'female'], ['ella', 'female'],
]);

/** Titles written right before a name that say its bearer's gender. */
const TITLE_GENDERS = new Map<string, Gender>([
  ['mr', 'male'], ['mister', 'male'], ['monsieur', 'male'], ['herr', 'male'], ['señor', 'male'], ['pan', 'male'], ['sir', 'male'],
  ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['mme', 'female'], ['madame', 'female'], ['frau', 'female'],
  ['señora', 'female'], ['paní', 'female'], ['dame', 'female'],
]);

/** Role and kinship nouns that say the holder's gender. Lower case. */
const ROLE_GENDERS = new Map<string, Gender>([
  ...['actress', 'alderwoman', 'assemblywoman', 'businesswoman', 'chairwoman', 'congresswoman', 'councilwoman', 'daughter', 'girlfriend',
    'grandmother', 'mother', 'princess', 'queen', 'sister', 'spokeswoman', 'widow', 'wife'].map((noun) => [noun, 'female'] as const),
  ...['alderman', 'assemblyman', 'boyfriend', 'brother', 'businessman', 'chairman', 'congressman', 'councilman', 'father', 'grandfather',
    'husband', 'king', 'prince', 'son', 'spokesman', 'widower'].map((noun) => [noun, 'male'] as const),
]);

/** Whether a word is a common given name ("Howard", "Ruth"), in any case. */
export function isGivenName(word: string): boolean {
  const lower = word.toLowerCase();
  return FEMALE_NAMES.has(lower) || MALE_NAMES.has(lower);
}

/** The gender a subject pronoun gives the person it stands for, or null ("they", "sie", "it"). */
export function genderOfPronoun(pronoun: string): Gender | null {
  return PRONOUN_GENDERS.get(pronoun.toLowerCase()) ?? null;
}

/** How far before a mention a title is looked for: "Mrs. " and a space or two. */
const TITLE_WINDOW = 10;

/**
 * A person's gender as the text shows it: a title before one of their mentions ("Mr. Warner", "Mme Borne"), their role
 * ("spokeswoman", "her husband"), else their given name when it is one almost always given to one gender; null when
 * nothing says, or the signs disagree.
 */
export function genderOfPerson(text: string, name: string, role: string | null, mentions: readonly Span[]): Gender | null {
  // "Mrs. Zhang" may be the mother of Haoyu Zhang-Demir: only a title before the whole name or the surname itself counts.
  const surname = name.slice(name.lastIndexOf(' ') + 1);
  const bySurname = mentions.filter((span) => [surname, name].includes(text.slice(span.start, span.end)));
  const titled = bySurname.map((span) => titleGenderBefore(text, span.start)).filter((gender): gender is Gender => gender !== null);
  if (titled.length > 0) return titled.every((gender) => gender === titled[0]) ? titled[0]! : null;
  const fromRole = (role ? roleGender(role) : null) ?? kinGenderBefore(text, mentions);
  if (fromRole) return fromRole;
  const given = name.split(' ')[0]!.toLowerCase();
  return FEMALE_NAMES.has(given) ? 'female' : MALE_NAMES.has(given) ? 'male' : null;
}

function titleGenderBefore(text: string, start: number): Gender | null {
  const before = text.slice(Math.max(0, start - TITLE_WINDOW), start).trimEnd();
  const word = before.slice(before.lastIndexOf(' ') + 1).replace(/\.$/, '').toLowerCase();
  return TITLE_GENDERS.get(word) ?? null;
}

/** How far before a mention a kinship noun is looked for: "her husband, " and a space or two. */
const KIN_WINDOW = 16;

/** How many of a person's first mentions are read for a kinship noun: a relative is introduced as one. */
const KIN_MENTIONS = 2;

/** "her husband, Milton Berg", "Trump's wife Melania": the kinship noun right before a mention, set off by a comma or not. */
function kinGenderBefore(text: string, mentions: readonly Span[]): Gender | null {
  for (const span of mentions.slice(0, KIN_MENTIONS)) {
    const before = /([a-z]+),?\s+$/.exec(text.slice(Math.max(0, span.start - KIN_WINDOW), span.start));
    const gender = before ? ROLE_GENDERS.get(before[1]!) : undefined;
    if (gender) return gender;
  }
  return null;
}

function roleGender(role: string): Gender | null {
  for (const word of role.toLowerCase().split(/\s+/)) {
    const gender = ROLE_GENDERS.get(word);
    if (gender) return gender;
  }
  return null;
}
