import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from '../../../utils/analysis/text/quote-marks';
import { articleFrom } from './article-from';

function quotedTexts(paragraphs: string[]): string[] {
  const { text, blocks } = articleFrom(paragraphs);
  return findQuotedSpans(text, blocks).map((span) => text.slice(span.inner.start, span.inner.end));
}

describe('findQuotedSpans finds', () => {
  it.each([
    ['curly double marks', ['“We are united,” he said.'], ['We are united,']],
    ['straight double marks', ['"We are united," he said.'], ['We are united,']],
    ['French guillemets with inner spaces', ['« Nous sommes unis », a-t-il dit.'], ['Nous sommes unis']],
    ['German low-high marks', ['„Wir sind vereint“, sagte er.'], ['Wir sind vereint']],
    ['single curly marks', ['He called it ‘a disgrace’ on Monday.'], ['a disgrace']],
    ['low single marks', ['Er nannte es ‚eine Schande‘ gestern.'], ['eine Schande']],
    ['corner brackets', ['彼は「大丈夫だ」と言った。'], ['大丈夫だ']],
    ['a quotation broken by its attribution as two spans', ['“We are united,” he said, “and we will stay so.”'], ['We are united,', 'and we will stay so.']],
    ['the outer quotation when another is nested inside', ['“He told me ‘never again’ and left,” she said.'], ['He told me ‘never again’ and left,']],
    ['a quotation running on into the next paragraph', ['“The first part goes on.', '“And it ends here.”'], ['The first part goes on.', 'And it ends here.']],
    ['a run-on quotation that opens mid-paragraph', ['It was fine, she said. “Then it went on.', '“And ended.”'], ['Then it went on.', 'And ended.']],
    ['the outer quotation when one with the same marks is nested inside', ['“He said “no” twice and left,” she said.'], ['He said “no” twice and left,']],
    ['a curly opening mark closed by a straight one, when the paragraph has no curly closer', ['Priebus told Fox News: “Both of them are meeting next week." Then he left.'], ['Both of them are meeting next week.']],
    ['a straight opening mark closed by a curly one, when the paragraph has no straight closer', ['He told Fox News: "Both of them are meeting next week.” Then he left.'], ['Both of them are meeting next week.']],
    ['a quotation running on into the next paragraph past an apostrophe', ['“I think what’s next matters.', '“And it ends here.”'], ['I think what’s next matters.', 'And it ends here.']],
    ['two quotations whose inner marks are straight, on a page that mixes marks', ['“We are united," he said. "And we will stay so.”'], ['We are united,', 'And we will stay so.']],
    ['a quotation closed by an opening mark written right after its words', ['“It is unusual,“ said Larry Noble, a lawyer. “Very much so.”'], ['It is unusual,', 'Very much so.']],
    ['a closing mark far into a long paragraph, within the limit', [`“${'word '.repeat(900)}end,” he said.`], [`${'word '.repeat(900)}end,`]],
  ])('%s', (_, paragraphs, expected) => {
    expect(quotedTexts(paragraphs)).toEqual(expected);
  });
});

describe('findQuotedSpans does not find', () => {
  it.each([
    ['apostrophes', ["It's the company's view, and they don't agree."]],
    ['an inch sign', ['He is 5\'11" tall and 6\' wide.']],
    ['a stray opening mark that never closes', ['He said “this never closes and the article goes on.']],
    ['a stray closing mark', ['Nothing” opens here.']],
    ['a closing mark past the longest quotation a paragraph may hold', [`“${'word '.repeat(1100)}end,” he said.`]],
  ])('%s', (_, paragraphs) => {
    expect(quotedTexts(paragraphs)).toEqual([]);
  });

  it('lets a stray mark swallow nothing after it', () => {
    const texts = quotedTexts(['He said “this never closes.', 'Next paragraph with “a real quote” inside it.']);
    expect(texts).toEqual(['a real quote']);
  });
});
