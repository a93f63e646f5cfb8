import type { Analysis } from '@/utils/analysis/types';
import { t } from '@/utils/i18n';

export interface ArticleHeaderProps {
  article: Analysis['article'];
}

/** The article's title with its publication, authors and date, as a reader would cite them. */
export default function ArticleHeader({ article }: ArticleHeaderProps) {
  const date = formatDay(article.published);
  const meta = [article.publisher, article.authors.join(', '), date].filter(Boolean);
  return (
    <header class="article-head">
      <h1 class="article-title">{article.title || t('untitled')}</h1>
      {meta.length > 0 && <p class="article-meta">{meta.join(' · ')}</p>}
    </header>
  );
}

/** The calendar day the page states, in the reader's language, without shifting it across time zones. */
function formatDay(iso: string | null): string {
  const match = iso?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!match) return '';
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(day);
}
