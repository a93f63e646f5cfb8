import { useState } from 'preact/hooks';
import type { Quote } from '@/utils/analysis/types';
import { copyCitation } from '@/utils/citation/copy';
import { formatQuoteCitation } from '@/utils/citation/quote-citation';
import { t } from '@/utils/i18n';
import type { CitationData } from '@/utils/metadata/types';

export interface QuoteCiteButtonProps {
  quote: Quote;
  article: CitationData;
}

/** Copies one quote as “…” — Speaker, Publication, date, linked to the article scrolled to the passage. */
export default function QuoteCiteButton({ quote, article }: QuoteCiteButtonProps) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await copyCitation(formatQuoteCitation(quote, article), true);
      setStatus(t('copied'));
    } catch {
      setStatus(t('copyFailed'));
    }
  };
  return (
    // Spaced here rather than in the popup's stylesheet, which belongs to the layout.
    <span class="quote-cite" style={{ marginInlineStart: '0.75em', display: 'inline-flex', gap: '0.5em' }}>
      <button type="button" class="link-button quote-cite-button" onClick={copy} aria-label={quote.speaker ? t('citeQuoteLabelBy', quote.speaker) : t('citeQuoteLabel')}>
        {t('citeQuote')}
      </button>
      <span class="copy-status" role="status" aria-live="polite">
        {status}
      </span>
    </span>
  );
}
