import type { Located } from './locate';
import type { TextMap } from './text-map';

/** A run of one text node that a quote covers. */
export interface Segment {
  node: Text;
  start: number;
  end: number;
}

/** The text-node runs a located quote covers, in page order; block-boundary spaces belong to no node. */
export function segmentsOf(map: TextMap, located: Located): Segment[] {
  const segments: Segment[] = [];
  for (let i = located.start; i < located.end; i++) {
    const index = map.nodeOf[i]!;
    if (index < 0) continue;
    const node = map.nodes[index]!;
    const offset = map.offsetOf[i]!;
    const last = segments[segments.length - 1];
    if (last && last.node === node) last.end = offset + 1;
    else segments.push({ node, start: offset, end: offset + 1 });
  }
  return segments;
}

/** A live Range over the segments: it follows the page's own later changes to the text, as the Highlight API expects. */
export function rangeOf(document: Document, segments: readonly Segment[]): Range | null {
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (!first || !last) return null;
  const range = document.createRange();
  range.setStart(first.node, first.start);
  range.setEnd(last.node, last.end);
  return range;
}
