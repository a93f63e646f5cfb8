/** URL query parameters that only track the reader and never belong in a citation. */
const TRACKING_PARAMS = /^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|_hsenc|_hsmi|mkt_tok|ref|ref_src|ref_url|cmpid|ocid|smid|smtyp|sr_share|ito|at_medium|at_campaign|s_cid|ns_mchannel|ns_campaign|ncid|spm)$/i;

/** The address to cite: the declared canonical URL (or og:url) if it is http(s), without tracking parameters or fragment. */
export function canonicalUrl(document: Document, pageUrl: string, declared: string | null): string {
  const link = document.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? declared;
  const resolved = resolveUrl(link, pageUrl) ?? resolveUrl(pageUrl, pageUrl);
  return resolved ? cleanUrl(resolved) : pageUrl;
}

/** Removes tracking parameters and the fragment from an address. */
export function cleanUrl(url: URL): string {
  const clean = new URL(url.toString());
  // forEach, not keys(): in a Firefox content script the iterator keys() returns is not iterable (an Xray wrapper).
  const keys: string[] = [];
  clean.searchParams.forEach((_, key) => keys.push(key));
  for (const key of keys) if (TRACKING_PARAMS.test(key)) clean.searchParams.delete(key);
  clean.hash = '';
  return clean.toString();
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
