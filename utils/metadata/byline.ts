import { nameFromSlug } from './author-slug';
import { isCapitalisedName, isOrganisationByline, parseByline } from './authors';
import { dateInText } from './dates';

/** Elements that carry a visible byline: microdata, rel=author, and class or id names used for bylines. */
const BYLINE_SELECTOR = [
  '[itemprop~="author" i]', '[rel~="author" i]', '[class*="byline" i]', '[id*="byline" i]', '[class*="author" i]',
  '[class*="auteur" i]', '[class*="autor" i]', '[class*="writer" i]', '[class*="by-line" i]',
].join(', ');

/** Links to a writer's page (WordPress's /author/name and its kin): a byline even without a byline class. */
const AUTHOR_LINK_SELECTOR = ['/author/', '/authors/', '/autor/', '/auteur/', '/by/', '/writer/', '/writers/', '/journalist/', '/reporter/', '/profile/']
  .map((part) => `a[href*="${part}" i]:not([rel~="license" i])`)
  .join(', ');

/**
 * Class or id words of containers whose bylines belong to other stories, to comments, or to a quotation pulled out of
 * the text ("pull-quote__author"), not to the article.
 */
const FOREIGN_CONTAINER = /(^|[\s_-])(related|popular|recommend\w*|comments?|sidebar|promo|teaser|more-from|trending|newsletter|rail|widget|pullquote|quote|blockquote)([\s_-]|$)/i;
/**
 * Elements whose names credit something other than the article: a footer, the navigation, a quotation. (Not figures:
 * some pages set the writer's portrait and name in one.)
 */
const FOREIGN_TAGS = /^(?:FOOTER|NAV|BLOCKQUOTE)$/i;

/** A byline is short; longer text is a bio, a paragraph or the whole page. */
const MAX_BYLINE_CHARS = 200;

/**
 * The people named by the first visible byline of the page, in byline order; none when that byline is an
 * organisation. Bylines in asides are read only when the page has no other. Elements are judged in page order and
 * only until one names someone (most pages answer at their first), and author links are only sought when no byline
 * element answers.
 */
export function readVisibleByline(document: Document, isSite: (name: string) => boolean = () => false): string[] {
  const candidates = [...document.querySelectorAll(BYLINE_SELECTOR)];
  const heading = mainHeading(document);
  return namesFromFirst(candidates, (element) => !isForeign(element, true, heading), isSite)
    ?? namesFromFirst(candidates, (element) => !isForeign(element, false, heading), isSite)
    ?? namesFromFirst(authorLinks(document), (element) => !isForeign(element, true, heading), isSite)
    ?? [];
}

/**
 * The names of the first of the accepted elements that holds a byline, or null when none does. An element that
 * holds only "By" stands for its parent (the names follow in sibling elements); one that names the site is its logo.
 */
function namesFromFirst(elements: readonly Element[], accepts: (element: Element) => boolean, isSite: (name: string) => boolean): string[] | null {
  for (const element of elements) {
    if (!accepts(element)) continue;
    const own = bylineText(element);
    const parent = BY_ALONE.test(own) ? element.parentElement : null;
    const text = parent ? (parent.textContent ?? '').replace(/\s+/g, ' ').trim() : own;
    if (!text || text.length > MAX_BYLINE_CHARS) continue;
    if (isOrganisationByline(text)) return [];
    const names = parseByline(text).filter((name) => !isSite(name));
    if (names.length > 0) return fullerList(parent ?? element, names, isSite);
  }
  return null;
}

/**
 * The byline's whole list where the element names only some of it: one of several author links ("<a>Ana Ruiz</a> and
 * <a>Li Wei</a>" → the parent's text), or a block whose inner byline element lists them all without what follows.
 */
function fullerList(element: Element, names: string[], isSite: (name: string) => boolean): string[] {
  const parent = element.parentElement;
  const texts = [...element.querySelectorAll(BYLINE_SELECTOR)].slice(0, MAX_INNER_BYLINES).map(bylineText);
  if (parent && !/^(BODY|HTML)$/i.test(parent.tagName)) texts.push(compact(parent));
  const has = (list: string[], name: string) => list.some((other) => other.toLowerCase() === name.toLowerCase());
  let best = names;
  for (const text of texts) {
    if (text.length > MAX_BYLINE_CHARS) continue;
    const list = parseByline(text).filter((name) => !isSite(name));
    if (list.length > best.length && best.every((name) => has(list, name))) best = list;
  }
  return best;
}

/** Inner byline elements looked at for a fuller list: a byline block holds a few. */
const MAX_INNER_BYLINES = 4;

/** "By" on its own, in the languages BY_WORD reads. */
const BY_ALONE = /^(by|written by|par|por|von|door|di|av|af|od)\s*:?$/i;

/** The opening words of a byline written as plain text: "Written by Ana Ruiz, MS, RD on November 14, 2019". */
const TEXT_BYLINE = /^\s*(?:by|written by|reviewed by)\s+\S/i;

/** Elements that may hold a plain-text byline: one whose first words, before any child element's, are "By …" or "Written by". */
const TEXT_BYLINE_SELECTOR = 'p, div, span';

/**
 * A byline with no byline class: the first short element whose own first words are "By" or "Written by" and that
 * names people. Read only when no other source names anyone.
 */
export function readTextByline(document: Document): string[] {
  for (const element of textBylineElements(document)) {
    const names = parseByline(compact(element).replace(/^reviewed by\s+/i, 'By '));
    if (names.length > 0) return names;
  }
  return [];
}

/** Short elements, outside asides and related stories, whose own first words are "By …" or "Written by …". */
function textBylineElements(document: Document): Element[] {
  return [...document.querySelectorAll(TEXT_BYLINE_SELECTOR)].filter(
    (element) => TEXT_BYLINE.test(leadingText(element)) && !isForeign(element, true) && compact(element).length <= MAX_BYLINE_CHARS,
  );
}

/** How far up from a byline its dateline may sit: the byline's line and the block that holds it. */
const DATELINE_LEVELS = 3;

/** The bylines whose surroundings are searched for a date: a page's first few. */
const MAX_DATED_BYLINES = 5;

/**
 * The date written beside the byline ("Von Moritz Bachmann publiziert am 30. Juli 2018", "Written by … on November
 * 14, 2019"): the first date in the byline element or the short blocks around it.
 */
export function readBylineDate(document: Document): string | null {
  const heading = mainHeading(document);
  const bylines = [...document.querySelectorAll(`${BYLINE_SELECTOR}, ${AUTHOR_LINK_SELECTOR}`)].filter((element) => !isForeign(element, true, heading)).slice(0, MAX_DATED_BYLINES);
  for (const byline of [...bylines, ...textBylineElements(document).slice(0, 1)]) {
    let node: Element | null = byline;
    for (let level = 0; node && level < DATELINE_LEVELS; level++, node = node.parentElement) {
      const text = compact(node);
      // Above the byline's own block lie the story's paragraphs and headline, whose dates are not the publication's.
      if (text.length > MAX_BYLINE_CHARS * 2 || (level > 0 && ((heading && node.contains(heading)) || node.querySelectorAll('p').length > 1))) break;
      const date = dateInText(text);
      if (date) return date;
    }
  }
  return null;
}

function compact(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The text of an element's leading text nodes, up to its first child element's text. */
function leadingText(element: Element): string {
  let text = '';
  for (let node = element.firstChild; node && text.length < 20; node = node.nextSibling) {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1) return `${text} ${node.textContent ?? ''}`;
  }
  return text;
}

/**
 * A one-word name ("Regan") is a name only where two sources agree: JSON-LD's Person and a visible "by Regan".
 * Returns that name, or nothing.
 */
export function readSingleNameByline(document: Document, names: string[]): string[] {
  const candidates = names.filter((name) => isCapitalisedName(name));
  if (candidates.length === 0) return [];
  const heading = mainHeading(document);
  for (const element of document.querySelectorAll(BYLINE_SELECTOR)) {
    if (isForeign(element, true, heading)) continue;
    const text = bylineText(element).replace(/^(?:written\s+)?by\s+/i, '');
    const match = candidates.find((name) => text === name);
    if (match && bylineText(element) !== text) return [match];
  }
  return [];
}

/** The page's author links, found once: a byline with none reads them twice (for names, then for spelled-out names). */
const AUTHOR_LINKS = new WeakMap<Document, Element[]>();

function authorLinks(document: Document): Element[] {
  const links = AUTHOR_LINKS.get(document) ?? [...document.querySelectorAll(AUTHOR_LINK_SELECTOR)];
  AUTHOR_LINKS.set(document, links);
  return links;
}

/**
 * A byline that gives its writer's first name or initials only ("by Ana"), spelled out by the author page it links to
 * ("/author/ana-ruiz/"): the first such link outside asides, related stories and comments.
 */
export function readAuthorLinkName(document: Document): string[] {
  const heading = mainHeading(document);
  for (const link of authorLinks(document)) {
    const short = compact(link);
    if (!isCapitalisedName(short) || isForeign(link, true, heading)) continue;
    const name = nameFromSlug(short, link.getAttribute('href') ?? '');
    if (name) return [name];
  }
  return [];
}

/** The article's headline element: the h1 in the article, else the first h1 of three words or more (not the logo's). */
function mainHeading(document: Document): Element | null {
  return document.querySelector('article h1, h1[itemprop~="headline" i]') ?? [...document.querySelectorAll('h1')].find((h1) => (h1.textContent ?? '').trim().split(/\s+/).length >= 3) ?? null;
}

/** Microdata may give the names in `content` attributes rather than as text. */
function bylineText(element: Element): string {
  const named = [...element.querySelectorAll('[itemprop="name"]')].map((name) => name.getAttribute('content') ?? name.textContent ?? '');
  // Several people marked up in one byline are each a name of it.
  const value = named.length > 0 ? named.join(', ') : element.getAttribute('content') ?? element.textContent ?? '';
  return value.replace(/\s+/g, ' ').trim();
}

/** Inside related stories, comments, sidebars or quotations (up to, not including, <body>); asides too when `isStrict`. */
function isForeign(element: Element, isStrict: boolean, heading: Element | null = null): boolean {
  for (let node: Element | null = element; node && !/^(BODY|HTML)$/i.test(node.tagName); node = node.parentElement) {
    if (FOREIGN_TAGS.test(node.tagName) || (isStrict && /^ASIDE$/i.test(node.tagName))) return true;
    const label = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    // A layout class ("penci_sidebar": the page has a sidebar) on a container that holds the headline is the page itself.
    if (FOREIGN_CONTAINER.test(label) && !(heading && node.contains(heading))) return true;
  }
  return false;
}

/** Emphasised author notes that close an opinion piece: "Ana Ruiz is a historian. Li Wei is a lawyer." */
export function readAuthorNotes(document: Document): string[] {
  const notes = [...document.querySelectorAll('p')].filter(isEmphasisedNote);
  for (const note of notes.reverse()) {
    const names = namesFromNote(note.textContent ?? '');
    if (names.length > 0) return names;
  }
  return [];
}

function isEmphasisedNote(element: Element): boolean {
  const text = element.textContent?.trim() ?? '';
  if (text.length < 20 || text.length > 400) return false;
  const emphasis = element.querySelector('i, em, b, strong');
  return !!emphasis && (emphasis.textContent?.trim().length ?? 0) >= text.length * 0.9;
}

/** Each sentence "Name is/es/est/ist a …" names one author. */
function namesFromNote(text: string): string[] {
  const sentences = text.split(/(?<=[.!?])\s+/);
  const pattern = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)\s+(?:is|es|est|ist|è|é)\s/u;
  const names = sentences.map((sentence) => sentence.trim().match(pattern)?.[1]).filter((name): name is string => !!name);
  return names.flatMap((name) => parseByline(name));
}
