import type { CitationData } from '../metadata/types';
import { formatApa } from './apa';
import { toCslItem } from './csl-item';
import { toBibtex, toCslJson, toRis } from './reference-formats';
import type { CitationStyle, FormattedCitation, ReferenceFormat } from './types';

/** Styles that format at once, without loading the CSL processor. */
export type InstantStyle = 'apa' | ReferenceFormat;

/** Formats a citation synchronously: APA (written out, held to citeproc's output by tests) or a reference-manager format. */
export function formatCitation(data: CitationData, style: InstantStyle, accessed: Date): FormattedCitation {
  const item = toCslItem(data, accessed);
  if (style === 'apa') return formatApa(item);
  const text = style === 'bibtex' ? toBibtex(item) : style === 'ris' ? toRis(item) : toCslJson(item);
  return { text, html: `<pre>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre>` };
}

/**
 * Formats a citation in any style. MLA, Chicago and Harvard load citeproc-js and their official CSL file on first
 * use; APA (written out, and tested against citeproc) and the reference formats never wait for it.
 */
export async function citeAs(data: CitationData, style: CitationStyle, accessed: Date): Promise<FormattedCitation> {
  if (isInstant(style)) return formatCitation(data, style, accessed);
  const { formatWithCsl } = await import('./csl-engine');
  return formatWithCsl(toCslItem(data, accessed), style);
}

/** Reference-manager formats (BibTeX, RIS, CSL-JSON) are code: pasted as plain text, never into prose. */
export function isReferenceFormat(style: CitationStyle): style is ReferenceFormat {
  return style === 'bibtex' || style === 'ris' || style === 'csl-json';
}

/** Whether a style formats without the CSL processor. */
export function isInstant(style: CitationStyle): style is InstantStyle {
  return style === 'apa' || isReferenceFormat(style);
}

/** The formats the popup offers, with the names students know them by. */
export const STYLE_NAMES: Record<CitationStyle, string> = {
  apa: 'APA 7',
  mla: 'MLA 9',
  chicago: 'Chicago 17 (bibliography)',
  'chicago-note': 'Chicago 17 (note)',
  harvard: 'Harvard (Cite Them Right)',
  bibtex: 'BibTeX',
  ris: 'RIS',
  'csl-json': 'CSL-JSON',
};

export type { CitationStyle, CslStyle, FormattedCitation, ReferenceFormat } from './types';
