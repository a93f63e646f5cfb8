import { describe, expect, it } from 'vitest';
import { formatApa } from '@/utils/citation/apa';
import { formatWithCsl } from '@/utils/citation/csl-engine';
import { toCslItem } from '@/utils/citation/csl-item';
import type { CitationData } from '@/utils/metadata/types';
import { ACCESSED, ARTICLES } from './fixtures';

/** citeproc writes "&" as "&#38;"; the written-out APA writes "&amp;". Both paste the same. */
const sameEntities = (html: string) => html.replace(/&#38;/g, '&amp;');

const MORE: [string, CitationData][] = [
  ['a question for a title', { ...ARTICLES.one, title: 'Will the tunnel be built?' }],
  ['a hyphenated given name', { ...ARTICLES.one, authors: ['Jean-Paul Marchand', 'Li Wei'] }],
  ['two authors', { ...ARTICLES.one, authors: ['Ana Ruiz', 'Li Wei'] }],
  ['a date without a day', { ...ARTICLES.one, published: '2021-05' }],
  ['a page with no author and no date', { ...ARTICLES.noAuthor, published: null }],
];

describe('the written-out APA agrees with citeproc and the official APA style', () => {
  it.each([...Object.entries(ARTICLES), ...MORE])('%s', (_, data) => {
    const item = toCslItem(data, ACCESSED);
    const reference = formatWithCsl(item, 'apa');
    const quick = formatApa(item);
    expect(quick.text).toBe(reference.text);
    expect(sameEntities(quick.html)).toBe(sameEntities(reference.html));
  }, 60_000);
});
