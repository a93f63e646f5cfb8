import { describe, expect, it } from 'vitest';
import { findKeyNumbers } from '../../../utils/analysis/numbers';

function numbersIn(sentence: string): string[] {
  return findKeyNumbers(sentence).map((number) => number.text);
}

describe('findKeyNumbers finds', () => {
  it.each([
    ['an amount with a currency sign and a scale', 'The deal will cost the company about $18 million over three years.', '$18 million'],
    ['an amount written with the currency after it', 'La réforme doit rapporter 12 milliards d’euros selon le gouvernement.', '12 milliards d’euros'],
    ['a percentage', 'Workers at the port accepted a 7.5% pay rise on Friday after the strike.', '7.5%'],
    ['a percentage in words', 'Turnout fell to 48 percent in the second round of the vote.', '48 percent'],
    ['a count with thousands separators', 'The strike began when 1,200 workers walked out over pay and shifts.', '1,200'],
    ['a rank', 'The film reached No. 1 in the charts within a week of release.', 'No. 1'],
    ['an amount before a word that can name a street', 'The council approved a £1.2bn road tunnel under the harbour on Thursday.', '£1.2bn'],
    ['an amount with a scale word and the currency after it', 'The city will spend 40 million euros on its new harbour tunnel over ten years.', '40 million euros'],
    ['an amount after a currency code and a space', 'The bank was fined CHF 12 million for the failings in its compliance unit.', 'CHF 12 million'],
    ['a count with a scale word', 'Officials said that 12 million people had voted by the early afternoon.', '12 million'],
    ['a count with a scale glued to it', 'The region lost 40k jobs in the first year of the downturn, officials said.', '40k'],
    ['a count with an abbreviated scale and its full stop', 'Der Konzern will bis zum Jahr 2030 rund 12 Mrd. Dollar in neue Werke investieren.', '12 Mrd.'],
    ['a count with a two-word scale', 'El censo registró 25 mil millones habitantes según el informe del instituto.', '25 mil millones'],
    ['a count without its scale word when no word follows the scale', 'The number of visitors to the city rose to 15 million. Most came in summer.', '15'],
  ])('%s', (_, sentence, number) => {
    expect(numbersIn(sentence)).toContain(number);
  });

  it('says what the number counts, with no function word left dangling at the end', () => {
    const [number] = findKeyNumbers('The strike began when 1,200 workers walked out over pay and night shifts.');
    expect(number?.context).toBe('1,200 workers walked out over pay');
    expect(number?.numberAt).toBe(0);
  });

  it.each([
    ['a time after it', 'The report found that closures of the bridge rose to 214 last year.', '214', 'closures of the bridge rose to 214 last year', 31],
    ['a preposition after it', 'Councillors voted 31 to 12 for the tunnel after a long debate.', '31', 'Councillors voted 31 to 12 for the tunnel', 18],
    ['nothing after it', 'In the end the repair bill for the town came to $4.5 million.', '$4.5 million', 'bill for the town came to $4.5 million', 26],
  ])('says what the number counts from the words before it when those after it do not: %s', (_, sentence, text, context, numberAt) => {
    const number = findKeyNumbers(sentence).find((candidate) => candidate.text === text);
    expect(number?.context).toBe(context);
    expect(number?.numberAt).toBe(numberAt);
  });

  it('keeps the words after a number when they open with "of"', () => {
    const [number] = findKeyNumbers('The survey found that 38% of commuters cross the old bridge each day.');
    expect(number?.context).toBe('38% of commuters cross the old bridge');
  });

  it('leaves out a number already told inside another one’s phrase', () => {
    expect(numbersIn('Councillors voted 31 to 12 for the tunnel after a long debate in the chamber.')).toEqual(['31']);
  });

  it('lists a figure said twice only once', () => {
    expect(numbersIn('The union accepted a 7.5% rise. Members said the 7.5% rise was fair to everyone.')).toEqual(['7.5%']);
  });

  it('lists at most six, money before percentages before counts, and a figure said twice takes no place', () => {
    const paragraph = [
      'The port employs 1,200 dockers, 340 drivers, 95 pilots, 60 engineers and 41 clerks across its sites.',
      'Its owners paid $2 million for repairs, a 7.5% rise, and about 28% of the budget went on cranes.',
      'Again the 7.5% rise was noted by the board, along with 17 tugboats and 12 barges in the harbour.',
    ].join(' ');
    expect(numbersIn(paragraph)).toEqual(['$2 million', '7.5%', '28%', '1,200', '340', '95']);
  });
});

describe('findKeyNumbers reads a count, with the six words after it, before', () => {
  it.each([
    ['a Cyrillic word', 'По данным полиции, 4500 человек вышли на улицы столицы в субботу вечером.', '4500 человек вышли на улицы столицы в'],
    ['a Greek word', 'Σύμφωνα με την αστυνομία, 4500 άνθρωποι βγήκαν στους δρόμους της πρωτεύουσας.', '4500 άνθρωποι βγήκαν στους δρόμους της πρωτεύουσας'],
  ])('%s', (_, sentence, context) => {
    expect(findKeyNumbers(sentence).map((number) => number.context)).toEqual([context]);
  });
});

it('findKeyNumbers tells money from a count in a paragraph that holds both', () => {
  const numbers = findKeyNumbers('The ticket costs $25 this year, and 4,000 fans have already bought one for the final.');
  expect(numbers.map((number) => [number.text, number.kind])).toEqual([['$25', 'money'], ['4,000', 'count']]);
});

it('findKeyNumbers reads paragraphs of eight words or more, not shorter bylines and credits', () => {
  const blocksOf = (text: string) => [{ kind: 'paragraph' as const, start: 0, end: text.length }];
  const eight = 'In all 1,200 workers walked out on Friday.';
  const seven = 'In all 1,200 workers walked out Friday.';
  expect(findKeyNumbers(eight, [], blocksOf(eight)).map((number) => number.text)).toEqual(['1,200']);
  expect(findKeyNumbers(seven, [], blocksOf(seven))).toEqual([]);
});

describe('findKeyNumbers does not find', () => {
  it('a count that ends its paragraph, with the next paragraph’s first word after it', () => {
    const first = 'The number of visitors to the old town this year was 150';
    const text = `${first}\n\nMost came in summer, when the harbour and the beaches were full.`;
    const blocks = [{ kind: 'paragraph' as const, start: 0, end: first.length }, { kind: 'paragraph' as const, start: first.length + 2, end: text.length }];
    expect(findKeyNumbers(text, [], blocks)).toEqual([]);
  });

  it.each([
    ['a date with the month after', 'The first winter timetable starts on 1 December for all the island routes.'],
    ['a date with the month before', 'The strike began on March 5 when the workers walked out of the port.'],
    ['a French date', 'La grève commence le 4 mars dans toutes les usines du groupe en France.'],
    ['a year', 'The bridge was finished in 1998 after many years of delays and arguments.'],
    ['a phone number', 'For tickets and information about the season call 555-0147 during office hours.'],
    ['a street address', 'The office of the newspaper is now at 12 Quay Street near the harbour front.'],
    ['a street address with a lower-case street word', 'Les bureaux du journal sont maintenant au 48 rue Victor Hugo près du port.'],
    ['an address with three words before the street word', 'The shop of the family has moved to 221 Old Kent Harbour Road since the fire.'],
    ['a labelling number', 'The interview will be shown on Channel 12 later tonight in the whole country.'],
    ['a time', 'The meeting started at 9:30 in the morning at the town hall in the centre.'],
    ['a time with the hour word in capitals', 'The meeting of the council started at 10 A.M. in the town hall of the city centre.'],
    ['a single-digit count', 'Officials said 3 people were questioned by the police on the same evening.'],
  ])('%s', (_, sentence) => {
    expect(numbersIn(sentence)).toEqual([]);
  });
});
