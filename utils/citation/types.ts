/** Styles formatted by a CSL processor with the official style files ('chicago-note' is Chicago's footnote form). */
export type CslStyle = 'apa' | 'mla' | 'chicago' | 'chicago-note' | 'harvard';

/** Formats for reference managers, written out directly. */
export type ReferenceFormat = 'bibtex' | 'ris' | 'csl-json';

/** Every citation format the popup offers. */
export type CitationStyle = CslStyle | ReferenceFormat;

/** A formatted citation: plain text, and HTML with the style's italics for rich-text paste. */
export interface FormattedCitation {
  text: string;
  html: string;
}
