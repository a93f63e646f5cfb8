import { CERTAIN_CONFIDENCE, EVEN_CONFIDENCE } from './speaker-choice';
import type { Quote } from './types';

/**
 * Below this confidence a speaker is more likely wrong than right (the fit places its held-out even line here): shown as
 * unclear, the guess only as "perhaps".
 */
export const UNCLEAR_BELOW = EVEN_CONFIDENCE;

/** How sure the analysis is of a quote's speaker, as the popup, the highlights and the export show it. */
export type SpeakerCertainty = 'certain' | 'probable' | 'unclear' | 'unknown';

/** Certain at the fitted "right 97 times in 100" line; probable above an even chance; unclear below it. */
export function speakerCertainty(quote: Pick<Quote, 'speaker' | 'confidence'>): SpeakerCertainty {
  if (!quote.speaker) return 'unknown';
  if (quote.confidence >= CERTAIN_CONFIDENCE) return 'certain';
  return quote.confidence >= UNCLEAR_BELOW ? 'probable' : 'unclear';
}
