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
  const out = new MapArrays();
  let last = SPACE; // nothing yet counts as white space, so leading spaces are dropped
  const addText = (node: Text) => {
    const data = node.data;
    const index = nodes.push(node) - 1;
    const end = Math.min(data.length, MAX_CHARS - out.length);
    out.reserve(end);
    const { codes, nodeOf, offsetOf } = out;
    let n = out.length;
    for (let i = 0; i < end; i++) {
      let code = data.charCodeAt(i);
      // Printable ASCII is most of any page and folds to itself: only the rest goes through the character classes.
      if (code <= SPACE || code >= 127) {
        const folded = foldChar(data[i]!);
        if (folded === '') continue;
        code = folded.charCodeAt(0);
        if (code === SPACE && last === SPACE) continue;
      }
      codes[n] = code;
      nodeOf[n] = index;
      offsetOf[n++] = i;
      last = code;
    }
    out.length = n;
  };
  const addBreak = () => {
    if (last === SPACE) return;
    out.reserve(1);
    out.codes[out.length] = SPACE;
    out.nodeOf[out.length++] = -1;
    last = SPACE;
  };
  walk(root, addText, addBreak);
  return { text: decode(out.codes.subarray(0, out.length)), nodes, nodeOf: out.nodeOf.subarray(0, out.length), offsetOf: out.offsetOf.subarray(0, out.length) };
}

/** The map's three columns, grown by doubling: one entry per character, millions on a huge page. */
class MapArrays {
  codes = new Uint16Array(1 << 16);
  nodeOf = new Int32Array(1 << 16);
  offsetOf = new Int32Array(1 << 16);
  length = 0;

  /** Makes room for `more` entries after `length`. */
  reserve(more: number): void {
    let size = this.codes.length;
    while (this.length + more > size) size *= 2;
    if (size === this.codes.length) return;
    const codes = new Uint16Array(size);
    const nodeOf = new Int32Array(size);
    const offsetOf = new Int32Array(size);
    codes.set(this.codes);
    nodeOf.set(this.nodeOf);
    offsetOf.set(this.offsetOf);
    Object.assign(this, { codes, nodeOf, offsetOf });
  }
}

/** The loose form of a map, for the fuzzy level. */
export function buildLooseMap(map: TextMap): LooseMap {
  // Never longer than the text it comes from, so the arrays are sized once.
  const codes = new Uint16Array(map.text.length);
  const toText = new Int32Array(map.text.length);
  let n = 0;
  for (let i = 0; i < map.text.length; i++) {
    const char = looseChar(map.text[i]!);
    if (char === '') continue;
    codes[n] = char.charCodeAt(0);
    toText[n++] = i;
  }
  return { text: decode(codes.subarray(0, n)), toText: toText.subarray(0, n) };
}

const SPACE = 32;

/** UTF-16 code units to a string in one call, rather than one concatenation per character. */
function decode(codes: Uint16Array): string {
  return new TextDecoder('utf-16le').decode(codes);
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
