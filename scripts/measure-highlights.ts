/**
 * Highlight figures (not a test): for every corpus page whose analysis finds quotes, the built extension analyses the
 * page in Chromium exactly as the popup does, marks the quotes as the popup's switch does, then switches them off.
 * Prints the share of found quotes marked, the pages that threw, the pages not restored exactly, and median/p95 time to
 * mark (measured in the page). Saves a screenshot of the highlighted seed article to test-results/highlight-seed.png.
 *
 *   npm run build:e2e && npx tsx scripts/measure-highlights.ts [CORPUS_FOLDER] [--limit N] [--only SUBSTRING] [--verbose]
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { assignSpeakerStyles, toHighlightQuotes } from '../utils/highlight/palette';
import type { Analysis } from '../utils/analysis/types';
import type { PageMessage, PageReply } from '../utils/messaging/types';
import { loadCorpus, parseCorpusArgs, percentile, withTimeout } from './lib/corpus';
import type { CorpusSession } from './lib/corpus-browser';
import { openPage, replaceTab, runAnalysisScript, startCorpusSession } from './lib/corpus-browser';

/** A page that takes longer than this to load, analyse and mark is recorded as a failure and skipped. */
const PAGE_CAP_MS = 30_000;
const SEED_ID = 'seed/article.html';

/** What Chromium says when the tab no longer shows the page we injected into (a script or meta refresh moved it). */
const NAVIGATED = /Cannot access contents of the page|Receiving end does not exist|Frame with ID \d+ was removed|Execution context was destroyed/;

interface Outcome {
  id: string;
  found: number;
  shown: number;
  ms: number;
  missing: string[];
  restored: boolean;
  /** DOM changes the page's own scripts made while the quotes were marked (ours, the tooltip host, are left out). */
  pageMutations: number;
}

async function send(session: CorpusSession, message: PageMessage): Promise<PageReply> {
  const tabId = await session.tabId();
  return session.controller.evaluate(async ([id, body]) => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { sendMessage: (id: number, m: unknown) => Promise<unknown> } } };
    return (await chrome.tabs.sendMessage(id, body)) as PageReply;
  }, [tabId, message] as const);
}

/** Starts recording the page's own DOM changes, leaving out our tooltip host coming and going. */
const watchMutations = (session: CorpusSession) => session.tab.evaluate(() => {
  const state = window as unknown as { saywhoMutations: number; saywhoObserver: MutationObserver };
  state.saywhoMutations = 0;
  // No named inner functions here: tsx would wrap them in a helper that does not exist in the page.
  state.saywhoObserver = new MutationObserver((records) => {
    state.saywhoMutations += records.filter((r) => ![r.target, ...r.addedNodes, ...r.removedNodes].some((node) => node.nodeName.toLowerCase().startsWith('saywho-'))).length;
  });
  state.saywhoObserver.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
});

const stopWatching = (session: CorpusSession) => session.tab.evaluate(() => {
  const state = window as unknown as { saywhoMutations: number; saywhoObserver: MutationObserver };
  state.saywhoObserver.takeRecords().forEach(() => state.saywhoMutations++);
  state.saywhoObserver.disconnect();
  return state.saywhoMutations;
});

/** A cheap fingerprint of the whole document, to tell whether switching off gave back exactly the same markup. */
const fingerprint = (session: CorpusSession) => session.tab.evaluate(() => {
  const html = document.documentElement.outerHTML;
  let hash = 0;
  for (let i = 0; i < html.length; i++) hash = (hash * 31 + html.charCodeAt(i)) | 0;
  return `${html.length}:${hash}:${CSS.highlights.size}:${document.adoptedStyleSheets.length}`;
});

async function measurePage(session: CorpusSession, file: string, id: string): Promise<Outcome | null> {
  await openPage(session, file, PAGE_CAP_MS);
  const result = await runAnalysisScript(session);
  if (!result.ok) throw new Error(`analysis failed: ${result.error}`);
  const analysis: Analysis = result.analysis;
  if (analysis.quotes.length === 0) return null;
  const styles = assignSpeakerStyles(analysis.figures, analysis.quotes);
  await watchMutations(session); // first, so no change of the page's own slips in before the fingerprint
  const before = await fingerprint(session);
  const reply = await send(session, { type: 'saywho:highlight-on', quotes: toHighlightQuotes(analysis.quotes, styles), styles });
  if (!reply.ok || !reply.report) throw new Error(`highlight failed: ${reply.ok ? 'no report' : reply.error}`);
  if (id === SEED_ID) await session.tab.screenshot({ path: path.resolve('test-results/highlight-seed.png'), fullPage: true });
  const off = await send(session, { type: 'saywho:highlight-off' });
  if (!off.ok) throw new Error(`switching off failed: ${off.error}`);
  const restored = (await fingerprint(session)) === before;
  const pageMutations = await stopWatching(session);
  const missing = reply.report.missingIds.map((index) => analysis.quotes[index]?.text ?? '?');
  return { id, found: analysis.quotes.length, shown: reply.report.shown, ms: reply.report.ms, missing, restored, pageMutations };
}

async function main(): Promise<void> {
  const { dir, limit, only, rest } = parseCorpusArgs(process.argv.slice(2));
  const pages = (await loadCorpus(dir)).filter((page) => !only || page.id.includes(only)).slice(0, limit);
  await mkdir('test-results', { recursive: true });
  const session = await startCorpusSession(dir);
  const outcomes: Outcome[] = [];
  const failures: string[] = [];
  const navigated: string[] = [];
  try {
    for (const page of pages) {
      try {
        const outcome = await withTimeout(measurePage(session, page.file, page.id), PAGE_CAP_MS * 2, page.id);
        if (outcome) outcomes.push(outcome);
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
        (NAVIGATED.test(message) ? navigated : failures).push(`${page.id}: ${message}`);
        await replaceTab(session);
      }
    }
  } finally {
    await session.close();
  }
  report(outcomes, failures, navigated, pages.length, rest.has('verbose'));
}

function report(outcomes: Outcome[], failures: string[], navigated: string[], total: number, isVerbose: boolean): void {
  const found = outcomes.reduce((sum, o) => sum + o.found, 0);
  const shown = outcomes.reduce((sum, o) => sum + o.shown, 0);
  const times = outcomes.map((o) => o.ms);
  const notRestored = outcomes.filter((o) => !o.restored && o.pageMutations === 0);
  const changedThemselves = outcomes.filter((o) => !o.restored && o.pageMutations > 0);
  console.log(`pages run: ${total}; pages with quotes: ${outcomes.length}`);
  console.log(`quotes highlighted: ${shown} / ${found} = ${((100 * shown) / Math.max(1, found)).toFixed(2)} %`);
  console.log(`pages fully highlighted: ${outcomes.filter((o) => o.shown === o.found).length} / ${outcomes.length}`);
  console.log(`time to highlight (in page): median ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`);
  console.log(`pages that threw or timed out: ${failures.length}`);
  for (const failure of failures) console.log(`  ${failure}`);
  console.log(`pages that navigated away on their own (the tab left the page, so nothing to mark): ${navigated.length}`);
  for (const page of navigated) console.log(`  ${page}`);
  console.log(`pages not restored exactly after switching off: ${notRestored.length}`);
  for (const o of notRestored) console.log(`  ${o.id}`);
  console.log(`pages whose own scripts changed their DOM while marked (so not comparable): ${changedThemselves.length}`);
  for (const o of changedThemselves) console.log(`  ${o.id}: ${o.pageMutations} changes`);
  if (!isVerbose) return;
  for (const o of outcomes.filter((x) => x.missing.length > 0)) {
    console.log(`${o.id}: ${o.shown}/${o.found}`);
    for (const text of o.missing) console.log(`    not found: “${text.slice(0, 100)}”`);
  }
}

await main();
