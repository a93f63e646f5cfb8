/** Invisible characters that break words in the markup but not on screen: soft hyphen, zero-width space/joiners, BOM. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;

/** Curly and angled single marks, primes and the modifier apostrophe all read as an apostrophe. */
const SINGLE_MARKS = /[\u2018\u2019\u201A\u201B\u2032\u02BC\u2039\u203A]/;

/** Curly, low and angled double marks and the double prime all read as a straight double mark. */
const DOUBLE_MARKS = /[\u201C-\u201F\u2033\u00AB\u00BB]/;

/** Hyphens, dashes and the minus sign differ between a page and its copy more often than words do. */
const DASHES = /[\u2010-\u2015\u2212]/;

/** Letters and digits: all the loose level compares. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** One character as the 'text' level compares it: '' when it is dropped, ' ' for any white space. */
export function foldChar(char: string): string {
  if (INVISIBLE.test(char)) return '';
  if (/\s/.test(char)) return ' ';
  if (SINGLE_MARKS.test(char)) return "'";
  if (DOUBLE_MARKS.test(char)) return '"';
  if (DASHES.test(char)) return '-';
  return char;
}

/** A string folded the way the page's text is: characters folded, white space collapsed and trimmed. */
export function foldText(text: string): string {
  let folded = '';
  let last = ' ';
  for (let i = 0; i < text.length; i++) {
    const next = foldChar(text[i]!);
    if (next === '' || (next === ' ' && last === ' ')) continue;
    folded += next;
    last = next;
  }
  return folded.trimEnd();
}

/** The loose form of one folded character: lower-case letters and digits, '' for everything else. */
export function looseChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 128) {
    // ASCII without the Unicode classes: digits and lower-case letters as they are, capitals lowered, the rest dropped.
    if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122)) return char;
    return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : '';
  }
  if (!WORD_CHAR.test(char)) return '';
  const lower = char.toLowerCase();
  return lower.length === char.length ? lower : char;
}

/** A folded string reduced to its lower-case letters and digits. */
export function looseText(folded: string): string {
  let loose = '';
  // Code unit by code unit, as the page's map is built, so both sides drop the same characters.
  for (let i = 0; i < folded.length; i++) loose += looseChar(folded[i]!);
  return loose;
}
