import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatCitation } from '@/utils/citation';
import { applyCorrection, correctionBetween, loadCorrection, saveCorrection } from '@/utils/citation/corrections';
import type { CitationData } from '@/utils/metadata/types';

const page: CitationData = {
  url: 'https://courier.example/news/harbour-tunnel',
  title: 'Harbour tunnel approved',
  authors: ['NEWS Desk'],
  publisher: 'Courier.example',
  published: '2021-05-06T21:30:00-04:00',
  modified: null,
  lang: 'en',
  description: null,
};

describe('corrections', () => {
  beforeEach(() => fakeBrowser.reset());

  it('records only the fields the reader changed', () => {
    expect(correctionBetween(page, { ...page, authors: ['Ana Ruiz'], publisher: 'The Courier' })).toEqual({ authors: ['Ana Ruiz'], publisher: 'The Courier' });
  });
  it('records nothing when the reader saves what the page said, a date-time and its day alike', () => {
    expect(correctionBetween(page, { ...page, published: '2021-05-06' })).toBeNull();
  });
  it('can remove every author and the date', () => {
    expect(applyCorrection(page, correctionBetween(page, { ...page, authors: [], published: null }))).toMatchObject({ authors: [], published: null });
  });
  it('apply to every format', () => {
    const corrected = applyCorrection(page, { authors: ['Ana Ruiz'], title: 'The tunnel vote' });
    const accessed = new Date('2024-02-01T12:00:00Z');
    expect(formatCitation(corrected, 'apa', accessed).text).toContain('Ruiz, A.');
    expect(formatCitation(corrected, 'bibtex', accessed).text).toContain('The tunnel vote');
    expect(formatCitation(corrected, 'ris', accessed).text).not.toContain('NEWS Desk');
  });
  it('are remembered per URL in local storage only, and a reset forgets them', async () => {
    await saveCorrection(page.url, { publisher: 'The Courier' });
    expect(await loadCorrection(page.url)).toEqual({ publisher: 'The Courier' });
    expect(await loadCorrection('https://courier.example/other')).toBeNull();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    await saveCorrection(page.url, null);
    expect(await loadCorrection(page.url)).toBeNull();
  });
});

describe('a corrected field', () => {
  it('is no longer marked for checking', () => {
    expect(applyCorrection({ ...page, unsure: ['authors', 'published'] }, { authors: ['Ana Ruiz'] }).unsure).toEqual(['published']);
    expect(applyCorrection({ ...page, unsure: ['authors'] }, { authors: ['Ana Ruiz'] }).unsure).toBeUndefined();
  });
  it('without a date cites the day it was read, as APA and MLA ask', async () => {
    const undated = applyCorrection(page, { published: null });
    expect(formatCitation(undated, 'apa', new Date(2026, 10, 25)).text).toContain('(n.d.).');
    expect(formatCitation(undated, 'apa', new Date(2026, 10, 25)).text).toContain('Retrieved November 25, 2026, from');
  });
});
