import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * An expression that times Readability alone on the page it runs in, the way utils/article runs it: a clone of the
 * document, parsed with the serializer that hands back the element (no HTML string). Same library version as the build.
 */
export async function readabilityBaselineScript(): Promise<string> {
  const source = await readFile(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');
  return `(() => { const module = {}; ${source}
    const started = performance.now();
    const clone = document.cloneNode(true);
    new Readability(clone, { serializer: (element) => element }).parse();
    return performance.now() - started; })()`;
}

/** Milliseconds Readability alone took on the page now open in `tab`. */
export async function timeReadability(tab: Page, script: string): Promise<number> {
  return tab.evaluate(script) as Promise<number>;
}
