import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPageMetadata } from '@/utils/metadata';
import { profileName, spacedName, splitAtCaseChanges } from '@/utils/metadata/spaced-name';

describe('splitAtCaseChanges', () => {
  it.each([
    ['HarbourNewsNow', 'Harbour News Now'],
    ['HBCSports', 'HBC Sports'],
    ['TheCourier', 'The Courier'],
  ])('splits %s into %s', (word, spaced) => {
    expect(splitAtCaseChanges(word)).toBe(spaced);
  });
  it.each([['harbournews'], ['HBC'], ['Courier'], ['9to5Harbour']])('leaves %s whole', (word) => {
    expect(splitAtCaseChanges(word)).toBeNull();
  });
});

describe('spacedName', () => {
  it.each<[string, string, string[], string, string]>([
    ['spaces a glued name as the page writes it', 'HBCSports', [], 'Ana Ruiz, HBC Sports Writer', 'HBC Sports'],
    ['spaces a lower-case handle as its profile address capitalises it', 'harbournewsnow', ['HarbourNewsNow'], 'Copyright 2019 Harbour News Now.', 'Harbour News Now'],
    ['spaces a glued name whose capitals the page writes as initials', 'HarbourAM', [], 'Harbour A.M. links', 'Harbour A.M.'],
    ['keeps a brand’s own camel case', 'HarbourTube', [], 'Watch on Harbour Tube', 'HarbourTube'],
    ['keeps a name the page never writes spaced', 'HarbourFact', [], 'Checked by HarbourFact staff', 'HarbourFact'],
    ['keeps a name whose spaced form is only the start of a word', 'HBCMoney', [], 'Download HBC MoneyStream', 'HBCMoney'],
    ['keeps a lower-case handle no profile capitalises', 'harbournewsnow', ['harbournewsnow'], 'Harbour News Now', 'harbournewsnow'],
    ['ignores a profile with other letters', 'harbournews', ['HarbourDailyNews'], 'Harbour Daily News', 'harbournews'],
    ['keeps a name with spaces', 'The Courier', ['TheCourierNews'], 'The Courier News', 'The Courier'],
  ])('%s', (_, name, forms, text, expected) => {
    expect(spacedName(name, forms, () => text)).toBe(expected);
  });

  it('reads the page text only for a glued name', () => {
    let reads = 0;
    spacedName('The Courier', [], () => String(++reads));
    spacedName('Courier', [], () => String(++reads));
    spacedName('HarbourTube', ['HarbourTube'], () => String(++reads));
    expect(reads).toBe(0);
  });
});

describe('profileName', () => {
  it.each([
    ['https://www.facebook.com/HarbourNewsNow', 'HarbourNewsNow'],
    ['https://www.facebook.com/HarbourNewsNow/?ref=x', 'HarbourNewsNow'],
    ['https://www.facebook.com/pages/Harbour/123', null],
    ['Harbour News', null],
  ])('%s → %s', (url, name) => {
    expect(profileName(url)).toBe(name);
  });
});

describe('readPageMetadata spaces a glued publisher name', () => {
  it('as the page writes it', () => {
    const { document } = parseHTML('<html><head><meta property="og:site_name" content="HBCSports"></head><body><p>By Ana Ruiz, HBC Sports Writer</p></body></html>');
    expect(readPageMetadata(document as unknown as Document, 'https://hbcsports.example/a').publisher).toBe('HBC Sports');
  });
});
