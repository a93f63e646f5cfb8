import { isWordEnd, letterKey, matchesHost } from './site-name';
import { AGENCY_LINE_ENDINGS, AGENCY_NAMES, EDITION_WORDS, HOSTING_PLATFORMS, LEGAL_FORM_PREFIXES, SECTION_NAMES } from './site-words';

/** Company-form endings that readers do not say: "The New York Times Company" is The New York Times. */
const COMPANY_SUFFIX = /,?\s+(company|co\.|corporation|corp\.?|limited|partners)$/i;

/** Abbreviated company forms, never part of a name even after one word ("ELECOM CO."). */
const COMPANY_ABBREVIATION = /,?\s+(co\.|corp\.)$/i;

/** A credit to the software or host after a site's name. */
const POWERED_BY = /\s+(?:powered by|propulsé par|desarrollado por|bereitgestellt von)\s.*$/i;

/** Legal-form endings that are never part of a publication's name. */
const LEGAL_FORM = /,?\s+(inc\.?|llc|ltd\.?|plc|gmbh|s\.a\.|a\.s\.)$/i;

/** Domain endings a site name may carry ("Le Monde.fr", "Radio-Canada.ca"). */
const DOMAIN_ENDING = /\.(com|net|org|fr|de|es|it|cz|co\.uk|uk|ar|br|nl|pl|ru|in|au|ca|jp|info)$/i;

const AGENCIES = new Set(AGENCY_NAMES);
const PLATFORMS = new Set(HOSTING_PLATFORMS);
const SECTIONS = new Set(SECTION_NAMES);
const EDITIONS = new Set(EDITION_WORDS);

/** What the page says besides its publisher fields, used to judge them. */
export interface PublisherContext {
  /** The address's name parts (see hostLabels). */
  hosts?: readonly string[];
  /** The page's own handles (twitter:site), without "@". */
  handles?: readonly string[];
  /** Section names and titles the page declares: a publisher field that repeats one is not the publisher. */
  notNames?: readonly (string | null | undefined)[];
  /** The page's `<title>`, where a lower-case handle finds its capitals ("politifact" → PolitiFact). */
  title?: string;
  /** The names the page marks as its trademarks, read only for a publisher field in domain form. */
  trademarks?: () => readonly string[];
}

/**
 * The publication's name as readers know it. `declared` are the page's publisher fields in order of preference;
 * `corroborated` are names the page gives elsewhere (copyright line, an organisation byline, its handle), used only
 * when the address spells them. Agencies and hosting platforms come last: the page is published by the site that shows it.
 */
export function choosePublisher(declared: (string | null | undefined)[], context: PublisherContext = {}, corroborated: () => (string | null | undefined)[] = () => []): string | null {
  return weighPublisher(declared, context, corroborated).name;
}

/** A publisher and whether the page states it plainly: in one of its own fields, not an agency, a handle or a copyright line. */
export interface PublisherChoice {
  name: string | null;
  isSure: boolean;
}

/** choosePublisher, saying also whether the name is sure. */
export function weighPublisher(declared: (string | null | undefined)[], context: PublisherContext = {}, corroborated: () => (string | null | undefined)[] = () => []): PublisherChoice {
  const hosts = context.hosts ?? [];
  const notNames = new Set((context.notNames ?? []).map((name) => letterKey(name ?? '')).filter(Boolean));
  const isName = (name: string | null): name is string => !!name && !SECTIONS.has(name.toLowerCase()) && !notNames.has(letterKey(name));
  // A company form ("Wikimedia Foundation, Inc.") names the owner, not the publication: use it last.
  const ordered = [...declared.filter((name) => !isCompanyForm(name)), ...declared.filter(isCompanyForm)];
  const names = ordered.map(cleanPublisher).filter(isName);
  // Read only when needed: the copyright line costs a pass over the page's footer.
  const others = () => corroborated().map(cleanPublisher).filter(isName).filter((name) => matchesHost(name, hosts));
  const isBorrowed = (name: string) => isAgencyOrPlatform(name) && !matchesHost(name, hosts);
  const own = names.filter((name) => !isBorrowed(name));
  // On its own address a platform hosts the story of the publication the page's markup names ("MSN" and "CNN").
  const hosted = own.filter((name) => !isPlatform(name));
  const ownChoice = pickOwn(hosted.length > 0 ? hosted : own, others, hosts);
  const chosen = ownChoice ?? others().find((name) => !isBorrowed(name)) ?? names[0] ?? null;
  if (!chosen) return { name: null, isSure: true };
  const name = withoutEdition(readerForm(chosen, names, context), hosts);
  // A name only the address's handle gives stays in its lower-case handle form ("hawaiinewsnow"): the reader should check it.
  return { name, isSure: !!ownChoice && own.includes(chosen) && name !== name.toLowerCase() };
}

/**
 * "Business Insider Deutschland" at businessinsider.com is Business Insider: a last word of the edition list goes
 * where the address spells the rest, unless the address names that edition too (CNET Japan at japan.cnet.com).
 */
function withoutEdition(name: string, hosts: readonly string[]): string {
  const words = name.split(' ');
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  if (words.length < 2 || !EDITIONS.has(last) || hosts.includes(letterKey(last))) return name;
  const rest = words.slice(0, -1).join(' ');
  // letterKey drops a leading "The"; the address may keep it (therealdeal.com).
  return [letterKey(rest), `the${letterKey(rest)}`].some((key) => hosts.includes(key)) ? rest : name;
}

/**
 * The first name, unless it reads like a tagline the address does not spell: then the address's name, else the first
 * name of the page's own fields that is no tagline ("Expert advice for harbour pilots" and "Harbour Pilot").
 */
function pickOwn(own: string[], others: () => string[], hosts: readonly string[]): string | null {
  const first = own[0];
  if (!first || !isTagline(first) || matchesHost(first, hosts)) return first ?? null;
  return [...own, ...others()].find((name) => matchesHost(name, hosts)) ?? own.find((name) => !isTagline(name)) ?? first;
}

/** "Expert how-to for English Riders": three words or more, with a lower-case word after the first. */
function isTagline(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 3 && words.slice(1).some((word) => /^[a-z]{2,}/.test(word) && !/^(de|del|di|du|la|le|of|on|and|the|y|e|et)$/.test(word));
}

/**
 * "Le Monde.fr" → Le Monde, "Sportsnet.ca" (whose handle is @Sportsnet) → Sportsnet, "politifact" → PolitiFact as
 * its title writes it; "Aktuálně.cz", a one-word name the site writes with its domain, stays as it is.
 */
function readerForm(name: string, names: string[], context: PublisherContext): string {
  const bare = name.replace(DOMAIN_ENDING, '');
  const marked = bare !== name ? (context.trademarks?.() ?? []).find((mark) => spellsInFull(mark, bare)) : undefined;
  if (marked) return marked;
  const shorter = names.find((other) => other !== name && other.toLowerCase() === bare.toLowerCase());
  if (shorter) return shorter;
  const isHandle = (context.handles ?? []).some((handle) => handle.toLowerCase() === bare.toLowerCase());
  if (bare !== name && bare.length >= 2 && (/[\s-]/.test(bare) || isHandle)) return bare;
  return name === name.toLowerCase() ? capitalsFromTitle(name, context.title ?? '') : name;
}

/** Whether a name of several words is the bare domain form in full: "Daily Express" for Express.co.uk, "Harbour Post" for HarbourPost.com. */
function spellsInFull(name: string, bare: string): boolean {
  const key = letterKey(bare);
  return name.trim().includes(' ') && (letterKey(name) === key || isWordEnd(name, key));
}

/** The title's spelling of a lower-case name, where the title has the name as a word. */
function capitalsFromTitle(name: string, title: string): string {
  const at = title.toLowerCase().indexOf(name);
  const isWord = (index: number) => index < 0 || index >= title.length || !/[\p{L}\p{N}]/u.test(title[index] ?? '');
  return at >= 0 && isWord(at - 1) && isWord(at + name.length) ? title.slice(at, at + name.length) : name;
}

/** Drops taglines ("Site - Know what is happening"), company forms, and values that are URLs; reads a handle as a name. */
export function cleanPublisher(value: string | null | undefined): string | null {
  if (!value) return null;
  let name = value.replace(/\s+/g, ' ').trim();
  if (/^@[\p{L}\p{N}]+$/u.test(name)) name = name.slice(1);
  if (/^www\.[\p{L}\p{N}-]+\.[a-z.]{2,6}$/iu.test(name)) name = name.slice(4);
  if (/^(https?:|www\.)|^@|\/\//i.test(name)) return null;
  name = name.split(/\s+[|–—-]\s+/)[0]?.trim() ?? name;
  // "Fandom powered by Wikia": the software or host after the name is no part of it.
  name = name.replace(POWERED_BY, '').trim();
  name = name.replace(LEGAL_FORM, '').trim();
  const prefix = LEGAL_FORM_PREFIXES.find((form) => name.startsWith(form) && name.length > form.length + 1);
  if (prefix) name = name.slice(prefix.length).trim();
  name = name.replace(COMPANY_ABBREVIATION, '').trim();
  const company = name.replace(COMPANY_SUFFIX, '').trim();
  if (company.replace(/^the\s+/i, '').split(/\s+/).length >= 2) name = company;
  return name.length >= 2 && name.length <= 60 ? name : null;
}

/** A wire agency, an agency line ("DH News Service"), or a platform that hosts other people's pages. */
function isAgencyOrPlatform(name: string): boolean {
  const lower = name.toLowerCase();
  return AGENCIES.has(lower) || isPlatform(name) || AGENCY_LINE_ENDINGS.some((ending) => lower.endsWith(` ${ending}`) || lower === ending);
}

/** A platform that hosts or syndicates other people's pages, by name or domain form ("WordPress.com"). */
function isPlatform(name: string): boolean {
  const lower = name.toLowerCase();
  return PLATFORMS.has(lower) || PLATFORMS.has(lower.replace(DOMAIN_ENDING, ''));
}

function isCompanyForm(name: string | null | undefined): boolean {
  return !!name && (LEGAL_FORM.test(name.trim()) || COMPANY_SUFFIX.test(name.trim()) || /\bfoundation\b/i.test(name));
}
