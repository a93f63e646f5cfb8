import type { CitationData } from '../metadata/types';
import { dayOf } from './csl-item';
import { textFragmentUrl } from './text-fragment';
import type { TextQuoteSelector } from '../analysis/types';
import type { FormattedCitation } from './types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A quote to cite: its words, who said them, and the anchor that finds them in the page. */
export interface QuoteToCite {
  text: string;
  speaker: string | null;
  anchor: TextQuoteSelector;
}

/**
 * One quote as “…” — Speaker, Publication, date, linked to the article scrolled to the passage (a URL text fragment).
 * The plain text ends with that link; the rich text links the publication and date.
 */
export function formatQuoteCitation(quote: QuoteToCite, data: CitationData, pageText?: string): FormattedCitation & { url: string } {
  const url = textFragmentUrl(data.url, quote.anchor, pageText);
  const words = `“${quote.text.trim()}”`;
  const source = [data.publisher ?? hostOf(data.url), longDate(data.published)].filter(Boolean).join(', ');
  const who = quote.speaker ? `${quote.speaker}, ` : '';
  const text = `${words} — ${who}${source}. ${url}`;
  const html = `${escapeHtml(words)} — ${escapeHtml(who)}<a href="${escapeHtml(url)}">${escapeHtml(source)}</a>`;
  return { text, html, url };
}

function longDate(iso: string | null): string | null {
  const day = dayOf(iso);
  return day ? `${MONTHS[day[1]! - 1]} ${day[2]}, ${day[0]}` : null;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
