import { t } from '@/utils/i18n';

export interface StatusMessageProps {
  kind: 'restricted' | 'error' | 'notice';
  title: string;
  message: string;
  onRetry?: () => void;
}

/** A plain sentence about why there is no analysis, with a retry where trying again can help. */
export default function StatusMessage({ kind, title, message, onRetry }: StatusMessageProps) {
  const Heading = kind === 'notice' ? 'h2' : 'h1';
  return (
    <section class={`status status-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <Heading class="status-title">{title}</Heading>
      <p class="status-message">{message}</p>
      {onRetry && (
        <button type="button" class="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </section>
  );
}
