import { describe, expect, it } from 'vitest';
import type { Analysis, Quote } from '@/utils/analysis/types';
import { analysisToMarkdown, escapeMarkdown } from '@/utils/export/markdown';

function quote(text: string, speaker: string | null, confidence = 0.9): Quote {
  return { text, speaker, partial: false, isBlock: false, method: 'cue-verb', confidence, span: { start: 0, end: 1 }, anchor: { exact: text, prefix: '', suffix: '' } };
}

const analysis: Analysis = {
  article: {
    url: 'https://news.example/a', title: 'Bridge to close', authors: ['Ann Lee'], publisher: 'Example News', published: '2025-01-02',
    modified: null, lang: 'en', description: null, dir: 'ltr',
  },
  isArticle: true,
  summary: { text: 'The old bridge closes in May.', method: 'lead-sentence' },
  figures: [{ name: 'Maria Gomez', role: 'Mayor', aliases: ['Gomez'], mentions: 4, quoteCount: 1 }],
  numbers: [
    { text: '40%', kind: 'percent', context: '40% of commuters', numberAt: 0, span: { start: 0, end: 3 } },
    { text: '214', kind: 'count', context: 'closures rose to 214 last year', numberAt: 17, span: { start: 90, end: 93 } },
  ],
  quotes: [quote('It is time', 'Maria Gomez'), quote('No *comment*', null), quote('We shall see', 'Tom Reed', 0.7), quote('Maybe later', 'Ann Park', 0.2)],
  wordCount: 300,
};

describe('analysisToMarkdown', () => {
  const markdown = analysisToMarkdown(analysis, { citation: 'Lee, A. (2025). Bridge to close.', quoteLink: (q) => `https://news.example/a#:~:text=${encodeURIComponent(q.text)}` });

  it.each([
    ['the title as a heading', '# Bridge to close'],
    ['the citation', '> Lee, A. \\(2025\\). Bridge to close.'],
    ['the summary', '## Summary\n\nThe old bridge closes in May.'],
    ['each figure with role and quote count', '- **Maria Gomez**, Mayor (1 quote)'],
    ['each number with what it counts', '- **40%** of commuters'],
    ['a number with the words before it that say what it counts', '- closures rose to **214** last year'],
    ['each quote with speaker and a link to its passage', '- “It is time” — Maria Gomez ([passage](https://news.example/a#:~:text=It%20is%20time))'],
    ['quotes whose speaker is unknown', '— speaker unknown'],
    ['a speaker the analysis is not sure of, as probable', '“We shall see” — probably Tom Reed'],
    ['a speaker more likely wrong than right, as unclear', '“Maybe later” — speaker unclear (perhaps Ann Park)'],
  ])('contains %s', (_what, expected) => {
    expect(markdown).toContain(expected);
  });

  it('keeps page text from turning into Markdown', () => {
    expect(markdown).toContain('No \\*comment\\*');
  });

  it('leaves out the summary and lists of a page that is not an article', () => {
    const page = analysisToMarkdown({ ...analysis, isArticle: false, figures: [], numbers: [], quotes: [] }, { citation: 'c', quoteLink: () => '' });
    expect(page).toBe('# Bridge to close\n\n> c\n');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['[link](javascript:alert(1))', '\\[link\\]\\(javascript:alert\\(1\\)\\)'],
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert\\(1\\)\\>'],
    ['# not a heading', '\\# not a heading'],
    ['plain words', 'plain words'],
  ])('escapes %j', (raw, expected) => {
    expect(escapeMarkdown(raw)).toBe(expected);
  });
});
