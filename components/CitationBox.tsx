import { useMemo, useState } from 'preact/hooks';
import { formatCitation } from '@/utils/citation';
import type { CitationStyle } from '@/utils/citation/types';
import type { CitationData } from '@/utils/metadata/types';

export interface CitationBoxProps {
  data: CitationData;
}

const STYLE_NAMES: Record<CitationStyle, string> = { apa: 'APA 7', mla: 'MLA 9', chicago: 'Chicago' };

/** The article's citation in a chosen style, with a button that copies it as rich and plain text. */
export default function CitationBox({ data }: CitationBoxProps) {
  const [style, setStyle] = useState<CitationStyle>('apa');
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const citation = useMemo(() => formatCitation(data, style, new Date()), [data, style]);

  const copy = async () => {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([citation.text], { type: 'text/plain' }),
          'text/html': new Blob([citation.html], { type: 'text/html' }),
        }),
      ]);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <section class="section citation" aria-labelledby="citation-heading">
      <h2 id="citation-heading" class="section-title">Cite this article</h2>
      <label class="citation-style">
        Style{' '}
        <select value={style} onChange={(event) => setStyle((event.target as HTMLSelectElement).value as CitationStyle)}>
          {Object.entries(STYLE_NAMES).map(([value, name]) => (
            <option key={value} value={value}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <p class="citation-text">{citation.text}</p>
      <button type="button" class="button" onClick={copy}>
        Copy citation
      </button>
      <span class="copy-status" role="status" aria-live="polite">
        {copied === 'copied' ? 'Copied' : copied === 'failed' ? 'Could not copy' : ''}
      </span>
    </section>
  );
}
