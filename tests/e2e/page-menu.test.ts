import { describe, expect, it } from 'vitest';
import { tabIdOf } from './harness';
import { useExtensionSession } from './session';
import { highlightsIn } from './highlight-page';

const session = useExtensionSession();

/** Calls the background's menu handler as a click on "Highlight quotes" would (a context-menu click cannot be simulated). */
async function clickHighlightMenu(tabId: number): Promise<boolean> {
  const worker = session.browser.context.serviceWorkers()[0] ?? (await session.browser.context.waitForEvent('serviceworker'));
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
    const worker = session.browser.context.serviceWorkers()[0] ?? (await session.browser.context.waitForEvent('serviceworker'));
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
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/harbour-tunnel.html?menu=1`);
    const tabId = await tabIdOf(session.browser, page.url());
    expect(await clickHighlightMenu(tabId)).toBe(true);
    const marked = await highlightsIn(page);
    expect(Object.values(marked).flat()).toEqual(expect.arrayContaining([expect.stringContaining('We have seen this film before')]));
    expect(await clickHighlightMenu(tabId)).toBe(false);
    expect(Object.values(await highlightsIn(page)).flat()).toEqual([]);
  });

  it('uses the reader’s “underline only” look', async () => {
    const options = await session.browser.context.newPage();
    await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    await options.getByLabel('Underline only').check();
    await expect.poll(() => options.locator('.copy-status').textContent()).toBe('Saved');
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/harbour-tunnel.html?menu=2`);
    expect(await clickHighlightMenu(await tabIdOf(session.browser, page.url()))).toBe(true);
    const speakerRules = await page.evaluate(() =>
      [...document.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).filter((text) => /::highlight\(saywho-s\d+\)/.test(text)),
    );
    expect(speakerRules.length).toBeGreaterThan(0);
    expect(speakerRules.every((rule) => /background-color: transparent/.test(rule))).toBe(true);
  });
});
