import { useState } from 'preact/hooks';
import type { Analysis } from '@/utils/analysis/types';
import { formatCitation } from '@/utils/citation';
import { analysisToMarkdown } from '@/utils/export/markdown';
import { t } from '@/utils/i18n';

export interface ExportBarProps {
  analysis: Analysis;
}

/** Copies or downloads the whole analysis as Markdown, for notes and research logs. */
export default function ExportBar({ analysis }: ExportBarProps) {
  const [status, setStatus] = useState('');
  const markdown = () =>
    analysisToMarkdown(analysis, {
      citation: formatCitation(analysis.article, 'apa', new Date()).text,
      quoteLink: () => analysis.article.url,
    });

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(markdown());
      setStatus(t('copied'));
    } catch {
      setStatus(t('copyFailed'));
    }
  };

  const download = () => {
    const url = URL.createObjectURL(new Blob([markdown()], { type: 'text/markdown' }));
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
