import type { TextBlock } from '../../article/types';
import type { KeyNumber, NumberKind, Span } from '../types';
import { COMMON_LETTERS, isLetter, isLowerChar, isWordOf, lettersAfter, lettersBefore, startsUpper } from '../text/letters';
import { MONTHS } from '../words/months';
import { FUNCTION_WORDS } from '../people/names';

/** At most this many key numbers: the popup shows the ones that matter, not every digit. */
const MAX_KEY_NUMBERS = 6;
/** Words of context kept after a number to say what it counts. */
const CONTEXT_WORDS = 6;
/** A block shorter than this is a byline, a dateline or a credit, whose numbers are furniture. */
const MIN_PROSE_WORDS = 8;

const AMOUNT = String.raw`\d{1,3}(?:[,.\u00A0\u202F ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
const CURRENCY_BEFORE = String.raw`(?:US\$|A\$|C\$|\$|€|£|¥|₪|₹|CHF\s?|NIS\s?)`;
/** A currency written after an amount (and its scale word), as in "12 milliards d’euros". Sticky. */
const CURRENCY_AFTER = new RegExp(String.raw`\s?(?:€|euros?|dollars?|pounds?|shekels?|yen|Kč|korun|pesos|francs?|d['’]euros?|de (?:dólares|euros|pesos))(?![${COMMON_LETTERS}])`, 'y');

/** Where a number the pattern matched ends, with the words code reads after it; -1 when it is not of the kind. */
type NumberEnd = (blockText: string, match: RegExpMatchArray) => number;
const matchEnd: NumberEnd = (_, match) => (match.index ?? 0) + match[0].length;

/**
 * Each kind of number: its pattern, a quick test that a block may hold one (a currency, a per cent sign, a rank), so
 * that most blocks are searched with one pattern rather than four, and where it ends. The patterns stand in
 * COMMON_LETTERS for \p{L} and use no Unicode flag: they are compiled on every page, and with Unicode classes they cost
 * milliseconds to compile. For the same reason the scale words ("million") and what follows an amount are read by code
 * (moneyEnd, countEnd): in the patterns, they tripled the time to compile them.
 */
const PATTERNS: [NumberKind, RegExp, RegExp, NumberEnd][] = [
  ['money', new RegExp(String.raw`${CURRENCY_BEFORE}(?:${AMOUNT})|(?<![\d.,])(?:${AMOUNT})`, 'g'), /[$€£¥₪₹]|CHF|NIS|euro|dollar|pound|shekel|yen|Kč|korun|peso|franc|dólar/, moneyEnd],
  ['percent', new RegExp(String.raw`(?<![\d.,])(?:${AMOUNT})\s?(?:%|percent\b|per cent\b|pour cent\b|por ciento\b|procent)`, 'g'), /%|cent|ciento/, matchEnd],
  ['rank', /\b(?:No\.\s?\d+|\d+(?:st|nd|rd|th)\b)/g, /No\.|\d(?:st|nd|rd|th)/, matchEnd],
  ['count', new RegExp(String.raw`(?<![\d.,:/\-${COMMON_LETTERS}])(?:${AMOUNT})`, 'g'), /\d/, (text, match) => countEnd(text, matchEnd(text, match))],
];

/**
 * Where an amount of money ends: "$18 million" with its scale word after a currency sign; "12 milliards d’euros" with
 * the currency after it (and its scale word, if the currency follows that). -1 for a number with no currency.
 */
function moneyEnd(text: string, match: RegExpMatchArray): number {
  const end = matchEnd(text, match);
  const scaled = scaleEnd(text, end);
  if (!/\d/.test(match[0].charAt(0))) return scaled;
  return currencyAfterEnd(text, scaled) ?? (scaled > end ? currencyAfterEnd(text, end) : null) ?? -1;
}

function currencyAfterEnd(text: string, at: number): number | null {
  CURRENCY_AFTER.lastIndex = at;
  return CURRENCY_AFTER.test(text) ? CURRENCY_AFTER.lastIndex : null;
}

/** The scale words read after an amount. */
const SCALE_WORDS = new Set(['thousand', 'million', 'billion', 'trillion', 'bn', 'm', 'k', 'milliard', 'milliards', 'millions', 'millones', 'miliard', 'miliardy', 'miliardů', 'milion', 'miliony', 'milionů', 'Mrd', 'Mio']);

/**
 * Where a count that ends at `end` ends with its scale word, if any ("12 million", "5bn"), or -1 when neither with nor
 * without the scale word is it followed by white space and a letter, as a count must be.
 */
function countEnd(text: string, end: number): number {
  const scaled = scaleEnd(text, end);
  if (scaled > end && isBeforeWord(text, scaled)) return scaled;
  return isBeforeWord(text, end) ? end : -1;
}

/** The end of a scale word after `end`, after at most one white-space character; `end` when none follows. */
function scaleEnd(text: string, end: number): number {
  const at = /\s/.test(text[end] ?? '') ? end + 1 : end;
  const word = lettersAfter(text, at);
  if (word === 'mil' && text.startsWith(' millones', at + 3) && !isLetter(text[at + 12])) return at + 12;
  if (!SCALE_WORDS.has(word)) return end;
  const wordEnd = at + word.length;
  // "Mrd.", "Mio.": the full stop belongs to the abbreviation unless a letter follows it.
  return (word === 'Mrd' || word === 'Mio') && text[wordEnd] === '.' && !isLetter(text[wordEnd + 1]) ? wordEnd + 1 : wordEnd;
}

/** White space, then a letter. */
function isBeforeWord(text: string, at: number): boolean {
  let next = at;
  while (next < text.length && /\s/.test(text[next]!)) next++;
  return next > at && isLetter(text[next]);
}

/** Month names, looked up as whole words of the lower-cased text around a number. */
const MONTH_NAMES = new Set(MONTHS);
/** Time words, ages and eras after which a number is not a quantity, in the lower-cased text after it. */
const NOT_A_QUANTITY_AFTER = /^(?:a\.m|p\.m|am\b|pm\b|h\b|heures?\b|o'clock|years? old|ans\b|años\b|let\b|bc\b|ad\b|gmt|utc)/;
/** Street and place words after a number: an address, not a figure. */
const STREET_WORDS = ['rue', 'avenue', 'av.', 'boulevard', 'bd', 'place', 'street', 'st.', 'st', 'road', 'rd.', 'rd', 'lane', 'calle', 'straße', 'strasse', 'ulice'];
/** How many capitalised words may name a street before its street word: "12 Downing Street", "5 Rue de la Paix". */
const MAX_STREET_NAME_WORDS = 3;

/** A number found in the text, before the words around it are read to say what it counts. */
interface FoundNumber {
  text: string;
  kind: NumberKind;
  span: Span;
}

/** Finds the amounts, percentages, counts and ranks of the story, each with the words that say what it counts. */
export function findKeyNumbers(text: string, quoteSpans: readonly Span[] = [], blocks?: readonly TextBlock[]): KeyNumber[] {
  const prose = (blocks ?? [{ kind: 'paragraph', start: 0, end: text.length }]).filter(isProse(text));
  const taken: FoundNumber[] = [];
  for (const block of prose) {
    const blockText = text.slice(block.start, block.end);
    if (!/\d/.test(blockText)) continue;
    // Blocks do not overlap: a number can only overlap one taken in its own block.
    const takenBefore = taken.length;
    for (const [kind, pattern, mayMatch, numberEnd] of PATTERNS) {
      if (!mayMatch.test(blockText)) continue;
      for (const match of blockText.matchAll(pattern)) {
        const blockEnd = numberEnd(blockText, match);
        if (blockEnd < 0) continue;
        const start = block.start + (match.index ?? 0);
        const end = block.start + blockEnd;
        if (overlapsFrom(taken, takenBefore, start, end)) continue;
        const number = toFoundNumber(text, kind, text.slice(start, end), start, end);
        if (number) taken.push(number);
      }
    }
  }
  const outsideQuotes = taken.filter((n) => !quoteSpans.some((q) => q.start <= n.span.start && n.span.end <= q.end));
  return keyNumbers(text, rank(outsideQuotes));
}

/** Whether a number taken at or after index `from` overlaps text[start, end). */
function overlapsFrom(taken: readonly FoundNumber[], from: number, start: number, end: number): boolean {
  for (let i = from; i < taken.length; i++) if (taken[i]!.span.start < end && start < taken[i]!.span.end) return true;
  return false;
}

/**
 * The first MAX_KEY_NUMBERS of the ranked numbers, each with what it counts, leaving out a number inside another's
 * phrase ("12" in "31 to 12 for the tunnel"), which is already told by it, and the same figure said twice ("7.5%" in
 * the lead and again later), listed once where it first matters. Only the numbers kept are described.
 */
function keyNumbers(text: string, ranked: readonly FoundNumber[]): KeyNumber[] {
  const told: KeyNumber[] = [];
  const listed: KeyNumber[] = [];
  const seen = new Set<string>();
  for (const number of ranked) {
    if (listed.length === MAX_KEY_NUMBERS) break;
    if (told.some((k) => isInPhraseOf(number, k))) continue;
    const described = { text: number.text, kind: number.kind, ...describe(text, number.span.start, number.span.end), span: number.span };
    told.push(described);
    const key = number.text.replace(/\s+/g, ' ').toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    listed.push(described);
  }
  return listed;
}

function isProse(text: string): (block: TextBlock) => boolean {
  return (block) => block.kind === 'paragraph' && hasWords(text.slice(block.start, block.end), MIN_PROSE_WORDS);
}

const SPACE_RUN = /\s+/g;

/** Whether the text splits at white space into at least `count` pieces: counted up to `count`, no word list built. */
function hasWords(text: string, count: number): boolean {
  SPACE_RUN.lastIndex = 0;
  let pieces = 1;
  while (pieces < count && SPACE_RUN.exec(text)) pieces++;
  return pieces >= count;
}

function toFoundNumber(text: string, kind: NumberKind, raw: string, start: number, end: number): FoundNumber | null {
  const after = text.slice(end, end + 40).trimStart();
  const before = text.slice(Math.max(0, start - 24), start);
  if (isFurniture(raw, before, after) || (kind === 'count' && isAddress(after))) return null;
  if (kind === 'count' && (isYear(raw, after) || isSmallCount(raw) || NOT_A_QUANTITY_AFTER.test(after.toLowerCase()))) return null;
  return { text: raw.trim(), kind, span: { start, end } };
}

/** Dates, times, phone numbers, addresses and labels ("Channel 12", "Lyon 2") are not the story's figures. */
function isFurniture(raw: string, before: string, after: string): boolean {
  if (startsWithMonth(after.toLowerCase()) || endsWithMonth(before.toLowerCase())) return true;
  if (/^[-–:/.]\d/.test(after) || /\d[-–:/.]$/.test(before)) return true;
  // "Channel 12", "Lyon 2": a capitalised word mid-sentence names the thing the number labels.
  if (endsWithLabel(before) && !/%/.test(raw)) return true;
  return /^\d{4,}$/.test(raw) && startsUpper(after) && !/^(?:1[89]|20)\d{2}$/.test(raw);
}

function isYear(raw: string, after: string): boolean {
  return /^(1[89]|20)\d{2}$/.test(raw) && !/^(people|persons|troops|soldiers|jobs|homes|votes)/.test(after.toLowerCase());
}

/** Single-digit counts ("two officials", "3 people") are everyday prose, not key figures. */
function isSmallCount(raw: string): boolean {
  return /^\d$/.test(raw.trim());
}

/** Words besides the function words that, right after a number, say when or how rather than what: "214 last year". */
const WHEN_OR_HOW_WORDS = new Set(['last', 'next', 'each', 'per', 'than']);
/** "38% of commuters", "37 % des électeurs": after a number these open what it counts. */
const PARTITIVES = new Set(['of', 'de', 'des', 'du', 'del']);
/** Where a phrase ends, for the words kept around a number. */
const CLAUSE_END = /[.;:!?\n,()“”"«»]/;

/**
 * The number with the words of its phrase that say what it counts: those after it ("37% of voters", "1,200 troops"),
 * and those before it too when the words after do not ("closures of the bridge rose to 214 last year"). No function
 * word opens or closes the phrase.
 */
function describe(text: string, start: number, end: number): { context: string; numberAt: number } {
  const after = withoutTrailingFunctionWords(phraseWords(text.slice(end, end + 120).split(CLAUSE_END)[0] ?? '').slice(0, CONTEXT_WORDS));
  const saysWhat = after.length > 0 && opensWhatItCounts(after[0]!);
  const beforePhrase = text.slice(Math.max(0, start - 120), start).split(CLAUSE_END).pop() ?? '';
  const before = saysWhat ? [] : withoutLeadingFunctionWords(phraseWords(beforePhrase).slice(-CONTEXT_WORDS));
  const lead = before.length > 0 ? `${before.join(' ')} ` : '';
  return { context: [lead + text.slice(start, end).trim(), ...after].join(' '), numberAt: lead.length };
}

/** "commuters", "of commuters": yes; "last year", "to 12": no. */
function opensWhatItCounts(word: string): boolean {
  const key = word.toLowerCase();
  return PARTITIVES.has(key) || !(FUNCTION_WORDS.has(key) || WHEN_OR_HOW_WORDS.has(key));
}

function phraseWords(phrase: string): string[] {
  return phrase.trim().split(/\s+/).filter(Boolean);
}

/** "and that closures of the bridge rose to" → "closures of the bridge rose to". */
function withoutLeadingFunctionWords(words: string[]): string[] {
  const first = words.findIndex((word) => !FUNCTION_WORDS.has(word.toLowerCase()));
  return first < 0 ? [] : words.slice(first);
}

/** "workers walked out over pay and" → "workers walked out over pay". */
function withoutTrailingFunctionWords(words: string[]): string[] {
  let last = words.length;
  while (last > 0 && FUNCTION_WORDS.has(words[last - 1]!.toLowerCase())) last--;
  return words.slice(0, last);
}

const KIND_WEIGHT: Record<NumberKind, number> = { money: 4, percent: 3, count: 2, measure: 1, rank: 1 };

function rank(numbers: FoundNumber[]): FoundNumber[] {
  return [...numbers].sort((a, b) => KIND_WEIGHT[b.kind] - KIND_WEIGHT[a.kind] || a.span.start - b.span.start);
}

/** Whether a number starts inside the phrase told with another. */
function isInPhraseOf(number: FoundNumber, other: KeyNumber): boolean {
  const phraseStart = other.span.start - other.numberAt;
  return phraseStart <= number.span.start && number.span.start < phraseStart + other.context.length;
}

/** "may 2024", "juin": a month's name opens the (lower-cased) text as a whole word. */
function startsWithMonth(text: string): boolean {
  return MONTH_NAMES.has(lettersAfter(text, 0));
}

/** "on 3 " after "march ", "dec. ": the (lower-cased) text ends in a month's name, perhaps abbreviated, and a space. */
function endsWithMonth(text: string): boolean {
  const trimmed = text.trimEnd();
  if (trimmed.length === text.length) return false;
  const end = trimmed.endsWith('.') ? trimmed.length - 1 : trimmed.length;
  return MONTH_NAMES.has(lettersBefore(trimmed, end));
}

/** "Downing Street", "Rue de Rivoli": up to three capitalised words and a street word open the text after a number. */
function isAddress(after: string): boolean {
  let at = 0;
  for (let words = 0; words <= MAX_STREET_NAME_WORDS; words++) {
    if (startsWithStreetWord(after, at)) return true;
    const word = /^\S+/.exec(after.slice(at))?.[0] ?? '';
    const space = /^\s+/.exec(after.slice(at + word.length))?.[0];
    if (!space || !startsUpper(word) || !isWordOf(word, "'’-")) return false;
    at += word.length + space.length;
  }
  return false;
}

function startsWithStreetWord(text: string, at: number): boolean {
  return STREET_WORDS.some((word) => {
    const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
    return (text.startsWith(word, at) || text.startsWith(capitalised, at)) && !isLetter(text[at + word.length]);
  });
}

/** "… on Channel ", "… in Lyon ": a capitalised word (letters and full stops) after a lower-case word, a comma or a semicolon. */
function endsWithLabel(before: string): boolean {
  const end = before.length - 1;
  if (end < 3 || !/\s/.test(before[end]!)) return false;
  let start = end;
  while (start > 0 && (before[start - 1] === '.' || isLetter(before[start - 1]))) start--;
  if (start === end || !startsUpper(before.slice(start, end)) || !/\s/.test(before[start - 1] ?? '')) return false;
  const previous = before[start - 2];
  return previous === ',' || previous === ';' || (previous !== undefined && isLowerChar(previous));
}
