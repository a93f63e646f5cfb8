/**
 * Letter tests shared across the analysis. Each `\p{L}` class written into a pattern is compiled by V8 for that
 * pattern, on every page the content script runs in; one shared single-letter test is compiled once.
 */
const LETTER = /\p{L}/u;
/** Runs of letters. Global: use with matchAll, which works on a copy. */
export const LETTER_RUNS = /\p{L}+/gu;

/** Whether a one-character string is a letter of any script. */
export function isLetter(char: string | undefined): boolean {
  return char !== undefined && char !== '' && LETTER.test(char);
}

/** The letters that end the text, right before `end`: "told" in "…, she told". */
export function lettersBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && isLetter(text[start - 1])) start--;
  return text.slice(start, end);
}

/** The letters that open the text at `start`: "said" in "said on Monday". */
export function lettersAfter(text: string, start: number): string {
  let end = start;
  while (end < text.length && isLetter(text[end])) end++;
  return text.slice(start, end);
}
