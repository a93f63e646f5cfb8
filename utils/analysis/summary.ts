import type { TextBlock } from '../article/types';
import type { Summary } from './types';

/** The longest summary line, in words (the product promises one line a reader takes in at a glance). */
const MAX_SUMMARY_WORDS = 30;
/** A lead sentence is found in a paragraph's opening; a longer block is cut to this before it is split. */
const MAX_LEAD_CHARS = 2000;
/** A lead sentence shorter than this is a dateline, a kicker or a fragment, not the story. */
const MIN_LEAD_WORDS = 8;

/** One line that tells what happened: the lead sentence, trimmed; the page's description only as a fallback. */
export function summarise(text: string, blocks: readonly TextBlock[], description: string | null, title: string): Summary {
  const lead = findLeadSentence(text, blocks);
  if (lead) return { text: trimToWords(lead), method: 'lead-sentence' };
  if (description) return { text: trimToWords(oneLine(description)), method: 'description' };
  if (title) return { text: trimToWords(oneLine(title)), method: 'title' };
  return { text: '', method: 'none' };
}

function findLeadSentence(text: string, blocks: readonly TextBlock[]): string | null {
  for (const block of blocks.slice(0, 12)) {
    if (block.kind !== 'paragraph') continue;
    const sentence = firstSentence(stripDateline(oneLine(text.slice(block.start, Math.min(block.end, block.start + MAX_LEAD_CHARS)))));
    if (sentence.split(/\s+/).length >= MIN_LEAD_WORDS && !/^[“"«„]/.test(sentence)) return sentence;
  }
  return null;
}

/** "JERUSALEM (AP) — " and "LONDON — " open many wire stories. */
function stripDateline(paragraph: string): string {
  return paragraph.replace(/^[\p{Lu}\s,.'’()-]{2,60}(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s+/u, '');
}

function firstSentence(paragraph: string): string {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
  for (const { segment } of segmenter.segment(paragraph)) return segment.trim();
  return paragraph;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts at a clause boundary before the word limit where there is one, else at the limit with an ellipsis. */
export function trimToWords(sentence: string): string {
  const words = sentence.split(/\s+/);
  if (words.length <= MAX_SUMMARY_WORDS) return sentence;
  const head = words.slice(0, MAX_SUMMARY_WORDS).join(' ');
  const clauseEnd = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' — '));
  if (clauseEnd > head.length * 0.6) return `${head.slice(0, clauseEnd)}.`;
  return `${words.slice(0, MAX_SUMMARY_WORDS - 1).join(' ')}…`;
}
