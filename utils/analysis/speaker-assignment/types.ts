import type { TextBlock } from '../../article/types';
import type { Cue, PlacedMention } from '../attribution';
import type { QuotedSpan } from '../text/quote-marks';

/** A quoted span judged to be speech, with its attribution if its sentence gives one. */
export interface Candidate {
  span: QuotedSpan;
  block: TextBlock;
  cue: Cue | null;
  /** Every mention its attribution is read from, placed: the options the speaker-choice model weighs. */
  placed: PlacedMention[];
  partial: boolean;
  isBlock: boolean;
  /** Where the quotation's sentence starts: a quotation opening a sentence may take the previous sentence's subject. */
  sentenceStart: number;
}
