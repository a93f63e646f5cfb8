import type { TextQuoteSelector } from '../analysis/types';
import { foldText, looseText } from './normalise';
import type { LooseMap, TextMap } from './text-map';
import { buildLooseMap } from './text-map';
import type { MatchLevel } from './types';

/** Where a quote sits in `TextMap.text`, and which level found it. */
export interface Located {
  start: number;
  end: number;
  level: MatchLevel;
}

/** More occurrences than this are not worth ranking: the words are too common to pin down. */
const MAX_OCCURRENCES = 200;

/** A "quote" without a single letter or digit is punctuation (an ellipsis, a stray comma), not words to mark. */
const MIN_WORD_CHARS = 1;

/** The 'ends' level only trusts quotes long enough that their first and last words are distinctive. */
const ENDS_MIN_CHARS = 48;
const ENDS_CHARS = 20;

/** Finds quotes in one page's text: folded text first, then letters and digits only, then by their two ends. */
export class QuoteLocator {
  private loose: LooseMap | null = null;

  constructor(private readonly map: TextMap) {}

  /** The quote's place in the page, or null when the page no longer has its words. */
  locate(anchor: TextQuoteSelector): Located | null {
    const exact = foldText(anchor.exact).trim();
    const needle = looseText(exact);
    if (needle.length < MIN_WORD_CHARS) return null;
    const text = this.pick(this.map.text, exact, anchor, (s) => foldText(s));
    if (text !== null) return { start: text, end: text + exact.length, level: 'text' };
    const loose = this.looseMap();
    const at = this.pick(loose.text, needle, anchor, (s) => looseText(foldText(s)));
    if (at !== null) return this.fromLoose(at, at + needle.length, 'loose');
    return needle.length >= ENDS_MIN_CHARS ? this.locateByEnds(needle, anchor) : null;
  }

  /** For a quote edited in the middle since: its first and last words, close enough together. */
  private locateByEnds(needle: string, anchor: TextQuoteSelector): Located | null {
    const loose = this.looseMap();
    const head = needle.slice(0, ENDS_CHARS);
    const tail = needle.slice(-ENDS_CHARS);
    const reach = Math.round(needle.length * 1.5);
    const candidates: [number, number][] = [];
    for (const start of occurrences(loose.text, head)) {
      const tailAt = loose.text.indexOf(tail, start + head.length);
      if (tailAt !== -1 && tailAt + ENDS_CHARS - start <= reach) candidates.push([start, tailAt + ENDS_CHARS]);
    }
    const form = (s: string) => looseText(foldText(s));
    const best = bestByContext(loose.text, candidates, form(anchor.prefix), form(anchor.suffix));
    return best ? this.fromLoose(best[0], best[1], 'ends') : null;
  }

  private pick(haystack: string, needle: string, anchor: TextQuoteSelector, form: (s: string) => string): number | null {
    const candidates = occurrences(haystack, needle).map((start): [number, number] => [start, start + needle.length]);
    return bestByContext(haystack, candidates, form(anchor.prefix), form(anchor.suffix))?.[0] ?? null;
  }

  private fromLoose(start: number, end: number, level: MatchLevel): Located {
    const loose = this.looseMap();
    return { start: loose.toText[start]!, end: loose.toText[end - 1]! + 1, level };
  }

  private looseMap(): LooseMap {
    this.loose ??= buildLooseMap(this.map);
    return this.loose;
  }
}

/** Every start of `needle` in `haystack`, up to MAX_OCCURRENCES. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1 && found.length < MAX_OCCURRENCES; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** The candidate whose surroundings agree longest with the quote's prefix and suffix; the first on a tie. */
export function bestByContext(haystack: string, candidates: [number, number][], prefix: string, suffix: string): [number, number] | null {
  if (candidates.length <= 1) return candidates[0] ?? null;
  const bare = (s: string) => s.replace(/ /g, '');
  const before = bare(prefix);
  const after = bare(suffix);
  let best: [number, number] | null = null;
  let bestScore = -1;
  for (const candidate of candidates) {
    const hayBefore = bare(haystack.slice(Math.max(0, candidate[0] - prefix.length * 2), candidate[0]));
    const hayAfter = bare(haystack.slice(candidate[1], candidate[1] + suffix.length * 2));
    const score = commonSuffix(before, hayBefore) + commonPrefix(after, hayAfter);
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}
