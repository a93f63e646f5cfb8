import type { TextBlock } from '../article/types';
import type { Span } from './types';
import { QUOTE_PAIRS } from './words/quote-marks';

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

/** Finds the outermost quotations of every block; a quotation never runs past its paragraph. */
export function findQuotedSpans(text: string, blocks: readonly TextBlock[]): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  blocks.forEach((block, blockIndex) => {
    const next = blocks[blockIndex + 1];
    const nextOpensWithQuote = next ? CLOSERS_OF.has(text.charAt(next.start)) : false;
    spans.push(...findInBlock(text, block, blockIndex, nextOpensWithQuote));
  });
  return spans;
}

function findInBlock(text: string, block: TextBlock, blockIndex: number, nextOpensWithQuote: boolean): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let i = block.start;
  while (i < block.end) {
    const mark = text.charAt(i);
    const closers = CLOSERS_OF.get(mark);
    if (!closers || !isOpening(text, i, block)) {
      i++;
      continue;
    }
    const close = findClosing(text, i, closers, block);
    if (close >= 0) {
      spans.push(makeSpan(text, i, close, close + 1, blockIndex, false));
      i = close + 1;
    } else if (nextOpensWithQuote && !hasMarkAfter(text, i, block)) {
      spans.push(makeSpan(text, i, block.end, block.end, blockIndex, true));
      i = block.end;
    } else {
      i++; // A stray mark: skip it rather than let it swallow the paragraph.
    }
  }
  return spans;
}

function makeSpan(text: string, open: number, innerEnd: number, outerEnd: number, blockIndex: number, isOpenEnded: boolean): QuotedSpan {
  let start = open + 1;
  let end = innerEnd;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { inner: { start, end }, outer: { start: open, end: outerEnd }, blockIndex, isOpenEnded };
}

/** Straight and single marks double as apostrophes and inch signs: they open only before a word, after a space. */
function isOpening(text: string, index: number, block: TextBlock): boolean {
  const mark = text.charAt(index);
  const before = index > block.start ? text.charAt(index - 1) : ' ';
  const after = text.charAt(index + 1);
  if (mark === '»') return /\s/.test(after) === false && /[\s(\[—–-]/.test(before) && !hasLaterMark(text, index, block, '«');
  if (mark === '"' || mark === '‘' || mark === '‚') return /[\s(\[—–\-/:]/.test(before) && /\S/.test(after);
  return true;
}

/** Whether any quotation mark follows `index` in its block: only the last mark of a paragraph may run on past it. */
function hasMarkAfter(text: string, index: number, block: TextBlock): boolean {
  for (let j = index + 1; j < block.end; j++) if (CLOSERS_OF.has(text.charAt(j)) || '”»’'.includes(text.charAt(j))) return true;
  return false;
}

function hasLaterMark(text: string, index: number, block: TextBlock, mark: string): boolean {
  const next = text.indexOf(mark, index + 1);
  return next >= 0 && next < block.end && text.indexOf('»', index + 1) > next;
}

/** The matching closing mark, skipping quotations nested inside; -1 when the paragraph ends first. */
function findClosing(text: string, open: number, closers: string, block: TextBlock): number {
  const opener = text.charAt(open);
  const limit = Math.min(block.end, open + MAX_QUOTE_CHARS);
  let depth = 0;
  for (let j = open + 1; j < limit; j++) {
    const char = text.charAt(j);
    if (closers.includes(char) && isClosing(text, j, block) && (char !== opener || !isOpening(text, j, block) || depth === 0)) {
      if (depth === 0) return j;
      depth--;
    } else if (char === opener && opener !== '"' && closers !== opener && isOpening(text, j, block)) {
      depth++;
    }
  }
  return -1;
}

/** A closing straight or single mark follows a word or punctuation and is not followed by a letter (not "don't"). */
function isClosing(text: string, index: number, block: TextBlock): boolean {
  const mark = text.charAt(index);
  if (mark !== '"' && mark !== '’' && mark !== '‘') return true;
  const after = index + 1 < block.end ? text.charAt(index + 1) : ' ';
  return !/[\p{L}\p{N}]/u.test(after);
}
