import { useMemo, useState } from 'preact/hooks';
import type { Quote } from '@/utils/analysis/types';
import { styleOf } from '@/utils/highlight/palette';
import type { SpeakerStyle } from '@/utils/highlight/types';
import { showQuoteOnPage } from '@/utils/messaging/show-quote';
import type { CitationData } from '@/utils/metadata/types';
import QuoteCiteButton from './QuoteCiteButton';
import SpeakerName from './SpeakerName';
import SpeakerSwatch from './SpeakerSwatch';
import { t } from '@/utils/i18n';

export interface QuoteListProps {
  quotes: Quote[];
  /** Each speaker's colour on the page, shown as a swatch. */
  styles?: SpeakerStyle[];
  /** The article, to offer "Cite" on each quote. */
  article?: CitationData;
}

/** Quotes shown before "Show all": enough to see the story's voices without scrolling past the citation. */
const COLLAPSED_COUNT = 5;
/** The filter's value for "everyone"; speaker names never take this form. */
const EVERYONE = '\u0000all';
const UNKNOWN = '\u0000unknown';

/** Every direct quote with its speaker, in article order, filterable by speaker and collapsed when long. */
export default function QuoteList({ quotes, styles = [], article }: QuoteListProps) {
  const [speaker, setSpeaker] = useState(EVERYONE);
  const [isExpanded, setExpanded] = useState(false);
  const speakers = useMemo(() => countBySpeaker(quotes), [quotes]);
  const shown = speaker === EVERYONE ? quotes : quotes.filter((quote) => (quote.speaker ?? UNKNOWN) === speaker);
  const visible = isExpanded ? shown : shown.slice(0, COLLAPSED_COUNT);

  return (
    <section class="section" aria-labelledby="quotes-heading">
      <div class="section-head">
        <h2 id="quotes-heading" class="section-title">
          {t('quotesHeading')} <span class="count">{quotes.length}</span>
        </h2>
        {speakers.length > 1 && (
          <label class="quote-filter">
            <span class="visually-hidden">{t('filterLabel')}</span>
            <select value={speaker} onChange={(event) => setSpeaker((event.target as HTMLSelectElement).value)}>
              <option value={EVERYONE}>{t('filterAll')}</option>
              {speakers.map(([name, count]) => (
                <option key={name} value={name}>
                  {name === UNKNOWN ? t('speakerUnknown') : name} ({count})
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {quotes.length === 0 ? (
        <p class="empty">{t('noQuotes')}</p>
      ) : (
        <ol class="quote-list">
          {visible.map((quote) => (
            <li key={quote.span.start} class="quote">
              <blockquote class="quote-text">
                <button type="button" class="quote-jump" title={t('showOnPage')} onClick={() => void showQuoteOnPage(quotes, styles, quotes.indexOf(quote))}>
                  “{quote.text}”
                </button>
              </blockquote>
              <p class="quote-speaker">
                <SpeakerSwatch style={styleOf(styles, quote.speaker)} />— <SpeakerName quote={quote} />
                {article && <QuoteCiteButton quote={quote} article={article} />}
              </p>
            </li>
          ))}
        </ol>
      )}
      {shown.length > COLLAPSED_COUNT && (
        <button type="button" class="link-button" aria-expanded={isExpanded} onClick={() => setExpanded(!isExpanded)}>
          {isExpanded ? t('showFewerQuotes') : t('showAllQuotes', shown.length)}
        </button>
      )}
    </section>
  );
}

/** Speakers with how many quotes each, most quoted first; unknown speakers last. */
function countBySpeaker(quotes: Quote[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const quote of quotes) counts.set(quote.speaker ?? UNKNOWN, (counts.get(quote.speaker ?? UNKNOWN) ?? 0) + 1);
  return [...counts].sort((a, b) => Number(a[0] === UNKNOWN) - Number(b[0] === UNKNOWN) || b[1] - a[1]);
}
