import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './harness';
import { launchWithExtension, openPopupFor, SCREENSHOT_DIR, settledState, startFixtureServer } from './harness';

let browser: ExtensionBrowser;
let server: Awaited<ReturnType<typeof startFixtureServer>>;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
  await mkdir(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the popup on a news article', () => {
  it('shows the summary, the people, the quotes with their speakers and the citation', async () => {
    const { popup } = await openPopupFor(browser, `${server.origin}/harbour-tunnel.html`);
    expect(await settledState(popup)).toBe('ready');

    await expect.poll(() => popup.locator('.article-title').textContent()).toBe('Council backs £1.2bn harbour tunnel after heated debate');
    const summary = (await popup.locator('.summary-text').textContent()) ?? '';
    expect(summary.split(/\s+/).length).toBeLessThanOrEqual(30);
    expect(summary).toMatch(/tunnel/i);

    const figures = await popup.locator('.figure-name').allTextContents();
    expect(figures).toEqual(expect.arrayContaining(['Helen Okafor', 'Daniel Mbeki', 'Raj Patel']));

    const quote = popup.locator('.quote', { hasText: 'We have seen this film before' });
    await expect.poll(() => quote.locator('.quote-speaker').textContent()).toContain('Daniel Mbeki');
    const pronounQuote = popup.locator('.quote', { hasText: 'It will not be easy' });
    await expect.poll(() => pronounQuote.locator('.quote-speaker').textContent()).toContain('Helen Okafor');

    const citation = (await popup.locator('.citation-text').textContent()) ?? '';
    expect(citation).toContain('Raman, P.');
    expect(citation).toContain('The Northport Courier');
    expect(citation).toContain('2025');

    await popup.screenshot({ path: path.join(SCREENSHOT_DIR, 'popup-article.png'), fullPage: true });
  });
});

describe('the popup where there is no analysis', () => {
  it('says plainly that a page is not an article, and still offers the citation', async () => {
    const { popup } = await openPopupFor(browser, `${server.origin}/not-an-article.html`);
    expect(await settledState(popup)).toBe('ready');
    await expect.poll(() => popup.locator('.status-title').textContent()).toContain('doesn’t look like an article');
    expect(await popup.locator('.quote-list').count()).toBe(0);
    expect(await popup.locator('.citation-text').textContent()).toContain('Northport Weather');
  });

  it('explains that the browser’s own pages cannot be read', async () => {
    const { popup } = await openPopupFor(browser, 'about:blank');
    expect(await settledState(popup)).toBe('restricted');
    expect(await popup.locator('.status-message').textContent()).toMatch(/browser/i);
  });

  it('shows a message and a retry when reading the page fails', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=987654321`);
    expect(await settledState(popup)).toBe('error');
    expect(await popup.locator('[role="alert"] .status-message').textContent()).not.toBe('');
    const retry = popup.getByRole('button', { name: 'Try again' });
    await retry.click();
    expect(await settledState(popup)).toBe('error');
  });
});
