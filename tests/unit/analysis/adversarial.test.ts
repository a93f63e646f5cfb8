import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../utils/analysis';
import { findQuotedSpans } from '../../../utils/analysis/text/quote-marks';
import { articleFrom } from './article-from';

/** A small seeded generator, so that a failing case can be replayed: the analysis itself uses no randomness. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const ALPHABET = ['“', '”', '"', '‘', '’', "'", '«', '»', '„', '‚', '「', '」', ' ', ' ', ' ', 'a', 'B', 'said', 'he', '.', ',', ':', '\n', '—'];

function randomText(random: () => number, length: number): string {
  let text = '';
  while (text.length < length) text += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return text;
}

/** Every span lies inside its block, inner within outer, in order: whatever the input, the output is well formed. */
function expectSaneSpans(text: string): void {
  const { blocks } = articleFrom(text.split('\n\n'));
  const joined = articleFrom(text.split('\n\n')).text;
  const spans = findQuotedSpans(joined, blocks);
  for (const span of spans) {
    const block = blocks[span.blockIndex]!;
    expect(span.outer.start).toBeGreaterThanOrEqual(block.start);
    expect(span.outer.end).toBeLessThanOrEqual(block.end);
    expect(span.inner.start).toBeGreaterThanOrEqual(span.outer.start);
    expect(span.inner.end).toBeLessThanOrEqual(span.outer.end);
    expect(span.inner.start).toBeLessThanOrEqual(span.inner.end);
  }
}

function timeOf(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/**
 * The quote finder alone must be quick; the whole analysis gets more room, as tests share a busy machine
 * (typical figures on one core: 2 MB without a closing mark ≈ 10 ms, 250,000 guillemet pairs ≈ 300 ms).
 */
const QUOTE_FINDER_MS = 1000;
const NO_CLOSING_MARK_MS = 250;
/** As many quotations as the analysis reads from one article (utils/analysis/quotes/index.ts). */
const MAX_SPANS = 2000;
const WHOLE_ANALYSIS_MS = 3000;

const HOSTILE: [string, string[]][] = [
  ['2 MB with an opening mark and no closing one', [`He said “${'and it goes on '.repeat(140_000)}`]],
  ['1 MB of nothing but quotation marks', ['“«„‚「"‘'.repeat(150_000)]],
  ['5,000 paragraphs that each open a quotation and never close it', Array.from({ length: 5000 }, (_, i) => `“Paragraph ${i} goes on without an end`)],
  ['2 MB of French guillemets in the wrong order', ['» a « b '.repeat(250_000)]],
];

describe('the quote finder on hostile text', () => {
  it.each(HOSTILE)('returns promptly on %s', (_, paragraphs) => {
    const { text, blocks } = articleFrom(paragraphs);
    expect(timeOf(() => findQuotedSpans(text, blocks, MAX_SPANS))).toBeLessThan(QUOTE_FINDER_MS);
  });

  it('finds every one of 250,000 quotations when asked to, in linear time', () => {
    const { text, blocks } = articleFrom(['« a » '.repeat(250_000)]);
    let count = 0;
    expect(timeOf(() => (count = findQuotedSpans(text, blocks).length))).toBeLessThan(WHOLE_ANALYSIS_MS);
    expect(count).toBe(250_000);
  });

  it('finds nothing, well under a second, in 2 MB after a mark that never closes', () => {
    const { text, blocks } = articleFrom(HOSTILE[0]![1]);
    expect(text.length).toBeGreaterThan(2_000_000);
    let found: unknown[] = [];
    expect(timeOf(() => (found = findQuotedSpans(text, blocks)))).toBeLessThan(NO_CLOSING_MARK_MS);
    expect(found).toEqual([]);
  });

  it.each(HOSTILE)('the whole analysis returns on %s, each quote inside one paragraph', (_, paragraphs) => {
    const article = articleFrom(paragraphs);
    let quotes: { span: { start: number; end: number } }[] = [];
    expect(timeOf(() => (quotes = analyseArticle(article).quotes))).toBeLessThan(WHOLE_ANALYSIS_MS);
    for (const quote of quotes) {
      expect(article.blocks.some((block) => block.start <= quote.span.start && quote.span.end <= block.end)).toBe(true);
    }
  });

  it('does not let one unbalanced mark swallow the rest of the article', () => {
    const article = articleFrom(['Lapid said “this never closes.', ...Array.from({ length: 50 }, () => 'Plain prose of the story goes on here.'), 'Lapid added: “This one is real and it closes here.”']);
    const texts = analyseArticle(article).quotes.map((quote) => quote.text);
    expect(texts).toEqual(['This one is real and it closes here.']);
  });

  it.each(Array.from({ length: 40 }, (_, i) => i + 1))('gives well-formed spans for random mark soup (seed %i)', (seed) => {
    const random = seeded(seed);
    const text = randomText(random, 2000 + Math.floor(random() * 4000));
    expectSaneSpans(text);
    expect(() => analyseArticle(articleFrom(text.split('\n\n')))).not.toThrow();
  });

  it.each([
    ['empty text', ''],
    ['only punctuation', '.,;:!?—–-()[]{}'.repeat(2000)],
    ['only white space', ' \n '.repeat(5000)],
    ['one opening mark', '“'],
    ['one closing mark', '”'],
    ['marks with nothing between', '“”""«»„“'],
  ])('copes with %s', (_, text) => {
    const analysis = analyseArticle(articleFrom(text ? [text] : []));
    expect(Array.isArray(analysis.quotes)).toBe(true);
    expect(analysis.summary.text.split(/\s+/).length).toBeLessThanOrEqual(30);
  });
});
