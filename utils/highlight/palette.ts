import { speakerCertainty } from '../analysis/certainty';
import type { Figure, Quote } from '../analysis/types';
import type { HighlightLook } from '../settings/types';
import type { HighlightQuote, SpeakerStyle } from './types';

/**
 * Okabe–Ito's colour-blind-safe hues, without black and yellow, the light ones (orange, sky blue, purple) darkened to
 * a relative luminance of about 0.26, so every underline has at least 3:1 contrast on white and on black pages. Each
 * colour is also a translucent tint under the page's own text, whose contrast stays the page's own.
 */
const PALETTE = ['#BB8000', '#4593BF', '#009E73', '#D55E00', '#0072B2', '#C1729E'] as const; // most distinct first

/** Underline styles cycle with a different period from the colours, so neighbours differ in more than hue. */
const LINES = ['solid', 'dashed', 'double', 'dotted'] as const;

/** Quotes with no known speaker: neutral grey, dotted, never one of the palette's hues. */
const UNKNOWN_COLOUR = '#8B8B8B';

/** How opaque the background tint is: enough to see, little enough to keep the page's text readable over it. */
const TINT_ALPHA = '47'; // 0x47 / 0xff ≈ 28 %

/**
 * One style per speaker: figures in the analysis's order first, then other speakers as they first speak, unknown last.
 * With the reader's 'underline-only' look there is no tint under the page's text.
 */
export function assignSpeakerStyles(figures: readonly Figure[], quotes: readonly Quote[], look: HighlightLook = 'tint-and-underline'): SpeakerStyle[] {
  const speakers = new Set<string>();
  const quoted = new Set(quotes.map((quote) => quote.speaker));
  for (const figure of figures) if (quoted.has(figure.name)) speakers.add(figure.name);
  for (const quote of quotes) if (quote.speaker) speakers.add(quote.speaker);
  const roles = new Map(figures.map((figure) => [figure.name, figure.role]));
  const styles = [...speakers].map((speaker, index) => styleAt(index, speaker, roles.get(speaker) ?? null));
  if (quoted.has(null)) styles.push(unknownStyle(styles.length));
  return look === 'underline-only' ? styles.map((style) => ({ ...style, tint: 'transparent' })) : styles;
}

/** The style of one speaker (null: unknown) among `styles`. */
export function styleOf(styles: readonly SpeakerStyle[], speaker: string | null): SpeakerStyle | undefined {
  return styles.find((style) => style.speaker === speaker);
}

/** The quotes as the page needs them to mark them: anchor, speaker and style index. */
export function toHighlightQuotes(quotes: readonly Quote[], styles: readonly SpeakerStyle[]): HighlightQuote[] {
  return quotes.map((quote, id) => ({ id, anchor: quote.anchor, speaker: quote.speaker, style: styleOf(styles, quote.speaker)?.index ?? 0, certainty: speakerCertainty(quote) }));
}

function styleAt(index: number, speaker: string, role: string | null): SpeakerStyle {
  const colour = PALETTE[index % PALETTE.length]!;
  return { speaker, role, index, colour, tint: colour + TINT_ALPHA, line: LINES[index % LINES.length]! };
}

function unknownStyle(index: number): SpeakerStyle {
  return { speaker: null, role: null, index, colour: UNKNOWN_COLOUR, tint: UNKNOWN_COLOUR + TINT_ALPHA, line: 'dotted' };
}
