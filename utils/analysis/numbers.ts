import type { KeyNumber, NumberKind } from './types';

/** At most this many key numbers: the popup shows the ones that matter, not every digit. */
const MAX_KEY_NUMBERS = 6;
/** Words of context kept after a number to say what it counts. */
const CONTEXT_WORDS = 6;

const SCALE = String.raw`(?:\s?(?:thousand|million|billion|trillion|bn|m|k|milliards?|millions?|milliones|millones|mil|mld\.?|mil\.|Mrd\.?|Mio\.?))?`;
const AMOUNT = String.raw`\d{1,3}(?:[,.\u00A0\u202F ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
const CURRENCY_BEFORE = String.raw`(?:US\$|A\$|C\$|\$|€|£|¥|₪|₹|CHF\s?|NIS\s?)`;
const CURRENCY_AFTER = String.raw`(?:\s?(?:€|euros?|dollars?|pounds?|shekels?|yen|Kč|korun|pesos|francs?))`;

const PATTERNS: [NumberKind, RegExp][] = [
  ['money', new RegExp(String.raw`${CURRENCY_BEFORE}(?:${AMOUNT})${SCALE}|(?:${AMOUNT})${SCALE}${CURRENCY_AFTER}`, 'gu')],
  ['percent', new RegExp(String.raw`(?:${AMOUNT})\s?(?:%|percent\b|per cent\b|pour cent\b|por ciento\b|procent)`, 'gu')],
  ['rank', /\b(?:No\.\s?\d+|\d+(?:st|nd|rd|th)\b)/gu],
  ['count', new RegExp(String.raw`(?<![\d.,:/-])(?:${AMOUNT})${SCALE}(?=\s+\p{L})`, 'gu')],
];

/** Months and time words after which a number is a date, not a quantity. */
const DATE_WORDS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|a\.m|p\.m|am|pm|o'clock|years? old|bc|ad|gmt|utc)/i;

/** Finds the amounts, percentages, counts and ranks of the story, each with the words that say what it counts. */
export function findKeyNumbers(text: string, quoteSpans: readonly { start: number; end: number }[] = []): KeyNumber[] {
  const taken: KeyNumber[] = [];
  for (const [kind, pattern] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (taken.some((n) => n.span.start < end && start < n.span.end)) continue;
      const number = toKeyNumber(text, kind, match[0], start, end);
      if (number) taken.push(number);
    }
  }
  const outsideQuotes = taken.filter((n) => !quoteSpans.some((q) => q.start <= n.span.start && n.span.end <= q.end));
  return rank(outsideQuotes).slice(0, MAX_KEY_NUMBERS);
}

function toKeyNumber(text: string, kind: NumberKind, raw: string, start: number, end: number): KeyNumber | null {
  const after = text.slice(end, end + 80);
  if (kind === 'count' && (isYear(raw, after) || DATE_WORDS.test(after.trim()) || /^\s?[-–:/]\d/.test(after))) return null;
  if (kind === 'count' && isSmallCount(raw)) return null;
  const context = describe(text, start, end);
  return context ? { text: raw.trim(), kind, context, span: { start, end } } : null;
}

function isYear(raw: string, after: string): boolean {
  return /^(1[89]|20)\d{2}$/.test(raw) && !/^\s+(people|persons|troops|soldiers|jobs|homes|votes)/i.test(after);
}

/** Single-digit counts ("two officials", "3 people") are everyday prose, not key figures. */
function isSmallCount(raw: string): boolean {
  return /^\d$/.test(raw.trim());
}

/** The number with the words after it up to the end of the phrase: "37% of voters", "1,200 troops". */
function describe(text: string, start: number, end: number): string {
  const tail = text.slice(end, end + 120).split(/[.;:!?\n,()“”"«»]/)[0] ?? '';
  const words = tail.trim().split(/\s+/).filter(Boolean).slice(0, CONTEXT_WORDS);
  return `${text.slice(start, end).trim()} ${words.join(' ')}`.trim();
}

const KIND_WEIGHT: Record<NumberKind, number> = { money: 4, percent: 3, count: 2, measure: 1, rank: 1 };

function rank(numbers: KeyNumber[]): KeyNumber[] {
  return [...numbers].sort((a, b) => KIND_WEIGHT[b.kind] - KIND_WEIGHT[a.kind] || a.span.start - b.span.start);
}
