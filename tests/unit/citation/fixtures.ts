import type { CitationData } from '@/utils/metadata/types';

/** A news article we made up, in the shapes citations must handle. */
const BASE: CitationData = {
  url: 'https://courier.example/news/harbour-tunnel',
  title: 'Harbour tunnel approved after long debate',
  authors: ['Ana María Ruiz'],
  publisher: 'The Courier',
  published: '2021-05-06T21:30:00-04:00',
  modified: null,
  lang: 'en',
  description: null,
};

export const ARTICLES: Record<'one' | 'several' | 'organisation' | 'noAuthor' | 'noDate', CitationData> = {
  one: BASE,
  several: { ...BASE, authors: ['Ana Ruiz', 'Li Wei', 'Michiel de Jong', 'Sara Holm'] },
  // An organisation byline ("Courier Staff") leaves no person author: the metadata gives none.
  organisation: { ...BASE, authors: [] },
  noAuthor: { ...BASE, authors: [], publisher: null, title: 'Notes on harbour tunnels' },
  noDate: { ...BASE, published: null },
};

/** The day the reader read the article. */
export const ACCESSED = new Date(2026, 10, 25);
