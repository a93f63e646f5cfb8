import type { Analysis } from '../analysis/types';
import type { HighlightQuote, HighlightReport, SpeakerStyle } from '../highlight/types';

/** How long each stage took in the page, in milliseconds: for the benchmark and the popup's own timing. */
export interface Timings {
  extractMs: number;
  analyseMs: number;
}

/** What the injected script returns to the popup: the analysis, or why there is none. Plain JSON. */
export type PageResult =
  | {
      ok: true;
      analysis: Analysis;
      timings: Timings;
      /** The start of the article's text, for the browser's on-device summariser (which reads a limited window). */
      summarySource: string;
    }
  | { ok: false; error: string };

/** Messages the popup sends the page's content script (browser.tabs.sendMessage), tagged by `type`. */
export type PageMessage =
  | { type: 'saywho:highlight-on'; quotes: HighlightQuote[]; styles: SpeakerStyle[]; method?: 'wrap' }
  | { type: 'saywho:highlight-off' }
  | { type: 'saywho:highlight-status' }
  | { type: 'saywho:show-quote'; quote: HighlightQuote; style: SpeakerStyle | undefined };

/** The content script's answer to a PageMessage. */
export type PageReply =
  | { ok: true; on: boolean; report: HighlightReport | null; found?: boolean }
  | { ok: false; error: string; reason: 'navigated' | 'failed' };
