import { speakerCertainty } from '@/utils/analysis/certainty';
import type { Quote } from '@/utils/analysis/types';
import { t } from '@/utils/i18n';

export interface SpeakerNameProps {
  quote: Pick<Quote, 'speaker' | 'confidence'>;
}

/**
 * Who said a quote, as sure as the analysis is: the name when certain; "probably …" with a visible mark when not;
 * "speaker unclear (perhaps …)" when the guess is more likely wrong than right. A wrong name shown as certain is the
 * worst this product can do.
 */
export default function SpeakerName({ quote }: SpeakerNameProps) {
  const certainty = speakerCertainty(quote);
  if (certainty === 'unknown') return <span class="speaker-name">{t('speakerUnknown')}</span>;
  if (certainty === 'certain') return <span class="speaker-name">{quote.speaker}</span>;
  const label = certainty === 'probable' ? t('speakerProbably', quote.speaker!) : t('speakerUnclear', quote.speaker!);
  return (
    <span class={`speaker-name unsure ${certainty}`} title={t('speakerUnsureHint')} data-certainty={certainty}>
      <span class="unsure-mark" aria-hidden="true">?</span>
      {label}
    </span>
  );
}
