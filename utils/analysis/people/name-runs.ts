import { NAME_PARTICLES } from '../words/person-titles';
import { CAPITAL_RANGES, characterAt, isCapitalLetter, isDigit, isLetter, isMark, LATIN_LETTERS } from '../text/letters';
import { partitionPoint } from '../text/sorted';

/**
 * Runs of capitalised words on one line, the raw material of names: "Yoav Gallant", "Luis de Miranda",
 * "Ahmed al-Sharaa", "Bank of England", "C.S. Lewis", "O’Neill", "Football.London".
 *
 * A word is a capital followed by letters, marks and apostrophes, with inner hyphens and dots before a letter
 * ("Jean-Luc", "Football.London"), or initials with their full stops ("U.S.", "C."); not an elided article
 * ("L’économiste"). Words join across one space or no-break space, across up to two particles ("van der", "de la",
 * "al-") or "of", and across a hyphen.
 *
 * A small pattern of code ranges finds where capitals may stand, and plain code confirms them, reads each word and
 * joins the words: Unicode classes (`\p{Lu}`, `\p{L}`) are slow for V8 to compile, and the content script compiles
 * its patterns afresh on every page it runs in (the first single pattern, with its classes repeated for every way two
 * words may join, took about 10 ms).
 */
export function findNameRuns(text: string): NameRun[] {
  const runs: NameRun[] = [];
  const capitals = new RegExp(CAPITAL_CANDIDATE);
  let runStart = -1;
  let runEnd = -1;
  for (let match = capitals.exec(text); match; match = capitals.exec(text)) {
    const start = match.index;
    const wordEnd = readCapitalisedWord(text, start, match[0].length);
    if (wordEnd < 0) {
      capitals.lastIndex = start + 1;
      continue;
    }
    capitals.lastIndex = wordEnd;
    const word = text.slice(start, wordEnd);
    if (isElidedArticle(word) || isAfterNumber(text, start)) continue;
    const end = text[wordEnd] === '.' && isInitials(word) ? wordEnd + 1 : wordEnd;
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
  const low = partitionPoint(runs, (run) => run.index < start);
  const within: NameRun[] = [];
  for (let i = low; i < runs.length && runs[i]!.index + runs[i]!.run.length <= end; i++) within.push({ run: runs[i]!.run, index: runs[i]!.index - start });
  return within;
}

/**
 * Where a capital may stand (CAPITAL_RANGES), with the Latin letters, apostrophes and inner hyphens and dots after it,
 * which most words are made of; isCapitalLetter confirms the capital and code reads the rest of the word, if any. Global.
 */
const CAPITAL_CANDIDATE = new RegExp(String.raw`[${CAPITAL_RANGES}][${LATIN_LETTERS}'’]*(?:[.-][${LATIN_LETTERS}][${LATIN_LETTERS}'’]*)*`, 'g');
const PARTICLES = new Set(NAME_PARTICLES);

/**
 * Where the capitalised word the pattern found at `start` ends, or -1 when its first character is no capital. Plain
 * words, whose first letter is A–Z and which end at a space or punctuation, are settled without further reading.
 */
function readCapitalisedWord(text: string, start: number, matched: number): number {
  const end = start + matched;
  if (text.charCodeAt(start) >= 0x80) {
    const first = characterAt(text, start);
    if (!isCapitalLetter(first)) return -1;
    // A capital written as a surrogate pair: the pattern read only its first half.
    if (first.length > matched) return capitalisedWordEnd(text, start + first.length);
  }
  const next = text.charCodeAt(end);
  return next >= 0x80 || next === 0x2d || next === 0x2e ? capitalisedWordEnd(text, end) : end;
}

/** Where the word that a capital opens ends: past its letters, marks and apostrophes, and inner hyphens or dots before a letter. */
function capitalisedWordEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    // What most words end at: a space or punctuation, not a hyphen, dot or apostrophe.
    if (code < 0x80 && code !== 0x27 && code !== 0x2d && code !== 0x2e && !isLetter(text[at])) break;
    const char = characterAt(text, at);
    if (code >= UNSPACED_SCRIPTS_START && isCaseless(char)) break;
    if (isLetter(char) || char === "'" || char === '’' || isMark(char)) at += char.length;
    else if ((char === '.' || char === '-') && isLetter(characterAt(text, at + 1))) at += 1;
    else break;
  }
  return at;
}

/**
 * Where the scripts written without spaces between words begin (CJK radicals, kana, ideographs; Hangul and the
 * full-width forms lie beyond). A capitalised word ends before one of their letters: "Helvetica Nowは…" names
 * "Helvetica Now", as the Japanese sentence runs on without a space.
 */
const UNSPACED_SCRIPTS_START = 0x2e80;

/** A character with no case: in a word a capital opens, beyond U+2E80, a letter of another script. */
function isCaseless(char: string): boolean {
  return char.toLowerCase() === char.toUpperCase();
}

/** "C", "U.S", "J.R.R": capitals with a full stop between each two; the last one's full stop belongs to them too. */
function isInitials(word: string): boolean {
  let at = 0;
  for (;;) {
    const capital = characterAt(word, at);
    if (!isCapitalLetter(capital)) return false;
    at += capital.length;
    if (at === word.length) return true;
    if (word[at] !== '.') return false;
    at++;
  }
}

/** "die 50-Jährige", "a 9-Year-Old": a capitalised word joined to a number by a hyphen describes an age or a size. */
function isAfterNumber(text: string, start: number): boolean {
  return text[start - 1] === '-' && isDigit(text[start - 2]);
}

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
