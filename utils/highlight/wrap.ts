import type { Segment } from './marks';
import type { Painter, PaintedQuote } from './painter';
import { FLASH_NAME, highlightName, stylesheetText, WRAP_TAG } from './styles';
import type { SpeakerStyle } from './types';

/** One text node replaced by pieces: its original is kept untouched to put back. */
interface Replacement {
  original: Text;
  pieces: Node[];
}

/**
 * The fallback where the Highlight API is missing: each covered run of text becomes a wrapping element. The original
 * text nodes are set aside unchanged and put back on removal, so the page gets back the very same nodes.
 */
export function paintByWrapping(document: Document, styles: readonly SpeakerStyle[], quotes: PaintedQuote[]): Painter {
  const sheet = adoptSheet(document, stylesheetText(styles, 'wrap'));
  const byNode = new Map<Text, { segment: Segment; quote: PaintedQuote }[]>();
  for (const quote of quotes) {
    for (const segment of quote.segments) {
      const list = byNode.get(segment.node) ?? [];
      list.push({ segment, quote });
      byNode.set(segment.node, list);
    }
  }
  const wrappers = new Map<PaintedQuote, Element[]>();
  const replacements = [...byNode].map(([node, runs]) => replaceNode(document, node, runs, wrappers));
  for (const [quote, elements] of wrappers) {
    quote.range = document.createRange();
    quote.range.setStartBefore(elements[0]!);
    quote.range.setEndAfter(elements[elements.length - 1]!);
  }
  return {
    flash(quote) {
      const elements = wrappers.get(quote) ?? [];
      for (const element of elements) element.classList.add(FLASH_NAME);
      return () => elements.forEach((element) => element.classList.remove(FLASH_NAME));
    },
    remove() {
      for (const { original, pieces } of replacements) {
        pieces[0]?.parentNode?.replaceChild(original, pieces[0]);
        for (const piece of pieces.slice(1)) piece.parentNode?.removeChild(piece);
      }
      if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    },
  };
}

function replaceNode(document: Document, node: Text, runs: { segment: Segment; quote: PaintedQuote }[], wrappers: Map<PaintedQuote, Element[]>): Replacement {
  const pieces: Node[] = [];
  let at = 0;
  for (const { segment, quote } of runs.sort((a, b) => a.segment.start - b.segment.start)) {
    if (segment.start < at) continue; // a quote inside a quote: the outer one keeps the words
    if (segment.start > at) pieces.push(document.createTextNode(node.data.slice(at, segment.start)));
    const wrapper = document.createElement(WRAP_TAG);
    wrapper.className = highlightName(quote.style);
    wrapper.textContent = node.data.slice(segment.start, segment.end);
    pieces.push(wrapper);
    wrappers.set(quote, [...(wrappers.get(quote) ?? []), wrapper]);
    at = segment.end;
  }
  if (at < node.data.length) pieces.push(document.createTextNode(node.data.slice(at)));
  const fragment = document.createDocumentFragment();
  fragment.append(...pieces);
  node.parentNode?.replaceChild(fragment, node);
  return { original: node, pieces };
}

function adoptSheet(document: Document, text: string): CSSStyleSheet | null {
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return null;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return sheet;
}
