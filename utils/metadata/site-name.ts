/** The parts of a site's address that can name it: "ici.radio-canada.ca" → ["ici", "radio-canada"] (no www, no TLD). */
export function hostLabels(url: string): string[] {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return [];
  }
  const parts = host.split('.').filter((part) => part && part !== 'www');
  // "co.uk", "com.br", "ne.jp": a second-level suffix of two short parts is no more a name than ".com" is.
  const suffixLength = parts.length >= 3 && (parts[parts.length - 2]?.length ?? 0) <= 3 && (parts[parts.length - 1]?.length ?? 0) === 2 ? 2 : 1;
  return parts.slice(0, Math.max(0, parts.length - suffixLength)).map((part) => part.replace(/-/g, ''));
}

/** A name reduced to its lower-case letters and digits, without accents: "The Anti-June Cleaver" → "antijunecleaver". */
export function letterKey(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The shortest run of letters that makes a name and its address agree ("sputnik" in sputniknews and Sputnik International). */
const MIN_SHARED_LETTERS = 5;

/** Below this, a shared start is chance ("ma" of ma.ttias.be and "mattiasgeniar"): the name must be the label or its initials. */
const MIN_PREFIX_LETTERS = 3;

/**
 * Whether a name is the one the site's address spells: the same letters, one the start of the other ("Vortex Cannon
 * Entertainment" at vortexcannon.org), a shared start of at least five letters, or the name's initials ("Associated
 * Press" at ap.org).
 */
export function matchesHost(name: string, labels: readonly string[]): boolean {
  const key = letterKey(name);
  if (!key) return false;
  const initials = name
    .replace(/^the\s+/i, '')
    .split(/[\s-]+/)
    .map((word) => word.charAt(0).toLowerCase())
    .join('');
  // letterKey drops a leading "The" that the address may keep (thespacereview.com).
  const keys = /^the\s/i.test(name) ? [key, `the${key}`] : [key];
  const isSharedStart = (label: string) => keys.some((k) => sharedStart(k, label) >= Math.max(MIN_PREFIX_LETTERS, Math.min(MIN_SHARED_LETTERS, k.length, label.length)));
  // A city or a paper's first word before the name the address spells: "Hamburger Abendblatt" at abendblatt.de.
  const isLastWords = (label: string) => label.length >= MIN_SHARED_LETTERS && key.endsWith(label) && isWordEnd(name, label);
  return labels.some((label) => keys.includes(label) || isSharedStart(label) || isLastWords(label) || (initials.length >= 2 && initials === label));
}

/** Whether the label's letters are the name's last whole words ("abendblatt" in "Hamburger Abendblatt", not "burger"). */
export function isWordEnd(name: string, label: string): boolean {
  const words = name.trim().split(/\s+/);
  for (let from = words.length - 1; from > 0; from--) if (letterKey(words.slice(from).join(' ')) === label) return true;
  return false;
}

function sharedStart(a: string, b: string): number {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  return at;
}
