import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './harness';
import { launchWithExtension, startFixtureServer, tabIdOf } from './harness';
import { highlightsIn } from './highlight-page';

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startFixtureServer>>;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Calls the background's menu handler as a click on "Highlight quotes" would (a context-menu click cannot be simulated). */
async function clickHighlightMenu(tabId: number): Promise<boolean> {
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  return worker.evaluate(
    (id) =>
      (globalThis as unknown as { saywhoHighlightMenuClick: (info: object, tab: object) => Promise<boolean> }).saywhoHighlightMenuClick(
        { menuItemId: 'saywho-highlight-quotes' },
        { id },
      ),
    tabId,
  );
}

describe('the page’s context menu', () => {
  it('registers “Highlight quotes” beside “Copy citation”', async () => {
    const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
    const manifest = await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest: () => { permissions: string[] } } } }).chrome.runtime.getManifest());
    expect(manifest.permissions).toContain('contextMenus');
    // Creating an id that exists fails: so both items are there.
    const errors = await worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { contextMenus: { create: (p: object, cb: () => void) => void }; runtime: { lastError?: { message: string } } } };
      const tryCreate = (id: string) => new Promise<string>((resolve) => chrome.contextMenus.create({ id, title: 'x', contexts: ['page'] }, () => resolve(chrome.runtime.lastError?.message ?? '')));
      return [await tryCreate('saywho-copy-citation'), await tryCreate('saywho-highlight-quotes')];
    });
    expect(errors.every((message) => /duplicate/i.test(message))).toBe(true);
  });

  it('switches the page’s highlights on, and off again on a second click', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/harbour-tunnel.html?menu=1`);
    const tabId = await tabIdOf(browser, page.url());
    expect(await clickHighlightMenu(tabId)).toBe(true);
    const marked = await highlightsIn(page);
    expect(Object.values(marked).flat()).toEqual(expect.arrayContaining([expect.stringContaining('We have seen this film before')]));
    expect(await clickHighlightMenu(tabId)).toBe(false);
    expect(Object.values(await highlightsIn(page)).flat()).toEqual([]);
  });

  it('uses the reader’s “underline only” look', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByLabel('Underline only').check();
    await expect.poll(() => options.locator('.copy-status').textContent()).toBe('Saved');
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/harbour-tunnel.html?menu=2`);
    expect(await clickHighlightMenu(await tabIdOf(browser, page.url()))).toBe(true);
    const speakerRules = await page.evaluate(() =>
      [...document.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).filter((text) => /::highlight\(saywho-s\d+\)/.test(text)),
    );
    expect(speakerRules.length).toBeGreaterThan(0);
    expect(speakerRules.every((rule) => /background-color: transparent/.test(rule))).toBe(true);
  });
});
