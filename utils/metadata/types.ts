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
}
