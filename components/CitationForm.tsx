import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { CitationData } from '@/utils/metadata/types';

export interface CitationFormProps {
  /** The citation as it stands (with any earlier correction). */
  data: CitationData;
  /** Whether a correction is in force, so that "Reset" has something to undo. */
  isCorrected: boolean;
  onSave: (edited: CitationData) => void;
  onReset: () => void;
  onClose: () => void;
}

/** What the form's fields hold: text, one author a line, the date as YYYY-MM-DD. */
interface Fields {
  title: string;
  authors: string;
  publisher: string;
  published: string;
}

/**
 * A small form to correct the citation's title, authors, publisher and date before copying. Enter saves, Escape
 * closes; the first field takes the focus when it opens.
 */
export default function CitationForm({ data, isCorrected, onSave, onReset, onClose }: CitationFormProps) {
  const [fields, setFields] = useState<Fields>(() => toFields(data));
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const set = (name: keyof Fields) => (event: Event) => setFields({ ...fields, [name]: (event.target as HTMLInputElement | HTMLTextAreaElement).value });

  const submit = (event: Event) => {
    event.preventDefault();
    onSave(fromFields(fields, data));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  };

  return (
    <form class="citation-form" id="citation-form" aria-label={t('editCitationTitle')} onSubmit={submit} onKeyDown={onKeyDown}>
      <label class="form-field">
        <span>{t('editTitle')}</span>
        <input ref={first} name="title" type="text" value={fields.title} onInput={set('title')} required />
      </label>
      <label class="form-field">
        <span>{t('editAuthors')}</span>
        <textarea name="authors" rows={Math.max(2, fields.authors.split('\n').length)} value={fields.authors} onInput={set('authors')} aria-describedby="citation-form-authors-hint" />
        <span id="citation-form-authors-hint" class="form-hint">
          {t('editAuthorsHint')}
        </span>
      </label>
      <label class="form-field">
        <span>{t('editPublisher')}</span>
        <input name="publisher" type="text" value={fields.publisher} onInput={set('publisher')} />
      </label>
      <label class="form-field">
        <span>{t('editDate')}</span>
        <input name="published" type="date" value={fields.published} onInput={set('published')} />
      </label>
      <div class="button-row">
        <button type="submit" class="button">
          {t('editSave')}
        </button>
        <button type="button" class="button secondary" onClick={onClose}>
          {t('editCancel')}
        </button>
        {isCorrected && (
          <button type="button" class="link-button" onClick={onReset}>
            {t('editReset')}
          </button>
        )}
      </div>
    </form>
  );
}

function toFields(data: CitationData): Fields {
  return { title: data.title, authors: data.authors.join('\n'), publisher: data.publisher ?? '', published: data.published?.slice(0, 10) ?? '' };
}

/** The edited citation; an unchanged date keeps the page's own form (a date-time stays a date-time). */
function fromFields(fields: Fields, data: CitationData): CitationData {
  const authors = fields.authors.split('\n').map((name) => name.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const published = fields.published === (data.published?.slice(0, 10) ?? '') ? data.published : fields.published || null;
  return { ...data, title: fields.title.trim() || data.title, authors, publisher: fields.publisher.trim() || null, published };
}
