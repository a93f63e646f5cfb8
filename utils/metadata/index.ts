import { isPersonName, parseByline } from './authors';
import { readJsonLdArticle } from './json-ld';
import { allMeta, firstMeta, readMetaTags } from './meta-tags';
import type { CitationData } from './types';

const TITLE_KEYS = ['citation_title', 'og:title', 'twitter:title', 'dc.title', 'parsely-title', 'headline'];
const PUBLISHER_KEYS = ['og:site_name', 'citation_publisher', 'citation_journal_title', 'application-name', 'dc.publisher', 'publisher', 'twitter:app:name:iphone'];
const PUBLISHED_KEYS = [
  'article:published_time', 'citation_publication_date', 'citation_date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued',
  'dc.date', 'dcterms.date', 'date', 'pubdate', 'publishdate', 'publish-date', 'datepublished', 'og:article:published_time',
];
const MODIFIED_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified'];
const AUTHOR_KEYS = ['citation_author', 'author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'article:author', 'twitter:creator'];
const DESCRIPTION_KEYS = ['description', 'og:description', 'twitter:description', 'dc.description'];

/** Visible bylines, most specific first. */
const BYLINE_SELECTORS = ['[itemprop="author"] [itemprop="name"]', '[rel="author"]', '[itemprop="author"]', '.byline-author', '.byline', '.author-name', '.author'];

/** URL query parameters that only track the reader and never belong in a citation. */
const TRACKING_PARAMS = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|ref|ref_src|cmpid|ocid|smid|src|sr_share)$/i;

/** Reads what a document says about itself and reconciles the sources into citation data. */
export function readPageMetadata(document: Document, url: string): CitationData {
  const tags = readMetaTags(document);
  const jsonLd = readJsonLdArticle(document);
  const publisher = jsonLd?.publisher ?? firstMeta(tags, PUBLISHER_KEYS);
  const rawTitle = jsonLd?.headline ?? firstMeta(tags, TITLE_KEYS) ?? document.title ?? '';
  return {
    url: canonicalUrl(document, url, jsonLd?.url ?? firstMeta(tags, ['og:url'])),
    title: stripSiteSuffix(rawTitle, publisher),
    authors: readAuthors(document, tags, jsonLd?.authors ?? []),
    publisher: publisher ?? publisherFromTitle(document.title),
    published: normaliseDate(jsonLd?.datePublished ?? firstMeta(tags, PUBLISHED_KEYS) ?? timeElementDate(document) ?? dateFromUrl(url)),
    modified: normaliseDate(jsonLd?.dateModified ?? firstMeta(tags, MODIFIED_KEYS)),
    lang: document.documentElement?.getAttribute('lang') || jsonLd?.inLanguage || firstMeta(tags, ['og:locale', 'dc.language', 'language'])?.replace('_', '-') || null,
    description: jsonLd?.description ?? firstMeta(tags, DESCRIPTION_KEYS),
  };
}

function readAuthors(document: Document, tags: Map<string, string[]>, jsonLdAuthors: { name: string; isOrganization: boolean }[]): string[] {
  if (jsonLdAuthors.length > 0) return unique(jsonLdAuthors.filter((a) => !a.isOrganization).flatMap((a) => parseByline(a.name)));
  const metaAuthors = allMeta(tags, AUTHOR_KEYS).flatMap(parseByline);
  if (metaAuthors.length > 0) return unique(metaAuthors);
  for (const selector of BYLINE_SELECTORS) {
    const element = document.querySelector(selector);
    const names = parseByline(element?.textContent ?? '');
    if (names.length > 0) return unique(names);
  }
  return [];
}

/** Removes a " | Site", " - Site" or " — Site" tail when it names the publisher or is short enough to be a site name. */
export function stripSiteSuffix(title: string, publisher: string | null): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  const match = clean.match(/^(.{15,}?)\s+[|–—\-:·•»]\s+([^|–—\-]{2,40})$/);
  if (!match?.[1] || !match[2]) return clean;
  const tail = match[2].trim();
  const namesPublisher = publisher && tail.toLowerCase().includes(publisher.toLowerCase().replace(/^the\s+/, ''));
  return namesPublisher || tail.split(/\s+/).length <= 4 ? match[1].trim() : clean;
}

function publisherFromTitle(title: string): string | null {
  const tail = title.match(/\s[|–—]\s([^|–—]{2,40})$/)?.[1]?.trim();
  return tail && !isPersonName(tail) ? tail : null;
}

function canonicalUrl(document: Document, pageUrl: string, declared: string | null): string {
  const link = document.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? declared;
  const resolved = resolveUrl(link, pageUrl) ?? resolveUrl(pageUrl, pageUrl);
  if (!resolved) return pageUrl;
  for (const key of [...resolved.searchParams.keys()]) if (TRACKING_PARAMS.test(key)) resolved.searchParams.delete(key);
  if (resolved.hash && !resolved.hash.startsWith('#:~:')) resolved.hash = '';
  return resolved.toString();
}

function resolveUrl(href: string | null, base: string): URL | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    return /^https?:$/.test(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

function timeElementDate(document: Document): string | null {
  const time = document.querySelector('article time[datetime], time[pubdate][datetime], time[itemprop="datePublished"], time[datetime]');
  return time?.getAttribute('datetime') ?? null;
}

/** A /2023/01/31/ style date in the URL path: a last resort. */
export function dateFromUrl(url: string): string | null {
  const match = url.match(/\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:\/|$|[-_])/);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/** Keeps an ISO date or date-time as stated; turns other parseable dates into ISO; drops garbage. */
export function normaliseDate(value: string | null): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(trimmed)) return trimmed.replace(' ', 'T');
  if (/^\d{8}$/.test(trimmed)) return `${trimmed.slice(0, 4)}-${trimmed.slice(4, 6)}-${trimmed.slice(6, 8)}`;
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return null;
  return new Date(time).toISOString();
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

export type { CitationData } from './types';
