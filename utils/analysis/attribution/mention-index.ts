import type { TextBlock } from '../../article/types';
import type { Mention } from './mentions';
import { findMentions } from './mentions';
import type { NameRun } from '../people/name-runs';
import type { QuotedSpan } from '../text/quote-marks';
import { partitionPoint } from '../text/sorted';
import type { Span } from '../types';

/** A block longer than this is a data dump or a script, not prose: only its start is read for names. */
const MAX_MENTION_CHARS = 20_000;

/**
 * The mentions outside quotations, read a block at a time when first asked for. Attribution reads a quotation's own
 * block and the few sentences before it, so in a long article most blocks are never read at all.
 */
export interface MentionIndex {
  /** The mentions of one block that lie outside every quotation, in text order. */
  inBlock(blockIndex: number): readonly Mention[];
  /** The mentions of one prose sentence (by its index in `sentences`), in text order. */
  inSentence(sentenceIndex: number): readonly Mention[];
  /** The mentions that start in [from, to), in text order. */
  between(from: number, to: number): Mention[];
}

/**
 * Indexes the mentions of `blocks` (none after `lastBlock`: attribution reads nothing past the last quotation's
 * block), skipping those inside `spans`, for `sentences` that each lie within one block; `lang` says which pronouns count.
 */
export function indexMentions(text: string, blocks: readonly TextBlock[], lastBlock: number, spans: readonly QuotedSpan[], sentences: readonly Span[], nameRuns: readonly NameRun[], lang?: string | null): MentionIndex {
  const byBlock: (Mention[] | undefined)[] = [];
  const bySentence: (Mention[] | undefined)[] = [];
  const blockAt = (position: number) => partitionPoint(blocks, (block) => block.end <= position);
  const inBlock = (blockIndex: number): Mention[] => {
    const block = blocks[blockIndex];
    if (!block || blockIndex > lastBlock) return [];
    return (byBlock[blockIndex] ??= outsideSpans(findMentions(text, block.start, Math.min(block.end, block.start + MAX_MENTION_CHARS), nameRuns, lang), spans));
  };
  const within = (mentions: readonly Mention[], from: number, to: number) =>
    mentions.slice(partitionPoint(mentions, (m) => m.start < from), partitionPoint(mentions, (m) => m.start < to));
  return {
    inBlock,
    inSentence: (i) => {
      const sentence = sentences[i];
      if (!sentence) return [];
      return (bySentence[i] ??= within(inBlock(blockAt(sentence.start)), sentence.start, sentence.end));
    },
    between: (from, to) => {
      const found: Mention[] = [];
      for (let b = blockAt(from); b < blocks.length && blocks[b]!.start < to; b++) found.push(...within(inBlock(b), from, to));
      return found;
    },
  };
}

/** The mentions that lie outside every quotation; both lists are in text order, and quotations do not overlap. */
function outsideSpans(mentions: readonly Mention[], spans: readonly QuotedSpan[]): Mention[] {
  const kept: Mention[] = [];
  let s = mentions[0] ? partitionPoint(spans, (span) => span.inner.end < mentions[0]!.end) : 0;
  for (const mention of mentions) {
    while (s < spans.length && spans[s]!.inner.end < mention.end) s++;
    const span = spans[s];
    if (!span || !(span.inner.start <= mention.start && mention.end <= span.inner.end)) kept.push(mention);
  }
  return kept;
}
