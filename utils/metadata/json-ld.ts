/** The fields of a schema.org article that a citation needs, as found in the page's JSON-LD. */
export interface JsonLdArticle {
  headline: string | null;
  name: string | null;
  authors: JsonLdAuthor[];
  publisher: string | null;
  datePublished: string | null;
  dateModified: string | null;
  url: string | null;
  inLanguage: string | null;
  description: string | null;
  copyrightHolder: string | null;
  /** The section the article is filed under ("U.S.", "Opinion"): a name that is never the publisher. */
  section: string | null;
}

export interface JsonLdAuthor {
  name: string;
  isOrganization: boolean;
  /** Named through a graph reference ({"@id": …}): often the account that posted, to be confirmed by the page. */
  isReferenced: boolean;
  /** The person's page (its url, else its @id): "/author/ana-ruiz/" spells a name the node may give short. */
  url: string | null;
}

/** schema.org types that describe the article itself (the rest of a graph is breadcrumbs, sites, people…). */
const ARTICLE_TYPES = new Set([
  'AnalysisNewsArticle', 'Article', 'BackgroundNewsArticle', 'BlogPosting', 'LiveBlogPosting', 'NewsArticle',
  'OpinionNewsArticle', 'Report', 'ReportageNewsArticle', 'ReviewNewsArticle', 'ScholarlyArticle', 'SocialMediaPosting',
  'TechArticle', 'WebPage',
]);

/** Reads every JSON-LD block of the document and returns the most article-like node, or null. */
export function readJsonLdArticle(document: Document): JsonLdArticle | null {
  const nodes = [...document.querySelectorAll('script[type="application/ld+json" i]')].flatMap((script) =>
    flattenGraph(parseJson(script.textContent ?? '')),
  );
  const best = pickArticleNode(nodes);
  return best ? toArticle(resolveReferences(best, nodes)) : null;
}

type JsonObject = Record<string, unknown>;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(stripWrappers(text));
  } catch {
    return null; // Malformed JSON-LD is common; other sources fill in.
  }
}

/** Pages wrap JSON-LD in HTML comments or XHTML CDATA sections, sometimes behind `//`. */
function stripWrappers(text: string): string {
  return text
    .trim()
    .replace(/^(\/\/\s*)?(<!--|<!\[CDATA\[)/, '')
    .replace(/(\/\/\s*)?(-->|\]\]>)$/, '')
    .replace(/^\s*\/\/.*$/gm, '');
}

function flattenGraph(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(flattenGraph);
  if (!isObject(value)) return [];
  const graph = value['@graph'];
  return [value, ...flattenGraph(graph)];
}

/** A graph names its author and publisher by reference ({"@id": "#org"}): the node with that id stands in. */
function resolveReferences(node: JsonObject, nodes: JsonObject[]): JsonObject {
  const byId = new Map(nodes.filter((other) => typeof other['@id'] === 'string' && Object.keys(other).length > 1).map((other) => [other['@id'] as string, other]));
  const resolve = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(resolve);
    return isObject(value) && typeof value['@id'] === 'string' && !value['name'] ? byId.get(value['@id']) ?? value : value;
  };
  const authors = toList(node['author']).map((author) => {
    const resolved = resolve(author);
    return resolved !== author && isObject(resolved) ? { ...resolved, [REFERENCED]: true } : author;
  });
  return { ...node, author: authors, publisher: resolve(node['publisher']) };
}

function pickArticleNode(nodes: JsonObject[]): JsonObject | null {
  const articles = nodes.filter((node) => typesOf(node).some((type) => ARTICLE_TYPES.has(type)));
  const rank = (node: JsonObject) => (typesOf(node).includes('WebPage') ? 1 : 0) - (node['headline'] ? 1 : 0);
  return articles.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:]/, ''));
}

function toArticle(node: JsonObject): JsonLdArticle {
  return {
    headline: text(node['headline']),
    name: text(node['name']),
    authors: toList(node['author']).flatMap(toAuthor),
    publisher: nameOf(firstOf(node['publisher'])),
    datePublished: text(node['datePublished']) ?? text(node['dateCreated']),
    dateModified: text(node['dateModified']),
    url: text(node['url']) ?? text(idOf(node['mainEntityOfPage'])),
    inLanguage: text(node['inLanguage']),
    description: text(node['description']),
    copyrightHolder: nameOf(firstOf(node['copyrightHolder'])),
    section: text(node['articleSection']),
  };
}

/** Marks an author node reached through a reference (a key no JSON-LD document can hold). */
const REFERENCED = ' referenced';

function toAuthor(value: unknown): JsonLdAuthor[] {
  const name = nameOf(value);
  if (!name) return [];
  const isOrganization = isObject(value) && typesOf(value).some((type) => /Organization|NewsMediaOrganization|Corporation/.test(type));
  const url = isObject(value) ? text(value['url']) ?? text(value['@id']) : null;
  return [{ name, isOrganization, isReferenced: isObject(value) && value[REFERENCED] === true, url }];
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return text(value);
  if (!isObject(value)) return null;
  return text(value['name']) ?? text(value['legalName']);
}

function idOf(value: unknown): unknown {
  return isObject(value) ? value['@id'] ?? value['url'] : value;
}

function firstOf(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function toList(value: unknown): unknown[] {
  if (value == null) return [];
  return Array.isArray(value) ? value : [value];
}

function text(value: unknown): string | null {
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value !== 'string') return null;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed || null;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
