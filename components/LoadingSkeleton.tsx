/** Grey blocks in the shape of the analysis, shown while the page is read. */
export default function LoadingSkeleton() {
  return (
    <div class="skeleton" role="status" aria-live="polite" aria-busy="true">
      <span class="visually-hidden">Reading the article…</span>
      <div class="skeleton-line wide" />
      <div class="skeleton-line" />
      <div class="skeleton-chip-row">
        <div class="skeleton-chip" />
        <div class="skeleton-chip" />
        <div class="skeleton-chip" />
      </div>
      <div class="skeleton-block" />
      <div class="skeleton-block" />
    </div>
  );
}
