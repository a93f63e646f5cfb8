import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPageMetadata } from '@/utils/metadata';

const URL_ = 'https://courier.example/news/2021/05/06/harbour-tunnel?utm_source=x&fbclid=y&id=7';

function read(head: string, body = '', url = URL_) {
  const { document } = parseHTML(`<html lang="en-GB"><head>${head}</head><body>${body}</body></html>`);
  return readPageMetadata(document as unknown as Document, url);
}

const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readPageMetadata', () => {
  it('reads a NewsArticle inside @graph, with authors as objects and the publisher', () => {
    const data = read(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'Courier site' },
          { '@type': 'ReportageNewsArticle', headline: 'Tunnel approved', datePublished: '2021-05-06T21:30:00-04:00', author: [{ '@type': 'Person', name: 'Ana Ruiz' }, { '@type': 'Person', name: 'Li Wei' }], publisher: { '@type': 'NewsMediaOrganization', name: 'The Courier' } },
        ],
      }),
    );
    expect(data).toMatchObject({ title: 'Tunnel approved', authors: ['Ana Ruiz', 'Li Wei'], publisher: 'The Courier', published: '2021-05-06T21:30:00-04:00', lang: 'en-GB' });
  });

  it.each([
    [{ '@type': 'Article', headline: 'T', author: 'Ana Ruiz and Li Wei' }, ['Ana Ruiz', 'Li Wei']],
    [{ '@type': ['BlogPosting'], headline: 'T', author: ['Ana Ruiz', { name: 'Li Wei' }] }, ['Ana Ruiz', 'Li Wei']],
    [[{ '@type': 'BreadcrumbList' }, { '@type': 'NewsArticle', headline: 'T', author: { '@type': 'Organization', name: 'Courier Staff' } }], []],
    [{ '@type': 'NewsArticle', headline: 'T', author: { '@type': 'Person', name: 'admin' } }, []],
  ])('reads JSON-LD authors in every shape: %j', (value, authors) => {
    expect(read(ld(value)).authors).toEqual(authors);
  });

  it('survives malformed JSON-LD and falls back to meta tags', () => {
    const data = read('<script type="application/ld+json">{"@type": "NewsArticle", headline: oops</script><meta property="og:title" content="Tunnel approved | The Courier"><meta property="og:site_name" content="The Courier"><meta name="author" content="By Ana Ruiz">');
    expect(data).toMatchObject({ title: 'Tunnel approved', publisher: 'The Courier', authors: ['Ana Ruiz'] });
  });

  it('reads JSON-LD wrapped in a CDATA section', () => {
    expect(read(`<script type="application/ld+json">//<![CDATA[\n${JSON.stringify({ '@type': 'NewsArticle', headline: 'Wrapped' })}\n//]]></script>`).title).toBe('Wrapped');
  });

  it('reads Highwire tags, one person each, possibly inverted', () => {
    const data = read('<meta name="citation_title" content="A study"><meta name="citation_author" content="Jong, Michiel de"><meta name="citation_author" content="Ana Ruiz"><meta name="citation_publication_date" content="2020/03/04">');
    expect(data).toMatchObject({ title: 'A study', authors: ['Michiel de Jong', 'Ana Ruiz'] });
  });

  it('reads the visible byline and skips bylines of related stories', () => {
    const body = '<h1>Tunnel approved</h1><aside class="related"><span class="byline">By Tom Other</span></aside><p class="article-byline">By Ana Ruiz and Li Wei</p>';
    expect(read('<title>Tunnel approved</title>', body).authors).toEqual(['Ana Ruiz', 'Li Wei']);
  });

  it.each([
    ['a pulled-out quotation', '<div class="pull-quote"><blockquote>It is warm.</blockquote><span class="author">Boris Kingma</span></div>'],
    ['a block quotation', '<blockquote><p>It is warm.</p><cite class="quote-author">Boris Kingma</cite></blockquote>'],
  ])('does not take the name credited by %s for the writer', (_, credit) => {
    expect(read('<title>T</title>', `<h1>T</h1><p>Text.</p>${credit}`).authors).toEqual([]);
  });

  it('reads a microdata author and publisher', () => {
    const body = '<p itemprop="author creator" itemscope itemtype="http://schema.org/Person">By <span itemprop="name">Nelson D. Shaw</span></p><span itemprop="publisher" itemscope><meta itemprop="name" content="The Daily Courier Company"></span>';
    expect(read('<title>T</title>', body)).toMatchObject({ authors: ['Nelson D. Shaw'], publisher: 'The Daily Courier' });
  });

  it('recognises an organisation byline: no person author', () => {
    expect(read('<title>T</title>', '<div class="byline">By Our Foreign Staff</div><div class="author">Tom Other</div>').authors).toEqual([]);
  });

  it('keeps the stated date with its zone and falls back to <time>, then the URL', () => {
    expect(read('<meta property="article:published_time" content="2021-05-06T23:30:00-04:00">').published).toBe('2021-05-06T23:30:00-04:00');
    expect(read('', '<time datetime="2021-04-01">1 April</time>').published).toBe('2021-04-01');
    expect(read('', '').published).toBe('2021-05-06');
  });

  it('cleans the canonical URL of tracking parameters but keeps the rest', () => {
    expect(read('').url).toBe('https://courier.example/news/2021/05/06/harbour-tunnel?id=7');
    expect(read('<link rel="canonical" href="/news/tunnel?utm_medium=social">').url).toBe('https://courier.example/news/tunnel');
  });

  it('gives a page with no metadata an empty author list, no date and the <title>', () => {
    const data = read('<title>Notes</title>', '<p>Text</p>', 'https://blog.example/notes');
    expect(data).toMatchObject({ title: 'Notes', authors: [], published: null, publisher: null });
  });

  it('drops the publication from an author line and a desk beside a person', () => {
    const data = read('<meta property="og:site_name" content="Metro Today"><meta name="author" content="Kevin Moy Metro Today, Metro Today Business">');
    expect(data.authors).toEqual(['Kevin Moy']);
  });

  it('does not take the company in the copyright notice for the writer, and reads on to the byline', () => {
    const data = read('<meta property="og:site_name" content="Gadget Weekly"><meta name="author" content="Conde Nast"><meta name="copyright" content="Copyright (c) Conde Nast 2022">', '<p class="byline">By Emma Gray</p>');
    expect(data.authors).toEqual(['Emma Gray']);
  });

  it('keeps the lone writer of a personal site named after them', () => {
    const data = read('<meta property="og:site_name" content="Bradley Kuhn (Brad)"><meta name="author" content="Bradley Kuhn">');
    expect(data.authors).toEqual(['Bradley Kuhn']);
  });

  it('reads a writer from a link to their author page when nothing else names them', () => {
    const body = '<nav><a href="/authors/">Authors</a></nav><p>By <a href="https://courier.example/author/kathy-wise">Kathy Wise</a></p>';
    expect(read('<title>T</title>', body).authors).toEqual(['Kathy Wise']);
  });
});
