import { describe, expect, it } from 'vitest';
import { hasWord, isBackReferring, summarise, trimToWords } from '../../../utils/analysis/summary';
import { articleFrom } from './article-from';

function summaryOf(paragraphs: string[], title = 'A story', description: string | null = null, isArticle = true) {
  const { text, blocks } = articleFrom(paragraphs);
  return summarise(text, blocks, description, title, isArticle);
}

const words = (text: string) => text.split(/\s+/).length;

describe('summarise', () => {
  it('takes the lead sentence, without the dateline', () => {
    const summary = summaryOf(['PORT ELLERY — Dock workers returned to work on Friday after their union accepted a pay rise. More followed.']);
    expect(summary).toEqual({ text: 'Dock workers returned to work on Friday after their union accepted a pay rise.', method: 'lead-sentence' });
  });

  it.each([
    ['in accented capitals, with an agency', 'SÃO JOSÉ (Reuters) — '],
    ['with a full stop and an apostrophe', "ST. JOHN'S – "],
  ])('strips a dateline %s', (_, dateline) => {
    const summary = summaryOf([`${dateline}Dock workers returned to work on Friday after their union accepted a pay rise.`]);
    expect(summary.text).toBe('Dock workers returned to work on Friday after their union accepted a pay rise.');
  });

  it('keeps an opening that has a lower-case letter before its dash', () => {
    const summary = summaryOf(['ÉTÉ À PARIS é — Dock workers returned to work on Friday after their union accepted a pay rise.']);
    expect(summary.text.startsWith('ÉTÉ À PARIS é')).toBe(true);
  });

  it('skips a caption whose credit is in capitals', () => {
    const summary = summaryOf(['The defendant is led from the court in Shelby to a waiting van (PHOTO: Jane Doe).', 'Dock workers returned to work on Friday after their union accepted a new pay rise.']);
    expect(summary.text).toBe('Dock workers returned to work on Friday after their union accepted a new pay rise.');
  });

  it('skips a short kicker, a question and an opening quotation', () => {
    const summary = summaryOf(['A miracle season?', '“We are flying,” the captain said after the match on Sunday night.', 'The club won its fifth game in a row on Sunday and climbed to fourth place in the league.']);
    expect(summary.text).toBe('The club won its fifth game in a row on Sunday and climbed to fourth place in the league.');
  });

  it('prefers the opening sentence that tells the headline’s story', () => {
    const summary = summaryOf(
      ['The morning was cold and grey over the harbour as the crews gathered at the gates.', 'Dock workers ended their nine-day strike after the union accepted a new pay deal.'],
      'Dock workers end strike after pay deal',
    );
    expect(summary.text).toBe('Dock workers ended their nine-day strike after the union accepted a new pay deal.');
  });

  it.each([
    ['Greek', ['Το πρωί ήταν κρύο και γκρίζο πάνω από το λιμάνι καθώς τα πληρώματα μαζεύονταν στις πύλες.', 'Οι λιμενεργάτες τερμάτισαν την απεργία τους μετά τη νέα συμφωνία για τους μισθούς τους.'], 'Λιμενεργάτες τερμάτισαν απεργία μετά τη συμφωνία'],
    ['Georgian', ['დილა ცივი და ნაცრისფერი იყო ნავსადგურის თავზე როცა ეკიპაჟები ჭიშკართან შეიკრიბნენ ადრე.', 'ნავსადგურის მუშებმა გაფიცვა დაასრულეს ხელფასის ახალი შეთანხმების შემდეგ ორშაბათს დილით.'], 'მუშებმა გაფიცვა დაასრულეს შეთანხმების შემდეგ'],
  ])('compares sentences with the headline in %s too', (_, paragraphs, title) => {
    expect(summaryOf(paragraphs, title).text).toBe(paragraphs[1]);
  });

  it('skips a photo caption left among the paragraphs and a sentence cut from inside a quotation', () => {
    const summary = summaryOf([
      'The defendant is escorted from the county court in Shelby on June 18, 2015.',
      '“We waited for this. He said it was over and that the town could finally rest.” The jury found him guilty on all counts on Thursday after two hours.',
    ]);
    expect(summary.text).toBe('The jury found him guilty on all counts on Thursday after two hours.');
  });

  it('never takes a related-story link, even one that shares the headline’s words', () => {
    const { text, blocks } = articleFrom([
      'Janitors and baggage handlers at the airport are asking for a higher hourly wage this winter.',
      'Airport workers will strike at the airport on Tuesday, the union says.',
    ]);
    const linked = blocks.map((block, i) => (i === 1 ? { ...block, isLink: true as const } : block));
    expect(summarise(text, linked, null, 'Airport workers strike on Tuesday').text).toBe('Janitors and baggage handlers at the airport are asking for a higher hourly wage this winter.');
  });

  it('prefers a sentence that does not lean on the one before it', () => {
    const summary = summaryOf(['Most people go to hotels to sleep in a giant bed with clean white sheets.', 'But those sheets might not be as clean as they look, according to the hotel owners.'], 'The secrets hotel owners keep');
    expect(summary.text).toBe('Most people go to hotels to sleep in a giant bed with clean white sheets.');
  });

  it('on a page that is not an article, says what the page says of itself rather than a line of its body', () => {
    expect(summaryOf(['Dock workers returned to work on Friday after their union accepted a pay rise.'], 'Harbour news', 'Every story from the harbour.', false)).toEqual({ text: 'Every story from the harbour.', method: 'description' });
  });

  it('skips a description that is a pitch or a related link', () => {
    expect(summaryOf(['Too short.'], 'Title here', 'Sign up for our newsletter and get the news in your inbox.')).toEqual({ text: 'Title here', method: 'title' });
    expect(summaryOf(['Too short.'], 'Title here', 'Related: the harbour strike')).toEqual({ text: 'Title here', method: 'title' });
    expect(summaryOf(['Too short.'], 'Title here', '<p>Share this on WhatsApp The harbour calendar</p>')).toEqual({ text: 'Title here', method: 'title' });
  });

  it('falls back on the page’s description, then its title', () => {
    expect(summaryOf(['Too short.'], 'Title here', 'The description of the page.')).toEqual({ text: 'The description of the page.', method: 'description' });
    expect(summaryOf([], 'Title here')).toEqual({ text: 'Title here', method: 'title' });
  });

  it('keeps every summary to one line', () => {
    expect(summaryOf(['First line of the lead paragraph\nruns on after a line break into more words here.']).text).not.toMatch(/\n/);
  });
});

describe('trimToWords', () => {
  it('leaves a short sentence alone', () => {
    expect(trimToWords('The port reopened on Friday.')).toBe('The port reopened on Friday.');
  });

  it('drops brackets, asides and relative clauses before cutting', () => {
    const long = 'The deputies adopted by a large majority (438 to 86 with 42 abstentions) the intelligence bill, which the government had defended for weeks against its critics, on Tuesday afternoon in Paris after a long debate.';
    const trimmed = trimToWords(long);
    expect(words(trimmed)).toBeLessThanOrEqual(30);
    expect(trimmed).toBe('The deputies adopted by a large majority the intelligence bill, on Tuesday afternoon in Paris after a long debate.');
  });

  it('ends before a hanging phrase when there is no clause boundary', () => {
    const long = 'A jury in the city has found the gunman guilty on all thirty three federal hate crime counts for murdering nine people in the basement of a historically black church in the centre of town.';
    expect(trimToWords(long)).toBe('A jury in the city has found the gunman guilty on all thirty three federal hate crime counts for murdering nine people in the basement of a historically black church.');
  });

  it('cuts at a clause boundary rather than mid-clause', () => {
    const long = 'Gunmen opened fire on visitors at the country’s most renowned museum on Wednesday morning, killing at least nineteen people including seventeen foreigners from several countries, and wounding dozens more who had come to see the collection.';
    const trimmed = trimToWords(long);
    expect(words(trimmed)).toBeLessThanOrEqual(30);
    expect(trimmed.endsWith('.')).toBe(true);
    expect(trimmed).not.toMatch(/…/);
  });
});

describe('hasWord', () => {
  it.each([
    ['the minister said', 'minister', true],
    ['the ministers said', 'minister', false],
    ['a prime-minister spoke', 'minister', true],
    ['la ministère parle', 'minist', false],
    ['retour à jérusalem.', 'jérusalem', true],
    ['xjérusalem', 'jérusalem', false],
    ['in 2024, not a2024', '2024', true],
    ['a2024', '2024', false],
    ['minister', 'minister', true],
  ])('finds in "%s" the word "%s": %s', (text, word, found) => {
    expect(hasWord(text, word)).toBe(found);
  });
});

describe('isBackReferring', () => {
  it.each([
    ['But those sheets might not be clean.', true],
    ['However, the bedding left him breathless.', true],
    ['Mais la grève continue.', true],
    ['Butter prices rose on Friday.', false],
    ['The port reopened on Friday.', false],
  ])('%j: %s', (sentence, expected) => {
    expect(isBackReferring(sentence)).toBe(expected);
  });
});
