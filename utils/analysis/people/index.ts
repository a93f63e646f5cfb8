import type { Span } from '../types';
import { FUNCTION_WORDS, isFunctionWord, isHonorific, isPlaceOrGroupName, isRoleWord, isSurnameAfterGivenName, lowerLeadingParticles, nameStart, splitRun, stripPossessive } from './names';
import type { NameRun } from './name-runs';
import { findNameRuns } from './name-runs';
import { isFormOf, resolveName } from './name-resolution';
import { findRoleAfter, findRoleBefore } from './roles';
import { endsWithSpeechVerb, startsWithSpeechVerb } from '../text/speech-verbs';
import { endsWithWordOf, hasCapital, hasDottedCapitals, lettersAfter, startsLower, startsUpper } from '../text/letters';
import { memoised } from '../text/memo';
import type { Person } from './types';
import { genderOfPerson } from './gender';

/** Languages that decline names, so a surname appears with case endings. */
const INFLECTING_LANGUAGES = new Set(['cs', 'et', 'fi', 'hr', 'hu', 'lt', 'lv', 'pl', 'ru', 'sk', 'sl', 'sr', 'uk']);

/** A run of capitalised words, trimmed of titles and sentence openers, before it is judged to name a person. */
export interface NameCandidate {
  name: string;
  span: Span;
  /** Preceded by a title ("Mr.", "Senator"): a person even when named only once. */
  hasTitle: boolean;
}

const AGE_AFTER = /^,\s\d{1,3},/;
const PLACE_PREPOSITIONS = new Set(['across', 'against', 'at', 'from', 'in', 'into', 'near', 'of', 'to', 'toward', 'towards', 'à', 'en', 'na', 'v', 've', 'z', 'aus', 'nach', 'desde', 'hacia']);

/**
 * Finds the people an article names: full names confirmed by a role, a title, speech, an age or a later short form; in
 * the order the text first gives one of their full forms.
 */
export function findPeople(text: string, excludedNames: readonly string[] = [], lang: string | null = null, nameRuns: readonly NameRun[] = findNameRuns(text)): Person[] {
  const language = languageCode(lang);
  const isInflected = INFLECTING_LANGUAGES.has(language);
  // German capitalises every noun, so a capitalised word used again alone proves nothing there.
  const trustsSingles = language !== 'de';
  const candidates = findNameCandidates(nameRuns).map((candidate) => withoutPlaceOfRole(text, candidate));
  const loneWords = trustsSingles ? readLoneWords(text, candidates, language) : NO_LONE_WORDS;
  const excluded = new Set(excludedNames.map((name) => name.toLowerCase()));
  const people = new Map<string, Person>();
  for (const candidate of candidates) {
    const words = candidate.name.split(' ');
    const isTitledSurname = words.length === 1 && candidate.hasTitle && words[0]!.length > 2 && !/\./.test(words[0]!);
    // "la CNCTR", "la Constitución": an article before one word is no name; "de Miranda" is found through Luis de Miranda.
    if (words.length > 1 && words.filter(hasCapital).length < 2) continue;
    if ((words.length < 2 && !isTitledSurname) || words.length > 5 || excluded.has(candidate.name.toLowerCase())) continue;
    if (isPlaceOrGroupName(candidate.name)) continue;
    const known = people.get(candidate.name);
    if (known?.role) continue;
    const role = findRoleBefore(text, candidate.span.start) ?? findRoleAfter(text, candidate.span.end);
    if (!known && !isConfirmed(text, candidate, words, loneWords, role, isInflected)) continue;
    const person = known ?? { name: candidate.name, surname: words[words.length - 1]!, role: null, aliases: [], mentions: [], isInflected };
    person.role ??= role;
    people.set(candidate.name, person);
  }
  // A surname several people share goes to the one named first, so they are listed in the order the text names them,
  // by any of their full forms, before their mentions are counted ("Roger Ailes" early on, the same man as the "…
  // Roger Ailes" of a closing headline, before "Elizabeth Ailes" in a caption).
  const found = inOrderOfNaming(mergeShortForms([...people.values()]), candidates);
  nameByRepeatedForm(found, candidates);
  addMentions(found, candidates);
  for (const person of found) person.gender = genderOfPerson(text, person.name, person.role, person.mentions);
  return found;
}

/**
 * A person is named by the full form the text repeats, when the longest form of the name is written once and ends with
 * it: "Roger Ailes", said throughout, not "Women Took Down Roger Ailes" from a headline's run of capitals.
 */
function nameByRepeatedForm(people: Person[], candidates: readonly NameCandidate[]): void {
  const counts = new Map<string, number>();
  for (const candidate of candidates) counts.set(candidate.name, (counts.get(candidate.name) ?? 0) + 1);
  const countOf = (name: string) => counts.get(name) ?? 0;
  for (const person of people) {
    const endings = person.aliases.filter((alias) => alias.includes(' ') && startsUpper(alias) && person.name.endsWith(` ${alias}`));
    const repeated = endings.reduce<string | null>((best, alias) => (countOf(alias) > countOf(best ?? person.name) ? alias : best), null);
    if (!repeated) continue;
    person.aliases = [...person.aliases.filter((alias) => alias !== repeated), person.name];
    person.name = repeated;
  }
}

/** People in the order the text first gives one of their full forms. */
function inOrderOfNaming(people: Person[], candidates: readonly NameCandidate[]): Person[] {
  const firstAt = new Map<string, number>();
  for (const candidate of candidates) if (!firstAt.has(candidate.name)) firstAt.set(candidate.name, candidate.span.start);
  const namedAt = (person: Person) => Math.min(...[person.name, ...person.aliases].map((name) => firstAt.get(name) ?? Number.MAX_SAFE_INTEGER));
  const order = new Map(people.map((person) => [person, namedAt(person)]));
  return [...people].sort((a, b) => order.get(a)! - order.get(b)!);
}

/**
 * Singular articles: a surname stands after one only to qualify a noun ("the Netanyahu coalition"). A plural one may
 * stand for a family ("les Braguine", "los Kirchner"). "a" is one in English only: elsewhere it is also "to" ("a Lula").
 */
const ARTICLES = new Set(['the', 'an', 'le', 'la', 'el', 'un', 'une', 'una']);
const ENGLISH_ARTICLES = new Set([...ARTICLES, 'a']);
/** Joining words, after which a noun may still follow: "the Horowitz and Durham reports". */
const CONJUNCTIONS = new Set(['and', 'or', 'et', 'ou', 'y', 'o', 'und', 'oder', 'a', 'i']);

/**
 * "the Statehouse on Tuesday", "the Legislature.": a lone capitalised word with an article before it and no noun
 * after it heads its own noun phrase, so it names a thing, not a person ("the Trump team" proves nothing; nor does
 * "the Horowitz and Durham reports", where the noun comes after the conjunction).
 */
function isThingAt(text: string, span: Span, articles: ReadonlySet<string>): boolean {
  if (!endsWithWordOf(text.slice(Math.max(0, span.start - 5), span.start), articles)) return false;
  const after = text.charAt(span.end);
  if (after === '' || ',.;:!?)]'.includes(after)) return true;
  const next = after === ' ' ? lettersAfter(text, span.end + 1) : '';
  return FUNCTION_WORDS.has(next) && !CONJUNCTIONS.has(next);
}

/** "ambassador to the ", "envoy to ": a role and the "to" that names where it is held, right before a name's run. */
const ROLE_TO_BEFORE = /(\S+) to (?:the )?$/;

/**
 * "ambassador to the Ukraine Marie Yovanovitch", "ambassador to Britain Liu Xiaoming": the run's first word is the
 * place the role is held in, not the name's. Only for a run of three words or more, so that a name remains.
 */
function withoutPlaceOfRole(text: string, candidate: NameCandidate): NameCandidate {
  const space = candidate.name.indexOf(' ');
  if (space < 0 || candidate.name.indexOf(' ', space + 1) < 0) return candidate;
  const role = ROLE_TO_BEFORE.exec(text.slice(Math.max(0, candidate.span.start - 40), candidate.span.start))?.[1];
  if (!role || !isRoleWord(role)) return candidate;
  return { ...candidate, name: candidate.name.slice(space + 1), span: { start: candidate.span.start + space + 1, end: candidate.span.end } };
}

/** "cs" for "cs-CZ", "cs_CZ" or "CS": the language subtag of a language tag, in lower case. */
export function languageCode(lang: string | null): string {
  const lower = (lang ?? '').toLowerCase();
  let end = 0;
  while (end < lower.length && lower[end]! >= 'a' && lower[end]! <= 'z') end++;
  return lower.slice(0, end);
}

/** The capitalised words the text also uses alone: as a surname may be, or as the head of a thing's name. */
interface LoneWords {
  /** Used alone as a subject or an object: perhaps a surname. */
  singles: ReadonlySet<string>;
  /** Used alone as a noun with its article ("the Statehouse on Tuesday"): a thing. */
  things: ReadonlySet<string>;
}

const NO_LONE_WORDS: LoneWords = { singles: new Set(), things: new Set() };

function readLoneWords(text: string, candidates: readonly NameCandidate[], language: string): LoneWords {
  const lone = candidates.filter((c) => !c.name.includes(' '));
  // An undeclared language is most often English.
  const articles = language === 'en' || language === '' ? ENGLISH_ARTICLES : ARTICLES;
  const things = new Set(lone.filter((c) => isThingAt(text, c.span, articles)).map((c) => c.name));
  // A lone word after "in", "from", "against" is a place or a group; a lone surname is used as a subject or object.
  const singles = new Set(lone
    .filter((c) => !things.has(c.name) && !endsWithWordOf(text.slice(Math.max(0, c.span.start - 9), c.span.start), PLACE_PREPOSITIONS))
    .map((c) => c.name));
  return { singles, things };
}

function isConfirmed(text: string, candidate: NameCandidate, words: string[], { singles, things }: LoneWords, role: string | null, isInflected: boolean): boolean {
  // “Ellery Compromise”: a capitalised name set in quotation marks is a coined term or a title, not a person; one that
  // opens a quoted sentence (“Patrick Murphy owes Floridians an explanation”) is a name.
  if (/[“"«„‘]$/.test(text.slice(candidate.span.start - 1, candidate.span.start)) && !opensQuotedSentence(text, candidate.span.end)) return false;
  if (candidate.hasTitle || role) return true;
  const before = text.slice(Math.max(0, candidate.span.start - 40), candidate.span.start);
  const after = text.slice(candidate.span.end, candidate.span.end + 40);
  if (AGE_AFTER.test(after) || startsWithSpeechVerb(after) || endsWithSpeechVerb(before)) return true;
  if (text.charAt(candidate.span.end) === ',' && speaksAfterApposition(text.slice(candidate.span.end, candidate.span.end + APPOSITION_WINDOW))) return true;
  const surname = words[words.length - 1]!;
  if (singles.has(surname)) return true;
  // "Lee Jae-myung … Lee": a name written family name first comes back by its first word. Not "Indiana Statehouse …
  // Indiana teachers", whose last word heads a thing's name of its own ("the Statehouse").
  // Nor "the Trump Train": a name after "the" is a thing named after a person, who is named alone.
  if (singles.has(words[0]!) && !things.has(surname) && !/(?:^|\s)the\s$/.test(before)) return true;
  return isInflected && [...singles].some((single) => isFormOf(single, surname));
}

/** How far after a name an apposition and the speech verb after it are looked for. */
const APPOSITION_WINDOW = 120;
/** ", a philanthropist from Monsey, New York": an apposition opened by a lower-case word, up to the sentence's end. */
const APPOSITION = /^,\s+([a-z]+)[^.!?;:“”"()]*/;
/** Function words that open a person's apposition: "a philanthropist", "the chairwoman", "who deemed", "another deportee". */
const APPOSITION_OPENERS = new Set(['a', 'an', 'another', 'her', 'his', 'one', 'the', 'who']);

/**
 * "Rachel Berg, a philanthropist from Monsey, New York, said": the subject of a speech verb after one of the apposition's
 * commas. Not a relative clause of a thing's ("Dish Network, which has spectrum, according to …").
 */
function speaksAfterApposition(after: string): boolean {
  const apposition = APPOSITION.exec(after);
  if (!apposition || (isFunctionWord(apposition[1]!) && !APPOSITION_OPENERS.has(apposition[1]!))) return false;
  for (let comma = apposition[0].indexOf(',', 1); comma > 0; comma = apposition[0].indexOf(',', comma + 1)) {
    if (startsWithSpeechVerb(after.slice(comma + 1))) return true;
  }
  return false;
}

/** How far after a quoted name its sentence is looked for. */
const QUOTED_SENTENCE_CHARS = 40;
/** A word of a quoted sentence rather than a title's: in lower case and no title's small word ("of", "the"). */
const SENTENCE_WORD = /^[a-z]+$/;

/** Whether the quotation a name opens goes on as a sentence, with a lower-case word no title would hold, before it closes. */
function opensQuotedSentence(text: string, nameEnd: number): boolean {
  const rest = text.slice(nameEnd, nameEnd + QUOTED_SENTENCE_CHARS);
  const close = rest.search(/[”"»’]/);
  const words = (close < 0 ? rest : rest.slice(0, close)).split(/[\s,;:]+/);
  return words.some((word) => SENTENCE_WORD.test(word) && !FUNCTION_WORDS.has(word));
}

/** Every capitalised run of the text, trimmed to the words that may name a person. */
export function findNameCandidates(nameRuns: readonly NameRun[]): NameCandidate[] {
  const candidates: NameCandidate[] = [];
  for (const { run, index } of nameRuns) {
    for (const { part, offset } of splitRun(run)) {
      const found = trimRunOnce(part);
      if (!found) continue;
      const start = index + offset + found.at;
      candidates.push({ name: found.name, span: { start, end: start + found.name.length }, hasTitle: found.hasTitle });
    }
  }
  return candidates;
}

/** The name a run holds, where it starts in the run, and whether a title stands before it. */
interface TrimmedRun {
  name: string;
  at: number;
  hasTitle: boolean;
}

/** Articles name the same people again and again: each distinct run is trimmed once. */
const trimRunOnce = memoised(trimRun, 5_000);

function trimRun(run: string): TrimmedRun | null {
  const words = stripPossessive(run).split(/[ \u00A0]/);
  let first = nameStart(words);
  let nameWords = words.slice(first);
  while (nameWords[0] && startsLower(nameWords[0])) nameWords = nameWords.slice(1);
  if (nameWords.length === 0 || isFunctionWord(nameWords[nameWords.length - 1]!) || nameWords.some(hasDottedCapitals)) return null;
  // "Virginia Republicans", "Senate Democrats": a group named by the plural of a role; but not "Howard Dean".
  const last = nameWords.length - 1;
  if (isRoleWord(nameWords[last]!.replace(/s$/, '')) && !isSurnameAfterGivenName(nameWords, last)) return null;
  first = words.length - nameWords.length;
  const hasTitle = first > 0 && (isHonorific(words[first - 1]!) || isRoleWord(words[first - 1]!));
  const name = lowerLeadingParticles(nameWords).join(' ');
  return { name, at: stripPossessive(run).toLowerCase().lastIndexOf(name.toLowerCase()), hasTitle };
}

/** "Te Kaurinui Parata" is "Te Kaurinui Robert Parata" when the longer name came first and holds all its words. */
function mergeShortForms(people: Person[]): Person[] {
  const kept = new Set<Person>();
  const byWord = new Map<string, Person[]>();
  for (const person of [...people].sort((a, b) => b.name.length - a.name.length)) {
    const words = person.name.split(' ');
    const longer = (byWord.get(words[0]!) ?? []).find((other) => containsWords(other.name, words));
    if (longer) {
      longer.aliases.push(person.name);
      continue;
    }
    kept.add(person);
    for (const word of words) byWord.set(word, [...(byWord.get(word) ?? []), person]);
  }
  return people.filter((person) => kept.has(person));
}

function containsWords(long: string, shortWords: readonly string[]): boolean {
  const words = long.split(' ');
  return shortWords.every((word) => words.includes(word));
}

/** Each full name, alias, first name or surname form that points to a single person counts as their mention. */
function addMentions(people: Person[], candidates: NameCandidate[]): void {
  const resolved = new Map<string, Person | null>();
  for (const candidate of candidates) {
    if (!resolved.has(candidate.name)) resolved.set(candidate.name, resolveName(candidate.name, people));
    const person = resolved.get(candidate.name);
    if (!person) continue;
    person.mentions.push(candidate.span);
    if (candidate.name !== person.name && !person.aliases.includes(candidate.name)) person.aliases.push(candidate.name);
  }
}

export type * from './types';
