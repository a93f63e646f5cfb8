import { foldChar, looseChar } from './normalise';

/** The page's visible text folded for matching, with where each character came from. */
export interface TextMap {
  text: string;
  nodes: Text[];
  /** For each character of `text`: index into `nodes`, or -1 for a space standing for a block boundary. */
  nodeOf: Int32Array;
  offsetOf: Int32Array;
}

/** The loose form of a TextMap: letters and digits only, each pointing back to its place in `TextMap.text`. */
export interface LooseMap {
  text: string;
  toText: Int32Array;
}

/** Elements whose text the reader never sees as prose (our own tooltip host sits outside body anyway). */
const SKIPPED = new Set(['button', 'canvas', 'iframe', 'noscript', 'object', 'script', 'select', 'style', 'svg', 'template', 'textarea']);

/** Elements that end a run of text, so words either side of them never run together. */
const BREAKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'td', 'th', 'tr', 'ul',
]);

/** Past this many characters a page is not an article any more; the rest is not searched, to stay responsive. */
const MAX_CHARS = 3_000_000;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Folds the text under `root` for matching, remembering the text node and offset of every character kept. */
export function buildTextMap(root: Node): TextMap {
  const nodes: Text[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  const chars: string[] = [];
  let last = ' '; // nothing yet counts as white space, so leading spaces are dropped
  const push = (char: string, node: number, offset: number) => {
    chars.push(char);
    nodeOf.push(node);
    offsetOf.push(offset);
    last = char;
  };
  const addText = (node: Text) => {
    const data = node.data;
    const index = nodes.push(node) - 1;
    for (let i = 0; i < data.length && chars.length < MAX_CHARS; i++) {
      const char = foldChar(data[i]!);
      if (char === '' || (char === ' ' && last === ' ')) continue;
      push(char, index, i);
    }
  };
  const addBreak = () => {
    if (last !== ' ') push(' ', -1, 0);
  };
  walk(root, addText, addBreak);
  return { text: chars.join(''), nodes, nodeOf: Int32Array.from(nodeOf), offsetOf: Int32Array.from(offsetOf) };
}

/** The loose form of a map, for the fuzzy level. */
export function buildLooseMap(map: TextMap): LooseMap {
  const chars: string[] = [];
  const toText: number[] = [];
  for (let i = 0; i < map.text.length; i++) {
    const char = looseChar(map.text[i]!);
    if (char === '') continue;
    chars.push(char);
    toText.push(i);
  }
  return { text: chars.join(''), toText: Int32Array.from(toText) };
}

/** Depth-first over `root` without recursion (pages nest deeply), calling `onBreak` on entering and leaving block elements. */
function walk(root: Node, onText: (node: Text) => void, onBreak: () => void): void {
  const isBreak = (node: Node) => node.nodeType === ELEMENT_NODE && BREAKS.has((node as Element).localName);
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) onText(node as Text);
    else if (node.nodeType === ELEMENT_NODE && !SKIPPED.has((node as Element).localName)) {
      if (isBreak(node)) onBreak();
      descend = node.firstChild !== null;
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node) {
      if (isBreak(node)) onBreak();
      if (node.nextSibling) {
        node = node.nextSibling;
        break;
      }
      node = node.parentNode === root ? null : node.parentNode;
    }
  }
}
