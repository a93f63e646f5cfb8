import { describe, expect, it } from 'vitest';
import { formatQuoteCitation } from '@/utils/citation/quote-citation';
import { encodeFragmentPart, textFragmentUrl } from '@/utils/citation/text-fragment';
import { ARTICLES } from './fixtures';

const URL_ = 'https://courier.example/news/harbour-tunnel';

describe('encodeFragmentPart', () => {
  it.each([
    ['plain words', 'plain%20words'],
    ['well-known', 'well%2Dknown'],
    ['one, two & three', 'one%2C%20two%20%26%20three'],
    ['“quoted”', '%E2%80%9Cquoted%E2%80%9D'],
  ])('%s → %s', (text, encoded) => {
    expect(encodeFragmentPart(text)).toBe(encoded);
  });
});

describe('textFragmentUrl', () => {
  const page = 'The mayor said: “We will build it.” Later, she repeated: “We will build it.” Nobody objected.';
  it.each([
    ['a short quote that occurs once', { exact: 'Nobody objected.', prefix: 'repeated: “We will build it.” ', suffix: '' }, `${URL_}#:~:text=Nobody%20objected.`],
    ['a recurring quote, with its context', { exact: 'We will build it.', prefix: 'Later, she repeated: “', suffix: '” Nobody objected.' }, `${URL_}#:~:text=she%20repeated%3A%20%E2%80%9C-,We%20will%20build%20it.,-%E2%80%9D%20Nobody%20objected.`],
  ])('%s', (_, anchor, expected) => {
    expect(textFragmentUrl(URL_, anchor, page)).toBe(expected);
  });

  it('matches a long quote by its first and last words', () => {
    const exact = 'one two three four five six seven eight nine ten eleven twelve';
    expect(textFragmentUrl(URL_, { exact, prefix: '', suffix: '' }, exact)).toBe(`${URL_}#:~:text=one%20two%20three%20four,nine%20ten%20eleven%20twelve`);
  });

  it('keeps context within the quote’s own line and replaces an existing fragment', () => {
    const url = textFragmentUrl(`${URL_}#top`, { exact: 'Yes.', prefix: 'Last paragraph.\nShe said: ', suffix: ' Then\nmore' });
    expect(url).toBe(`${URL_}#:~:text=She%20said%3A-,Yes.,-Then`);
  });

  it('leaves the URL alone for an empty quote', () => {
    expect(textFragmentUrl(URL_, { exact: '  ', prefix: '', suffix: '' })).toBe(URL_);
  });
});

describe('formatQuoteCitation', () => {
  const quote = { text: 'We will build it.', speaker: 'Ana Ruiz', anchor: { exact: 'We will build it.', prefix: 'said: “', suffix: '”' } };
  it('gives “…” — Speaker, Publication, date with a link to the passage', () => {
    const cited = formatQuoteCitation(quote, ARTICLES.one, 'said: “We will build it.”');
    expect(cited.text).toBe(`“We will build it.” — Ana Ruiz, The Courier, May 6, 2021. ${URL_}#:~:text=We%20will%20build%20it.`);
    expect(cited.html).toBe(`“We will build it.” — Ana Ruiz, <a href="${URL_}#:~:text=We%20will%20build%20it.">The Courier, May 6, 2021</a>`);
  });
  it('leaves out an unknown speaker and a missing date, and names the site by its host when there is no publisher', () => {
    const cited = formatQuoteCitation({ ...quote, speaker: null }, { ...ARTICLES.noAuthor, published: null }, 'We will build it.');
    expect(cited.text).toBe(`“We will build it.” — courier.example. ${URL_}#:~:text=We%20will%20build%20it.`);
  });
});
