import { isFunctionWord, isRoleWord } from './names';
import { startsLower, startsUpper } from './letters';

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
  const match = text.slice(Math.max(0, nameStart - 80), nameStart).match(/(?:^|[.!?]\s+|\n)((?:[\p{L}'’.-]+ ){1,7}[\p{L}'’.-]+),\s$/u);
  if (!match?.[1]) return null;
  const words = match[1].split(' ');
  if (!words.slice(0, 4).some((word) => isRoleWord(word))) return null;
  return words.slice(/^(?:the|a|an|le|la|les|el|los|der|die|das|its|their|his|her)$/i.test(words[0]!) ? 1 : 0).join(' ');
}

/** "US Secretary of State Antony Blinken", "opposition leader Yair Lapid". */
function findTouchingRole(text: string, nameStart: number): string | null {
  // A role never reaches back across a paragraph or line break.
  const window = text.slice(Math.max(0, nameStart - 80), nameStart);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  if (!before.endsWith(' ')) return null;
  const tail = before.slice(0, -1).split(' ').slice(-6);
  // Only the words that run up to the name unbroken by punctuation: "… said. Defense Minister" keeps "Defense Minister".
  const unbroken = tail.slice(tail.findLastIndex((word) => !/^[\p{L}.-]+$/u.test(word)) + 1);
  if (unbroken.length === 0) return null;
  const words = unbroken;
  const lastRole = words.findLastIndex((word) => isRoleWord(word));
  const complement = words.slice(lastRole + 1).join(' ');
  // The role must touch the name, or reach it through "of …": "Secretary of State Antony Blinken".
  // "Secretary of State", "President-elect", "députée UMP" (a party's initials).
  const isComplement = /^(?:of|for)(?: \p{Lu}[\p{L}.-]*){1,3}$/u.test(complement) || /^(?:[Ee]lect|[Dd]esignate|\p{Lu}{2,6})$/u.test(complement);
  if (lastRole < 0 || (complement && !isComplement)) return null;
  if (complement.split(' ').some((word, i) => i > 0 && isFunctionWord(word))) return null;
  let first = lastRole;
  while (first > 0 && isRolePhraseWord(words[first - 1]!)) first--;
  const role = words.slice(first).join(' ');
  return /^(?:mr|mrs|ms|dr|sir|madame|monsieur|mme)\.?$/i.test(role) ? null : role;
}

/** The role set after a name between commas: "Emile Heskey, a former Liverpool striker," → "former Liverpool striker". */
export function findRoleAfter(text: string, nameEnd: number): string | null {
  const match = text.slice(nameEnd, nameEnd + 160).match(/^,\s+((?:an?|the|le|la|el|der|die|un|une|una)\s+)?([^,.;:!?()“”"«»\n]+)/u);
  const phrase = match?.[2]?.trim();
  if (!phrase) return null;
  const words = phrase.split(/\s+/).slice(0, MAX_APPOSITION_WORDS);
  if (!startsLower(phrase) && !startsUpper(phrase)) return null;
  const roleAt = words.findIndex((word) => isRoleWord(word) && !/^(?:mr|mrs|ms|dr)\.?$/i.test(word));
  if (roleAt < 0 || roleAt > 4) return null;
  return words.join(' ');
}

/** Words that may stand in a role phrase before its role noun: capitalised words, "of", and lower-case qualifiers. */
function isRolePhraseWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (isFunctionWord(word) && lower !== 'of') return false;
  return startsUpper(word) || lower === 'of' || ROLE_QUALIFIERS.has(lower);
}
