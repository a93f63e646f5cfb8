import type { CslItem, CslName } from './csl-item';
import type { FormattedCitation } from './types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** APA 7 lists up to 20 authors; beyond that the first 19, an ellipsis and the last. */
const APA_MAX_AUTHORS = 20;

/**
 * APA 7 for a news article or web page, written out so that it is there at once (first paint, Markdown export)
 * before citeproc loads; tests hold it to citeproc's output with the official APA style.
 */
export function formatApa(item: CslItem): FormattedCitation {
  const parts = apaParts(item);
  return { text: parts.map(([text]) => text).join(''), html: parts.map(([text, isItalic]) => (isItalic ? `<i>${escapeHtml(text)}</i>` : escapeHtml(text))).join('') };
}

function apaParts(item: CslItem): [string, boolean][] {
  const date = item.issued?.['date-parts'][0];
  const when = date ? `(${[date[0], date[1] && [MONTHS[date[1] - 1], date[2]].filter(Boolean).join(' ')].filter(Boolean).join(', ')}).` : '(n.d.).';
  const isNews = item.type === 'article-newspaper';
  // The closing full stop stays outside the italics.
  const title: [string, boolean][] = [[item.title, !isNews], [/[.?!]$/.test(item.title) ? '' : '.', false]];
  const source: [string, boolean][] = isNews && item['container-title'] ? [[item['container-title'], true], ['. ', false]] : [];
  const retrieved = date ? item.URL : `Retrieved ${longDate(item.accessed['date-parts'][0])}, from ${item.URL}`;
  const head: [string, boolean][] = item.author?.length
    ? [[`${apaAuthors(item.author)} ${when} `, false], ...title, [' ', false]]
    : [...title, [` ${when} `, false]];
  return [...head, ...source, [retrieved, false]];
}

function apaAuthors(names: CslName[]): string {
  const formatted = names.map(apaName);
  if (formatted.length === 1) return formatted[0]!;
  if (formatted.length > APA_MAX_AUTHORS) return `${formatted.slice(0, APA_MAX_AUTHORS - 1).join(', ')}, . . . ${formatted[formatted.length - 1]}`;
  return `${formatted.slice(0, -1).join(', ')}, & ${formatted[formatted.length - 1]}`;
}

/** "Ana María Ruiz" → "Ruiz, A. M."; "Jean-Paul Sartre" → "Sartre, J.-P."; organisations as written. */
function apaName(name: CslName): string {
  if (name.literal) return name.literal;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  const initials = (name.given ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.split('-').map((part) => `${part.charAt(0).toUpperCase()}.`).join('-'))
    .join(' ');
  return initials ? `${family}, ${initials}` : family;
}

function longDate(parts: number[] | undefined): string {
  return parts ? `${MONTHS[(parts[1] ?? 1) - 1]} ${parts[2]}, ${parts[0]}` : '';
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
