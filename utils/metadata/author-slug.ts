/** Path words before a writer's own page: "/author/ana-ruiz/", "/autor/…", "/staff/…". */
const AUTHOR_PAGE = /\/(?:author|authors|autor|auteur|writers?|journalist|reporter|profile|staff)\/([^/?#]+)/i;

/** The words of a writer page's address: "https://x.example/author/ana-ruiz-blog/" → ana, ruiz, blog (lower case, letters only). */
export function slugWords(href: string): string[] {
  const slug = href.match(AUTHOR_PAGE)?.[1];
  if (!slug) return [];
  let decoded: string;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    return [];
  }
  return decoded.toLowerCase().split(/[-_.+]+/).filter(Boolean);
}

/**
 * A shortened name spelled out by the writer page's address: a first name ("Ana" at /author/ana-ruiz-blog/ → Ana Ruiz:
 * the first two words) or initials ("AR" at /author/ana-ruiz/ → Ana Ruiz: a word for each). Null when the address does
 * not spell it.
 */
export function nameFromSlug(short: string, href: string): string | null {
  const words = slugWords(href);
  const isInitials = short.length >= 2 && short.length <= 4 && /^[A-Z]+$/.test(short);
  const picked = words.slice(0, isInitials ? short.length : 2);
  if (picked.length < 2 || !picked.every((word) => /^[a-zà-öø-ÿ]{2,}$/.test(word))) return null;
  const isSpelled = isInitials ? picked.map((word) => word[0]).join('') === short.toLowerCase() : picked[0] === short.toLowerCase();
  return isSpelled ? picked.map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' ') : null;
}
