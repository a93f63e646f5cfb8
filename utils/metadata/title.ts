import { characterAt, isLowerChar } from '../analysis/text/letters';
import { isPersonName } from './authors';
import { matchesHost } from './site-name';

/** Separators between a headline and the site's name in `<title>` and og:title. */
const SEPARATOR = /\s+[|–—\-:·•»/]\s+/;

/**
 * Picks the headline: the visible `<h1>` when a declared title agrees with it or when it reads as this story's
 * headline (a variant the page shows: it shares words with the declared titles or the description), else the title
 * most sources declare, without its site suffix; never with a kicker ("Column: …").
 */
export function chooseTitle(declared: (string | null | undefined)[], heading: string | null, publisher: string | null, description: string | null = null): string {
  const titles = declared.filter((title): title is string => !!title?.trim()).map((title) => stripSiteSuffix(title, publisher));
  const visible = heading ? clean(heading) : null;
  if (visible && titles.some((title) => sameTitle(title, visible))) return withoutKicker(visible);
  if (visible && isStoryHeadline(visible, [...titles, description ?? ''], publisher)) return withoutKicker(visible);
  return withoutKicker(mostDeclared(titles) ?? '');
}

/** Words a heading must have to be a headline rather than a logo, a section or a menu ("Offices"). */
const MIN_HEADLINE_WORDS = 4;

/** Long words a heading shares with what the page declares, to be the same story's headline. */
const MIN_SHARED_WORDS = 2;

function isStoryHeadline(heading: string, declared: string[], publisher: string | null): boolean {
  if (heading.split(' ').length < MIN_HEADLINE_WORDS || namesSite(heading, publisher)) return false;
  const elsewhere = new Set(declared.flatMap(longWords));
  return new Set(longWords(heading).filter((word) => elsewhere.has(word))).size >= MIN_SHARED_WORDS;
}

/** Lower-case words of four letters or more (any script: letters are what is not space or punctuation here). */
function longWords(text: string): string[] {
  return text.toLowerCase().split(/[\s.,;:!?'"“”‘’«»()[\]|/–—-]+/).filter((word) => word.length >= 4);
}

/** Kickers set before a headline ("Column:", "Opinion:", "Analyse :"), never part of a citation's title (lower case, sorted). */
const KICKERS = new Set(['analyse', 'analysis', 'análisis', 'chronique', 'column', 'columna', 'commentary', 'editorial', 'éditorial', 'op-ed', 'opinion', 'opinión', 'perspective', 'tribune']);

/** "Column: The merger sends a signal" → The merger sends a signal; the rest must read as a headline. */
export function withoutKicker(title: string): string {
  const match = title.match(/^([^:]{2,20}?)\s*:\s+(.+)$/);
  return match?.[1] && match[2] && KICKERS.has(match[1].toLowerCase()) && match[2].split(' ').length >= 3 ? match[2] : title;
}

/** The title most sources agree on; on a tie, the one from the most preferred source. */
function mostDeclared(titles: string[]): string | null {
  const votes = (title: string) => titles.filter((other) => sameTitle(other, title)).length;
  return titles.reduce<string | null>((best, title) => (best === null || votes(title) > votes(best) ? title : best), null);
}

/** The text of the page's main heading: the h1 inside the article if any, else the first h1. */
export function readHeading(document: Document): string | null {
  const heading = document.querySelector('article h1, main h1, [itemprop~="headline" i], h1');
  const text = heading?.textContent?.replace(/\s+/g, ' ').trim();
  return text && text.length <= 300 ? text : null;
}

/** Removes a " | Site", " - Site" or " — Site" tail when it names the publisher or is short enough to be a site name. */
export function stripSiteSuffix(title: string, publisher: string | null): string {
  const text = clean(title);
  const match = text.match(/^(.{2,}?)\s+[|–—\-:·•»]\s+([^|–—\-]{2,40})$/);
  if (!match?.[1] || !match[2]) return stripSitePrefix(text, publisher);
  const [head, tail] = [match[1], match[2].trim()];
  // A short head is kept unless the tail surely names the site ("New Zealand - Wikipedia").
  const isSiteTail = namesSite(tail, publisher) || (head.length >= 15 && tail.split(/\s+/).length <= 4);
  return isSiteTail ? stripSiteSuffix(head, publisher) : text;
}

/** "Site | Headline" puts the name first; drop it only when it names the publisher. */
function stripSitePrefix(title: string, publisher: string | null): string {
  const match = title.match(/^([^|–—]{2,40})\s+[|–—]\s+(.{15,})$/);
  return match?.[1] && match[2] && namesSite(match[1], publisher) ? match[2].trim() : title;
}

function namesSite(part: string, publisher: string | null): boolean {
  if (!publisher) return false;
  const core = (name: string) => name.toLowerCase().replace(/^the\s+/, '').replace(/\.\w{2,3}$/, '').trim();
  return core(part).includes(core(publisher)) || core(publisher).includes(core(part));
}

/**
 * A site name at the end of `<title>`, used when nothing names the publisher: not a person's name unless the address
 * spells it ("Sputnik International" at sputniknews.com), never a number or a year ("comwrap auf der DMEXCO 2018"); a
 * Chinese title's last part after "_" ("…_科技_腾讯网"); else a name before the headline that the address spells ("The
 * Space Review: Seeking a bigger role").
 */
export function publisherFromTitle(title: string, hosts: readonly string[] = []): string | null {
  const text = clean(title);
  const parts = text.split(SEPARATOR);
  // A Chinese site's name reads as a name of two to four characters would: it is not judged as a person's.
  const cjk = parts.length > 1 ? null : cjkTail(text);
  if (cjk) return cjk;
  const tail = parts.length > 1 ? parts[parts.length - 1]?.trim() : null;
  if (tail && isSiteTail(tail, hosts)) return tail;
  const head = text.split(HEAD_SEPARATOR)[0]?.trim();
  return head && head !== text && head.length <= 40 && matchesHost(head, hosts) ? head : null;
}

/** Where a site's name before the headline ends: a colon, a bar or a dash. */
const HEAD_SEPARATOR = /:\s+|\s+[|–—-]\s+/;

function isSiteTail(tail: string, hosts: readonly string[]): boolean {
  if (tail.length > 40 || /^\d|\b(?:19|20)\d{2}\b/.test(tail) || isPhrase(tail)) return false;
  return !isPersonName(tail) || matchesHost(tail, hosts);
}

/** Characters a Chinese site's name after "_" keeps to: "腾讯网", "中国青年网". */
const MAX_CJK_TAIL_CHARS = 12;

/** The part after a Chinese title's last "_", where it is a short run of CJK characters. */
function cjkTail(text: string): string | null {
  const tail = text.slice(text.lastIndexOf('_') + 1).trim();
  const isCjkRun = tail.length >= 2 && tail.length <= MAX_CJK_TAIL_CHARS && !tail.includes(' ') && tail.charCodeAt(0) >= 0x2e80;
  return text.includes('_') && isCjkRun ? tail : null;
}

/** Three words or more opening in lower case: a phrase of the headline ("weight loss of up to 10 kg. Reviews"), no site's name. */
function isPhrase(text: string): boolean {
  return isLowerChar(characterAt(text, 0)) && text.split(' ').length >= MIN_PHRASE_WORDS;
}

/** Words from which a lower-case title tail is a phrase: a site's name in lower case is one word or two ("topicseed"). */
const MIN_PHRASE_WORDS = 3;

function sameTitle(a: string, b: string): boolean {
  const norm = (text: string) => text.toLowerCase().replace(/[\p{P}\s]+/gu, ' ').trim();
  return norm(a) === norm(b);
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
