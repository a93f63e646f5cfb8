import type { TextBlock } from '../../article/types';
import type { Cue, QuoteContext } from '../attribution';
import type { Mention } from '../attribution/mentions';
import type { QuotedSpan } from '../text/quote-marks';

/** A quoted span judged to be speech, with its attribution if its sentence gives one. */
export interface Candidate {
  span: QuotedSpan;
  block: TextBlock;
  cue: Cue | null;
  /** The words around it its attribution is read from, and the mentions of its paragraph: where its options are mentioned is read from these. */
  context: QuoteContext;
  blockMentions: readonly Mention[];
  partial: boolean;
  isBlock: boolean;
  /** Where the quotation's sentence starts: a quotation opening a sentence may take the previous sentence's subject. */
  sentenceStart: number;
}
