import { describe, expect, it } from 'vitest';
import { formatCitation } from '@/utils/citation';
import { ACCESSED, ARTICLES } from './fixtures';

const URL_ = 'https://courier.example/news/harbour-tunnel';

describe('BibTeX', () => {
  it.each([
    ['one', `@online{ruiz2021harbour,\n  title = {{Harbour tunnel approved after long debate}},\n  author = {Ruiz, Ana María},\n  journaltitle = {The Courier},\n  date = {2021-05-06},\n  url = {${URL_}},\n  urldate = {2026-11-25},\n  langid = {en}\n}`],
    ['several', 'author = {Ruiz, Ana and Wei, Li and de Jong, Michiel and Holm, Sara}'],
    ['organisation', '@online{thecourier2021harbour,'],
    ['noAuthor', '@online{article2021notes,'],
    ['noDate', '@online{ruiz2021harbour'.replace('2021', 'nd')],
  ] as const)('%s', (article, expected) => {
    expect(formatCitation(ARTICLES[article], 'bibtex', ACCESSED).text).toContain(expected);
  });

  it('escapes the characters TeX reads as commands', () => {
    const text = formatCitation({ ...ARTICLES.one, title: 'Profits up 5% & costs_down {a} #1' }, 'bibtex', ACCESSED).text;
    expect(text).toContain('title = {{Profits up 5\\% \\& costs\\_down \\{a\\} \\#1}}');
  });

  it('leaves out what the page does not give', () => {
    const text = formatCitation(ARTICLES.noAuthor, 'bibtex', ACCESSED).text;
    expect(text).not.toMatch(/author|journaltitle/);
  });
});

describe('RIS', () => {
  it.each([
    ['one', `TY  - NEWS\nTI  - Harbour tunnel approved after long debate\nAU  - Ruiz, Ana María\nT2  - The Courier\nPY  - 2021\nDA  - 2021/05/06\nUR  - ${URL_}\nY2  - 2026/11/25\nLA  - en\nER  - `],
    ['several', 'AU  - Ruiz, Ana\nAU  - Wei, Li\nAU  - de Jong, Michiel\nAU  - Holm, Sara\n'],
    ['organisation', 'TI  - Harbour tunnel approved after long debate\nT2  - The Courier\n'],
    ['noAuthor', 'TY  - ELEC\nTI  - Notes on harbour tunnels\nPY  - 2021'],
    ['noDate', 'T2  - The Courier\nUR  - '],
  ] as const)('%s', (article, expected) => {
    expect(formatCitation(ARTICLES[article], 'ris', ACCESSED).text).toContain(expected);
  });
});

describe('CSL-JSON', () => {
  it.each([
    ['one', { type: 'article-newspaper', author: [{ family: 'Ruiz', given: 'Ana María' }], issued: { 'date-parts': [[2021, 5, 6]] } }],
    ['several', { author: [{ family: 'Ruiz', given: 'Ana' }, { family: 'Wei', given: 'Li' }, { family: 'Jong', given: 'Michiel', 'non-dropping-particle': 'de' }, { family: 'Holm', given: 'Sara' }] }],
    ['organisation', { 'container-title': 'The Courier' }],
    ['noAuthor', { type: 'webpage', title: 'Notes on harbour tunnels' }],
    ['noDate', { accessed: { 'date-parts': [[2026, 11, 25]] }, URL: URL_ }],
  ] as const)('%s', (article, expected) => {
    const [item] = JSON.parse(formatCitation(ARTICLES[article], 'csl-json', ACCESSED).text);
    expect(item).toMatchObject(expected);
    if (article === 'organisation' || article === 'noAuthor') expect(item.author).toBeUndefined();
    if (article === 'noDate') expect(item.issued).toBeUndefined();
  });
});
