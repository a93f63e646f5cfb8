import type { Analysis } from '../analysis/types';

/** How long each stage took in the page, in milliseconds: for the benchmark and the popup's own timing. */
export interface Timings {
  extractMs: number;
  analyseMs: number;
}

/** What the injected script returns to the popup: the analysis, or why there is none. Plain JSON. */
export type PageResult = { ok: true; analysis: Analysis; timings: Timings } | { ok: false; error: string };
