import type { TextBlock } from '../../article/types';
import type { Cue, QuoteContext } from '../attribution';
import { findCue, placeMentions } from '../attribution';
import { isSignatureBlock, postTextEnd, signatureCue } from './embedded-posts';
import type { Mention } from '../attribution/mentions';
import type { MentionIndex } from '../attribution/mention-index';
import { indexMentions } from '../attribution/mention-index';
import type { NameRun } from '../people/name-runs';
import { findNameRuns } from '../people/name-runs';
import type { Person } from '../people';
import { isPartial, isReferenceEntry, isSpeech, isStandfirst } from './quote-filter';
import type { QuotedSpan } from '../text/quote-marks';
import { findQuotedSpans } from '../text/quote-marks';
import { sentenceEndAfter, sentenceStartBefore, sentenceStarts } from '../text/sentences';
import type { SpeakerContext } from '../attribution/speakers';
import { isPersonMention, isUsableMention } from '../attribution/speakers';
import type { Candidate, OptionObserver } from '../speaker-assignment';
import { assignSpeakers } from '../speaker-assignment';
import type { SpeakerWeights } from '../speaker-choice';

/** For the fitting script: other weights than the fitted ones, and a look at the options each quotation had. */
export interface SpeakerChoosing {
  model?: SpeakerWeights;
  observe?: OptionObserver;
}
import type { Quote, Span } from '../types';
import { startsUpper } from '../text/letters';

/** The longest pages of the corpus quote a few hundred times; past this many spans the text is not prose. */
const MAX_QUOTED_SPANS = 2000;
/** How much of a sentence before a quotation is read for its attribution: enough for any real one. */
const MAX_CONTEXT_CHARS = 400;
/** A text that this many block quotations of one article consist of is a placeholder, such as a post that did not load. */
const MIN_PLACEHOLDER_REPEATS = 3;

/** Finds every direct quotation in the article (written in `lang`, when the page says) and who said it. */
export function findQuotes(text: string, blocks: readonly TextBlock[], people: readonly Person[], nameRuns: readonly NameRun[] = findNameRuns(text), choosing: SpeakerChoosing = {}, lang: string | null = null): Quote[] {
  const spans = [...findQuotedSpans(text, blocks, MAX_QUOTED_SPANS), ...findBlockQuotations(text, blocks)]
    .sort((a, b) => a.outer.start - b.outer.start)
    .slice(0, MAX_QUOTED_SPANS);
  if (spans.length === 0) return [];
  // Attribution reads back from a quotation and to the end of its paragraph; only a role no one held before it looks
  // further on, and not past the last quotation's paragraph (or the credit line under it). The blocks after that are
  // never split into sentences or searched for mentions, and the others are searched only when attribution reads them.
  const lastQuotedBlock = spans.reduce((last, span) => Math.max(last, span.blockIndex), 0);
  const starts = blocks.map((block, i) => (i <= lastQuotedBlock ? sentenceStarts(text, block.start, block.end) : []));
  const sentences = proseSentences(blocks, starts);
  const mentions = indexMentions(text, blocks, lastQuotedBlock + 1, spans, sentences, nameRuns, lang);
  const context: SpeakerContext = { text, people, mentions, sentences };
  // A quotation's context is read for its cue, and again to place the mentions of its attribution.
  const contexts = spans.map((_, i) => contextOf(text, spans, i, blocks, starts));
  const cues = spans.map((span, i) => readCue(text, spans, i, blocks, starts, contexts[i]!, mentions, people));
  const attributedInBlock = blocks.map(() => 0);
  spans.forEach((span, i) => {
    if (cues[i]) attributedInBlock[span.blockIndex]!++;
  });
  const referenceBlocks = findReferenceBlocks(text, blocks, spans);
  const candidates: Candidate[] = [];
  spans.forEach((span, i) => {
    const candidate = toCandidate(text, blocks, spans, cues, i, starts, attributedInBlock, referenceBlocks, contexts[i]!, mentions.inBlock(span.blockIndex));
    if (candidate) candidates.push(candidate);
  });
  return assignSpeakers(text, candidates, context, choosing.model, choosing.observe);
}

function readCue(text: string, spans: QuotedSpan[], i: number, blocks: readonly TextBlock[], starts: number[][], quoteContext: QuoteContext, mentions: MentionIndex, people: readonly Person[]): Cue | null {
  const span = spans[i]!;
  if (blocks[span.blockIndex]!.kind === 'blockquote') {
    const signed = signatureCue(text, blocks, span.blockIndex);
    if (signed) return signed;
  }
  const credited = creditLineCue(text, blocks, span, mentions);
  if (credited) return credited;
  const isUsable = (m: Mention) => isUsableMention(m, people);
  const isPerson = (m: Mention) => isPersonMention(m, people);
  return findCue(text, quoteContext, mentions.inBlock(span.blockIndex), isUsable, isPerson) ?? introducedCue(text, blocks, span, starts, mentions, isUsable, isPerson);
}

/**
 * “…” opening a paragraph after one that ends in a colon ("as Joel Pollak observed, the stage itself won:"): that
 * sentence introduces it, and its attribution is read as if the quotation followed it.
 */
function introducedCue(text: string, blocks: readonly TextBlock[], span: QuotedSpan, starts: number[][], mentions: MentionIndex, isUsable: (m: Mention) => boolean, isPerson: (m: Mention) => boolean): Cue | null {
  const block = blocks[span.blockIndex]!;
  const previous = blocks[span.blockIndex - 1];
  if (!previous || previous.kind !== block.kind || span.outer.start !== block.start) return null;
  const end = previous.start + text.slice(previous.start, previous.end).trimEnd().length;
  if (text.charAt(end - 1) !== ':') return null;
  const before = { start: Math.max(sentenceStartBefore(starts[span.blockIndex - 1]!, end - 1), end - MAX_CONTEXT_CHARS), end };
  return findCue(text, { before, after: { start: span.outer.end, end: span.outer.end }, isClauseEnd: false, previousBefore: undefined, reading: undefined }, mentions.inBlock(span.blockIndex - 1), isUsable, isPerson);
}

/** A credit line is short: a dash, a name, perhaps a few words on who they are. */
const MAX_CREDIT_LINE_WORDS = 12;
/** "- ", "—President ": the dash that opens a credit line, and the capitalised titles before its name. */
const BEFORE_CREDITED_NAME = /^\s*[-—–]\s*(?:[A-Z][\w.]*\s+){0,3}$/;

/**
 * A quotation that is its whole paragraph, with the next paragraph a credit line under it ("- Hillary Clinton.",
 * "—Michelle Marks, Philadelphia."), as quote boxes and roundups print them: the name in the credit is the speaker.
 */
function creditLineCue(text: string, blocks: readonly TextBlock[], span: QuotedSpan, mentions: MentionIndex): Cue | null {
  const block = blocks[span.blockIndex]!;
  const next = blocks[span.blockIndex + 1];
  const isWholeBlock = span.outer.start === block.start && text.slice(span.outer.end, block.end).trim().length <= 1;
  if (!next || next.kind !== block.kind || !isWholeBlock) return null;
  const line = text.slice(next.start, next.end);
  // "-Continious filming-", "– Ready to quiz Trump –": a line set between dashes is a heading or an aside, not a credit.
  if (line.split(/\s+/).length > MAX_CREDIT_LINE_WORDS || /[-—–]\s*\.?\s*$/.test(line)) return null;
  const name = mentions.inBlock(span.blockIndex + 1)[0];
  if (name?.kind !== 'name' || !BEFORE_CREDITED_NAME.test(text.slice(next.start, name.start))) return null;
  return { mention: name, method: 'signature' };
}

/** The most words a quoted title holds ("The Art of the Deal"). */
const MAX_TITLE_WORDS = 5;
/** The small words a title writes in lower case. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'the', 'to']);

/** “The Apprentice,”: a few capitalised words in quotation marks, a title or a name rather than anyone's words. */
function isQuotedTitle(text: string, span: QuotedSpan): boolean {
  const words = text.slice(span.inner.start, span.inner.end).replace(/[,.;:!?]+$/, '').split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= MAX_TITLE_WORDS && startsUpper(words[0]!) && words.every((word) => startsUpper(word) || TITLE_SMALL_WORDS.has(word));
}

function contextOf(text: string, spans: QuotedSpan[], i: number, blocks: readonly TextBlock[], starts: number[][]): QuoteContext {
  const span = spans[i]!;
  const block = blocks[span.blockIndex]!;
  const blockStarts = starts[span.blockIndex]!;
  const { before, previousIndex } = beforeOf(spans, i, blocks, starts, text);
  const next = spans[i + 1]?.blockIndex === span.blockIndex ? spans[i + 1]!.outer.start : block.end;
  const lastInside = lastCharInside(text, span);
  // “Why now?” Forte said. — a question or exclamation ends the quotation's sentence but not its attribution.
  const from = /[?!]/.test(lastInside) ? span.outer.end + 1 : span.outer.end;
  const after = { start: span.outer.end, end: Math.min(next, sentenceEndAfter(blockStarts, from, block.end)) };
  const isClauseEnd = /[,?!—–]/.test(lastInside) || /^\s*[,—–]/.test(text.slice(after.start, Math.min(after.end, after.start + 4)));
  // “…” and said that Trump “…”: the clause before the previous quotation may hold the subject this one's verb shares.
  const startsAtPrevious = previousIndex === i - 1 && previousIndex >= 0 && before.start === spans[previousIndex]!.outer.end;
  const previousBefore = startsAtPrevious ? beforeOf(spans, previousIndex, blocks, starts, text).before : undefined;
  // Every field set, the readings' included: contexts keep one shape.
  return { before, after, isClauseEnd, previousBefore, reading: undefined };
}

/**
 * The words before quotation i that may hold its attribution: from its sentence's start, or the previous quotation in
 * its paragraph (`previousIndex`), whichever is later. A quoted title before it in the sentence ("a contestant on “The
 * Apprentice,” who …, said") is read through.
 */
function beforeOf(spans: QuotedSpan[], i: number, blocks: readonly TextBlock[], starts: number[][], text: string): { before: Span; previousIndex: number } {
  const span = spans[i]!;
  let j = i - 1;
  while (spans[j]?.blockIndex === span.blockIndex && isQuotedTitle(text, spans[j]!)) j--;
  const previousIndex = spans[j]?.blockIndex === span.blockIndex ? j : -1;
  const previous = previousIndex >= 0 ? spans[previousIndex]!.outer.end : blocks[span.blockIndex]!.start;
  const start = Math.max(previous, sentenceStartBefore(starts[span.blockIndex]!, span.outer.start), span.outer.start - MAX_CONTEXT_CHARS);
  return { before: { start, end: span.outer.start }, previousIndex };
}

/** Closing marks and spaces a quotation's words may end with before its own closing mark. */
const TRAILING_MARKS = new Set(['’', "'", '‘', '"', '”', '»', '›', ' ', '\u00A0', '\n', '\r', '\t']);

/** “… How do we win Loudoun?’”: the last character of a quotation's words, past a quotation nested at its end. */
function lastCharInside(text: string, span: QuotedSpan): string {
  let end = span.inner.end;
  while (end > span.inner.start && TRAILING_MARKS.has(text.charAt(end - 1))) end--;
  return end > span.inner.start ? text.charAt(end - 1) : '';
}

/** The quoted blocks that are entries of a reference list: each block read once, however many quotations it holds. */
function findReferenceBlocks(text: string, blocks: readonly TextBlock[], spans: readonly QuotedSpan[]): Set<number> {
  const quotedBlocks = new Set(spans.map((span) => span.blockIndex));
  return new Set([...quotedBlocks].filter((i) => isReferenceEntry(text.slice(blocks[i]!.start, blocks[i]!.end))));
}

function toCandidate(text: string, blocks: readonly TextBlock[], spans: QuotedSpan[], cues: (Cue | null)[], i: number, starts: number[][], attributedInBlock: number[], referenceBlocks: Set<number>, context: QuoteContext, blockMentions: readonly Mention[]): Candidate | null {
  const span = spans[i]!;
  const block = blocks[span.blockIndex]!;
  const blockStart = sentenceStartBefore(starts[span.blockIndex]!, span.outer.start);
  const previousEnd = spans[i - 1]?.blockIndex === span.blockIndex ? spans[i - 1]!.outer.end : block.start;
  const before = text.slice(Math.max(blockStart, previousEnd, span.outer.start - MAX_CONTEXT_CHARS), span.outer.start);
  const inner = text.slice(span.inner.start, span.inner.end);
  const opensBlock = span.outer.start === block.start;
  const hasAttributedNeighbour = attributedInBlock[span.blockIndex]! - (cues[i] ? 1 : 0) > 0;
  const isStandfirstBlock = block.kind === 'heading' && isStandfirst(text.slice(block.start, block.end));
  const isReferenceBlock = referenceBlocks.has(span.blockIndex);
  const shape = { words: inner.split(/\s+/).filter(Boolean), block, isStandfirstBlock, isReferenceBlock, before, opensBlock, cue: cues[i] ?? null, hasAttributedNeighbour };
  if (!isSpeech(shape)) return null;
  const isBlock = block.kind === 'blockquote' && opensBlock;
  return { span, block, cue: cues[i] ?? null, context, blockMentions, partial: isPartial(before, opensBlock, inner), isBlock, sentenceStart: blockStart };
}

/** Sentences of prose blocks; captions and list items are furniture around the story, not its thread. */
function proseSentences(blocks: readonly TextBlock[], starts: number[][]): Span[] {
  return blocks.flatMap((block, i) => {
    if (block.kind === 'caption' || block.kind === 'list-item') return [];
    const blockStarts = starts[i]!;
    return blockStarts.map((start, j) => ({ start, end: blockStarts[j + 1] ?? block.end }));
  });
}

/**
 * A block quotation with no marks of its own is a quotation as a whole; an embedded post's signature is not, nor is a
 * text that stands in three block quotations or more alike ("Tweet may have been deleted"): a placeholder, not words
 * said. A post embedded twice is still a quotation.
 */
function findBlockQuotations(text: string, blocks: readonly TextBlock[]): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const placeholders = placeholderBlockQuotations(text, blocks);
  blocks.forEach((block, blockIndex) => {
    if (block.kind !== 'blockquote' || /^["“„«‘]/.test(text.charAt(block.start)) || isSignatureBlock(text, block)) return;
    if (placeholders.has(text.slice(block.start, block.end))) return;
    const inner: Span = { start: block.start, end: postTextEnd(text, block) };
    spans.push({ inner, outer: inner, blockIndex, isOpenEnded: false });
  });
  return spans;
}

/** The texts that a placeholder's number of block quotations or more consist of. */
function placeholderBlockQuotations(text: string, blocks: readonly TextBlock[]): Set<string> {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    if (block.kind !== 'blockquote') continue;
    const blockText = text.slice(block.start, block.end);
    counts.set(blockText, (counts.get(blockText) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= MIN_PLACEHOLDER_REPEATS).map(([blockText]) => blockText));
}
