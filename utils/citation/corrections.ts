import { storage } from '#imports';
import type { CitationData } from '../metadata/types';

/** What a reader corrected in a page's citation: only the fields they changed. */
export interface CitationCorrection {
  title?: string;
  authors?: string[];
  publisher?: string | null;
  /** YYYY-MM-DD, or null for "no date". */
  published?: string | null;
}

/** The fields a reader may correct. */
export const CORRECTABLE_FIELDS = ['title', 'authors', 'publisher', 'published'] as const;

/** The citation with the reader's corrections laid over what the page said. */
export function applyCorrection(data: CitationData, correction: CitationCorrection | null): CitationData {
  if (!correction) return data;
  const corrected = { ...data };
  for (const field of CORRECTABLE_FIELDS) if (field in correction) Object.assign(corrected, { [field]: correction[field] });
  // What the reader corrected is no longer in doubt.
  const unsure = data.unsure?.filter((field) => !(field in correction));
  if (unsure?.length) corrected.unsure = unsure;
  else delete corrected.unsure;
  return corrected;
}

/**
 * The correction that turns `original` into `edited`: the fields that differ, or null when none does (so saving the
 * page's own values stores nothing).
 */
export function correctionBetween(original: CitationData, edited: CitationData): CitationCorrection | null {
  const correction: CitationCorrection = {};
  if (edited.title !== original.title) correction.title = edited.title;
  if (edited.authors.join('\n') !== original.authors.join('\n')) correction.authors = edited.authors;
  if (edited.publisher !== original.publisher) correction.publisher = edited.publisher;
  if (edited.published?.slice(0, 10) !== original.published?.slice(0, 10)) correction.published = edited.published;
  return Object.keys(correction).length > 0 ? correction : null;
}

/** Per-URL corrections live in local storage only: what a reader reads is never synced anywhere. */
const correctionsItem = storage.defineItem<Record<string, CitationCorrection>>('local:citationCorrections', { fallback: {} });

/** The reader's correction for the page at `url`, or null. */
export async function loadCorrection(url: string): Promise<CitationCorrection | null> {
  return (await correctionsItem.getValue())[url] ?? null;
}

/** Remembers the correction for `url`; null forgets it (the reset to what the page said). */
export async function saveCorrection(url: string, correction: CitationCorrection | null): Promise<void> {
  const all = { ...(await correctionsItem.getValue()) };
  if (correction) all[url] = correction;
  else delete all[url];
  await correctionsItem.setValue(all);
}
