import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { loadSettings } from '@/utils/settings';
import { canSummariseOnDevice, findSummarizer, summariseOnDevice } from '@/utils/summarizer';

export interface OnDeviceSummaryProps {
  /** The article's text, as the page sent it. */
  text: string;
  lang: string | null;
}

/** Offers the browser's on-device summary beside the extractive line, where the reader allows it and the browser has a model. */
export default function OnDeviceSummary({ text, lang }: OnDeviceSummaryProps) {
  const [state, setState] = useState<'hidden' | 'offered' | 'working' | 'failed'>('hidden');
  const [summary, setSummary] = useState('');
  const api = findSummarizer();

  useEffect(() => {
    const offer = async () => (await loadSettings()).offerOnDeviceSummary && (await canSummariseOnDevice(api, lang));
    void offer().then((isOffered) => setState(isOffered ? 'offered' : 'hidden'));
  }, [api, lang]);

  const summarise = async () => {
    if (!api) return;
    setState('working');
    try {
      setSummary(await summariseOnDevice(api, text, lang));
      setState('offered');
    } catch {
      setState('failed');
    }
  };

  if (state === 'hidden' || !text) return null;
  return (
    <div class="on-device-summary">
      {summary ? (
        <p class="on-device-text">
          <span class="badge">{t('onDeviceLabel')}</span> {summary}
        </p>
      ) : (
        <button type="button" class="link-button" onClick={summarise} disabled={state === 'working'}>
          {state === 'working' ? t('onDeviceWorking') : state === 'failed' ? t('onDeviceFailed') : t('onDeviceOffer')}
        </button>
      )}
    </div>
  );
}
