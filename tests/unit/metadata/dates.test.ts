import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPageMetadata } from '@/utils/metadata';
import { dateFromUrl, dateInText, normaliseDate } from '@/utils/metadata/dates';

describe('normaliseDate finds', () => {
  it.each([
    ['2023-01-31T11:52:00+02:00', '2023-01-31T11:52:00+02:00'],
    ['2023-01-31 11:52', '2023-01-31T11:52'],
    ['2023-01-31', '2023-01-31'],
    ['20180925', '2018-09-25'],
    ['posted on April 21, 2015, at 11:29 a.m.', '2015-04-21'],
    ['Dec. 6, 2024, 10:00 PM UTC', '2024-12-06'],
    ['21 avril 2015', '2015-04-21'],
    ['7 de diciembre de 2017', '2017-12-07'],
    ['04.05.2015 à 13h36', '2015-05-04'],
    ['Mon Aug 03 12:45:00 EDT 2015', '2015-08-03'],
  ])('%s → %s', (value, date) => {
    expect(normaliseDate(value)).toBe(date);
  });
});

describe('normaliseDate does not find', () => {
  it.each([['0001-01-01T00:00:00Z'], ['yesterday'], ['12 people in 2015'], [''], [null]])('%s', (value) => {
    expect(normaliseDate(value)).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['https://news.example/world/2015/03/18/story.html', '2015-03-18'],
    ['https://news.example/2023-01-31-some-story', '2023-01-31'],
    ['https://news.example/world/story-123', null],
    ['https://facts.example/state/statements/2019/nov/18/ana-ruiz/claim/', '2019-11-18'],
    ['https://science.example/tuft-cells-set-off-immune-responses-20191115/', '2019-11-15'],
    ['https://news.example/story-20191345/', null],
    ['https://news.example/story?id=20191115', null],
    [null, null],
  ])('%s → %s', (url, date) => {
    expect(dateFromUrl(url)).toBe(date);
  });
});

describe('dateInText', () => {
  it('reads a dotted day-month-year in a page title', () => {
    expect(dateInText('Una solución - 07.12.2017 - El Diario')).toBe('2017-12-07');
  });
});

describe('the date beside the byline', () => {
  const read = (body: string) => readPageMetadata(parseHTML(`<html><head></head><body>${body}</body></html>`).document as unknown as Document, 'https://news.example/a').published;
  it.each([
    ['<article><h1>Harbour tunnel approved by the council</h1><p><span>Von</span> <a class="author-link" href="/author/ana-ruiz">Ana Ruiz</a> <span class="dimmed">publiziert am 30. Juli 2018</span></p></article>', '2018-07-30'],
    ['<article><h1>Harbour tunnel approved by the council</h1><div class="x"> Written by <a href="/team">Ana Ruiz, MS</a> on November 14, 2019</div></article>', '2019-11-14'],
    ['<article><h1>Harbour tunnel approved by the council</h1><p>By Ana Ruiz</p><p>The council met on 3 May 2017 and much later again.</p></article>', null],
  ])('%s → %s', (body, date) => {
    expect(read(body)).toBe(date);
  });
});
