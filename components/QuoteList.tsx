import type { Quote } from '@/utils/analysis/types';

export interface QuoteListProps {
  quotes: Quote[];
}

/** Every direct quote with its speaker, in article order. */
export default function QuoteList({ quotes }: QuoteListProps) {
  return (
    <section class="section" aria-labelledby="quotes-heading">
      <h2 id="quotes-heading" class="section-title">Quotes ({quotes.length})</h2>
      {quotes.length === 0 ? (
        <p class="empty">No direct quotes in this article.</p>
      ) : (
        <ol class="quote-list">
          {quotes.map((quote) => (
            <li key={quote.span.start} class="quote">
              <blockquote class="quote-text">“{quote.text}”</blockquote>
              <p class="quote-speaker">— {quote.speaker ?? 'Speaker unknown'}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
