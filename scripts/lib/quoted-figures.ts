/**
 * A stand-in for key-figure recall on keys that list no figures (PolNeAR's): the people a key quotes most, at least
 * twice each and up to three of them, should be among the first five figures the analysis lists.
 */
import { nameWords } from './speaker-fit';

/** A key's quotation, as far as this measure reads it. */
export interface KeyedQuote {
  speaker?: string | null;
}

/** How many of the most-quoted speakers count, how often each must be quoted, and how far down the figures they may stand. */
const TOP_SPEAKERS = 3;
const MIN_QUOTES = 2;
const FIRST_FIGURES = 5;

/** The named speakers (capitalised, not "a source") a key quotes most, at least MIN_QUOTES times each. */
export function mostQuotedSpeakers(quotes: readonly KeyedQuote[]): string[] {
  const counts = new Map<string, number>();
  for (const { speaker } of quotes) if (speaker && /^\p{Lu}/u.test(speaker)) counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
  return [...counts].filter(([, count]) => count >= MIN_QUOTES).sort((a, b) => b[1] - a[1]).slice(0, TOP_SPEAKERS).map(([speaker]) => speaker);
}

/** Of a key's most-quoted speakers, how many are among the first figures listed: found when a figure holds the speaker's last name. */
export function quotedFiguresFound(quotes: readonly KeyedQuote[], figures: readonly string[]): { found: number; of: number } {
  const first = figures.slice(0, FIRST_FIGURES).map(nameWords);
  const speakers = mostQuotedSpeakers(quotes);
  const found = speakers.filter((speaker) => {
    const surname = nameWords(speaker).at(-1);
    return surname !== undefined && first.some((words) => words.includes(surname));
  }).length;
  return { found, of: speakers.length };
}
