import type { CitationData } from '../metadata/types';

/** A CSL-JSON name: a person split into family and given names, or an organisation as a literal. */
export interface CslName {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  literal?: string;
}

/** A CSL-JSON date: year, month, day as the page states them. */
export interface CslDate {
  'date-parts': number[][];
}

/** The CSL-JSON item for an online news article (the input of every CSL style and of reference managers). */
export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'webpage';
  title: string;
  author?: CslName[];
  'container-title'?: string;
  issued?: CslDate;
  accessed: CslDate;
  URL: string;
  language?: string;
}

/** Lower-case particles that belong to the family name: "Michiel de Jong" files under Jong, printed "de Jong". */
const PARTICLES = new Set(['al', 'da', 'das', 'de', 'del', 'della', 'der', 'di', 'do', 'dos', 'du', 'la', 'le', 'ten', 'ter', 'van', 'von']);

/** Turns page metadata into a CSL-JSON item; `accessed` is the day the reader read it. */
export function toCslItem(data: CitationData, accessed: Date): CslItem {
  const issued = dayOf(data.published);
  return {
    id: 'article',
    // Without a publication name there is no newspaper to cite, only a web page.
    type: data.publisher ? 'article-newspaper' : 'webpage',
    title: data.title || data.url,
    ...(data.authors.length > 0 ? { author: data.authors.map(toCslName) } : {}),
    ...(data.publisher ? { 'container-title': data.publisher } : {}),
    ...(issued ? { issued: { 'date-parts': [issued] } } : {}),
    accessed: { 'date-parts': [[accessed.getFullYear(), accessed.getMonth() + 1, accessed.getDate()]] },
    URL: data.url,
    ...(data.lang ? { language: data.lang } : {}),
  };
}

/** Splits "Ana María Ruiz" into given "Ana María" and family "Ruiz"; keeps "de", "van"… with the family name. */
export function toCslName(name: string): CslName {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return { literal: name.trim() };
  const family = words.pop()!;
  let particle = '';
  while (words.length > 1 && PARTICLES.has(words[words.length - 1]!)) particle = `${words.pop()} ${particle}`.trim();
  return { family, given: words.join(' '), ...(particle ? { 'non-dropping-particle': particle } : {}) };
}

/** The calendar day a date names, as the page states it: a stated time zone is kept, never shifted. */
export function dayOf(iso: string | null): number[] | null {
  const match = iso?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}
