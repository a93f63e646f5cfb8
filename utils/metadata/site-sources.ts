import { isOrganisationByline } from './authors';

/** The publisher named by schema.org microdata: a name inside `itemprop="publisher"`, else its logo's alt text or link title. */
export function readMicrodataPublisher(document: Document): string | null {
  const publisher = document.querySelector('[itemprop~="publisher" i]');
  if (!publisher) return null;
  const name = publisher.querySelector('[itemprop~="name" i]');
  const text = name?.getAttribute('content') ?? name?.textContent?.trim();
  if (text) return text;
  return publisher.querySelector('img[alt]')?.getAttribute('alt')?.trim() || publisher.querySelector('a[title]')?.getAttribute('title')?.trim() || null;
}

/** The site's logo image: an image inside an element whose class or id says logo, or so named itself. */
const LOGO_SELECTOR = '[class*="logo" i] img[alt], img[class*="logo" i][alt], [id*="logo" i] img[alt], img[id*="logo" i][alt]';

/** The logo's words for the word "logo" itself: "Harbour Courier logo", "Harbour Courier’s Logo" (lower case). */
const LOGO_WORDS = /(?:['’]s)?\s+logo$/i;

/** The name the site's first logo image gives in its alt text ("Harbour Courier - Home" → the publisher fields' cleaning keeps the name). */
export function readLogoName(document: Document): string | null {
  const alt = document.querySelector(LOGO_SELECTOR)?.getAttribute('alt')?.replace(/\s+/g, ' ').trim();
  return alt ? alt.replace(LOGO_WORDS, '').trim() || null : null;
}

/** Where a page states who owns it: its footer, or an element named for the notice. */
const COPYRIGHT_SELECTOR = '[class*="copyright" i], [id*="copyright" i], footer';

/** "© 2019 Hawaii News Now. All rights reserved." → Hawaii News Now; the name stops at a full stop, comma, bar or "All rights". */
const COPYRIGHT_NOTICE = /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}\s*(?:[-–]\s*(?:19|20)\d{2}\s*)?)?(?:by\s+)?([^\d,|©\n]{2,60}?)\s*(?:\.(?:\s|$)|[,|]|\s-\s|all rights|tous droits|todos los derechos|alle rechte|$)/i;

/** A notice longer than this is a page's whole footer; the notice itself sits near its start or end. */
const MAX_NOTICE_CHARS = 600;

/** The owner the copyright notice names, or null (the first of the first few notice elements that names one). */
export function readCopyrightHolder(document: Document): string | null {
  const elements = [...document.querySelectorAll(COPYRIGHT_SELECTOR)].slice(0, 4);
  for (const element of elements) {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    const at = text.search(/©|\(c\)|copyright/i);
    if (at < 0) continue;
    const notice = text.slice(at, at + MAX_NOTICE_CHARS);
    const holder = notice.match(COPYRIGHT_NOTICE)?.[1]?.trim();
    if (holder) return holder;
  }
  return null;
}

/** "“Harbour Daily” is a registered trademark": a name of up to five capitalised words, maybe quoted, that the notice marks (a word's full stop ends the run before it: "All Rights Reserved."). */
const TRADEMARK_NOTICE = /((?:\p{Lu}[\p{L}\p{N}&'’-]*(?:\.[\p{L}\p{N}]+)*\s+){0,4}\p{Lu}[\p{L}\p{N}&'’-]*(?:\.[\p{L}\p{N}]+)*)["”']?®?\s+is\s+a\s+(?:registered\s+)?trademark/gu;

/** The names the copyright notices mark as the site's trademarks ("“Harbour Daily” is a registered trademark."). */
export function readTrademarkNames(document: Document): string[] {
  const elements = [...document.querySelectorAll(COPYRIGHT_SELECTOR)].slice(0, 4);
  const text = elements.map((element) => (element.textContent ?? '').replace(/\s+/g, ' ')).join(' ');
  return [...text.matchAll(TRADEMARK_NOTICE)].map((match) => match[1]!.trim());
}

/** Desk words that follow an outlet's name in an organisation byline: "Practical Horseman Editorial Staff". */
const DESK_TAIL = /(?:\s+(?:editorial|editors|news desk|newsroom|reporters|staff|team|writers|desk))+$/i;

/** Outlets named by organisation bylines ("Practical Horseman Editorial Staff" → Practical Horseman). */
export function organisationNames(bylines: readonly string[]): string[] {
  return bylines.filter(isOrganisationByline).map((byline) => byline.replace(DESK_TAIL, '').trim()).filter((name) => name.length >= 2);
}
