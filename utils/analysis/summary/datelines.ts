import { CAPITAL_RANGES, isAllCapitals, isCapitalLetter, isDigit, isUpperChar, lettersAfter } from '../text/letters';
import { MONTHS } from '../words/months';

/** Besides capitals, what a wire dateline is written in: spaces and punctuation. */
const DATELINE_MARK = /[\s,.'’()-]/;
/**
 * A dateline and the dash or colon after it: capitals, spaces and punctuation, perhaps an agency in brackets. The
 * capitals are sought among CAPITAL_RANGES, not as `\p{Lu}`, which is slow to compile; code confirms them.
 */
const DATELINE = new RegExp(String.raw`^([${CAPITAL_RANGES}\s,.'’()-]{2,60})(?:\([^)]{1,30}\))?\s*(?:[—–-]{1,2}|:)\s+`);
/** The dashes a dateline written in mixed case ("CLEVELAND, Ohio – ") is set off by, with their spaces. */
const DASHES = [' — ', ' – ', ' -- ', ' - '];
/** A dateline in mixed case is a place and its region, perhaps an agency: a few words. */
const MAX_DATELINE_WORDS = 6;
/** A dateline ends this close to the start, dash included. */
const MAX_DATELINE_CHARS = 60;
const MONTH_SET = new Set(MONTHS);

/** "JERUSALEM (AP) — ", "BEIJING: ", "HAYWARD, Calif. (AP) — ", "April 17, 2015 -- " open many wire stories: the sentence after them. */
export function stripDateline(sentence: string): string {
  return stripMixedCaseDateline(stripCapitalDateline(sentence));
}

/** "JERUSALEM (AP) — ", "LONDON — ", "BEIJING: ": capitals only, the first two read before any search. */
function stripCapitalDateline(sentence: string): string {
  if (sentence.length < 2 || ![...sentence.slice(0, 2)].every((char) => isUpperChar(char) || DATELINE_MARK.test(char))) return sentence;
  const match = DATELINE.exec(sentence);
  if (match === null || ![...match[1]!].every((char) => isCapitalLetter(char) || DATELINE_MARK.test(char))) return sentence;
  // Before a colon, a bracket opens an editor's note ("(EDIT: …"), not a place.
  const isNote = match[0].trimEnd().endsWith(':') && !isCapitalLetter(sentence[0]);
  return isNote ? sentence : sentence.slice(match[0].length);
}

/**
 * "CLEVELAND, Ohio – ", "Dekalb, Ill. — ", "April 17, 2015 -- ": a few capitalised words before a spaced dash, opening
 * on a place in capitals, a date, or a place and its abbreviated region. A name before a dash ("Donald Trump – …")
 * is none of these.
 */
function stripMixedCaseDateline(sentence: string): string {
  const dash = firstDash(sentence);
  if (dash === null) return sentence;
  // An agency in brackets ("(AP)") is set aside: the place or date before it decides.
  const words = sentence.slice(0, dash.at).split(' ').filter((word) => word !== '' && !word.startsWith('('));
  if (words.length === 0 || words.length > MAX_DATELINE_WORDS) return sentence;
  if (!words.every((word) => isUpperChar(word.charAt(0)) || isDigit(word.charAt(0)))) return sentence;
  return isPlaceOrDate(words) ? sentence.slice(dash.at + dash.length) : sentence;
}

function firstDash(sentence: string): { at: number; length: number } | null {
  let best: { at: number; length: number } | null = null;
  const opening = sentence.slice(0, MAX_DATELINE_CHARS);
  for (const dash of DASHES) {
    const at = opening.indexOf(dash);
    if (at > 0 && at + dash.length <= MAX_DATELINE_CHARS && (best === null || at < best.at)) best = { at, length: dash.length };
  }
  return best;
}

function isYear(word: string): boolean {
  return word.length === 4 && [...word].every((char) => char >= '0' && char <= '9');
}

/** "CLEVELAND, Ohio", "April 17, 2015", "Dekalb, Ill.", "New York, NY": not "NASA –", not "Donald Trump –". */
function isPlaceOrDate(words: readonly string[]): boolean {
  const first = lettersAfter(words[0]!, 0);
  const last = words.at(-1)!;
  const comma = words.findIndex((word) => word.endsWith(','));
  if (MONTH_SET.has(first.toLowerCase())) return words.some(isYear);
  if (isAllCapitals(first, 3)) return comma >= 0 && comma < words.length - 1;
  return comma === words.length - 2 && (last.endsWith('.') || isAllCapitals(last, 2));
}
