import type { Quote } from '@/utils/analysis/types';
import { styleOf } from '@/utils/highlight/palette';
import type { SpeakerStyle } from '@/utils/highlight/types';
import { showQuoteOnPage } from '@/utils/messaging/show-quote';
import SpeakerSwatch from './SpeakerSwatch';

export interface QuoteListProps {
  quotes: Quote[];
  /** Each speaker's colour on the page, shown as a swatch. */
  styles?: SpeakerStyle[];
}

/** Every direct quote with its speaker, in article order. */
export default function QuoteList({ quotes, styles = [] }: QuoteListProps) {
  return (
    <section class="section" aria-labelledby="quotes-heading">
      <h2 id="quotes-heading" class="section-title">Quotes ({quotes.length})</h2>
      {quotes.length === 0 ? (
        <p class="empty">No direct quotes in this article.</p>
      ) : (
        <ol class="quote-list">
          {quotes.map((quote) => (
            <li key={quote.span.start} class="quote">
              <blockquote class="quote-text">
                <button type="button" class="quote-jump" title="Show on the page" onClick={() => void showQuoteOnPage(quotes, styles, quotes.indexOf(quote))}>
                  “{quote.text}”
                </button>
              </blockquote>
              <p class="quote-speaker">
                <SpeakerSwatch style={styleOf(styles, quote.speaker)} />— {quote.speaker ?? 'Speaker unknown'}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
