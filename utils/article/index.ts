import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { readPageMetadata } from '../metadata';
import { removeHiddenInline } from './hidden';
import { collectTextBlocks } from './text-blocks';
import type { Article } from './types';

/** Below this many characters of body text a page is not treated as an article (Readability's own default). */
const MIN_ARTICLE_CHARS = 500;

/** Reads the article out of a document. Readability mutates what it parses, so it always works on a clone. */
export function extractArticle(document: Document, url: string): Article {
  const metadata = readPageMetadata(document, url);
  const clone = document.cloneNode(true) as Document;
  removeHiddenInline(document, clone);
  const parsed = parseWithReadability(clone);
  const { text, blocks } = parsed?.content ? collectTextBlocks(parsed.content) : { text: '', blocks: [] };
  return {
    url,
    text,
    blocks,
    byline: parsed?.byline?.trim() || null,
    dir: readDirection(document, parsed?.dir),
    isArticle: text.length >= MIN_ARTICLE_CHARS && isProbablyReaderable(document),
    metadata: {
      ...metadata,
      title: metadata.title || parsed?.title?.trim() || '',
      lang: metadata.lang || parsed?.lang || null,
    },
  };
}

function parseWithReadability(document: Document) {
  try {
    return new Readability<Element>(document, { serializer: (element) => element as Element }).parse();
  } catch {
    // Readability throws on a few malformed documents (e.g. no <body>); treat them as having no article.
    return null;
  }
}

function readDirection(document: Document, readabilityDir: string | null | undefined): 'ltr' | 'rtl' {
  const dir = readabilityDir || document.documentElement?.getAttribute('dir') || document.body?.getAttribute('dir');
  return dir?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
}

export type { Article, BlockKind, TextBlock } from './types';
