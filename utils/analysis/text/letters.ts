/**
 * Letter tests shared across the analysis. Each `\p{L}` class written into a pattern is compiled by V8 for that
 * pattern, on every page the content script runs in; one shared single-letter test is compiled once.
 */
const LETTER = /\p{L}/u;

/**
 * The letters of Latin script, as a class body for patterns that must stay cheap to compile: a pattern can use it to
 * skip most places quickly, and code confirms the rest with isLetter.
 */
export const LATIN_LETTERS = String.raw`A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F`;

/**
 * The letters of the scripts news is written in (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, Indic, Thai, Lao,
 * Georgian, Ethiopic, kana, CJK, Hangul), as a class body: a close stand-in for `\p{L}`, far cheaper to compile.
 */
export const COMMON_LETTERS = String.raw`${LATIN_LETTERS}\u0370-\u03FF\u0400-\u052F\u0531-\u0587\u05D0-\u05EA\u0620-\u064A\u066E-\u06D3\u0900-\u0DFF\u0E00-\u0EFF\u10A0-\u10FF\u1200-\u137F\u1E00-\u1FFF\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF`;

/**
 * Where a capital may stand, as a class body: the code ranges that hold every capital letter (`\p{Lu}`) of Unicode 16
 * (Latin, Greek, Cyrillic, Armenian, Georgian, Cherokee, letter-like symbols, Glagolitic, Coptic, the Latin and Cyrillic
 * extensions, full-width Latin) and the first halves of the surrogate pairs that encode the others (Deseret, Osage,
 * Vithkuqi, Old Hungarian, Warang Citi, Medefaidrin, mathematical letters, Adlam). It holds other characters too:
 * isCapitalLetter confirms a capital.
 */
export const CAPITAL_RANGES = String.raw`A-Z\u00C0-\u024F\u0370-\u058F\u10A0-\u10FF\u13A0-\u13FF\u1C80-\u1CBF\u1E00-\u1FFF\u2102-\u2183\u2C00-\u2CFF\uA640-\uA7FF\uFF21-\uFF3A\uD801\uD803\uD806\uD81B\uD835\uD83A`;

const DIGIT = /\p{N}/u;
const CAPITAL = /^\p{Lu}$/u;
const MARK = /^\p{M}$/u;
/** Below U+1F88, the capitals (`\p{Lu}`) are the characters with a lower-case form, but for the title-case digraphs ("ǅ")… */
const TITLE_CASE_DIGRAPHS = new Set(['\u01C5', '\u01C8', '\u01CB', '\u01F2']);
/** …and with the Greek upsilon-hook symbols, capitals that have none. */
const isUpsilonSymbol = (code: number) => code >= 0x3d2 && code <= 0x3d4;

/** Whether a one-character string is a digit or another number sign ("7", "٣", "½"); the Unicode test only beyond ASCII. */
export function isDigit(char: string | undefined): boolean {
  if (char === undefined || char === '') return false;
  if (char <= '\u007f') return char >= '0' && char <= '9';
  return DIGIT.test(char);
}

/**
 * Whether a one-character string (or one surrogate pair) is a capital letter, exactly as `\p{Lu}`: by its case
 * mapping below U+1F88, where Unicode's title-case letters and Greek symbols are the only exceptions; by the Unicode
 * test above, where letter-like symbols and title-case Greek make case mappings unreliable.
 */
export function isCapitalLetter(char: string | undefined): boolean {
  if (char === undefined || char === '') return false;
  const code = char.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  if (code < 0x1f88) return (char.toLowerCase() !== char && !TITLE_CASE_DIGRAPHS.has(char)) || isUpsilonSymbol(code);
  return CAPITAL.test(char);
}

/** Whether a one-character string (or one surrogate pair) is a combining mark (`\p{M}`): an accent written apart, a vowel sign. */
export function isMark(char: string | undefined): boolean {
  if (char === undefined || char === '') return false;
  const code = char.charCodeAt(0);
  if (code < 0x300) return false;
  return code <= 0x36f || MARK.test(char);
}

/** Whether a one-character string is a letter of any script. */
export function isLetter(char: string | undefined): boolean {
  if (char === undefined || char === '') return false;
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  // No-break space, «», quotation marks, dashes, currency signs: blocks whose only letters are ª, µ and º.
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  if ((code >= 0x2000 && code <= 0x206f) || (code >= 0x20a0 && code <= 0x20cf)) return false;
  if (code === 0x345) return false; // a combining Greek iota: it has cases, yet it is a mark
  // Letters of cased scripts have two cases; only other characters need the Unicode test (as do Roman numerals and
  // circled letters, U+2160–U+24E9, which have cases but are not letters).
  const isCased = char.toLowerCase() !== char.toUpperCase();
  return code < 0x2160 || code > 0x24e9 ? isCased || LETTER.test(char) : LETTER.test(char);
}

/** The letters that end the text, right before `end`: "told" in "…, she told". */
export function lettersBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && isLetter(text[start - 1])) start--;
  return text.slice(start, end);
}

/** The letters that open the text at `start`: "said" in "said on Monday". */
export function lettersAfter(text: string, start: number): string {
  let end = start;
  while (end < text.length && isLetter(text[end])) end++;
  return text.slice(start, end);
}

/** The character at `at`, whole where it is a surrogate pair; "" past the end. */
export function characterAt(text: string, at: number): string {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff) return text.charAt(at);
  const next = text.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff ? text.slice(at, at + 2) : text.charAt(at);
}

/** The character that ends right before `end`, whole where it is a surrogate pair; "" at the start. */
export function characterBefore(text: string, end: number): string {
  const code = text.charCodeAt(end - 1);
  if (code < 0xdc00 || code > 0xdfff) return text.charAt(end - 1);
  const previous = text.charCodeAt(end - 2);
  return previous >= 0xd800 && previous <= 0xdbff ? text.slice(end - 2, end) : text.charAt(end - 1);
}

/** The first character of the text, whole even where it is a surrogate pair. */
function firstChar(text: string): string {
  return characterAt(text, 0);
}

/** A capital letter: one that has a different lower-case form. */
export function isUpperChar(char: string): boolean {
  return char !== '' && char.toLowerCase() !== char;
}

/** "U.S", "C.S.": somewhere in the text a full stop stands between two capital letters. */
export function hasDottedCapitals(text: string): boolean {
  for (let at = text.indexOf('.', 1); at >= 0; at = text.indexOf('.', at + 1)) {
    if (isCapitalLetter(characterBefore(text, at)) && isCapitalLetter(characterAt(text, at + 1))) return true;
  }
  return false;
}

/** A lower-case letter: one that has a different upper-case form. */
export function isLowerChar(char: string): boolean {
  return char !== '' && char.toUpperCase() !== char;
}

/** "de Miranda", "McDonald": the text holds a capital letter somewhere. */
export function hasCapital(text: string): boolean {
  return text !== text.toLowerCase();
}

/** "Gallant", "Élysée": the text opens with a capital letter. */
export function startsUpper(text: string): boolean {
  return isUpperChar(firstChar(text));
}

/** "de", "minister": the text opens with a lower-case letter. */
export function startsLower(text: string): boolean {
  return isLowerChar(firstChar(text));
}

/** "UMP", "NATO" (two or more), "C" (one or more): the text is capital letters only. */
export function isAllCapitals(text: string, minLength = 1): boolean {
  if (text.length < minLength) return false;
  for (const char of text) if (!isUpperChar(char)) return false;
  return true;
}

/**
 * "… against ", "… of ": the text ends in one of `words` (lower case; matched in any case) standing alone, then white
 * space. A word-list lookup instead of a case-insensitive Unicode pattern, which is slow to compile.
 */
export function endsWithWordOf(text: string, words: ReadonlySet<string>): boolean {
  const end = text.trimEnd().length;
  if (end === text.length) return false;
  const word = lettersBefore(text, end);
  const before = text[end - word.length - 1];
  return words.has(word.toLowerCase()) && (before === undefined || /\s/.test(before));
}

/** Whether every character of the word is a letter or one of `others` ("'’-" for "O’Neill", "Jean-Luc"). */
export function isWordOf(word: string, others = ''): boolean {
  if (word === '') return false;
  for (const char of word) if (!others.includes(char) && !isLetter(char)) return false;
  return true;
}
