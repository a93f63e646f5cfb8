/**
 * A regular-expression alternation of lower-case words that also matches each word with a capital first letter, as at
 * the start of a sentence. Case-insensitive Unicode patterns (`iu`) over long word lists cost V8 several milliseconds
 * each to compile, and the content script starts cold on every page: this keeps those patterns case-sensitive.
 */
export function capitalisable(words: readonly string[]): string {
  return words.map((word) => bothCases(word.charAt(0)) + escapeRegExp(word.slice(1))).join('|');
}

/**
 * A regular-expression alternation of the words, shaped as a tree of their shared beginnings ("minist(?:er|re)"): V8
 * tries the alternatives of a flat list one after another at every place, but here only those that share the letters
 * already read. It matches the same words as `words.join('|')` (the longer of two nested words first); with
 * `capitalisable`, also each word with a capital first letter, as `capitalisable` does for a flat list.
 */
export function wordTree(words: readonly string[], { capitalisable = false } = {}): string {
  const root: TreeNode = { children: new Map(), isWord: false };
  for (const word of words) {
    let node = root;
    for (const char of word) {
      const next = node.children.get(char) ?? { children: new Map(), isWord: false };
      node.children.set(char, next);
      node = next;
    }
    node.isWord = true;
  }
  return treeSource(root, capitalisable);
}

interface TreeNode {
  children: Map<string, TreeNode>;
  isWord: boolean;
}

function treeSource(node: TreeNode, isCapitalisable = false): string {
  const branches = [...node.children].map(([char, child]) => (isCapitalisable ? bothCases(char) : escapeRegExp(char)) + treeSource(child));
  if (branches.length === 0) return '';
  if (node.isWord) return `(?:${branches.join('|')})?`;
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

/** "m" → "[Mm]"; a character without a capital stays itself. */
function bothCases(char: string): string {
  const upper = char.toUpperCase();
  return upper === char || upper.length > 1 ? escapeRegExp(char) : `[${upper}${char}]`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
