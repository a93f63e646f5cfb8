/** The citation styles the popup offers. */
export type CitationStyle = 'apa' | 'mla' | 'chicago';

/** A formatted citation: plain text, and HTML with the style's italics for rich-text paste. */
export interface FormattedCitation {
  text: string;
  html: string;
}
