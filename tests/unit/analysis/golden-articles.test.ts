import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseHtml } from '../../../scripts/lib/analyse-html';

/** What a fixture's author expects: written by hand from the article, never copied from the output. */
interface Expected {
  url: string;
  quotes: { text: string; speaker: string | null; partial: boolean }[];
  /** The story's central people: each must be among the first five figures. */
  figures: string[];
  /** Names that must not be figures: the author, organisations, places. */
  notFigures?: string[];
  /** Numbers (as written) that must be among the key numbers. */
  numbers?: string[];
}

const DIR = path.resolve(__dirname, '../../fixtures/articles');
/** The popup promises a summary a reader takes in at a glance. */
const MAX_SUMMARY_WORDS = 30;
const FIGURES_CHECKED = 5;

const fixtures = readdirSync(DIR).filter((file) => file.endsWith('.html')).map((file) => file.replace(/\.html$/, ''));

describe('golden articles', () => {
  it('has an expected file for every fixture page', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(2);
    for (const name of fixtures) expect(readdirSync(DIR)).toContain(`${name}.expected.json`);
  });

  describe.each(fixtures)('%s', (name) => {
    const expected = JSON.parse(readFileSync(path.join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
    const analysis = analyseHtml(readFileSync(path.join(DIR, `${name}.html`), 'utf8'), expected.url);

    it('finds exactly the expected quotes, speakers and partial flags, in order', () => {
      expect(analysis.quotes.map(({ text, speaker, partial }) => ({ text, speaker, partial }))).toEqual(expected.quotes);
    });

    it('ranks the central people among the first figures, and no one else in their place', () => {
      const top = analysis.figures.slice(0, FIGURES_CHECKED).map((figure) => figure.name);
      for (const figure of expected.figures) expect(top).toContain(figure);
      for (const name of expected.notFigures ?? []) expect(analysis.figures.map((figure) => figure.name)).not.toContain(name);
    });

    it('lists the key numbers', () => {
      const numbers = analysis.numbers.map((number) => number.text);
      for (const number of expected.numbers ?? []) expect(numbers).toContain(number);
    });

    it('sums the story up in one line of at most 30 words', () => {
      expect(analysis.summary.text).not.toMatch(/\n/);
      expect(analysis.summary.text.split(/\s+/).length).toBeLessThanOrEqual(MAX_SUMMARY_WORDS);
      expect(analysis.summary.text.length).toBeGreaterThan(0);
    });
  });
});
