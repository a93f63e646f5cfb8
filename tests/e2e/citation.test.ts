import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { textFragmentUrl } from '../../utils/citation/text-fragment';
import { openPopupFor, SCREENSHOT_DIR, settledState, tabIdOf } from './harness';
import { useExtensionSession } from './session';

const session = useExtensionSession();

/** What the clipboard holds, read back in `page` (which must have clipboard-read for its origin). */
async function readClipboard(page: import('playwright-core').Page): Promise<{ text: string; html: string }> {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type: string) => (item?.types.includes(type) ? (await item.getType(type)).text() : '');
    return { text: await read('text/plain'), html: await read('text/html') };
  });
}

/** Extension origins count as opaque to the permission API, so a page's origin is granted when given, else all. */
async function grantClipboard(origin?: string) {
  await session.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], origin ? { origin } : undefined);
}

describe('copying a citation from the popup', () => {
  it('copies the chosen style as rich and plain text, says so, and remembers the style', async () => {
    await grantClipboard();
    const { popup } = await openPopupFor(session.browser, `${session.server.origin}/citation-estuary-bridge.html`);
    expect(await settledState(popup)).toBe('ready');

    await popup.selectOption('.citation-style select', 'mla');
    await expect.poll(() => popup.locator('.citation-text').textContent()).toContain('Lindqvist, Marta, and Oliver Brandt.');
    await popup.getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => popup.locator('.citation .copy-status').textContent()).toBe('Copied');

    const copied = await readClipboard(popup);
    // MLA 9: inverted first author, "and" the second, title case in quotes, italic container, day month year.
    expect(copied.text).toBe('Lindqvist, Marta, and Oliver Brandt. “Estuary Bridge to Go Ahead despite Cost Rise.” The Riverside Gazette, 14 Mar. 2025, https://gazette.example/news/2025/03/14/estuary-bridge.');
    expect(copied.html).toContain('<i>The Riverside Gazette</i>');
    await popup.screenshot({ path: path.join(SCREENSHOT_DIR, 'popup-citation-mla.png'), fullPage: true });

    const again = await openPopupFor(session.browser, `${session.server.origin}/citation-estuary-bridge.html`);
    expect(await settledState(again.popup)).toBe('ready');
    await expect.poll(() => again.popup.locator('.citation-style select').inputValue()).toBe('mla');
  });

  it('copies from the keyboard alone, in a reference-manager format as plain text', async () => {
    await grantClipboard();
    const { popup } = await openPopupFor(session.browser, `${session.server.origin}/citation-estuary-bridge.html`);
    expect(await settledState(popup)).toBe('ready');
    await popup.locator('.citation-style select').focus();
    await popup.selectOption('.citation-style select', 'bibtex');
    await popup.keyboard.press('Tab');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('Copy citation');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('.citation .copy-status').textContent()).toBe('Copied');
    const copied = await readClipboard(popup);
    expect(copied.text).toMatch(/^@online\{lindqvist2025estuary,/);
    expect(copied.text).toContain('author = {Lindqvist, Marta and Brandt, Oliver}');
    expect(copied.html).toBe('');
  });
});

describe('citing one quote', () => {
  it('copies “…” — Speaker, Publication, date with a link to the passage', async () => {
    await grantClipboard();
    const { popup } = await openPopupFor(session.browser, `${session.server.origin}/citation-estuary-bridge.html`);
    expect(await settledState(popup)).toBe('ready');
    const quote = popup.locator('.quote', { hasText: 'Nothing about this estuary is simple' });
    await quote.getByRole('button', { name: /Cite this quote/ }).click();
    await expect.poll(() => quote.locator('.copy-status').textContent()).toBe('Copied');
    const copied = await readClipboard(popup);
    expect(copied.text).toMatch(/^“Nothing about this estuary is simple\.” — Tomas Varga, The Riverside Gazette, March 14, 2025\. https:\/\/gazette\.example\/news\/2025\/03\/14\/estuary-bridge#:~:text=/);
    expect(copied.html).toContain('<a href="https://gazette.example/news/2025/03/14/estuary-bridge#:~:text=');
    await popup.locator('.quote-list').screenshot({ path: path.join(SCREENSHOT_DIR, 'popup-cite-quote.png') });
  });
});

describe('"Copy citation" from the page context menu', () => {
  it('analyses the page and copies the citation in the last chosen style', async () => {
    const { page, tabId } = await openPopupFor(session.browser, `${session.server.origin}/citation-estuary-bridge.html`);
    await grantClipboard(session.server.origin);
    await page.bringToFront();
    const [worker] = session.browser.context.serviceWorkers();
    expect(worker).toBeDefined();
    const copied = await worker!.evaluate(
      (id) => (globalThis as unknown as { saywhoCitationMenuClick: (info: object, tab: object) => Promise<boolean> }).saywhoCitationMenuClick({ menuItemId: 'saywho-copy-citation' }, { id }),
      tabId,
    );
    expect(copied).toBe(true);
    const clipboard = await readClipboard(page);
    expect(clipboard.text).toMatch(/^@online\{lindqvist2025estuary,/); // the style chosen in the popup test above
  });
});

describe('a cited quote’s link', () => {
  it('opens the article scrolled to that passage, even where the words recur', async () => {
    const article = `${session.server.origin}/citation-estuary-bridge.html`;
    const page = await session.browser.context.newPage();
    await page.goto(article);
    const pageText = await page.evaluate(() => document.body.innerText);
    const url = textFragmentUrl(article, { exact: 'We will finish the bridge.', prefix: 'whether the budget would hold, Kowalski repeated: “', suffix: '” Her deputy, Tomas Varga' }, pageText);
    expect(url).toContain(',-'); // the words occur twice: the link carries the context after them
    await page.goto('about:blank');
    await page.goto(url);
    const late = page.locator('#late');
    await expect.poll(() => late.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    }), { timeout: 10_000 }).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'text-fragment-quote.png') });
  });
});

export { tabIdOf };
