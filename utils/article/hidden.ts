/** Inline containers inside paragraphs: where pages keep the footnotes and cards they show only on hover. */
const HIDDEN_CANDIDATES = 'p span, p div';

/**
 * Removes from `clone` the containers inside paragraphs that the live page does not show: a footnote or a person's
 * card that appears on hover. Their text is not what the reader sees, and joined to the words around it, it garbles
 * them ("Mehcad BrooksThe actor who plays …"). Only a live page can tell what it shows, so a page parsed without
 * layout (linkedom, in the command-line tools) is left as it is. `clone` must be a deep clone of `live`, untouched.
 */
export function removeHiddenInline(live: Document, clone: Document): void {
  const candidates = live.body?.querySelectorAll(HIDDEN_CANDIDATES) ?? [];
  if (candidates.length === 0 || typeof candidates[0]!.checkVisibility !== 'function') return;
  const hidden: Element[] = [];
  for (const element of candidates) {
    // In document order, a hidden container's own descendants come right after it: they go with it.
    if (hidden[hidden.length - 1]?.contains(element)) continue;
    if (isNotShown(element)) hidden.push(element);
  }
  for (const element of hidden) elementAt(clone.documentElement, pathOf(element))?.remove();
}

/** Rendered with no box: `display: none` on it or on a container; not `display: contents`, whose children show. */
function isNotShown(element: Element): boolean {
  return !element.checkVisibility() && getComputedStyle(element).display !== 'contents';
}

/** The element's place below the root: the index among its parent's element children, at each level down. */
function pathOf(element: Element): number[] {
  const path: number[] = [];
  for (let node: Element = element; node.parentElement; node = node.parentElement) {
    let index = 0;
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) index++;
    path.push(index);
  }
  return path.reverse();
}

function elementAt(root: Element | null, path: readonly number[]): Element | null {
  let node = root;
  for (const index of path) node = node?.children[index] ?? null;
  return node;
}
