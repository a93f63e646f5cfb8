import type { CitationData } from '../metadata/types';

/** A range of `Article.text`. */
export interface Span {
  start: number;
  end: number;
}

/** Re-finds a passage in the live page, where `Article.text` offsets mean nothing (the style of hypothesis' anchors). */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** How a quote's speaker was found, strongest evidence first. */
export type AttributionMethod =
  | 'cue-verb' // “…,” Gallant said.  /  Gallant said: “…”
  | 'according-to' // “…”, according to Gallant.
  | 'colon' // Gallant: “…”
  | 'signature' // an embedded post signed "— Rosa Delgado (@MayorDelgado)"
  | 'pronoun' // “…,” he said.
  | 'role-noun' // “…,” the minister added.
  | 'continuation' // a paragraph of quotation with no attribution of its own, after one with it
  | 'nearby-name' // the only person named in the same sentence
  | 'none';

/** A direct quotation in the article, with who said it. */
export interface Quote {
  /** The words inside the quotation marks. */
  text: string;
  /** Full name (or organisation, or a description such as "a senior US official"); null when unknown. */
  speaker: string | null;
  /** A fragment quoted inside the writer's own sentence, not a full statement. */
  partial: boolean;
  /** A block quotation or embedded post rather than marks in running text. */
  isBlock: boolean;
  method: AttributionMethod;
  /** 0–1: how sure the attribution is. */
  confidence: number;
  span: Span;
  anchor: TextQuoteSelector;
}

/** A person the story is about. */
export interface Figure {
  name: string;
  /** The role the article gives them ("Defense Minister"), or null. */
  role: string | null;
  /** Other forms the article uses for them. */
  aliases: string[];
  mentions: number;
  quoteCount: number;
}

/** What a key number measures. */
export type NumberKind = 'money' | 'percent' | 'count' | 'rank' | 'measure';

/** A figure that matters in the story, with the phrase that says what it counts. */
export interface KeyNumber {
  /** The number as written ("$1.2 billion", "37%"). */
  text: string;
  kind: NumberKind;
  /** The words around it that say what it counts, the number included ("closures rose to 214 last year"). */
  context: string;
  /** Where the number stands in `context`. */
  numberAt: number;
  span: Span;
}

/** The one-line gist of the story. */
export interface Summary {
  text: string;
  /** Where the line came from: a sentence of the article, the page's own description, or nothing usable. */
  method: 'lead-sentence' | 'description' | 'title' | 'none';
}

/** Everything the popup shows about a page: plain, serialisable data. */
export interface Analysis {
  article: CitationData & { dir: 'ltr' | 'rtl' };
  /** False when the page does not look like an article; the citation still stands. */
  isArticle: boolean;
  summary: Summary;
  figures: Figure[];
  numbers: KeyNumber[];
  quotes: Quote[];
  wordCount: number;
}
