import { isOrganisationByline, parseByline } from './authors';

/** Elements that carry a visible byline: microdata, rel=author, and class or id names used for bylines. */
const BYLINE_SELECTOR = [
  '[itemprop~="author" i]', '[rel~="author" i]', '[class*="byline" i]', '[id*="byline" i]', '[class*="author" i]',
  '[class*="auteur" i]', '[class*="autor" i]', '[class*="writer" i]', '[class*="by-line" i]',
].join(', ');

/** Links to a writer's page (WordPress's /author/name and its kin): a byline even without a byline class. */
const AUTHOR_LINK_SELECTOR = ['/author/', '/authors/', '/autor/', '/auteur/', '/by/', '/writers/', '/journalist/', '/reporter/', '/profile/']
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
export function readVisibleByline(document: Document): string[] {
  const candidates = [...document.querySelectorAll(BYLINE_SELECTOR)];
  return namesFromFirst(candidates, (element) => !isForeign(element, true))
    ?? namesFromFirst(candidates, (element) => !isForeign(element, false))
    ?? namesFromFirst([...document.querySelectorAll(AUTHOR_LINK_SELECTOR)], (element) => !isForeign(element, true))
    ?? [];
}

/** The names of the first of the accepted elements that holds a byline, or null when none does. */
function namesFromFirst(elements: readonly Element[], accepts: (element: Element) => boolean): string[] | null {
  for (const element of elements) {
    if (!accepts(element)) continue;
    const text = bylineText(element);
    if (!text || text.length > MAX_BYLINE_CHARS) continue;
    if (isOrganisationByline(text)) return [];
    const names = parseByline(text);
    if (names.length > 0) return names;
  }
  return null;
}

/** Microdata may give the name in a `content` attribute rather than as text. */
function bylineText(element: Element): string {
  const named = element.querySelector('[itemprop="name"]');
  const value = named?.getAttribute('content') ?? named?.textContent ?? element.getAttribute('content') ?? element.textContent ?? '';
  return value.replace(/\s+/g, ' ').trim();
}

/** Inside related stories, comments, sidebars or quotations (up to, not including, <body>); asides too when `isStrict`. */
function isForeign(element: Element, isStrict: boolean): boolean {
  for (let node: Element | null = element; node && !/^(BODY|HTML)$/i.test(node.tagName); node = node.parentElement) {
    if (FOREIGN_TAGS.test(node.tagName) || (isStrict && /^ASIDE$/i.test(node.tagName))) return true;
    const label = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (FOREIGN_CONTAINER.test(label)) return true;
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
