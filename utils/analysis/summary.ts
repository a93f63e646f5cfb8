import type { TextBlock } from '../article/types';
import { CAPITAL_RANGES, COMMON_LETTERS, isCapitalLetter, isUpperChar } from './letters';
import { sentenceStarts } from './sentences';
import type { Summary } from './types';

/** The longest summary line, in words (the product promises one line a reader takes in at a glance). */
const MAX_SUMMARY_WORDS = 30;
/** A sentence shorter than this is a dateline, a kicker or a fragment, not the story. */
const MIN_LEAD_WORDS = 8;
/** The story is told in its opening: sentences are sought in this many prose blocks. */
const LEAD_BLOCKS = 4;
/** A lead sentence is found in a paragraph's opening; a longer block is cut to this before it is split. */
const MAX_LEAD_CHARS = 2000;
/** Words that open a phrase a trimmed summary can end before. */
const PHRASE_OPENERS = new Set(['after', 'against', 'and', 'as', 'at', 'before', 'but', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'over', 'than', 'to', 'while', 'with', 'à', 'après', 'avec', 'dans', 'de', 'en', 'et', 'para', 'pour', 'por', 'sur', 'y']);
/** How much sharing words with the headline counts against coming first. */
const TITLE_WEIGHT = 1.5;

/** One line that tells what happened: the article's most headline-like opening sentence, trimmed; the page's description only as a fallback. */
export function summarise(text: string, blocks: readonly TextBlock[], description: string | null, title: string): Summary {
  const lead = chooseLeadSentence(text, blocks, title);
  if (lead) return { text: trimToWords(lead), method: 'lead-sentence' };
  if (description) return { text: trimToWords(oneLine(description)), method: 'description' };
  if (title) return { text: trimToWords(oneLine(title)), method: 'title' };
  return { text: '', method: 'none' };
}

function chooseLeadSentence(text: string, blocks: readonly TextBlock[], title: string): string | null {
  const sentences = leadSentences(text, blocks);
  const titleWords = [...contentWords(title)];
  let best: string | null = null;
  let bestScore = -Infinity;
  sentences.forEach((sentence, i) => {
    const lower = sentence.toLowerCase();
    const shared = titleWords.length === 0 ? 0 : titleWords.filter((word) => hasWord(lower, word)).length / titleWords.length;
    const score = TITLE_WEIGHT * shared + (1 - i / sentences.length);
    if (score > bestScore) [best, bestScore] = [sentence, score];
  });
  return best;
}

/** Full statements from the opening paragraphs: not questions, not quotations, not fragments. */
function leadSentences(text: string, blocks: readonly TextBlock[]): string[] {
  const found: string[] = [];
  for (const block of blocks.filter((b) => b.kind === 'paragraph').slice(0, LEAD_BLOCKS)) {
    const end = Math.min(block.end, block.start + MAX_LEAD_CHARS);
    const starts = sentenceStarts(text, block.start, end);
    starts.forEach((start, i) => {
      const sentence = stripDateline(oneLine(text.slice(start, starts[i + 1] ?? end)));
      if (sentence.split(' ').length >= MIN_LEAD_WORDS && !/^[“"«„‘]/.test(sentence) && !/\?["”»]?$/.test(sentence) && !isCaption(sentence) && !isInsideQuotation(sentence)) found.push(sentence);
    });
  }
  return found;
}

/** A sentence cut from the middle of a quotation closes a mark it never opened. */
function isInsideQuotation(sentence: string): boolean {
  const count = (pattern: RegExp) => (sentence.match(pattern) ?? []).length;
  return count(/[”»]/g) > count(/[“«]/g);
}

/** "X is escorted from the court on June 18, 2015.": a photo caption left among the paragraphs ends on its date. */
function isCaption(sentence: string): boolean {
  const endsOnYear = /(?:19|20)\d{2}\.?$/.test(sentence);
  return (endsOnYear && CAPTION_DATE.test(sentence)) || /\((?:photo|credit|foto)\b/.test(sentence.toLowerCase());
}

/** "on June 18, 2015", "le 18 juin 2015" ending a sentence; COMMON_LETTERS stands in for `\p{L}`, slow to compile. */
const CAPTION_DATE = new RegExp(String.raw`\b(?:on|le|el|am)\s+(?:[${COMMON_LETTERS}]+\s+)?\d{1,2}(?:\s+[${COMMON_LETTERS}]+)?,?\s+(?:19|20)\d{2}\.?$`);

/** Letters and digits (Western and Arabic-Indic), with no Unicode class: it is compiled on every page. */
const WORD = new RegExp(String.raw`[0-9\u0660-\u0669\u06F0-\u06F9${COMMON_LETTERS}]+`, 'g');

/** Lower-case words of four letters or more: enough to compare a sentence with the headline. */
function contentWords(text: string): Set<string> {
  return new Set(Array.from(text.toLowerCase().matchAll(WORD), (match) => match[0]).filter((word) => word.length >= 4));
}

/** One character of a WORD. */
const WORD_CHARACTER = new RegExp(`^${WORD.source}$`);

/**
 * Whether the (lower-case) text holds the word as one of its WORD runs: found with no WORD character either side. The
 * same answer as `contentWords(text).has(word)`, without splitting each sentence into words.
 */
export function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!WORD_CHARACTER.test(text.charAt(at - 1)) && !WORD_CHARACTER.test(text.charAt(at + word.length))) return true;
  }
  return false;
}

/** Besides capitals, what a wire dateline is written in: spaces and punctuation. */
const DATELINE_MARK = /[\s,.'’()-]/;
/**
 * A dateline and the dash after it: capitals, spaces and punctuation, perhaps an agency in brackets. The capitals are
 * sought among CAPITAL_RANGES, not as `\p{Lu}`, which is slow to compile; code confirms them.
 */
const DATELINE = new RegExp(String.raw`^([${CAPITAL_RANGES}\s,.'’()-]{2,60})(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s+`);

/** "JERUSALEM (AP) — " and "LONDON — " open many wire stories. */
function stripDateline(paragraph: string): string {
  // Only a paragraph opening on two capitals, spaces or punctuation can hold one: most are left without a search.
  if (![...paragraph.slice(0, 2)].every((char) => isUpperChar(char) || DATELINE_MARK.test(char)) || paragraph.length < 2) return paragraph;
  const match = DATELINE.exec(paragraph);
  const isDateline = match !== null && [...match[1]!].every((char) => isCapitalLetter(char) || DATELINE_MARK.test(char));
  return isDateline ? paragraph.slice(match[0].length) : paragraph;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Fits a sentence into the word limit: first drops what a summary can lose (brackets, asides between dashes,
 * relative clauses between commas), then cuts at the last clause boundary, and only then mid-clause.
 */
export function trimToWords(sentence: string): string {
  if (countWords(sentence) <= MAX_SUMMARY_WORDS) return sentence;
  const compact = sentence
    .replace(/\s*\([^()]{1,120}\)/g, '')
    .replace(/\s+[—–]\s+[^—–]{1,120}\s+[—–]\s+/g, ' ')
    .replace(/,\s+(?:who|which|whose|where|qui|que|dont|donde|quien|který|která|které)\s[^,]{1,120},/g, ',');
  if (countWords(compact) <= MAX_SUMMARY_WORDS) return compact;
  const words = compact.split(/\s+/);
  const head = words.slice(0, MAX_SUMMARY_WORDS).join(' ');
  const clauseEnd = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' — '), head.lastIndexOf(' – '));
  if (clauseEnd > head.length * 0.5) return `${head.slice(0, clauseEnd).replace(/[,;:]$/, '')}.`;
  // No clause boundary: end before the last phrase that would be left hanging ("… nine people in the basement of").
  const phraseStart = words.slice(0, MAX_SUMMARY_WORDS + 1).findLastIndex((word, i) => i >= MAX_SUMMARY_WORDS * 0.6 && PHRASE_OPENERS.has(word.toLowerCase()));
  if (phraseStart > 0) return `${words.slice(0, phraseStart).join(' ').replace(/[,;:]$/, '')}.`;
  return `${words.slice(0, MAX_SUMMARY_WORDS - 1).join(' ').replace(/[,;:]$/, '')}…`;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
