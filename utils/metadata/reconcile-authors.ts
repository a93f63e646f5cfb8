import { parseByline, uninvertName } from './authors';
import { nameFromSlug } from './author-slug';
import { readAuthorLinkName, readAuthorNotes, readSingleNameByline, readTextByline, readVisibleByline } from './byline';
import type { JsonLdArticle } from './json-ld';
import { allMeta } from './meta-tags';
import type { MetaTags } from './meta-tags';

/** Meta tags that name the writer, in order of preference. */
export const AUTHOR_KEYS = ['citation_author', 'author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'article:author'];

/** What the author sources are judged against: the site's owners and its own name. */
export interface AuthorContext {
  /** Lower-case copyright notices of companies other than the site. */
  owners: string[];
  publisher: string | null;
}

/**
 * People in byline order: JSON-LD persons, then meta tags, then the visible byline, a "By …" line, an author note.
 * A source whose only names are the site's owner ("Condé Nast" as meta author) gives way to the next; a list the
 * visible byline completes ("Maggie Haberman, Mark Landler and Edward Wong" where the tags name one) gives way to it.
 */
export function reconcileAuthors(document: Document, tags: MetaTags, jsonLd: JsonLdArticle | null, context: AuthorContext): AuthorChoice {
  const isSite = (name: string) => !!context.publisher && name.toLowerCase() === context.publisher.toLowerCase();
  const visible = () => readVisibleByline(document, isSite);
  const sources = [
    () => jsonLdPeople(document, jsonLd),
    () => allMeta(tags, AUTHOR_KEYS).map(uninvertName).flatMap(parseByline),
    visible,
    () => readTextByline(document),
    () => readAuthorNotes(document),
    // Read from an address, the name is the reader's to check.
    () => shortNamesSpelledOut(document, jsonLd),
  ];
  for (const [index, source] of sources.entries()) {
    const names = people(safely(source) ?? [], context.owners);
    if (names.length === 0) continue;
    // Partial declared lists seen are of one name; the visible byline costs a pass over the page, so longer lists stand.
    if (index < 2) return { names: names.length === 1 ? completedBy(names, people(safely(visible) ?? [], context.owners)) : names, isSure: index > 0 || agreesWithTags(names, tags) };
    return { names, isSure: index === 2 };
  }
  const single = safely(() => readSingleNameByline(document, singleNames(jsonLd))) ?? [];
  return { names: single, isSure: single.length === 0 };
}

/** The authors, and whether the page states them plainly (declared, or in a byline element, and not contradicted). */
export interface AuthorChoice {
  names: string[];
  isSure: boolean;
}

/** JSON-LD's persons agree with the author tags when the tags name none of them or share one. */
function agreesWithTags(names: string[], tags: MetaTags): boolean {
  const tagged = allMeta(tags, AUTHOR_KEYS).map(uninvertName).flatMap(parseByline);
  return tagged.length === 0 || tagged.some((name) => names.includes(name));
}

/** JSON-LD's persons; one named through a graph reference only when the page shows that name. */
function jsonLdPeople(document: Document, jsonLd: JsonLdArticle | null): string[] {
  const persons = (jsonLd?.authors ?? []).filter((author) => !author.isOrganization);
  const text = persons.some((author) => author.isReferenced) ? document.body?.textContent ?? '' : '';
  return persons.filter((author) => !author.isReferenced || text.includes(author.name)).flatMap((author) => parseByline(author.name));
}

/**
 * JSON-LD persons named short ("AR") whose page's address spells the name ("/author/ana-ruiz/"), shown on the page when
 * named through a graph reference; else a visible byline's first name its author link spells out.
 */
function shortNamesSpelledOut(document: Document, jsonLd: JsonLdArticle | null): string[] {
  const persons = (jsonLd?.authors ?? []).filter((author) => !author.isOrganization && author.url && /^\S+$/.test(author.name));
  const text = persons.some((author) => author.isReferenced) ? document.body?.textContent ?? '' : '';
  const named = persons.flatMap((author) => {
    const name = nameFromSlug(author.name, author.url ?? '');
    return name && (!author.isReferenced || text.includes(name)) ? [name] : [];
  });
  return named.length > 0 ? named : readAuthorLinkName(document);
}

/** The visible byline's list when it holds every name of the declared one and more. */
function completedBy(declared: string[], visible: string[]): string[] {
  const has = (list: string[], name: string) => list.some((other) => other.toLowerCase() === name.toLowerCase());
  return visible.length > declared.length && declared.every((name) => has(visible, name)) ? visible : declared;
}

/** One-word names a JSON-LD Person gives ("Regan"): a name only where the visible byline says the same. */
function singleNames(jsonLd: JsonLdArticle | null): string[] {
  // A graph's referenced person is often the account that posted ("Catherine"), not the byline's full name.
  return (jsonLd?.authors ?? []).filter((author) => !author.isOrganization && !author.isReferenced && /^\S+$/.test(author.name)).map((author) => author.name);
}

function people(names: string[], owners: string[]): string[] {
  return [...new Set(names)].filter((name) => !owners.some((owner) => owner.includes(name.toLowerCase())));
}

/** Metadata comes from the open web: one malformed source must never stop the others. */
function safely<T>(read: () => T): T | null {
  try {
    return read();
  } catch {
    return null;
  }
}
