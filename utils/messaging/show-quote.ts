import type { Quote } from '../analysis/types';
import { styleOf, toHighlightQuotes } from '../highlight/palette';
import type { SpeakerStyle } from '../highlight/types';
import { sendToPage } from './page-client';

/** Asks the page to scroll to one of the analysis's quotes and flash it; false when the page no longer has it. */
export async function showQuoteOnPage(quotes: readonly Quote[], styles: readonly SpeakerStyle[], index: number): Promise<boolean> {
  const quote = toHighlightQuotes(quotes, styles)[index];
  if (!quote) return false;
  const reply = await sendToPage({ type: 'saywho:show-quote', quote, style: styleOf(styles, quote.speaker) });
  return reply.ok && reply.found === true;
}
