import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../../utils/analysis';
import { articleFrom } from './article-from';

function figureNames(blocks: string[]): string[] {
  return analyseArticle(articleFrom(blocks, { lang: 'en' })).figures.map((figure) => figure.name);
}

describe('figures', () => {
  it('ranks a person the text shows to be one above a name-like run it only repeats', () => {
    const names = figureNames([
      'The Liquid Retina display is bright. Retina panels cost more. The Retina screen won praise; Retina is everywhere.',
      'Maria Lopez, who reviewed the laptop, liked it. Lopez said it was fast, and Lopez would buy one.',
    ]);
    expect(names.indexOf('Maria Lopez')).toBeGreaterThanOrEqual(0);
    expect(names.indexOf('Maria Lopez')).toBeLessThan(names.indexOf('Liquid Retina') < 0 ? Infinity : names.indexOf('Liquid Retina'));
  });

  it('still lists a person named only by an unlisted given name', () => {
    const names = figureNames(['Kwabena Mensah opened the market. Mensah sold yams, and Mensah sang.']);
    expect(names).toContain('Kwabena Mensah');
  });

  it('ranks a person quoted twice above one named six times and never quoted', () => {
    const names = figureNames([
      'Governor Ana Ruiz opened the harbour on Monday. Ruiz cut the ribbon, Ruiz waved, Ruiz smiled, Ruiz posed, and Ruiz left early.',
      '“The water is cleaner than it has been in years,” said Tomas Berg, a fisherman.',
      '“We can finally work again,” Berg said.',
    ]);
    expect(names.indexOf('Tomas Berg')).toBeGreaterThanOrEqual(0);
    expect(names.indexOf('Tomas Berg')).toBeLessThan(names.indexOf('Ana Ruiz'));
  });
});
