import { LATIN_LETTERS, isAllCapitals, isLetter, isLowerChar, isUpperChar, lettersAfter, lettersBefore, startsLower } from '../text/letters';
import { MONTHS } from '../words/months';
import {
  ADDRESS_WORDS, CREDIT_LABELS, CREDIT_WORDS, DISCLOSED_THINGS, DISCLOSURE_WORDS, FURNITURE_LABELS, PHOTO_AGENCIES, PITCH_VERBS, PITCH_WORDS, POINTER_WORDS,
} from '../words/summary-cues';

/** A sentence shorter than this is a dateline, a kicker or a fragment, not the story. */
const MIN_LEAD_WORDS = 8;
/** A line of which at least this share of words are numbers or months is a date and time, not a statement. */
const MIN_DATE_SHARE = 0.5;
/** A photo credit below its caption is a name or two and an agency: a few words, a short line. */
const MAX_CREDIT_WORDS = 12;
const MAX_CREDIT_CHARS = 120;
/** A date line ("Updated 1:39 am EST, Wednesday, November 20, 2019") is short; a longer line is not read for one. */
const MAX_DATE_LINE_CHARS = 160;
const MIN_DATE_LINE_WORDS = 3;
/** A headline is short: a longer line is a sentence, whatever its case. */
const MAX_HEADLINE_WORDS = 20;
/** A label before its colon ("Related:", "Lire aussi :") is a few words at the start. */
const MAX_LABEL_CHARS = 30;
/** Of the words of a sentence after its first, at most this share may be lower case in a headline set in title case. */
const MAX_LOWER_SHARE_OF_TITLE = 0.15;
/** A headline in title case has at least this many capitalised words after its first. */
const MIN_TITLE_CAPITALS = 4;
/** Words a headline in title case leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(['&', 'a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);
/** Marks that end a finished sentence, Latin and full-width (a question ends one too, but is not a summary). */
const SENTENCE_ENDS = new Set(['.', '!', '…', '。', '！']);
/** Closing marks that may follow the end of a sentence, and the spaces French sets before "»". */
const CLOSING_MARKS = new Set(['"', '”', '’', '»', "'", ' ', '\u00A0', '\u202F']);
const MONTH_SET = new Set(MONTHS);
const FURNITURE = new Set(FURNITURE_LABELS);
const PITCH_VERB_SET = new Set(PITCH_VERBS);
const POINTER_ENDS = new Set(POINTER_WORDS);
/** The kinds of pitch cue, as bits: a word may be more than one ("download" is a pitch word and an imperative). */
const [ADDRESS, PITCH, DISCLOSURE, DISCLOSED] = [1, 2, 4, 8];
/** Every pitch cue word and its kinds: one lookup a word. */
const PITCH_CUES = cueMap([[ADDRESS, ADDRESS_WORDS], [PITCH, PITCH_WORDS], [DISCLOSURE, DISCLOSURE_WORDS], [DISCLOSED, DISCLOSED_THINGS]]);
const CREDITS = new Set(CREDIT_WORDS);
const CREDIT_LABEL_SET = new Set(CREDIT_LABELS);
const PHOTO_AGENCY_SET = new Set(PHOTO_AGENCIES);
/** Marks that open a quotation or an aside: a sentence opening on one is someone's words or a note, not the lead. */
const OPENING_MARKS = new Set(['“', '"', '«', '„', '‘', '(', '[']);
/** Quotation marks: words inside them are someone's speech. */
const QUOTE_MARKS = ['"', '“', '”', '«', '»', '„'];

function cueMap(lists: [number, readonly string[]][]): Map<string, number> {
  const map = new Map<string, number>();
  for (const [bit, words] of lists) for (const word of words) map.set(word, (map.get(word) ?? 0) | bit);
  return map;
}

/**
 * A short line that is nothing but a photo credit: opening on "©", a bracket or a credit label ("Photo: …"), or
 * names and an agency with no word in lower case ("Natalie Naccache | Bloomberg | Getty Images"). A caption that
 * ends on its credit ("The chairman (Credit: Getty Images)") is not one.
 */
export function isCreditLine(line: string): boolean {
  if (line.length > MAX_CREDIT_CHARS) return false;
  const words = line.split(' ');
  if (words.length > MAX_CREDIT_WORDS) return false;
  if (line.startsWith('©') || ((line.startsWith('(') || labelOf(line) !== null) && hasCreditLabel(line))) return true;
  const isNamesOnly = !words.some((word) => startsLower(word));
  return isNamesOnly && (hasSlashCredit(line) || lowerWords(line).some((word) => PHOTO_AGENCY_SET.has(word)));
}

/** The lower-case words before a colon that opens the sentence ("Related:", "À lire aussi :"), or null. */
export function labelOf(sentence: string): string | null {
  const colon = sentence.indexOf(':');
  if (colon < 1 || colon > MAX_LABEL_CHARS) return null;
  return sentence.slice(0, colon).trim().toLowerCase();
}

/**
 * Whether a cleaned sentence can be the summary: a finished statement of the story, not furniture around it. The
 * cheap tests come first: most lines of a page's opening fail one of them.
 */
export function isLeadSentence(sentence: string): boolean {
  return (
    isFinished(sentence) &&
    !OPENING_MARKS.has(sentence.charAt(0)) &&
    isLongEnough(sentence) &&
    !isFurniture(sentence) &&
    !isInsideQuotation(sentence) &&
    !isCaption(sentence) &&
    !isDateLine(sentence) &&
    !isHeadlineCase(sentence) &&
    !isPitch(sentence)
  );
}

/** A sentence of MIN_LEAD_WORDS words or more; most are seen to be by their spaces alone. */
function isLongEnough(sentence: string): boolean {
  return hasSpaces(sentence, MIN_LEAD_WORDS - 1) || countLeadWords(sentence) >= MIN_LEAD_WORDS;
}

/** Whether the text holds at least `count` spaces, found without splitting it. */
function hasSpaces(text: string, count: number): boolean {
  let found = 0;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) if (++found >= count) return true;
  return false;
}

/** "Nov. 20, 2019 Updated: Nov. 20, 2019 1:35 a.m.": mostly numbers and months, the time a page was written or changed. */
export function isDateLine(sentence: string): boolean {
  if (sentence.length > MAX_DATE_LINE_CHARS || !hasDigit(sentence)) return false;
  const words = sentence.split(' ');
  // Chinese and Japanese write a date inside a sentence without spaces ("3月9日、"): one "word" that is not the line.
  if (words.length < MIN_DATE_LINE_WORDS) return false;
  let dated = 0;
  for (const word of words) if (hasDigit(word) || MONTH_SET.has(trimToLetters(word.toLowerCase()))) dated++;
  return dated >= words.length * MIN_DATE_SHARE;
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}

/** Words, counting two Chinese or Japanese characters as one: those scripts leave no spaces between words. */
export function countLeadWords(sentence: string): number {
  let ideographs = 0;
  for (let i = 0; i < sentence.length; i++) {
    const code = sentence.charCodeAt(i);
    if (code >= 0x3040 && code <= 0x9fff) ideographs++;
  }
  return sentence.split(' ').length + Math.floor(ideographs / 2);
}

/** A statement ends on its full stop (perhaps inside a closing quotation mark); a line that does not is a label, a credit or a headline. */
export function isFinished(sentence: string): boolean {
  let end = sentence.length;
  while (end > 0 && CLOSING_MARKS.has(sentence[end - 1]!)) end--;
  return end > 0 && SENTENCE_ENDS.has(sentence[end - 1]!);
}

/** A sentence cut from the middle of a quotation closes a mark it never opened, or ends on a straight mark left open. */
export function isInsideQuotation(sentence: string): boolean {
  if (!sentence.includes('”') && !sentence.includes('»') && !sentence.endsWith('"')) return false;
  let balance = 0;
  let straight = 0;
  for (const char of sentence) {
    if (char === '”' || char === '»') balance--;
    else if (char === '“' || char === '«') balance++;
    else if (char === '"') straight++;
  }
  return balance < 0 || (sentence.endsWith('"') && straight % 2 === 1);
}

/** "Related: …", "Read more: …", "Editor's note: …": a link to another page or a note about this one, by its label. */
export function isFurniture(sentence: string): boolean {
  const label = labelOf(sentence);
  return label !== null && FURNITURE.has(label);
}

/** A photo caption: a credit ("©", "Coex/AFP/Getty Images", "Photo: …") or the date a caption ends on. */
export function isCaption(sentence: string): boolean {
  if (sentence.includes('©') || hasCreditLabel(sentence) || hasSlashCredit(sentence)) return true;
  const endsOnYear = /(?:19|20)\d{2}\.?$/.test(sentence);
  return (endsOnYear && CAPTION_DATE.test(sentence)) || (sentence.includes('(') && /\((?:photo|credit|foto)\b/.test(sentence.toLowerCase()));
}

/**
 * "on June 18, 2015", "le 18 juin 2015" ending a sentence, or ", Monday, Oct. 17, 2022" as agency captions write it;
 * the letters are Latin ones (`\p{L}` is slow to compile), enough for the languages that write dates so.
 */
const CAPTION_DATE = new RegExp(String.raw`(?:\b(?:on|le|el|am)|,)\s+(?:[${LATIN_LETTERS}]+,\s+)?(?:[${LATIN_LETTERS}]+\.?\s+)?\d{1,2}(?:\s+[${LATIN_LETTERS}]+)?,?\s+(?:19|20)\d{2}\.?$`);

/** "Photo: Jane Doe", "Image : AFP": a credit label and its colon. */
function hasCreditLabel(sentence: string): boolean {
  for (let at = sentence.indexOf(':'); at >= 0; at = sentence.indexOf(':', at + 1)) {
    const word = lettersBefore(sentence, sentence[at - 1] === ' ' ? at - 1 : at).toLowerCase();
    if (CREDIT_LABEL_SET.has(word)) return true;
  }
  return false;
}

/** "Coex/AFP/Getty Images", "Shutterstock / Getty": an agency's name beside a slash. */
function hasSlashCredit(sentence: string): boolean {
  for (let at = sentence.indexOf('/'); at >= 0; at = sentence.indexOf('/', at + 1)) {
    const before = lettersBefore(sentence, sentence[at - 1] === ' ' ? at - 1 : at).toLowerCase();
    const after = lettersAfter(sentence, sentence[at + 1] === ' ' ? at + 2 : at + 1).toLowerCase();
    if (CREDITS.has(before) || CREDITS.has(after)) return true;
  }
  return false;
}

/**
 * "Sign up for our newsletter", "Click here to download the app", "This post may contain affiliate links", "You can
 * view our last thread here.": the page selling to its reader, pointing them to a link, or disclosing its
 * commissions. Quoted words are someone's speech, not the page's.
 */
export function isPitch(sentence: string): boolean {
  if (QUOTE_MARKS.some((mark) => sentence.includes(mark))) return false;
  const tokens = sentence.toLowerCase().split(' ');
  if (PITCH_VERB_SET.has(trimToLetters(tokens[0]!))) return true;
  let cues = 0;
  for (const token of tokens) {
    const word = trimToLetters(token);
    cues |= PITCH_CUES.get(word) ?? 0;
    if (word.includes('-')) for (const part of word.split('-')) cues |= PITCH_CUES.get(part) ?? 0;
  }
  const isPointer = POINTER_ENDS.has(trimToLetters(tokens.at(-1)!)) && (cues & ADDRESS) !== 0;
  return isPointer || (cues & (ADDRESS | PITCH)) === (ADDRESS | PITCH) || (cues & (DISCLOSURE | DISCLOSED)) === (DISCLOSURE | DISCLOSED);
}

/** Lower-case words without the punctuation around them; a hyphenated word also gives its parts ("abonnez-vous"). */
function lowerWords(sentence: string): string[] {
  const words: string[] = [];
  for (const token of sentence.toLowerCase().split(' ')) {
    const word = trimToLetters(token);
    words.push(word);
    if (word.includes('-')) words.push(...word.split('-'));
  }
  return words;
}

/** The token without the punctuation around it; most tokens open and close on a letter and are returned as they are. */
function trimToLetters(token: string): string {
  if (isAsciiLetter(token.charCodeAt(0)) && isAsciiLetter(token.charCodeAt(token.length - 1))) return token;
  let start = 0;
  let end = token.length;
  while (start < end && !isLetter(token[start])) start++;
  while (end > start && !isLetter(token[end - 1])) end--;
  return token.slice(start, end);
}

/** "Some Pouches of Tea That Belonged to Your Partner": nearly every word capitalised, or shouted in capitals, as headlines and kickers are set. */
export function isHeadlineCase(sentence: string): boolean {
  let [words, capitals, lower, shouted] = [0, 0, 0, 0];
  if (hasSpaces(sentence, MAX_HEADLINE_WORDS)) return false;
  for (const word of sentence.split(' ').slice(1)) {
    const code = word.charCodeAt(0);
    const isAsciiLower = code >= 0x61 && code <= 0x7a;
    if (isAsciiLower ? TITLE_SMALL_WORDS.has(word) : !isLetter(word.charAt(0))) continue;
    words++;
    if (isAsciiLower || isLowerChar(word.charAt(0))) lower++;
    else if (isUpperChar(word.charAt(0))) [capitals, shouted] = [capitals + 1, shouted + (isAllCapitals(trimToLetters(word), 2) ? 1 : 0)];
  }
  const isTitleCase = capitals >= MIN_TITLE_CAPITALS && lower <= words * MAX_LOWER_SHARE_OF_TITLE;
  return isTitleCase || shouted > words / 2;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}
