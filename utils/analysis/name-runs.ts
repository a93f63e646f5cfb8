import { NAME_PARTICLES } from './words/person-titles';

/**
 * Runs of capitalised words on one line, the raw material of names: "Yoav Gallant", "Luis de Miranda",
 * "Ahmed al-Sharaa", "Bank of England", "C.S. Lewis", "O’Neill", "Football.London".
 *
 * A word is a capital followed by letters, marks and apostrophes, with inner hyphens and dots before a letter
 * ("Jean-Luc", "Football.London"), or initials with their full stops ("U.S.", "C."); not an elided article
 * ("L’économiste"). Words join across one space or no-break space, across up to two particles ("van der", "de la",
 * "al-") or "of", and across a hyphen.
 *
 * One small pattern finds the capitalised words and plain code joins them: the single pattern this replaces, with
 * its Unicode classes repeated for every way two words may join, took V8 about 10 ms to compile, and the content
 * script compiles its patterns afresh on every page it runs in.
 */
export function findNameRuns(text: string): NameRun[] {
  const runs: NameRun[] = [];
  const words = new RegExp(CAPITALISED_WORD);
  let runStart = -1;
  let runEnd = -1;
  for (let match = words.exec(text); match; match = words.exec(text)) {
    const word = match[0];
    const start = match.index;
    if (isElidedArticle(word)) continue;
    const wordEnd = start + word.length;
    const end = text[wordEnd] === '.' && INITIALS.test(word) ? wordEnd + 1 : wordEnd;
    if (runStart >= 0 && joinsRun(text, runEnd, start)) {
      runEnd = end;
      continue;
    }
    if (runStart >= 0) runs.push({ run: text.slice(runStart, runEnd), index: runStart });
    runStart = start;
    runEnd = end;
  }
  if (runStart >= 0) runs.push({ run: text.slice(runStart, runEnd), index: runStart });
  return runs;
}

/** A run of capitalised words and where it starts in the text. */
export interface NameRun {
  run: string;
  index: number;
}

/** The runs lying wholly within text[start, end), placed relative to `start`. `runs` are in text order. */
export function runsWithin(runs: readonly NameRun[], start: number, end: number): NameRun[] {
  let low = 0;
  let high = runs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (runs[mid]!.index < start) low = mid + 1;
    else high = mid;
  }
  const within: NameRun[] = [];
  for (let i = low; i < runs.length && runs[i]!.index + runs[i]!.run.length <= end; i++) within.push({ run: runs[i]!.run, index: runs[i]!.index - start });
  return within;
}

/** A capital and the letters, marks, apostrophes and inner hyphens or dots after it. Global: use with matchAll. */
const CAPITALISED_WORD = /\p{Lu}(?:[\p{L}\p{M}'’]|[.-](?=\p{L}))*/gu;
/** "C", "U.S", "J.R.R": initials, whose full stop belongs to them. */
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;
const PARTICLES = new Set(NAME_PARTICLES);

/** "L’économiste": an elided article before a lower-case word. */
function isElidedArticle(word: string): boolean {
  const third = word[2];
  return (word[1] === '’' || word[1] === "'") && third !== undefined && third !== third.toUpperCase();
}

/** Whether the text between two capitalised words joins them into one run. */
function joinsRun(text: string, end: number, nextStart: number): boolean {
  const first = text[end];
  if (first !== ' ' && first !== '\u00A0') return first === '-' && nextStart === end + 1;
  if (nextStart === end + 1) return true;
  if (nextStart - end > 12) return false; // longer than any space, particles and space
  const inner = text.slice(end + 1, nextStart);
  if (inner === 'of ' || inner === 'of\u00A0') return true;
  return isParticles(inner);
}

/** One or two particles, each followed by a space, a no-break space or a hyphen: "de ", "van der ", "al-". */
function isParticles(gap: string): boolean {
  let at = 0;
  for (let count = 0; count < 2 && at < gap.length; count++) {
    const end = separatorAfter(gap, at);
    if (end < 0 || !PARTICLES.has(gap.slice(at, end))) return false;
    at = end + 1;
  }
  return at === gap.length;
}

function separatorAfter(gap: string, from: number): number {
  for (let i = from; i < gap.length; i++) if (gap[i] === '-' || isSpace(gap[i])) return i;
  return -1;
}

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\u00A0';
}
