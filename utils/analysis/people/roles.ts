import { isFunctionWord, isRoleWord } from './names';
import { isAllCapitals, isWordOf, startsLower, startsUpper } from '../text/letters';

/** Lower-case words that qualify a role noun before it ("deputy", "former", "opposition" leader). Sorted. */
const ROLE_QUALIFIERS = new Set([
  'acting', 'chief', 'defence', 'defense', 'deputy', 'finance', 'foreign', 'former', 'interim', 'opposition', 'prime',
  'senior', 'state', 'top', 'vice',
]);
/** How far an apposition after a name may run, in words, before it is a new clause rather than a role. */
const MAX_APPOSITION_WORDS = 9;

/** The role written right before a name, touching it or set off by a comma: "Defense Minister Yoav Gallant", "La ministre du Travail, Claire Dubois". */
export function findRoleBefore(text: string, nameStart: number): string | null {
  return findTouchingRole(text, nameStart) ?? findRoleInApposition(text, nameStart);
}

/** "La ministre du Travail, Claire Dubois," / "The union's regional organiser, Deborah Nkemelu,": a role phrase opening the sentence. */
function findRoleInApposition(text: string, nameStart: number): string | null {
  const phrase = openingPhraseBefore(text.slice(Math.max(0, nameStart - 80), nameStart));
  if (!phrase) return null;
  const words = phrase.split(' ');
  if (!words.slice(0, 4).some((word) => isRoleWord(word))) return null;
  return words.slice(/^(?:the|a|an|le|la|les|el|los|der|die|das|its|their|his|her)$/i.test(words[0]!) ? 1 : 0).join(' ');
}

/** How many words a role phrase opening a sentence may hold before the comma that sets it off. */
const MAX_OPENING_PHRASE_WORDS = 8;

/**
 * The words from the start of the window's last sentence (or line) to a comma and a space that end the window — two to
 * eight words of letters, apostrophes, dots and hyphens, one space apart — or null.
 */
function openingPhraseBefore(window: string): string | null {
  if (window.length < 2 || window[window.length - 2] !== ',' || !/\s/.test(window[window.length - 1]!)) return null;
  const body = window.slice(0, -2);
  for (const start of sentenceStartsIn(body)) {
    const words = body.slice(start).split(' ');
    if (words.length >= 2 && words.length <= MAX_OPENING_PHRASE_WORDS && words.every((word) => isWordOf(word, "'’.-"))) return body.slice(start);
  }
  return null;
}

/** Where a sentence or line may start in the text, first to last: its start, after ".", "!" or "?" and white space, after a line break. */
function sentenceStartsIn(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') starts.push(i + 1);
    else if ('.!?'.includes(text[i]!) && /\s/.test(text[i + 1] ?? '')) {
      let end = i + 1;
      while (end < text.length && /\s/.test(text[end]!)) end++;
      starts.push(end);
    }
  }
  return starts;
}

/** "US Secretary of State Antony Blinken", "opposition leader Yair Lapid". */
function findTouchingRole(text: string, nameStart: number): string | null {
  // A role never reaches back across a paragraph or line break.
  const window = text.slice(Math.max(0, nameStart - 80), nameStart);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  if (!before.endsWith(' ')) return null;
  const tail = before.slice(0, -1).split(' ').slice(-6);
  if (!tail.some((word) => isRoleWord(word))) return null;
  // Only the words that run up to the name unbroken by punctuation: "… said. Defense Minister" keeps "Defense Minister".
  const unbroken = tail.slice(tail.findLastIndex((word) => !isWordOf(word, '.-')) + 1);
  if (unbroken.length === 0) return null;
  const words = unbroken;
  const lastRole = words.findLastIndex((word) => isRoleWord(word));
  if (lastRole < 0) return null;
  const complement = words.slice(lastRole + 1).join(' ');
  // The role must touch the name, or reach it through its complement: "Secretary of State Antony Blinken".
  if (complement && !isRoleComplement(complement)) return null;
  let first = lastRole;
  while (first > 0 && isRolePhraseWord(words[first - 1]!)) first--;
  // "of" joins a role to its complement ("Secretary of State"), never opens one: "the office of Communications Minister".
  while (first < lastRole && words[first]!.toLowerCase() === 'of') first++;
  const role = words.slice(first).join(' ');
  return /^(?:mr|mrs|ms|dr|sir|madame|monsieur|mme)\.?$/i.test(role) ? null : role;
}

/** "Secretary of State", "Commissioner for Europe", "ambassador to Britain". */
const ROLE_COMPLEMENT_PREPOSITIONS = new Set(['of', 'for', 'to']);

/** "of State", "for Europe", "to Britain", "elect", "UMP": words between a role and the name that still belong to the role. */
function isRoleComplement(complement: string): boolean {
  const words = complement.split(' ');
  // "to the Ukraine": where an envoy is sent, with its article.
  const place = words[0] === 'to' && words[1] === 'the' ? words.slice(2) : words.slice(1);
  const isOfPlace = ROLE_COMPLEMENT_PREPOSITIONS.has(words[0]!) && place.length >= 1 && place.length <= 3 && place.every(isPlaceWord);
  // "President-elect", "députée UMP" (a party's initials).
  return isOfPlace || /^(?:[Ee]lect|[Dd]esignate)$/.test(complement) || (complement.length <= 6 && isAllCapitals(complement, 2));
}

/** The role set after a name between commas: "Emile Heskey, a former Liverpool striker," → "former Liverpool striker". */
export function findRoleAfter(text: string, nameEnd: number): string | null {
  if (text[nameEnd] !== ',') return null;
  const match = text.slice(nameEnd, nameEnd + 160).match(/^,\s+((?:an?|the|le|la|el|der|die|un|une|una)\s+)?([^,.;:!?()“”"«»\n]+)/);
  const phrase = match?.[2]?.trim();
  if (!phrase) return null;
  const allWords = phrase.split(/\s+/);
  const words = allWords.slice(0, MAX_APPOSITION_WORDS);
  if (!startsLower(phrase) && !startsUpper(phrase)) return null;
  const roleAt = words.findIndex((word) => isRoleWord(word) && !/^(?:mr|mrs|ms|dr)\.?$/i.test(word));
  if (roleAt < 0 || roleAt > 4) return null;
  return (allWords.length > words.length ? shortenedRole(words, roleAt) : words).join(' ');
}

/** "and a co-founder", "and the author": where a second role, with its article, joins the first. */
const SECOND_ROLE_ARTICLES = new Set(['a', 'an', 'the']);

/**
 * A role cut at MAX_APPOSITION_WORDS, ended where a phrase can end: before a second role joined by "and" ("fellow at
 * the Urban Institute and a co-founder of …", but not "water and sewer operations") and before the function words
 * left dangling ("chairman of the Council of Economic Advisers in the …").
 */
function shortenedRole(words: string[], roleAt: number): string[] {
  const and = words.findLastIndex((word, i) => i > roleAt && word === 'and' && SECOND_ROLE_ARTICLES.has(words[i + 1] ?? ''));
  let end = and > roleAt ? and : words.length;
  while (end > roleAt + 1 && isFunctionWord(words[end - 1]!)) end--;
  return words.slice(0, end);
}

/** A word of a place's name in a role's complement: capitalised, of letters, dots and hyphens, not a function word. */
function isPlaceWord(word: string): boolean {
  return startsUpper(word) && isWordOf(word, '.-') && !isFunctionWord(word);
}

/** Words that may stand in a role phrase before its role noun: capitalised words, "of", and lower-case qualifiers. */
function isRolePhraseWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (isFunctionWord(word) && lower !== 'of') return false;
  return startsUpper(word) || lower === 'of' || ROLE_QUALIFIERS.has(lower);
}
