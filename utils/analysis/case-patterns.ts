/**
 * A regular-expression alternation of lower-case words that also matches each word with a capital first letter, as at
 * the start of a sentence. Case-insensitive Unicode patterns (`iu`) over long word lists cost V8 several milliseconds
 * each to compile, and the content script starts cold on every page: this keeps those patterns case-sensitive.
 */
export function capitalisable(words: readonly string[]): string {
  return words
    .map((word) => {
      const first = word.charAt(0);
      const upper = first.toUpperCase();
      const rest = escapeRegExp(word.slice(1));
      return upper === first ? escapeRegExp(first) + rest : `[${upper}${first}]${rest}`;
    })
    .join('|');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
