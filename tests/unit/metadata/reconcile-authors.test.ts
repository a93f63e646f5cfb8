import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPageMetadata } from '@/utils/metadata';

const URL_ = 'https://courier.example/news/2021/05/06/harbour-tunnel';

function authorsOf(head: string, body: string): string[] {
  const { document } = parseHTML(`<html lang="en"><head>${head}</head><body>${body}</body></html>`);
  return readPageMetadata(document as unknown as Document, URL_).authors;
}

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const headline = '<article><h1>Harbour tunnel approved after a long debate</h1>';

describe('reconciled authors', () => {
  it.each<[string, string, string, string[]]>([
    [
      'a first name the author link spells out',
      '',
      `${headline}<span class="byline">by <a href="https://courier.example/author/ana-ruiz-blog/">Ana</a></span></article>`,
      ['Ana Ruiz'],
    ],
    [
      'initials a graph person’s page spells out, where the page shows the name',
      ld({ '@graph': [{ '@type': 'Article', headline: 'T', author: { '@id': 'https://courier.example/author/ana-ruiz/#author' } }, { '@type': 'Person', '@id': 'https://courier.example/author/ana-ruiz/#author', name: 'AR' }] }),
      `${headline}<p>Text.</p></article><aside>Column by Ana Ruiz</aside>`,
      ['Ana Ruiz'],
    ],
    [
      'every author link of a byline, not the first alone',
      '',
      `${headline}</article><aside><address><div><a rel="author" href="/profile/ana-ruiz">Ana Ruiz</a> and <a rel="author" href="/profile/li-wei">Li Wei</a></div></address></aside>`,
      ['Ana Ruiz', 'Li Wei'],
    ],
    [
      'the inner byline element that lists every name without what follows them',
      '',
      `${headline}<div class="byline-section"><span class="author">Ana Ruiz and Tomas J. Berg</span> Harbour Evening Courier Published 10:02 AM Nov 19, 2019</div></article>`,
      ['Ana Ruiz', 'Tomas J. Berg'],
    ],
    [
      'every person marked up in one byline',
      '',
      `${headline}<p class="byline">Por <span itemprop="name">Ana Ruiz</span>, <span itemprop="name">Li Wei</span> y <span itemprop="name">Tomas Berg</span></p></article>`,
      ['Ana Ruiz', 'Li Wei', 'Tomas Berg'],
    ],
    [
      'the complete visible list over a partial declared one',
      '<meta name="author" content="Li Wei">',
      `${headline}<p><span class="byline-prefix">By </span><span itemprop="name">Ana Ruiz</span>, <span itemprop="name">Tomas Berg</span> and <span class="last-byline" itemprop="name">Li Wei</span></p></article>`,
      ['Ana Ruiz', 'Tomas Berg', 'Li Wei'],
    ],
    [
      'a byline written as text, without a byline class',
      '',
      `${headline}<div class="x1"> <!-- -->Written by <a href="/team">Ana Ruiz, MS, RD</a> on November 14, 2019</div><p>Text.</p></article>`,
      ['Ana Ruiz'],
    ],
    [
      'a one-word name where JSON-LD and the byline agree',
      ld({ '@type': 'BlogPosting', headline: 'T', author: { '@type': 'Person', name: 'Regan' } }),
      `${headline}<span class="author">by Regan</span></article>`,
      ['Regan'],
    ],
    [
      'not a byline that names the site itself',
      '<meta property="og:site_name" content="Harbour Notes Daily">',
      `${headline}<span class="author-logo">Harbour Notes Daily</span><div class="entry-byline">Ana Ruiz 23/08/2018</div></article>`,
      ['Ana Ruiz'],
    ],
    [
      'not a person a graph names by reference that the page never shows',
      ld({ '@graph': [{ '@type': 'Article', headline: 'T', author: { '@id': '#p' } }, { '@type': 'Person', '@id': '#p', name: 'Yoel Amsel' }] }),
      `${headline}<p>Text without a byline.</p></article>`,
      [],
    ],
    [
      'a person a graph names by reference that the page shows',
      ld({ '@graph': [{ '@type': 'Article', headline: 'T', author: { '@id': '#p' } }, { '@type': 'Person', '@id': '#p', name: 'Yoel Amsel' }] }),
      `${headline}<p>By Yoel Amsel</p></article>`,
      ['Yoel Amsel'],
    ],
    [
      'a byline in a layout container named for its sidebar, when it holds the headline',
      '',
      `<div class="container penci_sidebar"><article><h1>Harbour tunnel approved after a long debate</h1><span class="author">By Ana Ruiz</span></article></div>`,
      ['Ana Ruiz'],
    ],
    [
      'not the byline of a related story that has its own heading',
      '<meta name="author" content="Li Wei">',
      `${headline}<p>Text.</p></article><div class="related-stories"><h1>Another story here</h1><a class="byline" href="/author/x">Ana Ruiz</a></div>`,
      ['Li Wei'],
    ],
  ])('%s', (_, head, body, expected) => {
    expect(authorsOf(head, body)).toEqual(expected);
  });

  it('does not take a one-word name the byline does not confirm', () => {
    const head = ld({ '@type': 'BlogPosting', headline: 'T', author: { '@type': 'Person', name: 'Regan' } });
    expect(authorsOf(head, `${headline}<p>Text.</p></article>`)).toEqual([]);
  });
});

describe('fields the page does not state clearly', () => {
  const read = (head: string, body: string, url = URL_) => readPageMetadata(parseHTML(`<html lang="en"><head>${head}</head><body>${body}</body></html>`).document as unknown as Document, url);
  const declared = '<meta property="og:site_name" content="The Courier"><meta name="author" content="Ana Ruiz"><meta property="article:published_time" content="2021-05-06">';

  it('marks nothing when the page declares every field', () => {
    expect(read(declared, `${headline}</article>`).unsure).toBeUndefined();
  });
  it.each<[string, string, string, string]>([
    ['a date read from the address', '<meta property="og:site_name" content="The Courier"><meta name="author" content="Ana Ruiz">', `${headline}</article>`, 'published'],
    ['authors read from a plain-text line', '<meta property="og:site_name" content="The Courier"><meta property="article:published_time" content="2021-05-06">', `${headline}<div class="x">Written by Ana Ruiz</div></article>`, 'authors'],
    ['JSON-LD authors the author tag contradicts', `${declared.replace('Ana Ruiz', 'Li Wei')}${ld({ '@type': 'NewsArticle', headline: 'T', author: { '@type': 'Person', name: 'Tomas Berg' } })}`, `${headline}</article>`, 'authors'],
    ['a publisher found only through an agency', '<meta property="og:site_name" content="Associated Press"><meta name="author" content="Ana Ruiz"><meta property="article:published_time" content="2021-05-06">', `${headline}</article>`, 'publisher'],
  ])('marks %s', (_, head, body, field) => {
    expect(read(head, body).unsure).toEqual([field]);
  });
});
