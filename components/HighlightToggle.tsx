import { useEffect, useState } from 'preact/hooks';
import type { Quote } from '@/utils/analysis/types';
import { toHighlightQuotes } from '@/utils/highlight/palette';
import type { HighlightReport, SpeakerStyle } from '@/utils/highlight/types';
import { t } from '@/utils/i18n';
import { sendToPage } from '@/utils/messaging/page-client';
import './highlight.css';

export interface HighlightToggleProps {
  quotes: Quote[];
  styles: SpeakerStyle[];
}

/** The switch that marks every quote on the page in its speaker's colour, and what marking them found. */
export default function HighlightToggle({ quotes, styles }: HighlightToggleProps) {
  const [isOn, setOn] = useState(false);
  const [isBusy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => {
    // The page may still be marked from the last time the popup was open.
    void sendToPage({ type: 'saywho:highlight-status' }).then((reply) => {
      if (!reply.ok || !reply.on) return;
      setOn(true);
      setStatus(describe(reply.report));
    });
  }, []);

  const toggle = async () => {
    setBusy(true);
    const reply = await sendToPage(isOn ? { type: 'saywho:highlight-off' } : { type: 'saywho:highlight-on', quotes: toHighlightQuotes(quotes, styles), styles });
    setBusy(false);
    setOn(reply.ok && reply.on);
    setStatus(reply.ok ? describe(reply.report) : reply.error);
  };

  if (quotes.length === 0) return null;
  return (
    <div class="highlight-toggle">
      <button type="button" role="switch" class="highlight-switch" aria-checked={isOn} disabled={isBusy} onClick={toggle}>
        <span class="track" aria-hidden="true" />
        {t('highlightToggle')}
      </button>
      <p class="highlight-status" role="status">{status}</p>
    </div>
  );
}

function describe(report: HighlightReport | null): string {
  if (!report) return '';
  const shown = report.shown === 1 ? t('highlightMarkedOne') : t('highlightMarkedMany', report.shown);
  return report.missing === 0 ? shown : `${shown} · ${t('highlightMissing', report.missing)}`;
}
