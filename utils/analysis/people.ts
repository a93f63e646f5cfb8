import type { Span } from './types';
import { NON_PERSON_WORDS } from './words/non-person-words';
import { HONORIFICS, NAME_PARTICLES, ROLE_NOUNS } from './words/person-titles';

/** A person found in the text, with every place they are named. */
export interface Person {
  name: string;
  /** The surname: the last word of the name, by which the article usually refers to them again. */
  surname: string;
  role: string | null;
  aliases: string[];
  mentions: Span[];
}

const NON_PERSON = new Set(NON_PERSON_WORDS);
const PARTICLES = new Set(NAME_PARTICLES);
const HONORIFIC = new Set(HONORIFICS);
const ROLE_WORDS = new Set(ROLE_NOUNS.flatMap((noun) => noun.split(' ')));

/** A capitalised word (with hyphens, apostrophes, initials) or a name particle between two of them. */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{Ll}\p{Lu}'’\-]*\p{L}|\p{Lu}\.|\p{Lu}\p{Ll}*)`;
const PARTICLE = String.raw`(?:${NAME_PARTICLES.join('|')})(?:[ \u00A0]|-)`;
/** Names never run across a line or paragraph break. */
const NAME_RUN = new RegExp(String.raw`${NAME_WORD}(?:(?:[ \u00A0]|-)(?:${PARTICLE})?${NAME_WORD})*`, 'gu');

/** Capitalised words that open a sentence or a clause and are never part of a name. */
const FUNCTION_WORDS = new Set([
  'a', 'after', 'an', 'and', 'as', 'at', 'before', 'but', 'by', 'during', 'for', 'from', 'he', 'her', 'his', 'however', 'i',
  'if', 'in', 'it', 'its', 'mr', 'mrs', 'ms', 'of', 'on', 'our', 'she', 'so', 'that', 'the', 'their', 'then', 'there', 'these',
  'they', 'this', 'those', 'to', 'we', 'when', 'while', 'with', 'yet', 'you',
]);

interface NameCandidate {
  name: string;
  role: string | null;
  span: Span;
}

/** Finds the people an article names: full names confirmed by a role, an honorific or the surname used again. */
export function findPeople(text: string, excludedNames: readonly string[] = []): Person[] {
  const candidates = findNameCandidates(text);
  const bareWords = countBareWords(candidates);
  const excluded = new Set(excludedNames.map((name) => name.toLowerCase()));
  const people = new Map<string, Person>();
  for (const candidate of candidates) {
    const words = candidate.name.split(/\s+/);
    if (words.length < 2 || excluded.has(candidate.name.toLowerCase())) continue;
    const surname = words[words.length - 1] ?? '';
    const isConfirmed = candidate.role !== null || (bareWords.get(surname) ?? 0) > 0;
    if (!isConfirmed) continue;
    const person = people.get(candidate.name) ?? { name: candidate.name, surname, role: null, aliases: [], mentions: [] };
    person.role ??= candidate.role;
    people.set(candidate.name, person);
  }
  addMentions([...people.values()], candidates);
  return [...people.values()];
}

function findNameCandidates(text: string): NameCandidate[] {
  const candidates: NameCandidate[] = [];
  for (const match of text.matchAll(NAME_RUN)) {
    const candidate = splitRoleFromName(match[0], match.index ?? 0, text);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}

/** "Defense Minister Yoav Gallant" → role "Defense Minister", name "Yoav Gallant"; drops sentence-initial "The", possessives. */
function splitRoleFromName(run: string, start: number, text: string): NameCandidate | null {
  const words = run.replace(/['’]s$/, '').split(/[ \u00A0]+/);
  let firstNameWord = 0;
  words.forEach((word, i) => {
    const lower = word.toLowerCase().replace(/\.$/, '');
    if (FUNCTION_WORDS.has(lower) || NON_PERSON.has(lower) || isRoleWord(word)) firstNameWord = i + 1;
  });
  const nameWords = words.slice(firstNameWord);
  if (nameWords.length === 0) return null;
  const name = nameWords.join(' ');
  const offset = start + run.lastIndexOf(name);
  return { name, role: roleBefore(text, offset), span: { start: offset, end: offset + name.length } };
}

/** The role written right before a name: "US Secretary of State Antony Blinken", "opposition leader Yair Lapid". */
function roleBefore(text: string, nameStart: number): string | null {
  const before = text.slice(Math.max(0, nameStart - 80), nameStart);
  const match = before.match(/((?:[\p{L}.-]+ ){1,6})$/u);
  if (!match?.[1]) return null;
  const words = match[1].trim().split(' ');
  let lastRole = -1;
  words.forEach((word, i) => {
    if (isRoleWord(word)) lastRole = i;
  });
  const complement = words.slice(lastRole + 1).join(' ');
  // The role must touch the name, or reach it through "of …": "Secretary of State Antony Blinken".
  if (lastRole < 0 || (complement && !/^(of|for)( \p{Lu}[\p{L}.-]*){1,3}$/u.test(complement))) return null;
  let first = lastRole;
  while (first > 0 && isRolePhraseWord(words[first - 1]!)) first--;
  const role = words.slice(first).join(' ');
  return HONORIFIC.has(role.toLowerCase().replace(/\.$/, '')) ? null : role;
}

/** Words that may stand in a role phrase before its role noun: capitalised words, "of", and lower-case qualifiers. */
function isRolePhraseWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (FUNCTION_WORDS.has(lower) && lower !== 'of') return false;
  return /^\p{Lu}/u.test(word) || lower === 'of' || /^(deputy|former|opposition|foreign|defense|defence|finance|prime|vice|chief|top|senior|state|interim|acting)$/.test(lower);
}

function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return ROLE_WORDS.has(lower) || HONORIFIC.has(lower);
}

function countBareWords(candidates: NameCandidate[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const candidate of candidates) {
    if (candidate.name.includes(' ')) continue;
    counts.set(candidate.name, (counts.get(candidate.name) ?? 0) + 1);
  }
  return counts;
}

/** Each full name, and each lone surname that belongs to exactly one person, counts as a mention. */
function addMentions(people: Person[], candidates: NameCandidate[]): void {
  for (const candidate of candidates) {
    const full = people.find((person) => person.name === candidate.name);
    const bySurname = people.filter((person) => person.surname === candidate.name);
    const person = full ?? (bySurname.length === 1 ? bySurname[0] : undefined);
    if (!person) continue;
    person.mentions.push(candidate.span);
    if (candidate.name !== person.name && !person.aliases.includes(candidate.name)) person.aliases.push(candidate.name);
  }
}

/** The person a written name refers to: the full name, or a surname shared by no one else. */
export function resolveName(name: string, people: readonly Person[]): Person | null {
  const clean = name.replace(/['’]s$/, '').trim();
  const exact = people.find((person) => person.name === clean || person.aliases.includes(clean));
  if (exact) return exact;
  const last = clean.split(/\s+/).pop() ?? '';
  const bySurname = people.filter((person) => person.surname === last);
  return bySurname.length === 1 ? bySurname[0]! : null;
}
