import type { SpeakerCertainty } from '../analysis/certainty';
import type { TextQuoteSelector } from '../analysis/types';

/** How a speaker's quotes look: a palette colour plus an underline style, so colour is never the only cue. */
export interface SpeakerStyle {
  /** The speaker's name as the analysis gives it; null for quotes whose speaker is unknown. */
  speaker: string | null;
  role: string | null;
  /** Index into the palette (see palette.ts); also names the page highlight (`saywho-s<index>`). */
  index: number;
  /** CSS colour of the underline and swatch. */
  colour: string;
  /** CSS colour of the tinted background: the same hue, translucent, so the page's own text colour stays readable. */
  tint: string;
  line: 'solid' | 'dashed' | 'dotted' | 'double';
}

/** One quote to mark in the live page: its words, the context that picks the right occurrence, and whose it is. */
export interface HighlightQuote {
  /** The quote's index in `Analysis.quotes`. */
  id: number;
  anchor: TextQuoteSelector;
  speaker: string | null;
  /** Index of the speaker's `SpeakerStyle`. */
  style: number;
  /** How sure the analysis is of the speaker: the tooltip says "probably …" or "unclear" when it is not. */
  certainty?: SpeakerCertainty;
}

/** How a quote was re-found in the live page, closest first. */
export type MatchLevel = 'text' | 'loose' | 'ends';

/** What switching highlights on did. */
export interface HighlightReport {
  shown: number;
  missing: number;
  /** Quote ids that could not be found in the live page. */
  missingIds: number[];
  /** How many quotes each match level found. */
  levels: Record<MatchLevel, number>;
  /** Whether the CSS Custom Highlight API painted them, or elements had to be wrapped around the text. */
  method: 'highlight-api' | 'wrap';
  ms: number;
}
