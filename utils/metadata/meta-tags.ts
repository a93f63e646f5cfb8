/** Every `<meta>` value of the document, by lower-cased name or property, in document order. */
export type MetaTags = Map<string, string[]>;

/** Collects `<meta name|property|itemprop content>` pairs; a key may occur several times (citation_author). */
export function readMetaTags(document: Document): MetaTags {
  const tags: MetaTags = new Map();
  for (const meta of document.querySelectorAll('meta[content]')) {
    const content = meta.getAttribute('content')?.replace(/\s+/g, ' ').trim();
    if (!content) continue;
    const keys = [meta.getAttribute('name'), meta.getAttribute('property'), meta.getAttribute('itemprop')];
    for (const key of keys.flatMap((k) => (k ? k.toLowerCase().split(/\s+/) : []))) {
      const values = tags.get(key) ?? [];
      values.push(content);
      tags.set(key, values);
    }
  }
  return tags;
}

/** The first value among the given keys, in the order of preference given. */
export function firstMeta(tags: MetaTags, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value) return value;
  }
  return null;
}

/** All values of the first key that has any. */
export function allMeta(tags: MetaTags, keys: readonly string[]): string[] {
  for (const key of keys) {
    const values = tags.get(key);
    if (values?.length) return values;
  }
  return [];
}
