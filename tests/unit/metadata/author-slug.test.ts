import { describe, expect, it } from 'vitest';
import { nameFromSlug, slugWords } from '@/utils/metadata/author-slug';

describe('nameFromSlug spells out', () => {
  it.each([
    ['Ana', 'https://harbour.example/author/ana-ruiz-blog/', 'Ana Ruiz'],
    ['AR', 'http://harbour.example/author/ana-ruiz/#author', 'Ana Ruiz'],
    ['TJB', '/autor/tomas-jan-berg', 'Tomas Jan Berg'],
    ['Émile', '/author/%C3%A9mile-zola/', 'Émile Zola'],
  ])('%s at %s as %s', (short, href, name) => {
    expect(nameFromSlug(short, href)).toBe(name);
  });
});

describe('nameFromSlug does not spell out', () => {
  it.each([
    ['Ana', '/author/ana/'],
    ['Ana', '/author/li-wei/'],
    ['AR', '/author/li-wei/'],
    ['Ana', '/news/ana-ruiz/'],
    ['Ana', '/author/ana-2/'],
    ['AR', '/#/schema/person/2c1820f0a05201902ca8885e794f1eb0'],
  ])('%s at %s', (short, href) => {
    expect(nameFromSlug(short, href)).toBeNull();
  });
});

describe('slugWords', () => {
  it('reads the words of a writer page address', () => {
    expect(slugWords('https://x.example/writers/ana_ruiz?x=1')).toEqual(['ana', 'ruiz']);
  });
});
