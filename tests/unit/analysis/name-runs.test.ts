import { describe, expect, it } from 'vitest';
import { findNameRuns, runsWithin } from '../../../utils/analysis/people/name-runs';

function runs(text: string): string[] {
  return findNameRuns(text).map(({ run }) => run);
}

describe('findNameRuns', () => {
  it.each([
    ['capitalised words on one line', 'Defense Minister Yoav Gallant arrived.', ['Defense Minister Yoav Gallant']],
    ['a particle between words', 'Historian Luis de Miranda wrote.', ['Historian Luis de Miranda']],
    ['two particles', 'La députée Laure de la Raudière a voté.', ['La', 'Laure de la Raudière']],
    ['a hyphenated particle', 'Minister Faisal al-Mekdad spoke.', ['Minister Faisal al-Mekdad']],
    ['"of" inside an organisation', 'the Bank of England said', ['Bank of England']],
    ['initials', 'C.S. Lewis and C. Eugene Steuerle met in the U.S. today', ['C.S. Lewis', 'C. Eugene Steuerle', 'U.S.']],
    ['an apostrophe inside a name', 'Shaquille O’Neal and Sinéad O\'Connor', ['Shaquille O’Neal', 'Sinéad O\'Connor']],
    ['hyphens and inner dots', 'Jean-Luc Mélenchon wrote on Football.London', ['Jean-Luc Mélenchon', 'Football.London']],
    ['letters of other cased scripts', 'Владимир Путин и Ελένη Παπαδοπούλου', ['Владимир Путин', 'Ελένη Παπαδοπούλου']],
    ['a no-break space', 'Yoav\u00A0Gallant', ['Yoav\u00A0Gallant']],
    ['combining marks', 'Nga\u0304tiwai leader', ['Nga\u0304tiwai']],
    ['capitals outside Latin, Greek and Cyrillic', 'Ⴀნა and 𐐀𐐨 met', ['Ⴀნა', '𐐀𐐨']],
    ['a word that a Japanese sentence runs on from, without a space', 'Helvetica Nowは新しい書体で、Palm Phoneの魅力', ['Helvetica Now', 'Palm Phone']],
    ['full-width Latin letters, which have cases', 'Ｔｏｋｙｏ Ｓｋｙ', ['Ｔｏｋｙｏ Ｓｋｙ']],
  ])('reads %s', (_, text, expected) => {
    expect(runs(text)).toEqual(expected);
  });

  it.each([
    ['an elided article before a lower-case word', 'L’économiste Sophie Nguyen a parlé.', ['Sophie Nguyen']],
    ['a particle that reaches no name', 'Maria de and others', ['Maria']],
    ['a run across a line break', 'Yoav\nGallant', ['Yoav', 'Gallant']],
    ['a word joined to a number by a hyphen, which gives an age or a size', 'berichtet die 50-Jährige, mit 9-Year-Old Emma', ['Emma']],
    ['a run across punctuation', 'Gallant, Blinken. Lapid', ['Gallant', 'Blinken', 'Lapid']],
    ['a trailing hyphen or dot', 'Anti- and Mr. Smith', ['Anti', 'Mr', 'Smith']],
    ['caseless scripts, which have no capitals to start a run', 'قال يوآف غالانت ו־יאיר לפיד 岸田文雄', []],
  ])('stops at %s', (_, text, expected) => {
    expect(runs(text)).toEqual(expected);
  });

  it('gives each run its offset in the text', () => {
    const text = 'On Monday, Yoav Gallant said.';
    expect(findNameRuns(text)).toEqual([{ run: 'On Monday', index: 0 }, { run: 'Yoav Gallant', index: 11 }]);
  });

  it('scans a megabyte of capitals promptly', () => {
    const text = 'Ab '.repeat(350_000);
    const started = performance.now();
    expect(findNameRuns(text)).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('runsWithin', () => {
  it('keeps the runs lying wholly inside a span, placed relative to its start', () => {
    const text = 'Yoav Gallant spoke.\n\nAntony Blinken and Yair Lapid listened.';
    const runs = findNameRuns(text);
    const second = text.indexOf('Antony');
    expect(runsWithin(runs, second, text.length)).toEqual([{ run: 'Antony Blinken', index: 0 }, { run: 'Yair Lapid', index: 19 }]);
    expect(runsWithin(runs, 0, second - 2)).toEqual([{ run: 'Yoav Gallant', index: 0 }]);
    expect(runsWithin(runs, 0, 8)).toEqual([]);
  });
});
