/**
 * Sentence edges inside a block. A regular expression rather than Intl.Segmenter: the segmenter breaks after
 * "Mr." and "U.S." before a capital, which is exactly where attributions sit, and costs more per call.
 */
import { isAllCapitals } from './letters';

/** Abbreviations after which a full stop does not end a sentence. Lower case, without the stop. */
const ABBREVIATIONS = new Set([
  'dr', 'gen', 'gov', 'jr', 'lt', 'mr', 'mrs', 'ms', 'no', 'prof', 'rep', 'rev', 'sen', 'sgt', 'sr', 'st', 'vs', 'e.g', 'i.e',
]);

/** End-of-sentence punctuation, closing marks it may carry, then space and a capital, digit or opening mark. */
const BOUNDARY = /[.!?…]+["”’»)]*\s+(?=[\p{Lu}\p{N}"“„«‘¿¡])/gu;

/** Offsets where sentences start within [start, end) of `text`, the first being `start`. */
export function sentenceStarts(text: string, start: number, end: number): number[] {
  const starts = [start];
  BOUNDARY.lastIndex = 0;
  const block = text.slice(start, end);
  for (const match of block.matchAll(BOUNDARY)) {
    const at = match.index ?? 0;
    if (isAbbreviation(block, at)) continue;
    starts.push(start + at + match[0].length);
  }
  return starts;
}

/** "Mr." or "C." (an initial) or "U.S." before a full stop does not end the sentence. */
function isAbbreviation(block: string, stopAt: number): boolean {
  if (block.charAt(stopAt) !== '.') return false;
  const word = block.slice(Math.max(0, stopAt - 12), stopAt).match(/[\p{L}.]+$/u)?.[0] ?? '';
  return ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && isAllCapitals(word)) || (word.includes('.') && /^(?:\p{L}\.)+\p{L}$/u.test(word));
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
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid]! <= at) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
