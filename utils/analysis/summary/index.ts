import type { TextBlock } from '../../article/types';
import { stripDateline } from './datelines';
import { leadSentences } from './lead-sentences';
import { isCaption, isFurniture, isPitch } from './sentence-furniture';
import { COMMON_LETTERS, lettersAfter } from '../text/letters';
import { BACK_REFERRING_OPENERS } from '../words/summary-cues';
import type { Summary } from '../types';

/** The longest summary line, in words (the product promises one line a reader takes in at a glance). */
const MAX_SUMMARY_WORDS = 30;
/** Words that open a phrase a trimmed summary can end before. */
const PHRASE_OPENERS = new Set(['after', 'against', 'and', 'as', 'at', 'before', 'but', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'over', 'than', 'to', 'while', 'with', 'à', 'après', 'avec', 'dans', 'de', 'en', 'et', 'para', 'pour', 'por', 'sur', 'y']);
/** How much sharing words with the headline counts against coming first. */
const TITLE_WEIGHT = 1.5;
/** What opening on "But", "However" costs a sentence: as much as coming last of the lead's sentences. */
const BACK_REFERENCE_COST = 1;
const BACK_REFERRING = new Set(BACK_REFERRING_OPENERS);

/**
 * One line that tells what happened: the article's most headline-like opening sentence, trimmed; the page's
 * description only as a fallback. A page that is not an article has no story to tell, only what it says of itself.
 */
export function summarise(text: string, blocks: readonly TextBlock[], description: string | null, title: string, isArticle = true): Summary {
  const lead = isArticle ? chooseLeadSentence(text, blocks, title) : null;
  if (lead) return { text: trimToWords(lead), method: 'lead-sentence' };
  const ownWords = description && stripDateline(oneLine(description));
  if (ownWords && isOwnDescription(ownWords)) return { text: trimToWords(ownWords), method: 'description' };
  if (title) return { text: trimToWords(oneLine(title)), method: 'title' };
  return { text: '', method: 'none' };
}

/** A description that describes: not a pitch, a related link, a caption, or markup left in the page's metadata ("<p>…</p>"). */
function isOwnDescription(description: string): boolean {
  return !isFurniture(description) && !isPitch(description) && !isCaption(description) && !description.includes('</');
}

function chooseLeadSentence(text: string, blocks: readonly TextBlock[], title: string): string | null {
  const sentences = leadSentences(text, blocks);
  const titleWords = [...contentWords(title)];
  let best: string | null = null;
  let bestScore = -Infinity;
  sentences.forEach((sentence, i) => {
    const lower = sentence.toLowerCase();
    const shared = titleWords.length === 0 ? 0 : titleWords.filter((word) => hasWord(lower, word)).length / titleWords.length;
    const score = TITLE_WEIGHT * shared + (1 - i / sentences.length) - (isBackReferring(sentence) ? BACK_REFERENCE_COST : 0);
    if (score > bestScore) [best, bestScore] = [sentence, score];
  });
  return best;
}

/** "But …", "However, …": a sentence that leans on the one before it. */
export function isBackReferring(sentence: string): boolean {
  return BACK_REFERRING.has(lettersAfter(sentence, 0).toLowerCase());
}

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
