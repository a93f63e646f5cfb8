/** What a page says about itself, reconciled from JSON-LD, meta tags and the visible byline. */
export interface CitationData {
  /** The address to cite: the canonical URL without tracking parameters. */
  url: string;
  title: string;
  /** People, in byline order; empty when the byline is an organisation or absent. */
  authors: string[];
  /** The publication's name as readers know it. */
  publisher: string | null;
  /** ISO 8601 as the page states it (date or date-time), or null. */
  published: string | null;
  modified: string | null;
  /** BCP 47 language tag, e.g. "en" or "fr-FR". */
  lang: string | null;
  description: string | null;
  /**
   * The fields the page does not state clearly (read only from a plain-text byline, a URL, a copyright line, an
   * agency; or sources that disagree): the popup asks the reader to check them. Absent when every field is sure.
   */
  unsure?: CitationField[];
}

/** The fields of a citation a reader may need to check or correct. */
export type CitationField = 'title' | 'authors' | 'publisher' | 'published';
