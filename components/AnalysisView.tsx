import type { Analysis } from '@/utils/analysis/types';
import CitationBox from './CitationBox';
import FigureList from './FigureList';
import NumberList from './NumberList';
import QuoteList from './QuoteList';
import StatusMessage from './StatusMessage';

export interface AnalysisViewProps {
  analysis: Analysis;
}

/** The analysis of one page: the gist first, then people, numbers, quotes and the citation. */
export default function AnalysisView({ analysis }: AnalysisViewProps) {
  const { article } = analysis;
  return (
    <div class="analysis" lang={article.lang ?? undefined}>
      <header class="article-head">
        <h1 class="article-title">{article.title || 'Untitled page'}</h1>
        <p class="article-meta">{[article.publisher, article.authors.join(', ')].filter(Boolean).join(' · ')}</p>
      </header>
      {analysis.isArticle ? (
        <>
          <section class="section summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading" class="visually-hidden">Summary</h2>
            <p class="summary-text">{analysis.summary.text}</p>
          </section>
          <FigureList figures={analysis.figures} />
          <NumberList numbers={analysis.numbers} />
          <QuoteList quotes={analysis.quotes} />
        </>
      ) : (
        <StatusMessage kind="notice" title="This page doesn’t look like an article" message="There is no story here to summarise or quote, but you can still cite the page." />
      )}
      <CitationBox data={article} />
    </div>
  );
}
