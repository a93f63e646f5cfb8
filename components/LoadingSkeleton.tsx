import { t } from '@/utils/i18n';

/** Grey blocks in the shape of the analysis, shown while the page is read. */
export default function LoadingSkeleton() {
  return (
    <div class="skeleton" role="status" aria-busy="true">
      <span class="visually-hidden">{t('loading')}</span>
      <div class="skeleton-line wide" />
      <div class="skeleton-line short" />
      <div class="skeleton-block" />
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
