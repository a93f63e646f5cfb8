import type { PaintedQuote } from './painter';

/** Where the reader is pointing or focusing: a quote and the box to show its tooltip by, or nothing. */
export type OnTarget = (quote: PaintedQuote | null, anchor: DOMRect | null, cause: 'pointer' | 'focus' | 'caret' | 'scroll') => void;

/** How far outside a line box the pointer may stray and still count as on the quote. */
const SLOP_PX = 2;

/**
 * Reports the quote under the pointer (at most once a frame), the quote holding keyboard focus (a link inside it),
 * and the quote holding the caret (caret browsing, or a selection made inside it). All listeners are passive, never
 * stop or prevent anything, and go away with `signal`.
 */
export function watchPointer(document: Document, quotes: () => readonly PaintedQuote[], onTarget: OnTarget, signal: AbortSignal): void {
  const view = document.defaultView;
  if (!view) return;
  let frame = 0;
  let point: [number, number] = [0, 0];
  const options = { capture: true, passive: true, signal };
  document.addEventListener('pointermove', (event) => {
    point = [event.clientX, event.clientY];
    if (frame === 0) frame = view.requestAnimationFrame(() => {
      frame = 0;
      const hit = quoteAtPoint(document, quotes(), point[0], point[1]);
      onTarget(hit?.quote ?? null, hit?.rect ?? null, 'pointer');
    });
  }, options);
  document.addEventListener('focusin', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const quote = target ? quotes().find((candidate) => candidate.range.intersectsNode(target)) : undefined;
    onTarget(quote ?? null, quote && target ? target.getBoundingClientRect() : null, 'focus');
  }, options);
  document.addEventListener('selectionchange', () => {
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.type === 'None') return;
    const caret = selection.getRangeAt(0);
    const quote = quotes().find((candidate) => candidate.range.isPointInRange(caret.startContainer, caret.startOffset));
    if (quote) onTarget(quote, caret.getBoundingClientRect(), 'caret');
  }, options);
  view.addEventListener('scroll', () => onTarget(null, null, 'scroll'), options);
  signal.addEventListener('abort', () => view.cancelAnimationFrame(frame));
}

/** The quote whose text is drawn under (x, y): the caret there lies in its range and a line box holds the point. */
export function quoteAtPoint(document: Document, quotes: readonly PaintedQuote[], x: number, y: number): { quote: PaintedQuote; rect: DOMRect } | null {
  const caret = caretAt(document, x, y);
  if (!caret) return null;
  for (const quote of quotes) {
    if (!safelyInRange(quote.range, caret.node, caret.offset)) continue;
    for (const rect of quote.range.getClientRects()) {
      if (x >= rect.left - SLOP_PX && x <= rect.right + SLOP_PX && y >= rect.top - SLOP_PX && y <= rect.bottom + SLOP_PX) return { quote, rect };
    }
  }
  return null;
}

function caretAt(document: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = (document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** isPointInRange throws when the node has left the document since; that only means "no". */
function safelyInRange(range: Range, node: Node, offset: number): boolean {
  try {
    return range.isPointInRange(node, offset);
  } catch {
    return false;
  }
}
