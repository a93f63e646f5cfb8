import { h } from 'preact';
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { citeAs, formatCitation, isInstant, isReferenceFormat, STYLE_NAMES } from '@/utils/citation';
import { copyCitation } from '@/utils/citation/copy';
import { applyCorrection, correctionBetween } from '@/utils/citation/corrections';
import type { CitationCorrection } from '@/utils/citation/corrections';
import type { CitationStyle, FormattedCitation } from '@/utils/citation/types';
import { t } from '@/utils/i18n';
import type { CitationData } from '@/utils/metadata/types';
import { loadSettings, saveSettings } from '@/utils/settings';
import CitationForm from './CitationForm';

export interface CitationBoxProps {
  /** What the page says about itself. */
  page: CitationData;
  /** The reader's correction of it, if any. */
  correction: CitationCorrection | null;
  /** Called with the new correction, or null to return to what the page said. */
  onCorrect: (correction: CitationCorrection | null) => void;
}

/**
 * The article's citation in a chosen style (remembered), with a button that copies it as rich and plain text, and a
 * form that corrects its title, authors, publisher and date.
 */
export default function CitationBox({ page, correction, onCorrect }: CitationBoxProps) {
  const [style, setStyle] = useState<CitationStyle>('apa');
  const [status, setStatus] = useState('');
  const [isEditing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const data = useMemo(() => applyCorrection(page, correction), [page, correction]);
  const accessed = useMemo(() => new Date(), []);
  const pending = useMemo(() => citeAs(data, style, accessed), [data, style, accessed]);
  const citation = useResolved(pending, isInstant(style) ? formatCitation(data, style, accessed) : null);

  useEffect(() => {
    void loadSettings().then((settings) => setStyle(settings.citationStyle in STYLE_NAMES ? settings.citationStyle : 'apa'));
  }, []);

  const choose = (next: CitationStyle) => {
    setStyle(next);
    setStatus('');
    void saveSettings({ citationStyle: next });
  };

  const closeForm = () => {
    setEditing(false);
    // The focus goes back where it was before the form opened.
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const save = (edited: CitationData) => {
    onCorrect(correctionBetween(page, edited));
    setStatus(t('editSaved'));
    closeForm();
  };
  const reset = () => {
    onCorrect(null);
    setStatus(t('editResetDone'));
    closeForm();
  };

  const copy = async () => {
    try {
      await copyCitation(pending, !isReferenceFormat(style));
      setStatus(t('copied'));
    } catch {
      setStatus(t('copyFailed'));
    }
  };

  return (
    <section class="section citation" aria-labelledby="citation-heading">
      <h2 id="citation-heading" class="section-title">{t('citeHeading')}</h2>
      <label class="citation-style">
        {t('citeStyle')}{' '}
        <select value={style} onChange={(event) => choose((event.target as HTMLSelectElement).value as CitationStyle)}>
          {Object.entries(STYLE_NAMES).map(([value, name]) => (
            <option key={value} value={value}>
              {name}
            </option>
          ))}
        </select>
      </label>
      {!isReferenceFormat(style) ? (
        <p class="citation-text">{citation ? renderFormatted(citation.html) : '…'}</p>
      ) : (
        <pre class="citation-code">{citation?.text ?? '…'}</pre>
      )}
      {correction && <p class="citation-corrected">{t('editCorrected')}</p>}
      {data.unsure?.length ? <p class="citation-unsure">{t('citeCheck', data.unsure.map((field) => t(FIELD_NAMES[field])).join(', '))}</p> : null}
      {isEditing && <CitationForm data={data} isCorrected={!!correction} onSave={save} onReset={reset} onClose={closeForm} />}
      <div class="button-row">
        <button type="button" class="button" onClick={copy}>
          {t('copyCitation')}
        </button>
        <button ref={editButton} type="button" class="button secondary citation-edit" aria-expanded={isEditing} aria-controls="citation-form" onClick={() => (isEditing ? closeForm() : setEditing(true))}>
          {t('editCitation')}
        </button>
        <span class="copy-status" role="status" aria-live="polite">
          {status}
        </span>
      </div>
    </section>
  );
}

/** How the hint names each field the page does not state clearly. */
const FIELD_NAMES = { title: 'fieldTitle', authors: 'fieldAuthors', publisher: 'fieldPublisher', published: 'fieldDate' } as const;

/** Formatting tags a citation may carry; anything else in it is shown as its text. */
const FORMATTING = new Set(['I', 'EM', 'B', 'STRONG', 'SUP', 'SUB']);

/** Renders citeproc's HTML as Preact nodes, keeping only italics, bold and super/subscript: page text never becomes markup. */
function renderFormatted(html: string): ComponentChildren {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const walk = (node: Node): ComponentChildren =>
    node.nodeType === Node.TEXT_NODE
      ? node.textContent
      : FORMATTING.has((node as Element).tagName)
        ? h((node as Element).tagName.toLowerCase(), null, [...node.childNodes].map(walk))
        : [...node.childNodes].map(walk);
  return [...body.childNodes].map(walk);
}

/** The value of a promise once it settles, showing `initial` until then. */
function useResolved(promise: Promise<FormattedCitation>, initial: FormattedCitation | null): FormattedCitation | null {
  const [value, setValue] = useState<FormattedCitation | null>(initial);
  useEffect(() => {
    let isCurrent = true;
    setValue(initial);
    promise.then((resolved) => isCurrent && setValue(resolved)).catch(() => isCurrent && setValue(initial));
    return () => {
      isCurrent = false;
    };
  }, [promise]);
  return value;
}
