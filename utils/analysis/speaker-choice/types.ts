import type { Placement } from '../attribution';
import type { AttributionMethod } from '../types';

/**
 * What put a speaker forward for a quotation. The cue's kinds are the sentence's own attribution; the others are
 * inherited from the text around it. Listed strongest first: a winner's method is its strongest proposer's.
 */
export const PROPOSERS = [
  'cue-signature',
  'cue-verb',
  'cue-according-to',
  'cue-colon',
  'cue-pronoun',
  'cue-role-noun',
  'same-paragraph-before',
  'same-paragraph-after',
  'continues-quote',
  'subject-before-fragment',
  'previous-sentence-subject',
  'recent-person',
  'previous-quote',
  'named-nearby',
  'in-attribution',
] as const;

export type Proposer = (typeof PROPOSERS)[number];

/** One speaker put forward for a quotation, with everything that put it forward. */
export interface SpeakerOption {
  speaker: string;
  proposers: Proposer[];
  /** The speaker the ordered rules alone would give (the strongest proposer's). */
  isRuleChoice: boolean;
  /** Where the option is mentioned in the quotation's attribution, and as what kind of mention; empty when it is not. */
  placements: Placement[];
}

/** What the features read about the quotation and the article, beyond the option itself. */
export interface OptionContext {
  /** The quotation's own words. */
  quoted: string;
  /** Where the quotation opens and closes in the article's text (its marks included). */
  quoteStart: number;
  quoteEnd: number;
  /** The prose sentences of the article, in text order: how far back a person was named is counted in them. */
  sentences: readonly { start: number; end: number }[];
  partial: boolean;
  isBlock: boolean;
  /** How many options the quotation has. */
  optionCount: number;
  /** The people the article names, with their mentions. */
  people: readonly { name: string; mentions: readonly { start: number }[] }[];
  /** Where the mention the quotation's own attribution names stands; null when its sentence gives none. */
  cue: { start: number; end: number } | null;
  /**
   * The share of the article's quotations whose own attribution names someone: news reports most of its quotations so,
   * while dialogue, interviews and fiction leave most to be read from what comes before.
   */
  attributedShare: number;
}

/** A logistic model's weights: one per feature, by name, and the bias. */
export interface LogisticWeights {
  bias: number;
  weights: Record<string, number>;
}

/** Fitted weights: the choice among options (one per feature, by name), and how sure the choice is. */
export interface SpeakerWeights {
  weights: Record<string, number>;
  /** An option must score above this to be chosen at all (the ordered rules: only their own choice); none: any. */
  minimumScore?: number;
  /** The probability that the chosen option is right; absent: the winner's share of the choice stands for it. */
  confidence?: LogisticWeights;
  /**
   * The model score from which the fit found its choices right at least 97 times in 100: it is shown as confidence
   * 0.9, the popup's "certain", and the scores around it are stretched to match. Absent: scores are shown as they are.
   */
  certainAt?: number;
  /**
   * The model score below which the fit found its choices right less than half the time: it is shown as confidence
   * 0.5, below which the popup calls a speaker unclear. Absent: the scores below `certainAt` are stretched as one.
   */
  unclearAt?: number;
}

/** The option chosen, and how sure the fitted model is of it. */
export interface SpeakerChoice {
  speaker: string;
  method: AttributionMethod;
  confidence: number;
}
