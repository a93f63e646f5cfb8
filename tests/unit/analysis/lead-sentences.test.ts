import { describe, expect, it } from 'vitest';
import { cleanSentence, endsOnNumberedAbbreviation, leadSentences, splitUncasedSentences } from '../../../utils/analysis/summary/lead-sentences';
import type { BlockInput } from './article-from';
import { articleFrom } from './article-from';

const LEAD = 'Dock workers returned to work on Friday after their union accepted a pay rise.';

function leadsOf(inputs: BlockInput[], linkAt: number[] = []) {
  const { text, blocks } = articleFrom(inputs);
  return leadSentences(text, blocks.map((block, i) => (linkAt.includes(i) ? { ...block, isLink: true as const } : block)));
}

describe('leadSentences', () => {
  it('skips a block that is all link, a related-story line', () => {
    expect(leadsOf(['Port strike: dock workers plan a walkout at the harbour next month over pay.', LEAD], [0])).toEqual([LEAD]);
  });

  it('takes a standfirst set as a heading before the prose, not a heading after it', () => {
    const standfirst = 'Hundreds of dock workers walked out at the harbour on Tuesday over their pay.';
    expect(leadsOf([['heading', standfirst], LEAD])).toEqual([standfirst, LEAD]);
    expect(leadsOf([LEAD, ['heading', standfirst]])).toEqual([LEAD]);
  });

  it('skips a caption whose photo credit is the next block, unless a caption follows that credit', () => {
    const caption = 'The harbour master walks along the quay in front of the cranes at dawn.';
    expect(leadsOf([caption, 'Jane Doe | Getty Images', LEAD])).toEqual([LEAD]);
    expect(leadsOf([caption, '© Jane Doe / Shutterstock', ['caption', 'The cranes at dawn.'], LEAD])).toEqual([caption, LEAD]);
  });

  it('looks past bylines and datelines for four blocks that hold a lead', () => {
    const paragraphs = ['By Jane Doe', 'Updated 6:22 PM EST, November 20, 2019', 'Opinion writer', 'October 29, 2018', LEAD];
    expect(leadsOf(paragraphs)).toEqual([LEAD]);
  });

  it('mends a sentence split after a month or an abbreviation before a number', () => {
    expect(leadsOf(['The museum will open its new wing to the public on Sept. 24 in Washington after a long wait.'])).toEqual(['The museum will open its new wing to the public on Sept. 24 in Washington after a long wait.']);
  });

  it('drops a "Related:" line inside a paragraph, and a kicker before the lead', () => {
    expect(leadsOf(['Related: Dock workers plan a walkout at the harbour next month over their pay.', `BREAKING: ${LEAD}`])).toEqual([LEAD]);
  });
});

describe('splitting and cleaning', () => {
  it.each([
    ['… opened on Sept. ', true],
    ['… passes a Boeing Co. ', true],
    ['… in the harbour. ', false],
    ['… on Friday. ', false],
  ])('endsOnNumberedAbbreviation(%j) is %s', (piece, expected) => {
    expect(endsOnNumberedAbbreviation(piece)).toBe(expected);
  });

  it.each([
    ['一つ目の文。二つ目の文！三つ目', ['一つ目の文。', '二つ目の文！', '三つ目']],
    ['주말 밤 경우가 흔하다. 현재 승부를 보고 있다.', ['주말 밤 경우가 흔하다.', '현재 승부를 보고 있다.']],
    [LEAD, [LEAD]],
    ['The U.S. ban ends. Then more.', ['The U.S. ban ends. Then more.']],
  ])('splitUncasedSentences(%j)', (piece, expected) => {
    expect(splitUncasedSentences(piece)).toEqual(expected);
  });

  it.each([
    ['[Updated] Dock workers returned to work.', 'Dock workers returned to work.'],
    ['(Reuters) - Dock workers returned to work.', 'Dock workers returned to work.'],
    ['EXCLUSIVE: Dock workers returned to work.', 'Dock workers returned to work.'],
    ['BEIJING: Dock workers returned to work.', 'Dock workers returned to work.'],
    ['(EDIT: a note that runs on and on for far longer than any bracketed kicker would ever run) The rest.', '(EDIT: a note that runs on and on for far longer than any bracketed kicker would ever run) The rest.'],
  ])('cleanSentence(%j) is %j', (sentence, expected) => {
    expect(cleanSentence(sentence)).toBe(expected);
  });
});
