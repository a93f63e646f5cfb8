import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../utils/analysis';
import type { BlockInput } from './article-from';
import { articleFrom } from './article-from';

const INTRO = 'Opposition leader Yair Lapid spoke in Jerusalem on Monday.';

function quotesOf(blocks: BlockInput[]) {
  return analyseArticle(articleFrom([INTRO, ...blocks])).quotes;
}

describe('quotes: finds', () => {
  it.each([
    ['a full statement', ['“We will fight this law in every court,” Lapid said.'], 'We will fight this law in every court,', false],
    ['a short fragment woven into a sentence with a speech verb', ['Lapid called the plan “reckless” on Monday.'], 'reckless', true],
    ['a longer fragment with no speech verb', ['The plan, in his view, would “tear the country apart within a year.”'], 'tear the country apart within a year.', true],
    ['a short full sentence continuing an attributed one', ['“We will not stop,” Lapid said. “Never.”'], 'Never.', false],
    ['a block quotation without marks', [['blockquote', 'This government has lost its way and its mandate.']], 'This government has lost its way and its mandate.', false],
    ['a statement beside the verb "retrieved" in prose', ['“We got everything back in the end,” Lapid said after police retrieved the stolen files.'], 'We got everything back in the end,', false],
    ['a post embedded twice', [['blockquote', 'This government has lost its way and its mandate.'], 'He posted it again later.', ['blockquote', 'This government has lost its way and its mandate.']], 'This government has lost its way and its mandate.', false],
    ['a statement after a colon', ['Lapid was blunt: “This is a disgrace and we will say so.”'], 'This is a disgrace and we will say so.', false],
    ['a quotation in a standfirst set as a heading', [['heading', 'Lapid said the plan was “a danger to democracy” as protests grew across the country.']], 'a danger to democracy', true],
  ] as const)('%s', (_, blocks, text, partial) => {
    const quote = quotesOf(blocks as unknown as BlockInput[]).find((q) => q.text === text);
    expect(quote).toBeDefined();
    expect(quote?.partial).toBe(partial);
  });
});

describe('quotes: does not find', () => {
  it.each([
    ['a title of a work in Title Case', ['He has read “The Grapes of Wrath” twice this year.']],
    ['a title of a work with an ampersand', ['Lapid, who starred in “War & Peace” at school, said he still loved it.']],
    ['a scare quote', ['The so-called “reform” was passed on a Tuesday night.']],
    ['a word described in the passive with no agent', ['The reform was described as “historic” in the papers on Monday.']],
    ['a coined term without a speaker', ['Critics fear a “brain drain” from the universities.']],
    ['a nickname', ['He is known as “Bibi” to his supporters.']],
    ['a term after a naming word in capitals, accented', ['Le projet, APPELÉE « la grande réforme des retraites », a déclaré Macron.']],
    ['a short headline', [['heading', '‘Unprecedented’ strandings']]],
    ['a caption', [['caption', 'Lapid says “we will win” at a rally in Tel Aviv.']]],
    ['a placeholder standing in three block quotations', [['blockquote', 'This post is unavailable right now, sorry.'], 'Lapid spoke first.', ['blockquote', 'This post is unavailable right now, sorry.'], ['blockquote', 'This post is unavailable right now, sorry.']]],
    ['a title in a reference list’s entry', [['list-item', '^ Cohen, Dana (2 May 2019). “Rivers rise in the north as the rain goes on”. Daily Courier. Retrieved 4 May 2019.']]],
    ['a title in a reference with an access date', ['Levi, Amos. “Why the coalition fell apart in the spring and what came next.” Policy Review, 2021. Accessed March 3, 2022.']],
    ['a title after authors cut short', [['list-item', '[CORE] Fielding et al., “Hypertext transfer protocol: message syntax and routing”, RFC 7230, June 2014.']]],
    ['a title in a reference with an ISBN', ['Ben-Ami, Noa (2018). “What the river knows about the long drought years”. Tel Aviv: Am Oved. ISBN 978-965-13-2560-9.']],
  ] as const)('%s', (_, blocks) => {
    expect(quotesOf(blocks as unknown as BlockInput[])).toEqual([]);
  });
});

describe('quotes keep how their speaker was found', () => {
  it('records the method and a confidence that falls with weaker evidence', () => {
    const quotes = quotesOf(['“We will fight this law in every court,” Lapid said.', '“And we will win in the end.”']);
    expect(quotes.map((q) => [q.method, q.speaker])).toEqual([
      ['cue-verb', 'Yair Lapid'],
      ['continuation', 'Yair Lapid'],
    ]);
    expect(quotes[0]!.confidence).toBeGreaterThan(quotes[1]!.confidence);
  });
});
