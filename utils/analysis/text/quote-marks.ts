import type { TextBlock } from '../../article/types';
import type { Span } from '../types';
import { QUOTE_PAIRS } from '../words/quote-marks';
import { isDigit, isLetter } from './letters';

/** A stretch of text between quotation marks, before it is judged to be speech. */
export interface QuotedSpan {
  /** The words inside the marks. */
  inner: Span;
  /** Including the marks. */
  outer: Span;
  blockIndex: number;
  /** An opening mark whose quotation runs on into the next paragraph (which opens with a mark again). */
  isOpenEnded: boolean;
}

const CLOSERS_OF = new Map(QUOTE_PAIRS);
/** How far a quotation may run inside one paragraph before a missing closing mark is assumed. */
const MAX_QUOTE_CHARS = 5000;

/** Finds the outermost quotations of every block (up to `maxSpans`); a quotation never runs past its paragraph. */
export function findQuotedSpans(text: string, blocks: readonly TextBlock[], maxSpans = Number.POSITIVE_INFINITY): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const nextMark = openingMarks(text);
  for (let blockIndex = 0; blockIndex < blocks.length && spans.length < maxSpans; blockIndex++) {
    const block = blocks[blockIndex]!;
    const next = blocks[blockIndex + 1];
    const nextOpensWithQuote = next ? CLOSERS_OF.has(text.charAt(next.start)) : false;
    for (const span of findInBlock(text, block, blockIndex, nextOpensWithQuote, maxSpans - spans.length, nextMark)) spans.push(span);
  }
  return spans;
}

/** Characters of scanning allowed per character of a block (plus a floor): bounds the work on hostile text. */
const STEPS_PER_CHAR = 2;
const MIN_STEPS = 20_000;

/** A block's scanning allowance; once spent, the rest of the block is read as having no quotations. */
interface Budget {
  steps: number;
}

function findInBlock(text: string, block: TextBlock, blockIndex: number, nextOpensWithQuote: boolean, maxSpans: number, nextMark: (from: number) => number): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const budget: Budget = { steps: MIN_STEPS + STEPS_PER_CHAR * (block.end - block.start) };
  let lastMark: number | null = null;
  let i = block.start;
  while (i < block.end && budget.steps > 0 && spans.length < maxSpans) {
    i = nextMark(i);
    if (i >= block.end) break;
    const closers = CLOSERS_OF.get(text.charAt(i))!;
    if (!isOpening(text, i, block, budget)) {
      i++;
      continue;
    }
    const close = splitMixedPair(text, i, findClosing(text, i, closers, block, budget), block, budget);
    if (close >= 0) {
      spans.push(makeSpan(text, i, close, close + 1, blockIndex, false));
      i = close + 1;
    } else if (nextOpensWithQuote && i === (lastMark ??= lastMarkIn(text, block))) {
      spans.push(makeSpan(text, i, block.end, block.end, blockIndex, true));
      i = block.end;
    } else {
      const mixed = mixedClosing(text, i, block, budget);
      if (mixed >= 0) spans.push(makeSpan(text, i, mixed, mixed + 1, blockIndex, false));
      // A stray mark is skipped rather than let it swallow the paragraph.
      i = mixed >= 0 ? mixed + 1 : i + 1;
    }
  }
  return spans;
}

const OPENING_MARK = new RegExp(`[${QUOTE_PAIRS.map(([open]) => open).join('')}]`, 'g');

/**
 * The next character that may open a quotation, at or after a position (the text's length when there is none). The
 * blocks are read in order: a block with no mark is not searched again to the same far mark from each block's start.
 */
function openingMarks(text: string): (from: number) => number {
  let searchedFrom = Number.POSITIVE_INFINITY;
  let next = text.length;
  return (from) => {
    if (from < searchedFrom || from > next) {
      OPENING_MARK.lastIndex = from;
      next = OPENING_MARK.exec(text)?.index ?? text.length;
      searchedFrom = from;
    }
    return next;
  };
}

function makeSpan(text: string, open: number, innerEnd: number, outerEnd: number, blockIndex: number, isOpenEnded: boolean): QuotedSpan {
  let start = open + 1;
  let end = innerEnd;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { inner: { start, end }, outer: { start: open, end: outerEnd }, blockIndex, isOpenEnded };
}

/** Straight and single marks double as apostrophes and inch signs: they open only before a word, after a space. */
function isOpening(text: string, index: number, block: TextBlock, budget: Budget): boolean {
  const mark = text.charAt(index);
  const before = index > block.start ? text.charAt(index - 1) : ' ';
  const after = text.charAt(index + 1);
  if (mark === '»') return /\s/.test(after) === false && /[\s(\[—–-]/.test(before) && !closesBeforeOpening(text, index, block, budget);
  if (mark === '"' || mark === '‘' || mark === '‚') return /[\s(\[—–\-/:]/.test(before) && /\S/.test(after);
  return true;
}

/** Where the block's last quotation mark is: only that one may run on into the next paragraph. */
function lastMarkIn(text: string, block: TextBlock): number {
  for (let j = block.end - 1; j >= block.start; j--) if ((CLOSERS_OF.has(text.charAt(j)) || '”»’'.includes(text.charAt(j))) && !isApostrophe(text, j)) return j;
  return -1;
}

/** "what’s", "don't": a single mark between two letters is an apostrophe, not a quotation mark. */
function isApostrophe(text: string, index: number): boolean {
  return "'’".includes(text.charAt(index)) && isLetter(text.charAt(index - 1)) && isLetter(text.charAt(index + 1));
}

/** French « a » et « b »: a '»' followed by '«' and then another '»' is closing the first quotation, not opening one. */
function closesBeforeOpening(text: string, index: number, block: TextBlock, budget: Budget): boolean {
  const limit = Math.min(block.end, index + MAX_QUOTE_CHARS);
  let sawOpening = false;
  for (let j = index + 1; j < limit && budget.steps-- > 0; j++) {
    const char = text.charAt(j);
    if (char === '«') sawOpening = true;
    else if (char === '»') return sawOpening;
  }
  return false;
}

/**
 * The matching closing mark, skipping quotations nested inside; -1 when the paragraph ends first. Reading a character
 * costs a step of the budget, as if each were read in turn; a pattern jumps from mark to mark in between.
 */
function findClosing(text: string, open: number, closers: string, block: TextBlock, budget: Budget): number {
  const opener = text.charAt(open);
  const limit = Math.min(block.end, open + MAX_QUOTE_CHARS);
  const marks = markPattern(closers + opener);
  let depth = 0;
  for (let j = open + 1; ; ) {
    marks.lastIndex = j;
    const next = marks.exec(text)?.index ?? limit;
    const mark = Math.min(next, limit);
    if (budget.steps < mark - j) {
      budget.steps = -1;
      return -1;
    }
    budget.steps -= mark - j;
    if (mark >= limit || budget.steps-- <= 0) return -1;
    const char = text.charAt(mark);
    // “It's unusual,“ said Larry Noble: an opening mark written where the closer should be, right after the words.
    if (char === '“' && opener === '“' && depth === 0 && isMisturnedCloser(text, mark, block)) return mark;
    if (closers.includes(char) && isClosing(text, mark, block) && (char !== opener || !isOpening(text, mark, block, budget) || depth === 0)) {
      if (depth === 0) return mark;
      depth--;
    } else if (char === opener && opener !== '"' && closers !== opener && isOpening(text, mark, block, budget)) {
      depth++;
    }
    j = mark + 1;
  }
}

/**
 * “… ," said Paul Lindsay. "… ”: a page that mixes marks closes its first quotation with a straight mark and opens the
 * next with one, so that the curly closer belongs to the second. Where a straight closing mark and then a straight
 * opening mark stand inside a curly pair, the first quotation ends at the straight closer.
 */
function splitMixedPair(text: string, open: number, close: number, block: TextBlock, budget: Budget): number {
  if (close < 0 || text.charAt(open) !== '“') return close;
  // Only the quotation's own words are searched, not the rest of the page.
  const inner = text.slice(open + 1, close);
  const closing = inner.indexOf('"');
  if (closing < 0 || !isClosing(text, open + 1 + closing, block)) return close;
  const opening = inner.indexOf('"', closing + 1);
  return opening >= 0 && isOpening(text, open + 1 + opening, block, budget) ? open + 1 + closing : close;
}

/** Marks a sloppy page closes a quotation with when its own closer never comes: “… " and "… ”. */
const MIXED_CLOSERS = new Map([['“', '"'], ['"', '”']]);

/** “Both Donald Trump and Paul Ryan are meeting …": the other double mark closes it, when the paragraph has no right one. */
function mixedClosing(text: string, open: number, block: TextBlock, budget: Budget): number {
  const closer = MIXED_CLOSERS.get(text.charAt(open));
  return closer === undefined ? -1 : findClosing(text, open, closer, block, budget);
}

/** A curly opening mark that stands as a closer: after a letter or punctuation, before a space or the paragraph's end. */
function isMisturnedCloser(text: string, index: number, block: TextBlock): boolean {
  const before = text.charAt(index - 1);
  const after = index + 1 < block.end ? text.charAt(index + 1) : ' ';
  return /[^\s(\[—–-]/.test(before) && /\s/.test(after);
}

/** A pattern for any of the marks, built once per set of marks (a page uses a handful). Global. */
const MARK_PATTERNS = new Map<string, RegExp>();

function markPattern(marks: string): RegExp {
  let pattern = MARK_PATTERNS.get(marks);
  if (!pattern) {
    pattern = new RegExp(`[${marks.replace(/[\\\]^-]/g, '\\$&')}]`, 'g');
    MARK_PATTERNS.set(marks, pattern);
  }
  return pattern;
}

/** A closing straight or single mark follows a word or punctuation and is not followed by a letter (not "don't"). */
function isClosing(text: string, index: number, block: TextBlock): boolean {
  const mark = text.charAt(index);
  if (mark !== '"' && mark !== '’' && mark !== '‘') return true;
  const after = index + 1 < block.end ? text.charAt(index + 1) : ' ';
  return !isLetter(after) && !isDigit(after);
}
