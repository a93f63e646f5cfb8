import type { Segment } from './marks';
import type { HighlightQuote } from './types';

/** A quote found in the page, ready to paint. */
export interface PaintedQuote extends HighlightQuote {
  segments: Segment[];
  /** Covers the quote's words; after wrapping, covers the wrapping elements. */
  range: Range;
}

/** What a painting method leaves behind: a way to flash one quote and a way to undo everything. */
export interface Painter {
  /** Marks one quote more strongly; returns the function that stops it. */
  flash(quote: PaintedQuote): () => void;
  /** Restores the page exactly as it was before painting. */
  remove(): void;
}
