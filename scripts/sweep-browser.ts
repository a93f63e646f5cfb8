/**
 * Robustness sweep (npm run sweep): every corpus page through the built extension in headless Chromium, the way a
 * person uses it: the page in a tab, then the popup for it. Records any uncaught error in the popup, any error the
 * analysis reported, any page error raised while the analysis ran, and pages over the time cap (hangs); counts the
 * pages judged "not an article". Writes every page's outcome to out/sweep/. Exits non-zero on an error or a hang.
 *
 *   npm run sweep -- [CORPUS_FOLDER] [--limit N] [--only SUBSTRING] [--cap-ms 30000]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { CorpusPage } from './lib/corpus';
import { loadCorpus, parseCorpusArgs, withTimeout } from './lib/corpus';
import type { CorpusSession } from './lib/corpus-browser';
import { openPage, replaceTab, startCorpusSession } from './lib/corpus-browser';

interface Outcome {
  id: string;
  state: string;
  ms: number;
  notArticle: boolean;
  quotes: number;
  problems: string[];
  /** Errors thrown by the saved page's own scripts while the analysis ran (offline, their ads and trackers fail). */
  pageScriptErrors: string[];
  hung: boolean;
  /** Where the tab ended up when the page navigated itself away (offline, some pages redirect to an error page). */
  wentTo?: string;
}

/** Errors seen while one page is being swept: uncaught ones in the popup, console errors, page errors during analysis. */
function watchErrors(popup: Page, session: CorpusSession): { problems: string[]; pageScriptErrors: string[]; watchTab: () => void; stop: () => void } {
  const problems: string[] = [];
  const pageScriptErrors: string[] = [];
  const onPopupError = (error: Error) => problems.push(`popup uncaught: ${error.message}`);
  const onConsole = (message: { type: () => string; text: () => string }) => {
    if (message.type() === 'error') problems.push(`popup console: ${message.text()}`);
  };
  // The analysis runs in an isolated world and reports its own failures through the popup; errors raised in the
  // page's main world come from the page's scripts, so they are recorded apart.
  const onTabError = (error: Error) => pageScriptErrors.push(error.message);
  popup.on('pageerror', onPopupError);
  popup.on('console', onConsole);
  const tab = session.tab;
  return {
    problems,
    pageScriptErrors,
    watchTab: () => tab.on('pageerror', onTabError),
    stop: () => {
      popup.off('pageerror', onPopupError);
      popup.off('console', onConsole);
      tab.off('pageerror', onTabError);
    },
  };
}

async function sweepPage(session: CorpusSession, popup: Page, page: CorpusPage, capMs: number): Promise<Outcome> {
  const started = Date.now();
  const outcome: Outcome = { id: page.id, state: '', ms: 0, notArticle: false, quotes: 0, problems: [], pageScriptErrors: [], hung: false };
  let stage = 'opening the page';
  const watch = watchErrors(popup, session);
  try {
    await withTimeout((async () => {
      await openPage(session, page.file, capMs);
      watch.watchTab();
      stage = 'waiting for the popup';
      await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tab=${await session.tabId()}`);
      await popup.waitForSelector('main.popup:not([data-state="loading"])', { timeout: capMs });
      outcome.state = (await popup.getAttribute('main.popup', 'data-state')) ?? '';
      if (!session.tab.url().startsWith(session.origin)) outcome.wentTo = session.tab.url();
      outcome.notArticle = (await popup.locator('.status-title', { hasText: 'look like an article' }).count()) > 0;
      outcome.quotes = await popup.locator('.quote').count();
      if (outcome.state === 'error') outcome.problems.push(`popup error state: ${await popup.locator('.status-message').textContent()}`);
    })(), capMs, page.id);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    outcome.hung = message.startsWith('timeout');
    outcome.problems.push(outcome.hung ? `${message}, ${stage}` : message);
  } finally {
    watch.stop();
  }
  outcome.problems.push(...watch.problems.filter((problem) => !outcome.problems.includes(problem)));
  outcome.pageScriptErrors = watch.pageScriptErrors;
  outcome.ms = Date.now() - started;
  return outcome;
}

function printSummary(outcomes: Outcome[], seconds: number): void {
  const count = (test: (o: Outcome) => boolean) => outcomes.filter(test).length;
  const bySource = new Map<string, number>();
  for (const o of outcomes.filter((o) => o.notArticle)) bySource.set(o.id.split('/')[0]!, (bySource.get(o.id.split('/')[0]!) ?? 0) + 1);
  console.log(`\nSweep: ${outcomes.length} pages in ${Math.round(seconds)} s`);
  console.log(`  ready: ${count((o) => o.state === 'ready')}, error state: ${count((o) => o.state === 'error')}, restricted: ${count((o) => o.state === 'restricted')}`);
  console.log(`  pages with any problem: ${count((o) => o.problems.length > 0)}, hangs (over the cap): ${count((o) => o.hung)}`);
  console.log(`  pages whose own scripts threw while the analysis ran (not counted as problems): ${count((o) => o.pageScriptErrors.length > 0)}`);
  console.log(`  judged "not an article": ${count((o) => o.notArticle)} (${[...bySource].map(([source, n]) => `${source} ${n}`).join(', ')})`);
  console.log(`  articles with no quote found: ${count((o) => o.state === 'ready' && !o.notArticle && o.quotes === 0)}`);
  console.log(`  slowest page: ${Math.max(...outcomes.map((o) => o.ms))} ms`);
  for (const o of outcomes.filter((o) => o.state === 'restricted')) console.log(`  restricted: ${o.id}${o.wentTo ? ` (the page went to ${o.wentTo} on its own)` : ''}`);
  for (const o of outcomes.filter((o) => o.problems.length > 0)) console.log(`  ${o.id}: ${o.problems.join(' | ')}`);
}

async function main(): Promise<void> {
  const { dir, limit, only, rest } = parseCorpusArgs(process.argv.slice(2));
  const capMs = Number(rest.get('cap-ms') ?? 30_000);
  const pages = (await loadCorpus(dir)).filter((page) => !only || page.id.includes(only)).slice(0, limit);
  const session = await startCorpusSession(dir);
  const popup = await session.browser.context.newPage();
  const started = Date.now();
  const outcomes: Outcome[] = [];
  try {
    for (const [i, page] of pages.entries()) {
      let outcome = await sweepPage(session, popup, page, capMs);
      if (!outcome.state) {
        // A page that hung or kept navigating would spoil the next one: give it a fresh tab and one more try.
        await replaceTab(session);
        outcome = await sweepPage(session, popup, page, capMs);
        if (!outcome.state) await replaceTab(session);
      }
      outcomes.push(outcome);
      if ((i + 1) % 50 === 0) console.error(`${i + 1}/${pages.length} pages, ${Math.round((Date.now() - started) / 1000)} s`);
    }
  } finally {
    await session.close();
  }
  const seconds = (Date.now() - started) / 1000;
  printSummary(outcomes, seconds);
  const outDir = path.resolve('out/sweep');
  await mkdir(outDir, { recursive: true });
  const outFile = path.join(outDir, `sweep-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(outFile, JSON.stringify({ date: new Date().toISOString(), corpus: dir, capMs, seconds, blockedPageRequests: session.blockedRequests.count, outcomes }, null, 1));
  console.log(`\nEvery page's outcome: ${path.relative(process.cwd(), outFile)}`);
  if (outcomes.some((o) => o.problems.length > 0)) process.exitCode = 1;
}

await main();
