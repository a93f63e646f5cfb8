import type { Person } from './types';
import { stripPossessive } from './names';
import { startsLower } from '../text/letters';

/** A list of people, looked up by every form of their names. */
interface PeopleIndex {
  byName: Map<string, Person>;
  bySurname: Map<string, Person[]>;
  byFirstWord: Map<string, Person[]>;
  inflected: Person[];
}

/**
 * Indexes and resolutions already made for a list of people. findPeople finishes a list before anything resolves
 * names against it, so an answer never changes; the caches only save repeating it for each of thousands of mentions.
 */
const INDEXES = new WeakMap<readonly Person[], PeopleIndex>();
const TAIL_CACHE = new WeakMap<readonly Person[], Map<string, Person | null>>();

function indexFor(people: readonly Person[]): PeopleIndex {
  const cached = INDEXES.get(people);
  if (cached) return cached;
  const index: PeopleIndex = { byName: new Map(), bySurname: new Map(), byFirstWord: new Map(), inflected: [] };
  const add = (map: Map<string, Person[]>, key: string, person: Person) => map.set(key, [...(map.get(key) ?? []), person]);
  for (const person of people) {
    for (const name of [person.name, ...person.aliases]) if (!index.byName.has(name)) index.byName.set(name, person);
    add(index.bySurname, person.surname, person);
    add(index.byFirstWord, person.name.split(' ')[0]!, person);
    if (person.isInflected) index.inflected.push(person);
  }
  INDEXES.set(people, index);
  return index;
}

/**
 * The person a written name refers to: the full name or an alias, else a surname form, else a first name. A surname
 * that several people share goes to the one named first, whom the article usually calls by it.
 */
export function resolveName(written: string, people: readonly Person[]): Person | null {
  const index = indexFor(people);
  const name = stripPossessive(written.trim());
  const exact = index.byName.get(name);
  if (exact) return exact;
  const words = name.split(' ');
  const bySurname = withSurname(index, words[words.length - 1] ?? '', people);
  if (words.length === 1 && bySurname.length > 0) return bySurname[0]!;
  // "van der Meer" is the surname with its particles, which the full name may capitalise ("James Van Der Beek");
  // "Declanem Ricem" is a declined full name.
  if (words.length > 1 && startsLower(words[0]!)) return bySurname.find((person) => person.name.toLowerCase().endsWith(` ${name.toLowerCase()}`)) ?? null;
  if (words.length > 1) return bySurname.find((person) => sameWord(words[0]!, person.name.split(' ')[0]!, person)) ?? null;
  // A lone first word: a given name ("Fiona"), or a family name written first ("Lee" for Lee Jae-myung).
  return index.byFirstWord.get(name)?.[0] ?? null;
}

/** People whose surname is this word, or (in a language that declines names) a form of it; in the list's order. */
function withSurname(index: PeopleIndex, word: string, people: readonly Person[]): Person[] {
  const exact = index.bySurname.get(word) ?? [];
  const inflected = index.inflected.filter((person) => person.surname !== word && isFormOf(word, person.surname));
  if (inflected.length === 0) return exact;
  return people.filter((person) => exact.includes(person) || inflected.includes(person));
}

function sameWord(written: string, word: string, person: Person): boolean {
  return person.isInflected ? isFormOf(written, word) : written === word;
}

/** The person named by the longest tail of a run of capitalised words: "Twitter Gary Lineker" → Gary Lineker. */
export function resolveNameTail(written: string, people: readonly Person[]): Person | null {
  let cache = TAIL_CACHE.get(people);
  if (!cache) TAIL_CACHE.set(people, (cache = new Map()));
  if (!cache.has(written)) cache.set(written, findByTail(written, people));
  return cache.get(written) ?? null;
}

function findByTail(written: string, people: readonly Person[]): Person | null {
  const words = written.trim().split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const person = resolveName(words.slice(i).join(' '), people);
    if (person) return person;
  }
  return null;
}

/**
 * Whether a lone word is the surname or an inflected form of it, as Czech, German or Polish write names
 * ("Moyes" → "Moyese", "Moyesem"; "Souček" → "Součka").
 */
export function isFormOf(word: string, surname: string): boolean {
  if (word === surname) return true;
  if (surname.length < 4) return false;
  if (word.startsWith(surname)) return word.length - surname.length <= 3;
  let shared = 0;
  while (shared < word.length && word[shared] === surname[shared]) shared++;
  return shared >= 4 && shared >= surname.length - 2 && Math.abs(word.length - surname.length) <= 2;
}
