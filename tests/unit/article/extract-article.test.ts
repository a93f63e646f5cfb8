import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/article';

async function extract(file: string) {
  const html = await readFile(`tests/fixtures/pages/${file}`, 'utf8');
  const { document } = parseHTML(html);
  return { document: document as unknown as Document, article: extractArticle(document as unknown as Document, 'https://courier.example/x') };
}

describe('extractArticle', () => {
  it('reads the body of a news page without its navigation, ads, bio or comments', async () => {
    const { article } = await extract('harbour-tunnel.html');
    expect(article.isArticle).toBe(true);
    expect(article.text).toContain('Northport City Council approved a £1.2bn road tunnel');
    expect(article.text).not.toContain('Ferry fares to rise');
    expect(article.text).not.toContain('Comments are closed');
    expect(article.blocks.some((block) => block.kind === 'blockquote')).toBe(true);
  });

  it('leaves the live document untouched, since Readability mutates what it parses', async () => {
    const { document } = await extract('harbour-tunnel.html');
    expect(document.querySelector('nav')).not.toBeNull();
    expect(document.querySelectorAll('script[type="application/ld+json"]').length).toBe(1);
  });

  it('judges a forecast table not to be an article but still reads its title', async () => {
    const { article } = await extract('not-an-article.html');
    expect(article.isArticle).toBe(false);
    expect(article.metadata.title).toContain('Five-day forecast');
  });

  it('copes with a document that has no body', () => {
    const { document } = parseHTML('<html><head><title>Empty</title></head></html>');
    const article = extractArticle(document as unknown as Document, 'https://example.org/');
    expect(article.isArticle).toBe(false);
    expect(article.text).toBe('');
  });
});
