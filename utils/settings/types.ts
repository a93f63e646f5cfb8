import type { CitationStyle } from '../citation/types';

/** How highlighted quotes look on the page. */
export type HighlightLook = 'tint-and-underline' | 'underline-only';

/** The reader's preferences, synced across their browsers with the storage API. */
export interface Settings {
  /** The citation style the popup opens with; the popup updates it whenever the reader picks another. */
  citationStyle: CitationStyle;
  highlightLook: HighlightLook;
  /** Offer the browser's on-device summariser (where there is one) beside the extractive line. */
  offerOnDeviceSummary: boolean;
}
