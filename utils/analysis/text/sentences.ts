/**
 * Sentence edges inside a block. A regular expression rather than Intl.Segmenter: the segmenter breaks after
 * "Mr." and "U.S." before a capital, which is exactly where attributions sit, and costs more per call.
 */
import { isAllCapitals, isDigit, isLetter, isUpperChar } from './letters';
import { partitionPoint } from './sorted';
import { HONORIFICS } from '../words/person-titles';

/**
 * Abbreviations after which a full stop does not end a sentence: titles written before a name ("Army Capt. Christian
 * Pardo"), and others. Lower case, without the stop.
 */
const ABBREVIATIONS = new Set([
  ...HONORIFICS,
  'jr', 'no', 'sr', 'st', 'vs', 'e.g', 'i.e',
  'jan', 'feb', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'co', 'corp', 'inc', 'ltd', 'ft', 'mt',
]);

/**
 * End-of-sentence punctuation, closing marks it may carry, then space; code checks that a capital, a digit or an
 * opening mark follows (a pattern with Unicode classes for that was slow to compile on every page).
 */
const BOUNDARY = /[.!?…]+["”’»)]*\s+(?=\S)/g;
const OPENING_MARKS = '"“„«‘¿¡';

/** Offsets where sentences start within [start, end) of `text`, the first being `start`. */
export function sentenceStarts(text: string, start: number, end: number): number[] {
  const starts = [start];
  BOUNDARY.lastIndex = 0;
  const block = text.slice(start, end);
  for (const match of block.matchAll(BOUNDARY)) {
    const at = match.index ?? 0;
    if (!opensSentence(block[at + match[0].length]!) || isAbbreviation(block, at)) continue;
    starts.push(start + at + match[0].length);
  }
  return starts;
}

/** A capital, a digit or an opening quotation mark can start a sentence. */
function opensSentence(char: string): boolean {
  return isUpperChar(char) || OPENING_MARKS.includes(char) || isDigit(char);
}

/** "Mr." or "C." (an initial) or "U.S." before a full stop does not end the sentence. */
function isAbbreviation(block: string, stopAt: number): boolean {
  if (block.charAt(stopAt) !== '.') return false;
  const word = lettersAndDotsBefore(block.slice(Math.max(0, stopAt - 12), stopAt));
  return ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && isAllCapitals(word)) || isDottedInitials(word);
}

/** The letters and full stops that end the text: "Mr", "U.S", "e.g". */
function lettersAndDotsBefore(text: string): string {
  let start = text.length;
  while (start > 0 && (text[start - 1] === '.' || isLetter(text[start - 1]))) start--;
  return text.slice(start);
}

/** "U.S", "e.g": single letters with full stops between them. */
function isDottedInitials(word: string): boolean {
  if (word.length < 3 || word.length % 2 === 0) return false;
  for (let i = 0; i < word.length; i++) if (i % 2 === 1 ? word[i] !== '.' : !isLetter(word[i])) return false;
  return true;
}

/** The start of the sentence holding `at` (binary search: a long block has many sentences). */
export function sentenceStartBefore(starts: readonly number[], at: number): number {
  const i = lastAtOrBefore(starts, at);
  return i >= 0 ? starts[i]! : (starts[0] ?? 0);
}

/** The end of the sentence holding `at`: the next sentence start, or `end`. */
export function sentenceEndAfter(starts: readonly number[], at: number, end: number): number {
  return starts[lastAtOrBefore(starts, at) + 1] ?? end;
}

/** Index of the last start at or before `at`, or -1. */
function lastAtOrBefore(starts: readonly number[], at: number): number {
  return partitionPoint(starts, (start) => start <= at) - 1;
}
