import { analyseArticle } from '../analysis';
import { extractArticle } from '../article';
import type { PageResult } from '../messaging/types';

/** How much of the article the popup receives for the on-device summariser: what its model reads, no more. */
const SUMMARY_SOURCE_CHARS = 12_000;

/** Runs the whole pipeline on the live page; `now` is passed in so the timings can be measured without a global clock. */
export function analysePage(document: Document, url: string, now: () => number): PageResult {
  try {
    const started = now();
    const article = extractArticle(document, url);
    const extracted = now();
    const analysis = analyseArticle(article);
    const finished = now();
    const timings = { extractMs: extracted - started, analyseMs: finished - extracted };
    return { ok: true, analysis, timings, summarySource: article.text.slice(0, SUMMARY_SOURCE_CHARS) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
