import type { CitationData } from '../metadata/types';
import type { CitationStyle, FormattedCitation } from './types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Formats an article citation in a style; `accessed` is the day the reader read it (MLA wants it when there is no date). */
export function formatCitation(data: CitationData, style: CitationStyle, accessed: Date): FormattedCitation {
  const parts = STYLES[style](data, accessed);
  return {
    text: parts.map((part) => part.text).join(''),
    html: parts.map((part) => (part.isItalic ? `<i>${escapeHtml(part.text)}</i>` : escapeHtml(part.text))).join(''),
  };
}

interface Part {
  text: string;
  isItalic?: boolean;
}

const STYLES: Record<CitationStyle, (data: CitationData, accessed: Date) => Part[]> = {
  apa: (data) => {
    const date = parseDay(data.published);
    const who = data.authors.length ? `${apaAuthors(data.authors)} ` : '';
    const when = date ? `(${date.year}, ${MONTHS[date.month - 1]} ${date.day}).` : '(n.d.).';
    const head = who ? [{ text: `${who}${when} ${sentence(data.title)} ` }] : [{ text: `${sentence(data.title)} ${when} ` }];
    return [...head, ...(data.publisher ? [{ text: data.publisher, isItalic: true }, { text: '. ' }] : []), { text: data.url }];
  },
  mla: (data, accessed) => {
    const date = parseDay(data.published);
    const who = data.authors.length ? `${mlaAuthors(data.authors)}. ` : '';
    const when = date ? `${date.day} ${MLA_MONTHS[date.month - 1]} ${date.year}, ` : '';
    const access = date ? '' : ` Accessed ${accessed.getDate()} ${MLA_MONTHS[accessed.getMonth()]} ${accessed.getFullYear()}.`;
    return [
      { text: `${who}“${sentence(data.title)}” ` },
      ...(data.publisher ? [{ text: data.publisher, isItalic: true }, { text: ', ' }] : []),
      { text: `${when}${data.url.replace(/^https?:\/\//, '')}.${access}` },
    ];
  },
  chicago: (data, accessed) => {
    const date = parseDay(data.published);
    const who = data.authors.length ? `${chicagoAuthors(data.authors)}. ` : '';
    const when = date ? `${MONTHS[date.month - 1]} ${date.day}, ${date.year}` : `Accessed ${MONTHS[accessed.getMonth()]} ${accessed.getDate()}, ${accessed.getFullYear()}`;
    return [
      { text: `${who}“${sentence(data.title)}” ` },
      ...(data.publisher ? [{ text: data.publisher, isItalic: true }, { text: ', ' }] : []),
      { text: `${when}. ${data.url}.` },
    ];
  },
};

const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** The calendar day a date names, as the page states it (no time-zone shift). */
function parseDay(iso: string | null): { year: number; month: number; day: number } | null {
  const match = iso?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
}

function splitName(name: string): { given: string; family: string } {
  const words = name.split(/\s+/);
  return { family: words.pop() ?? name, given: words.join(' ') };
}

function initials(given: string): string {
  return given.split(/[\s-]+/).filter(Boolean).map((word) => `${word.charAt(0)}.`).join(' ');
}

function apaAuthors(authors: string[]): string {
  const names = authors.map((author) => {
    const { given, family } = splitName(author);
    return given ? `${family}, ${initials(given)}` : family;
  });
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
}

function mlaAuthors(authors: string[]): string {
  const first = splitName(authors[0]!);
  const inverted = first.given ? `${first.family}, ${first.given}` : first.family;
  if (authors.length === 1) return inverted;
  if (authors.length === 2) return `${inverted}, and ${authors[1]}`;
  return `${inverted}, et al`;
}

function chicagoAuthors(authors: string[]): string {
  const first = splitName(authors[0]!);
  const inverted = first.given ? `${first.family}, ${first.given}` : first.family;
  if (authors.length === 1) return inverted;
  return `${inverted}, ${authors.slice(1, -1).join(', ')}${authors.length > 2 ? ',' : ''} and ${authors[authors.length - 1]}`;
}

/** Ends a title with a full stop unless it already ends with punctuation. */
function sentence(title: string): string {
  return /[.?!]$/.test(title) ? title : `${title}.`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export type { CitationStyle, FormattedCitation } from './types';
