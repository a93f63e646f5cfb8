import type { BlockKind, TextBlock } from './types';

/** Elements that start a new block of text. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Elements whose text is never part of the article's prose. */
const SKIPPED_TAGS = new Set(['button', 'canvas', 'iframe', 'noscript', 'script', 'select', 'style', 'svg', 'template', 'textarea']);

/** The kind a block takes from the element it sits in; the innermost such element wins. */
const KIND_OF_TAG: Record<string, BlockKind> = {
  blockquote: 'blockquote', figcaption: 'caption', h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading',
  h5: 'heading', h6: 'heading', li: 'list-item', pre: 'preformatted', caption: 'caption',
  // A table set inside a block quotation (as some sites lay out figures) holds data, not quoted words.
  td: 'paragraph', th: 'paragraph',
};

const SOURCE_LINE_BREAK = /[\r\n]/g;

/**
 * A block is a link when its text outside links is at most this share of the text inside them: a bullet or a
 * closing full stop beside a linked headline, not a sentence that happens to link a few of its words.
 */
const MAX_PLAIN_SHARE_OF_LINK = 0.1;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Plain text of an element, cut into blocks at block-level elements, with each block's kind and place. */
export function collectTextBlocks(root: Element): { text: string; blocks: TextBlock[] } {
  const parts: string[] = [];
  const blocks: TextBlock[] = [];
  let length = 0;
  let buffer = '';
  let bufferKind: BlockKind = 'paragraph';
  // Characters of the buffer's text outside and inside links, to mark a block that is nothing but a link.
  let linkDepth = 0;
  let plainChars = 0;
  let linkChars = 0;

  const flush = () => {
    const content = normaliseBlockText(buffer);
    const isLink = linkChars > 0 && plainChars <= linkChars * MAX_PLAIN_SHARE_OF_LINK;
    [buffer, plainChars, linkChars] = ['', 0, 0];
    if (!content) return;
    if (parts.length > 0) {
      parts.push('\n\n');
      length += 2;
    }
    blocks.push(isLink ? { kind: bufferKind, start: length, end: length + content.length, isLink } : { kind: bufferKind, start: length, end: length + content.length });
    parts.push(content);
    length += content.length;
  };

  const visit = (node: Node, kind: BlockKind) => {
    if (node.nodeType === TEXT_NODE) {
      if (!buffer.trim()) bufferKind = kind;
      // A line break in the page's source is white space, as the browser shows it; only <br> and <pre> break lines.
      const value = node.nodeValue ?? '';
      buffer += kind === 'preformatted' ? value : value.replace(SOURCE_LINE_BREAK, ' ');
      if (linkDepth > 0) linkChars += value.trim().length;
      else plainChars += value.trim().length;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toLowerCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'br') {
      buffer += '\n';
      return;
    }
    const innerKind = KIND_OF_TAG[tag] ?? kind;
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush();
    if (tag === 'a') linkDepth++;
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child, innerKind);
    if (tag === 'a') linkDepth--;
    if (isBlock) flush();
  };

  visit(root, 'paragraph');
  flush();
  return { text: parts.join(''), blocks };
}

/** Collapses runs of white space, keeps explicit line breaks, drops soft hyphens and zero-width characters. */
export function normaliseBlockText(raw: string): string {
  return raw
    .replace(/[\u00AD\u200B\u200C\u200D\uFEFF]/g, '')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}
