import { useEffect, useState } from 'preact/hooks';
import { STYLE_NAMES } from '@/utils/citation';
import type { CitationStyle } from '@/utils/citation/types';
import { t } from '@/utils/i18n';
import { loadSettings, saveSettings } from '@/utils/settings';
import type { HighlightLook, Settings } from '@/utils/settings';

/** Every style the popup offers, with the names students know them by. */
const STYLE_CHOICES = Object.entries(STYLE_NAMES) as [CitationStyle, string][];

/** The settings page: default citation style, how highlights look, whether to offer the on-device summary. Saved as you change them. */
export default function OptionsForm() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void loadSettings().then(setSettings);
  }, []);

  const change = async (changes: Partial<Settings>) => {
    setSettings(await saveSettings(changes));
    setStatus(t('optionsSaved'));
  };

  if (!settings) return null;
  return (
    <main class="options">
      <h1 class="options-title">{t('optionsTitle')}</h1>
      <p class="options-note">{t('optionsPrivacy')}</p>
      <label class="field">
        <span>{t('optionsCitationStyle')}</span>
        <select value={settings.citationStyle} onChange={(e) => void change({ citationStyle: (e.target as HTMLSelectElement).value as CitationStyle })}>
          {STYLE_CHOICES.map(([value, name]) => (
            <option key={value} value={value}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <fieldset class="field">
        <legend>{t('optionsHighlightLook')}</legend>
        {([['tint-and-underline', t('optionsLookTint')], ['underline-only', t('optionsLookUnderline')]] as [HighlightLook, string][]).map(([value, label]) => (
          <label key={value} class="choice">
            <input type="radio" name="highlight-look" value={value} checked={settings.highlightLook === value} onChange={() => void change({ highlightLook: value })} />
            {label}
          </label>
        ))}
      </fieldset>
      <label class="choice">
        <input type="checkbox" checked={settings.offerOnDeviceSummary} onChange={(e) => void change({ offerOnDeviceSummary: (e.target as HTMLInputElement).checked })} />
        {t('optionsOnDeviceSummary')}
      </label>
      <p class="copy-status" role="status">
        {status}
      </p>
      <h2 class="options-subtitle">{t('about')}</h2>
      <p class="options-note">{t('aboutCiteproc')}</p>
    </main>
  );
}
