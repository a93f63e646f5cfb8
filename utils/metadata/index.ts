import { dateFromUrl, dateInText, normaliseDate, readVisibleDate } from './dates';
import { readJsonLdArticle } from './json-ld';
import type { JsonLdArticle } from './json-ld';
import { allMeta, firstMeta, readMetaTags } from './meta-tags';
import type { MetaTags } from './meta-tags';
import { readBylineDate } from './byline';
import { weighPublisher } from './publisher';
import type { PublisherChoice } from './publisher';
import { AUTHOR_KEYS, reconcileAuthors } from './reconcile-authors';
import { hostLabels, letterKey } from './site-name';
import { organisationNames, readCopyrightHolder, readLogoName, readMicrodataPublisher, readTrademarkNames } from './site-sources';
import { profileName, spacedName } from './spaced-name';
import { chooseTitle, publisherFromTitle, readHeading } from './title';
import type { CitationData } from './types';
import { canonicalUrl } from './url';

const TITLE_KEYS = ['citation_title', 'og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'parsely-title', 'headline', 'title'];
const PUBLISHER_KEYS = ['og:site_name', 'citation_publisher', 'citation_journal_title', 'dc.publisher', 'dcterms.publisher', 'application-name', 'publisher'];
const PUBLISHED_KEYS = [
  'article:published_time', 'citation_publication_date', 'citation_date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued',
  'dcterms.issued', 'dc.date', 'dcterms.date', 'date', 'pubdate', 'publishdate', 'publish-date', 'datepublished', 'og:article:published_time',
];
const MODIFIED_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified'];
const DESCRIPTION_KEYS = ['description', 'og:description', 'twitter:description', 'dc.description'];

/** Reads what a document says about itself and reconciles the sources into citation data. */
export function readPageMetadata(document: Document, url: string): CitationData {
  const tags = readMetaTags(document);
  const jsonLd = safely(() => readJsonLdArticle(document));
  const pageTitle = document.title ?? '';
  const canonical = canonicalUrl(document, url, jsonLd?.url ?? firstMeta(tags, ['og:url']));
  const description = jsonLd?.description ?? firstMeta(tags, DESCRIPTION_KEYS);
  const { name: publisher, isSure: isPublisherSure } = readPublisher(document, tags, jsonLd, [...new Set([...hostLabels(url), ...hostLabels(canonical)])]);
  const authors = reconcileAuthors(document, tags, jsonLd, { owners: copyrightOwners(tags, jsonLd, publisher), publisher });
  const published = readPublished(document, tags, jsonLd, [url, canonical]);
  const unsure = (['authors', 'publisher', 'published'] as const).filter((_, at) => ![authors.isSure, isPublisherSure, published.isSure][at]);
  return {
    url: canonical,
    title: chooseTitle([jsonLd?.headline, jsonLd?.name, ...TITLE_KEYS.map((key) => firstMeta(tags, [key])), pageTitle], readHeading(document), publisher, description),
    authors: reconcileWithPublisher(authors.names, publisher),
    publisher,
    published: published.date,
    modified: normaliseDate(jsonLd?.dateModified) ?? normaliseDate(firstMeta(tags, MODIFIED_KEYS)),
    lang: readLanguage(document, tags, jsonLd),
    description,
    ...(unsure.length > 0 ? { unsure } : {}),
  };
}

/** Words enough that a title is no site's name: a shorter `<title>` may be the site's name alone. */
const MIN_TITLE_WORDS = 4;

/** The publisher fields in order of preference, judged against the address, the page's handles and its sections. */
function readPublisher(document: Document, tags: MetaTags, jsonLd: JsonLdArticle | null, hosts: string[]): PublisherChoice {
  const pageTitle = document.title ?? '';
  const handles = allMeta(tags, ['twitter:site']).map((handle) => handle.replace(/^@/, ''));
  const titles = [pageTitle, jsonLd?.headline].filter((title) => (title ?? '').trim().split(/\s+/).length >= MIN_TITLE_WORDS);
  const declared = [jsonLd?.publisher, ...PUBLISHER_KEYS.map((key) => firstMeta(tags, [key])), safely(() => readMicrodataPublisher(document)), publisherFromTitle(pageTitle, hosts)];
  const bylines = [...allMeta(tags, AUTHOR_KEYS), ...(jsonLd?.authors ?? []).map((author) => author.name)];
  // A handle is a name only where it is the address's own ("@comwrap" at blog.comwrap.com).
  const ownHandles = handles.filter((handle) => hosts.includes(letterKey(handle)));
  const corroborated = () => [safely(() => readCopyrightHolder(document)), ...organisationNames(bylines), ...ownHandles, safely(() => readLogoName(document))];
  const choice = weighPublisher(declared, { hosts, handles, notNames: [jsonLd?.section, firstMeta(tags, ['article:section']), ...titles], title: pageTitle, trademarks: () => safely(() => readTrademarkNames(document)) ?? [] }, corroborated);
  // A glued name ("CBSSports", "hawaiinewsnow") as the page spaces it; the text is read only for such a name.
  const profiles = allMeta(tags, ['article:publisher']).map(profileName).filter((name): name is string => !!name);
  return { ...choice, name: choice.name && spacedName(choice.name, [...handles, ...profiles], () => document.body?.textContent ?? '') };
}

/**
 * Names in the copyright notices: the company that owns the site. A name that is also the site's name is kept as
 * an author (on a personal blog the owner is the writer).
 */
function copyrightOwners(tags: MetaTags, jsonLd: JsonLdArticle | null, publisher: string | null): string[] {
  const notices = [...allMeta(tags, ['copyright', 'dcterms.rightsholder', 'dc.rights', 'rights']), jsonLd?.copyrightHolder ?? ''];
  const site = publisher?.toLowerCase() ?? '';
  return notices.map((notice) => notice.toLowerCase()).filter((notice) => notice && !notice.split(/\W+/).some((word) => word.length > 3 && site.includes(word)));
}

/**
 * Separates people from the publication: "Kevin Ruiz USA TODAY" is Kevin Ruiz; "CNN Business" beside a person is the
 * desk. A lone author named like the site is kept: on a personal blog the site is the person.
 */
function reconcileWithPublisher(authors: string[], publisher: string | null): string[] {
  if (!publisher) return authors;
  const core = (name: string) => name.toLowerCase().replace(/^the\s+/, '').replace(/\.\w{2,3}$/, '').trim();
  const site = core(publisher);
  const stripped = authors.map((author) => {
    const rest = author.slice(0, author.length - site.length).trim();
    return core(author).endsWith(` ${site}`) && rest.split(/\s+/).length >= 2 ? rest : author;
  });
  const people = stripped.filter((author) => {
    const name = core(author);
    return stripped.length === 1 || !(name.includes(site) || site.includes(name));
  });
  return unique(people);
}

/** The publication date; one read from the address, beside the byline or in the title is to be checked. */
function readPublished(document: Document, tags: MetaTags, jsonLd: JsonLdArticle | null, urls: string[]): { date: string | null; isSure: boolean } {
  const stated = normaliseDate(jsonLd?.datePublished) ?? normaliseDate(firstMeta(tags, PUBLISHED_KEYS)) ?? safely(() => readVisibleDate(document));
  if (stated) return { date: stated, isSure: true };
  const inferred = urls.map(dateFromUrl).find(Boolean) ?? safely(() => readBylineDate(document)) ?? dateInText(document.title ?? '');
  return { date: inferred ?? null, isSure: !inferred };
}

function readLanguage(document: Document, tags: MetaTags, jsonLd: JsonLdArticle | null): string | null {
  const declared = document.documentElement?.getAttribute('lang') || jsonLd?.inLanguage || firstMeta(tags, ['og:locale', 'dc.language', 'content-language', 'language']);
  return declared ? declared.trim().replace('_', '-') : null;
}

/** Metadata comes from the open web: one malformed source must never stop the others. */
function safely<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

export { dateFromUrl, normaliseDate } from './dates';
export { stripSiteSuffix } from './title';
export type { CitationData } from './types';
