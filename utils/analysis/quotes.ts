import type { TextBlock } from '../article/types';
import type { Cue } from './attribution';
import { findCue, lastPersonBefore, resolveCue } from './attribution';
import type { Person } from './people';
import type { QuotedSpan } from './quote-marks';
import { findQuotedSpans } from './quote-marks';
import type { AttributionMethod, Quote, Span, TextQuoteSelector } from './types';

/** A quotation of this many words or fewer, with no attribution, is a scare quote or a coined term, not speech. */
const MAX_UNATTRIBUTED_TERM_WORDS = 4;
/** Characters of context kept on each side of a quote to re-find it in the live page. */
const ANCHOR_CONTEXT_CHARS = 32;

const CONFIDENCE: Record<AttributionMethod, number> = {
  'cue-verb': 0.95, 'according-to': 0.9, colon: 0.85, pronoun: 0.75, 'role-noun': 0.75, continuation: 0.7, 'nearby-name': 0.4, none: 0,
};

interface Candidate {
  span: QuotedSpan;
  block: TextBlock;
  cue: Cue | null;
  partial: boolean;
  isBlock: boolean;
}

/** Finds every direct quotation in the article and who said it. */
export function findQuotes(text: string, blocks: readonly TextBlock[], people: readonly Person[]): Quote[] {
  const spans = [...findQuotedSpans(text, blocks), ...findBlockQuotations(text, blocks)].sort((a, b) => a.outer.start - b.outer.start);
  const candidates = spans.map((span, i) => toCandidate(text, blocks, spans, i)).filter((c): c is Candidate => c !== null);
  return assignSpeakers(text, candidates, people);
}

function toCandidate(text: string, blocks: readonly TextBlock[], spans: QuotedSpan[], i: number): Candidate | null {
  const span = spans[i]!;
  const block = blocks[span.blockIndex]!;
  if (block.kind === 'heading' || block.kind === 'caption') return null;
  const previous = spans[i - 1]?.blockIndex === span.blockIndex ? spans[i - 1]!.outer.end : block.start;
  const next = spans[i + 1]?.blockIndex === span.blockIndex ? spans[i + 1]!.outer.start : block.end;
  const before = lastSentence(text.slice(previous, span.outer.start));
  const after = text.slice(span.outer.end, next);
  const cue = findCue(before, after);
  const words = text.slice(span.inner.start, span.inner.end).split(/\s+/).filter(Boolean);
  const isBlock = block.kind === 'blockquote' && span.outer.start === block.start;
  if (!cue && !isBlock && !isQuotationOfSpeech(words, before, span, block)) return null;
  return { span, block, cue, partial: isPartial(before, span, block), isBlock };
}

/** Unattributed short phrases and Title Case runs are terms, titles and nicknames, not quotations. */
function isQuotationOfSpeech(words: string[], before: string, span: QuotedSpan, block: TextBlock): boolean {
  if (words.length <= MAX_UNATTRIBUTED_TERM_WORDS) return false;
  const isTitleCase = words.length <= 10 && words.every((word) => /^[\p{Lu}\p{N}]|^(a|an|and|at|for|in|of|on|the|to)$/u.test(word));
  if (isTitleCase) return false;
  return span.outer.start === block.start || /[:,]\s*$/.test(before) || words.length >= 8;
}

/** A fragment woven into the writer's own sentence, rather than a statement opened after a break. */
function isPartial(before: string, span: QuotedSpan, block: TextBlock): boolean {
  if (span.outer.start === block.start) return false;
  return !/(^|[:,.!?—–])\s*$/.test(before);
}

function lastSentence(text: string): string {
  const parts = text.split(/(?<=[.!?])\s+(?=\p{Lu}|["“«„])/u);
  return parts[parts.length - 1] ?? '';
}

/** A block quotation with no marks of its own is a quotation as a whole. */
function findBlockQuotations(text: string, blocks: readonly TextBlock[]): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  blocks.forEach((block, blockIndex) => {
    if (block.kind !== 'blockquote' || /^["“„«‘]/.test(text.charAt(block.start))) return;
    const inner: Span = { start: block.start, end: block.end };
    spans.push({ inner, outer: inner, blockIndex, isOpenEnded: false });
  });
  return spans;
}

/** Resolves each cue; quotes with none take the speaker of their paragraph, or of the paragraph they continue. */
function assignSpeakers(text: string, candidates: Candidate[], people: readonly Person[]): Quote[] {
  const speakers = candidates.map((c) => (c.cue ? resolveCue(c.cue, people, c.span.outer.start) : null));
  return candidates.map((candidate, i) => {
    const { speaker, method } = candidate.cue
      ? { speaker: speakers[i] ?? null, method: candidate.cue.method }
      : inheritSpeaker(candidates, speakers, i, people);
    speakers[i] = speaker;
    return {
      text: text.slice(candidate.span.inner.start, candidate.span.inner.end),
      speaker,
      partial: candidate.partial,
      isBlock: candidate.isBlock,
      method: speaker ? method : 'none',
      confidence: speaker ? CONFIDENCE[method] : 0,
      span: candidate.span.inner,
      anchor: makeAnchor(text, candidate.span.inner),
    };
  });
}

function inheritSpeaker(candidates: Candidate[], speakers: (string | null)[], i: number, people: readonly Person[]): { speaker: string | null; method: AttributionMethod } {
  const here = candidates[i]!;
  const sameBlock = candidates
    .map((c, j) => ({ c, j }))
    .filter(({ c, j }) => c.span.blockIndex === here.span.blockIndex && j !== i && speakers[j]);
  const nearest = sameBlock.find(({ j }) => j < i) ?? sameBlock[0];
  if (nearest) return { speaker: speakers[nearest.j] ?? null, method: 'continuation' };
  const previous = candidates[i - 1];
  const isNextParagraph = previous && previous.span.blockIndex >= here.span.blockIndex - 1;
  if (previous && isNextParagraph && speakers[i - 1] && here.span.outer.start === here.block.start) {
    return { speaker: speakers[i - 1] ?? null, method: 'continuation' };
  }
  if (here.isBlock) return { speaker: lastPersonBefore(people, here.span.outer.start)?.name ?? null, method: 'nearby-name' };
  return { speaker: null, method: 'none' };
}

function makeAnchor(text: string, span: Span): TextQuoteSelector {
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - ANCHOR_CONTEXT_CHARS), span.start),
    suffix: text.slice(span.end, span.end + ANCHOR_CONTEXT_CHARS),
  };
}
