import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../tests/e2e/harness';
import { EXTENSION_DIR, launchWithExtension, startFixtureServer, tabIdOf } from '../../tests/e2e/harness';
import type { PageResult } from '../../utils/messaging/types';

/** A browser with the e2e build, a local server for the corpus, one tab for the pages and one extension page to drive it. */
export interface CorpusSession {
  browser: ExtensionBrowser;
  origin: string;
  tab: Page;
  controller: Page;
  /** Requests of the saved pages themselves for their original sites' files, refused rather than sent. */
  blockedRequests: { count: number };
  tabId: () => Promise<number>;
  close: () => Promise<void>;
}

/** Starts the server and the browser. Saved pages point at their original sites: those requests are refused, not sent. */
export async function startCorpusSession(dir: string): Promise<CorpusSession> {
  const server = await startFixtureServer(dir);
  // A private copy of the e2e build: a rebuild during a long run would otherwise pull the files from under the browser.
  const copy = await mkdtemp(path.join(tmpdir(), 'saywho-extension-'));
  await cp(EXTENSION_DIR, copy, { recursive: true });
  const browser = await launchWithExtension(copy);
  const blockedRequests = { count: 0 };
  await browser.context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin) || url.startsWith('chrome-extension:') || url.startsWith('data:')) return route.continue();
    blockedRequests.count++;
    return route.abort('blockedbyclient');
  });
  const tab = await browser.context.newPage();
  await tab.goto(`${server.origin}/saywho-start`); // a 404 page: any address of the server gives the tab its id
  const controller = await browser.context.newPage();
  await controller.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=-1`);
  const ids = new WeakMap<Page, number>();
  const session: CorpusSession = {
    browser, origin: server.origin, tab, controller, blockedRequests,
    tabId: async () => ids.get(session.tab) ?? ids.set(session.tab, await tabIdOf(browser, session.tab.url())).get(session.tab)!,
    close: async () => {
      await browser.close();
      await server.close();
      await rm(copy, { recursive: true, force: true });
    },
  };
  return session;
}

/** Replaces the session's tab with a fresh one, after a page hung in it. */
export async function replaceTab(session: CorpusSession): Promise<void> {
  await session.tab.close({ runBeforeUnload: false }).catch(() => undefined);
  session.tab = await session.browser.context.newPage();
  await session.tab.goto(`${session.origin}/saywho-start`);
}

/** How long to let a page finish loading after its DOM is parsed, so its own scripts are not timed with ours. */
const LOAD_GRACE_MS = 5_000;

/** Opens a corpus page in the session's tab (ready once its DOM is parsed: a person can click by then; some saved pages never fire `load` offline). */
export async function openPage(session: CorpusSession, file: string, timeoutMs: number): Promise<void> {
  await session.tab.goto(`${session.origin}/${file.split('/').map(encodeURIComponent).join('/')}`, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
  await session.tab.waitForLoadState('load', { timeout: LOAD_GRACE_MS }).catch(() => undefined);
}

/** Injects the built analysis script into the tab exactly as the popup does, and returns what it answered. */
export async function runAnalysisScript(session: CorpusSession): Promise<PageResult> {
  return (await timeAnalysisScript(session)).result;
}

/**
 * Injects the analysis script as the popup does, and times the whole injection as the extension sees it: loading and
 * starting the script (its module-level set-up included, which its own timings cannot see), the run, and the answer's
 * trip back.
 */
export async function timeAnalysisScript(session: CorpusSession): Promise<{ result: PageResult; injectionMs: number }> {
  const tabId = await session.tabId();
  return session.controller.evaluate(async (target) => {
    const { chrome } = globalThis as unknown as { chrome: { scripting: { executeScript: (o: object) => Promise<{ result?: unknown }[]> } } };
    const started = performance.now();
    const [injection] = await chrome.scripting.executeScript({ target: { tabId: target }, files: ['/content-scripts/analyze.js'] });
    return { result: injection?.result as PageResult, injectionMs: performance.now() - started };
  }, tabId);
}
