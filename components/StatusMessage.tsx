export interface StatusMessageProps {
  kind: 'restricted' | 'error' | 'notice';
  title: string;
  message: string;
  onRetry?: () => void;
}

/** A plain sentence about why there is no analysis, with a retry where trying again can help. */
export default function StatusMessage({ kind, title, message, onRetry }: StatusMessageProps) {
  return (
    <section class={`status status-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <h1 class="status-title">{title}</h1>
      <p class="status-message">{message}</p>
      {onRetry && (
        <button type="button" class="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </section>
  );
}
