import type { Article, BlockKind, TextBlock } from '../../../utils/article/types';

/** A block given as plain text (a paragraph) or as [kind, text]. */
export type BlockInput = string | [BlockKind, string];

/** Builds an Article from blocks of text, the way utils/article lays them out (blank line between blocks). */
export function articleFrom(inputs: readonly BlockInput[], options: { lang?: string; authors?: string[]; description?: string } = {}): Article {
  const blocks: TextBlock[] = [];
  let text = '';
  for (const input of inputs) {
    const [kind, content] = typeof input === 'string' ? (['paragraph', input] as const) : input;
    if (text) text += '\n\n';
    blocks.push({ kind, start: text.length, end: text.length + content.length });
    text += content;
  }
  return {
    url: 'https://news.example/story',
    text,
    blocks,
    byline: null,
    dir: 'ltr',
    isArticle: true,
    metadata: {
      url: 'https://news.example/story',
      title: 'A story',
      authors: options.authors ?? [],
      publisher: 'Example News',
      published: null,
      modified: null,
      lang: options.lang ?? 'en',
      description: options.description ?? null,
    },
  };
}
