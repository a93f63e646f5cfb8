import { analyseArticle } from '../analysis';
import { extractArticle } from '../article';
import type { PageResult } from '../messaging/types';

/** Runs the whole pipeline on the live page; `now` is passed in so the timings can be measured without a global clock. */
export function analysePage(document: Document, url: string, now: () => number): PageResult {
  try {
    const started = now();
    const article = extractArticle(document, url);
    const extracted = now();
    const analysis = analyseArticle(article);
    const finished = now();
    return { ok: true, analysis, timings: { extractMs: extracted - started, analyseMs: finished - extracted } };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
