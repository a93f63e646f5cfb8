import type { CitationData } from '../metadata/types';

/** What kind of text a block of the article is: analysers treat captions and headings differently from prose. */
export type BlockKind = 'paragraph' | 'heading' | 'blockquote' | 'list-item' | 'caption' | 'preformatted';

/** One block of the article body, located in `Article.text`. */
export interface TextBlock {
  kind: BlockKind;
  start: number;
  end: number;
  /** Set (true) only when all the block's text sits inside links: a "Related:" line or a teaser for another page, not prose. */
  isLink?: true;
}

/** The readable content of a page: plain text in blocks, plus what the page says about itself. */
export interface Article {
  /** The address the page was read from. */
  url: string;
  /** The body as plain text, blocks separated by a blank line. */
  text: string;
  blocks: TextBlock[];
  /** The byline as Readability found it, for the metadata reconciler and for display. */
  byline: string | null;
  dir: 'ltr' | 'rtl';
  /** Whether the page looks like an article at all (Readability found a body of reasonable length). */
  isArticle: boolean;
  metadata: CitationData;
}
