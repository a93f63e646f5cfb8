import { describe, expect, it } from 'vitest';
import { stripDateline } from '../../../utils/analysis/summary/datelines';

const LEAD = 'Dock workers returned to work on Friday.';

describe('stripDateline', () => {
  it.each([
    ['JERUSALEM (AP) — '],
    ['LONDON — '],
    ['SÃO JOSÉ (Reuters) — '],
    ["ST. JOHN'S – "],
    ['BEIJING: '],
    ['CLEVELAND, Ohio – '],
    ['HAYWARD, Calif. (AP) — '],
    ['HONOLULU, Hawaii (HawaiiNewsNow) - '],
    ['Dekalb, Ill. — '],
    ['New York, NY – '],
    ['April 17, 2015 -- '],
  ])('strips %j', (dateline) => {
    expect(stripDateline(`${dateline}${LEAD}`)).toBe(LEAD);
  });

  it.each([
    ['Donald Trump – the president – said on Friday the port would reopen.'],
    ['(EDIT: removed the link to the post) The rest of the note.'],
    ['ÉTÉ À PARIS é — Dock workers returned to work.'],
    ['Indianapolis – Several thousand teachers surrounded the statehouse.'],
    [LEAD],
  ])('leaves %j', (sentence) => {
    expect(stripDateline(sentence)).toBe(sentence);
  });
});
