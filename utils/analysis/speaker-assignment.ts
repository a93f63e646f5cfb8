import type { Candidate } from './quotes';
import type { Mention } from './mentions';
import { isWordOf, startsLower } from './letters';
import { isFunctionWord } from './names';
import type { SpeakerContext } from './speakers';
import { isUsableMention, previousSubject, resolveMention } from './speakers';
import type { AttributionMethod, Quote, Span, TextQuoteSelector } from './types';
import { partitionPoint } from './sorted';

/** Characters of context kept on each side of a quote to re-find it in the live page. */
const ANCHOR_CONTEXT_CHARS = 32;
/** Blocks this short between two quotations (a stray credit, "Facebook") do not break a run of quotation. */
const MAX_FURNITURE_WORDS = 4;

/** How sure each way of finding a speaker is: an explicit verb beats a continuation, which beats a guess. */
const CONFIDENCE: Record<AttributionMethod, number> = {
  'cue-verb': 0.95, signature: 0.95, 'according-to': 0.9, colon: 0.85, pronoun: 0.75, 'role-noun': 0.75, continuation: 0.7, 'nearby-name': 0.45, none: 0,
};

interface Attribution {
  speaker: string | null;
  method: AttributionMethod;
}

/** Resolves each quotation's cue; quotations without one take the speaker of their paragraph or of the one they continue. */
export function assignSpeakers(text: string, candidates: readonly Candidate[], context: SpeakerContext): Quote[] {
  const found = candidates.map((c) => fromCue(text, c, context));
  const nextInBlock = nextAttributedInBlock(candidates, found);
  const lastInBlock = new Map<number, string>();
  candidates.forEach((candidate, i) => {
    const block = candidate.span.blockIndex;
    if (!found[i]!.speaker) found[i] = inherit(text, candidates, found, i, context, lastInBlock.get(block) ?? nextInBlock[i] ?? null);
    if (found[i]!.speaker) lastInBlock.set(block, found[i]!.speaker!);
  });
  return candidates.map((candidate, i) => toQuote(text, candidate, found[i]!));
}

/** For each quotation, the speaker of the next one in its paragraph that has its own attribution. */
function nextAttributedInBlock(candidates: readonly Candidate[], found: readonly Attribution[]): (string | null)[] {
  const next: (string | null)[] = candidates.map(() => null);
  let speaker: string | null = null;
  for (let i = candidates.length - 1; i >= 0; i--) {
    if (candidates[i + 1]?.span.blockIndex !== candidates[i]!.span.blockIndex) speaker = null;
    next[i] = speaker;
    if (found[i]!.speaker) speaker = found[i]!.speaker;
  }
  return next;
}

function fromCue(text: string, candidate: Candidate, context: SpeakerContext): Attribution {
  const cue = candidate.cue;
  if (!cue) return { speaker: null, method: 'none' };
  const speaker = resolveMention(cue.mention, context, quotedWords(text, candidate));
  const kind = cue.mention.kind;
  const method: AttributionMethod = kind === 'role' ? 'role-noun' : kind === 'name' ? cue.method : 'pronoun';
  return { speaker, method: speaker ? method : 'none' };
}

/** A quotation with no attribution of its own: its paragraph's speaker, the paragraph it continues, or who the text is about. */
function inherit(text: string, candidates: readonly Candidate[], found: Attribution[], i: number, context: SpeakerContext, blockSpeaker: string | null): Attribution {
  const here = candidates[i]!;
  if (blockSpeaker) return { speaker: blockSpeaker, method: 'continuation' };
  const previous = previousQuoteInRun(text, candidates, i);
  if (previous !== null && found[previous]!.speaker) return { speaker: found[previous]!.speaker, method: 'continuation' };
  // “… el informe ubicó «…»”, "the report placed him “…”": a fragment right after its clause's subject and one verb
  // is that subject's, person or body, whatever the verb.
  const subject = here.partial ? subjectRightBefore(text, here, context) : null;
  if (subject) return { speaker: subject, method: 'nearby-name' };
  // A quotation opening a sentence mid-paragraph speaks for whoever the sentence before it is about, person or body.
  if (here.sentenceStart === here.span.outer.start && here.span.outer.start !== here.block.start) {
    const subject = previousSubject(context, here.span.outer.start, 'any', 1);
    if (subject) return { speaker: subject, method: 'nearby-name' };
  }
  const speaker = previousSubject(context, here.span.outer.start, 'person');
  return { speaker, method: speaker ? 'nearby-name' : 'none' };
}

function quotedWords(text: string, candidate: Candidate): string {
  return text.slice(candidate.span.inner.start, candidate.span.inner.end);
}

/** The speaker named by the mention that stands, in the quotation's sentence, one lower-case word before its opening mark. */
function subjectRightBefore(text: string, candidate: Candidate, context: SpeakerContext): string | null {
  const opening = candidate.span.outer.start;
  const mention = lastMentionBefore(context.mentions.inBlock(candidate.span.blockIndex), opening);
  if (!mention || mention.start < candidate.sentenceStart || mention.kind === 'thing-pronoun' || !isUsableMention(mention, context.people)) return null;
  const between = text.slice(mention.end, opening);
  const word = between.trim();
  // One lower-case word, and not one that opens a phrase ("Instead of “…”"): a verb.
  const isOneVerb = between.startsWith(' ') && between.endsWith(' ') && startsLower(word) && isWordOf(word) && !isFunctionWord(word);
  return isOneVerb ? resolveMention(mention, context) : null;
}

/** The last mention that ends at or before `position`; mentions are in text order. */
function lastMentionBefore(mentions: readonly Mention[], position: number): Mention | undefined {
  return mentions[partitionPoint(mentions, (mention) => mention.end <= position) - 1];
}

/**
 * The quotation a paragraph of unattributed quotation continues: the last one in the previous paragraph of prose,
 * skipping captions, list items and stray short lines between them.
 */
function previousQuoteInRun(text: string, candidates: readonly Candidate[], i: number): number | null {
  const here = candidates[i]!;
  if (here.span.outer.start !== here.block.start || i === 0) return null;
  const previous = candidates[i - 1]!;
  if (previous.span.blockIndex === here.span.blockIndex) return i - 1;
  return isOnlyFurnitureBetween(text, previous.span.outer.end, here.block.start) ? i - 1 : null;
}

function isOnlyFurnitureBetween(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to).split('\n\n').slice(1);
  return between.every((block) => block.split(/\s+/).filter(Boolean).length <= MAX_FURNITURE_WORDS || isLikelyCaption(block));
}

/** Captions and credits read as fragments: no sentence-ending stop. */
function isLikelyCaption(block: string): boolean {
  return !/[.!?]["”’»]?\s*$/.test(block.trim());
}

function toQuote(text: string, candidate: Candidate, attribution: Attribution): Quote {
  const { speaker, method } = attribution;
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
}

function makeAnchor(text: string, span: Span): TextQuoteSelector {
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - ANCHOR_CONTEXT_CHARS), span.start),
    suffix: text.slice(span.end, span.end + ANCHOR_CONTEXT_CHARS),
  };
}
