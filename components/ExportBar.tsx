import { useState } from 'preact/hooks';
import type { Analysis } from '@/utils/analysis/types';
import { citeAs, isReferenceFormat } from '@/utils/citation';
import { textFragmentUrl } from '@/utils/citation/text-fragment';
import { analysisToMarkdown } from '@/utils/export/markdown';
import { t } from '@/utils/i18n';
import { loadSettings } from '@/utils/settings';

export interface ExportBarProps {
  analysis: Analysis;
}

/** Copies or downloads the whole analysis as Markdown, for notes and research logs. */
export default function ExportBar({ analysis }: ExportBarProps) {
  const [status, setStatus] = useState('');
  /** The Markdown, with the citation in the reader's chosen style (reference-manager formats make no sense in a note: APA then). */
  const markdown = async () => {
    const { citationStyle } = await loadSettings();
    const style = isReferenceFormat(citationStyle) ? 'apa' : citationStyle;
    const citation = await citeAs(analysis.article, style, new Date());
    return analysisToMarkdown(analysis, { citation: citation.text, quoteLink: (quote) => textFragmentUrl(analysis.article.url, quote.anchor) });
  };

  const copy = async () => {
    try {
      // Chromium lets the clipboard be written after an await as long as the click's activation is still fresh.
      await navigator.clipboard.writeText(await markdown());
      setStatus(t('copied'));
    } catch {
      setStatus(t('copyFailed'));
    }
  };

  const download = async () => {
    const url = URL.createObjectURL(new Blob([await markdown()], { type: 'text/markdown' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${fileNameOf(analysis.article.title)}.md`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <section class="section export" aria-labelledby="export-heading">
      <h2 id="export-heading" class="section-title">{t('exportHeading')}</h2>
      <div class="button-row">
        <button type="button" class="button secondary" onClick={copy}>
          {t('copyMarkdown')}
        </button>
        <button type="button" class="button secondary" onClick={download}>
          {t('downloadMarkdown')}
        </button>
        <span class="copy-status" role="status">
          {status}
        </span>
      </div>
    </section>
  );
}

/** A file name from the title: letters, digits and dashes, short enough for every file system. */
function fileNameOf(title: string): string {
  return title.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 80).toLowerCase() || 'saywho-analysis';
}
