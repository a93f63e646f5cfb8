import type { TextQuoteSelector } from '../analysis/types';

/** Up to this many words a quote is matched whole; longer ones by their first and last words (textStart,textEnd). */
const MAX_EXACT_WORDS = 10;
/** Words kept at each end of a long quote, and of the context before and after it. */
const EDGE_WORDS = 4;
const CONTEXT_WORDS = 3;

/**
 * The article URL with a text fragment (`#:~:text=[prefix-,]start[,end][,-suffix]`) that makes the browser scroll to
 * and highlight the quote. The context before and after is added when the words recur in the page, or always when
 * the page text is not known.
 */
export function textFragmentUrl(url: string, anchor: TextQuoteSelector, pageText?: string): string {
  const words = anchor.exact.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return url;
  const parts = words.length <= MAX_EXACT_WORDS ? [words.join(' ')] : [words.slice(0, EDGE_WORDS).join(' '), words.slice(-EDGE_WORDS).join(' ')];
  const isRecurring = pageText === undefined || occurrences(pageText, anchor.exact.trim()) > 1;
  const prefix = isRecurring ? lastWords(anchor.prefix) : '';
  const suffix = isRecurring ? firstWords(anchor.suffix) : '';
  const directive = [prefix && `${encodeFragmentPart(prefix)}-`, ...parts.map(encodeFragmentPart), suffix && `-${encodeFragmentPart(suffix)}`].filter(Boolean).join(',');
  return `${url.replace(/#.*$/, '')}#:~:text=${directive}`;
}

/** Percent-encodes a directive part, including the characters the syntax reserves: "-", "," and "&". */
export function encodeFragmentPart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** The last words before the quote, within its own line: context across a paragraph break may not be adjacent in the page. */
function lastWords(prefix: string): string {
  const line = prefix.split(/\n/).pop() ?? '';
  return line.trim().split(/\s+/).filter(Boolean).slice(-CONTEXT_WORDS).join(' ');
}

function firstWords(suffix: string): string {
  const line = suffix.split(/\n/)[0] ?? '';
  return line.trim().split(/\s+/).filter(Boolean).slice(0, CONTEXT_WORDS).join(' ');
}

function occurrences(text: string, part: string): number {
  if (!part) return 0;
  let count = 0;
  for (let index = text.indexOf(part); index >= 0; index = text.indexOf(part, index + 1)) count += 1;
  return count;
}
