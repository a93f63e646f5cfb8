import { describe, expect, it } from 'vitest';
import { indexMentions } from '../../../utils/analysis/attribution/mention-index';
import { findNameRuns } from '../../../utils/analysis/people/name-runs';
import { findQuotedSpans } from '../../../utils/analysis/text/quote-marks';
import { sentenceStarts } from '../../../utils/analysis/text/sentences';
import { articleFrom } from './article-from';

/** An index over an article's blocks, every sentence of every block, reading up to `lastBlock`. */
function indexOf(paragraphs: string[], lastBlock = paragraphs.length - 1) {
  const { text, blocks } = articleFrom(paragraphs);
  const sentences = blocks.flatMap((block) => {
    const starts = sentenceStarts(text, block.start, block.end);
    return starts.map((start, j) => ({ start, end: starts[j + 1] ?? block.end }));
  });
  const spans = findQuotedSpans(text, blocks);
  return { text, blocks, sentences, index: indexMentions(text, blocks, lastBlock, spans, sentences, findNameRuns(text)) };
}

const texts = (mentions: readonly { text: string }[]) => mentions.map((m) => m.text);

describe('indexMentions', () => {
  it('gives the mentions of a block outside its quotations, in text order', () => {
    const { index } = indexOf(['Defense Minister Yoav Gallant spoke first.', '“Lapid told me so,” he said of the minister.']);
    expect(texts(index.inBlock(1))).toEqual(['he', 'the minister']);
  });

  it('gives no mentions after the last block it reads', () => {
    const { index } = indexOf(['Yoav Gallant spoke.', 'Antony Blinken replied.'], 0);
    expect(texts(index.inBlock(0))).toEqual(['Yoav Gallant']);
    expect(index.inBlock(1)).toEqual([]);
    expect(index.inBlock(5)).toEqual([]);
  });

  it('gives the mentions of one sentence', () => {
    const { index } = indexOf(['Yoav Gallant spoke. Then Antony Blinken replied. She left.']);
    expect([0, 1, 2].map((i) => texts(index.inSentence(i)))).toEqual([['Yoav Gallant'], ['Antony Blinken'], ['She']]);
    expect(index.inSentence(3)).toEqual([]);
  });

  it('gives the mentions that start in a stretch of text, across blocks', () => {
    const { text, index } = indexOf(['Yoav Gallant spoke.', 'Antony Blinken replied.', 'Yair Lapid left.']);
    const from = text.indexOf('Gallant');
    expect(texts(index.between(from, text.indexOf('Lapid')))).toEqual(['Antony Blinken', 'Yair Lapid']);
    expect(texts(index.between(-100, text.length))).toEqual(['Yoav Gallant', 'Antony Blinken', 'Yair Lapid']);
  });

  it('reads a block only when asked, and only once', () => {
    const { index } = indexOf(['Yoav Gallant spoke.', 'Antony Blinken replied.']);
    expect(index.inBlock(1)).toBe(index.inBlock(1));
  });
});
