import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Analysis } from '@/utils/analysis/types';
import { applyCorrection, loadCorrection, saveCorrection } from '@/utils/citation/corrections';
import type { CitationCorrection } from '@/utils/citation/corrections';
import { assignSpeakerStyles } from '@/utils/highlight/palette';
import { t } from '@/utils/i18n';
import { loadSettings } from '@/utils/settings';
import type { HighlightLook } from '@/utils/settings';
import ArticleHeader from './ArticleHeader';
import CitationBox from './CitationBox';
import ExportBar from './ExportBar';
import FigureList from './FigureList';
import HighlightToggle from './HighlightToggle';
import NumberList from './NumberList';
import OnDeviceSummary from './OnDeviceSummary';
import QuoteList from './QuoteList';
import StatusMessage from './StatusMessage';

export interface AnalysisViewProps {
  analysis: Analysis;
  /** The start of the article's text, for the optional on-device summary. */
  summarySource: string;
}

/** The analysis of one page: the gist first, then people, numbers, quotes, the citation and the export. */
export default function AnalysisView({ analysis, summarySource }: AnalysisViewProps) {
  const { article } = analysis;
  const [look, setLook] = useState<HighlightLook>('tint-and-underline');
  useEffect(() => void loadSettings().then((settings) => setLook(settings.highlightLook)), []);
  const styles = useMemo(() => assignSpeakerStyles(analysis.figures, analysis.quotes, look), [analysis, look]);
  // The reader's correction of the citation, remembered for this URL, applies to every citation and to the export.
  const [correction, setCorrection] = useState<CitationCorrection | null>(null);
  useEffect(() => void loadCorrection(article.url).then(setCorrection), [article.url]);
  const cited = useMemo(() => ({ ...analysis, article: { ...applyCorrection(article, correction), dir: article.dir } }), [analysis, article, correction]);
  const correct = (next: CitationCorrection | null) => {
    setCorrection(next);
    void saveCorrection(article.url, next);
  };
  return (
    <div class="analysis" lang={article.lang ?? undefined}>
      <ArticleHeader article={article} />
      {analysis.isArticle ? (
        <>
          <section class="summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading" class="visually-hidden">{t('summaryHeading')}</h2>
            <p class="summary-text">{analysis.summary.text}</p>
            <OnDeviceSummary text={summarySource} lang={article.lang} />
          </section>
          <HighlightToggle quotes={analysis.quotes} styles={styles} />
          <FigureList figures={analysis.figures} styles={styles} />
          <NumberList numbers={analysis.numbers} />
          <QuoteList quotes={analysis.quotes} styles={styles} article={cited.article} />
        </>
      ) : (
        <StatusMessage kind="notice" title={t('notArticleTitle')} message={t('notArticleMessage')} />
      )}
      <CitationBox page={article} correction={correction} onCorrect={correct} />
      <ExportBar analysis={cited} />
    </div>
  );
}
