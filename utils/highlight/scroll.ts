/** Brings a quote into view: the centre of its paragraph, or a third of the way down when the paragraph is too tall. */
export function scrollToRange(range: Range, view: Window): void {
  const element = range.startContainer.parentElement;
  const smooth = !view.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const behavior: ScrollBehavior = smooth ? 'smooth' : 'auto';
  if (element && element.getBoundingClientRect().height < view.innerHeight * 0.8) {
    element.scrollIntoView({ block: 'center', inline: 'nearest', behavior });
    return;
  }
  const rect = range.getBoundingClientRect();
  view.scrollBy({ top: rect.top - view.innerHeight / 3, behavior });
}
