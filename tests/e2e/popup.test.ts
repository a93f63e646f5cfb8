import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPopupFor, SCREENSHOT_DIR, settledState } from './harness';
import { useExtensionSession } from './session';

const session = useExtensionSession();

describe('the popup on a news article', () => {
  it('shows the summary, the people, the quotes with their speakers and the citation', async () => {
    const { popup } = await openPopupFor(session.browser, `${session.server.origin}/harbour-tunnel.html`);
    expect(await settledState(popup)).toBe('ready');

    await expect.poll(() => popup.locator('.article-title').textContent()).toBe('Council backs £1.2bn harbour tunnel after heated debate');
    const summary = (await popup.locator('.summary-text').textContent()) ?? '';
    expect(summary.split(/\s+/).length).toBeLessThanOrEqual(30);
    expect(summary).toMatch(/tunnel/i);

    const figures = await popup.locator('.figure-name').allTextContents();
    expect(figures).toEqual(expect.arrayContaining(['Helen Okafor', 'Daniel Mbeki', 'Raj Patel']));

    // Each key number in the words that say what it counts, before it or after it, with the number itself set apart.
    const numbers = (await popup.locator('.number').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
    expect(numbers).toEqual(expect.arrayContaining(['38% of commuters cross the old swing', 'closures of the bridge rose to 214 last year']));
    expect(await popup.locator('.number', { hasText: '214' }).locator('.number-value').textContent()).toBe('214');

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

describe('the popup on an article with hover cards', () => {
  it('leaves out the text of cards and footnotes the page hides, so that names stay whole', async () => {
    const { popup } = await openPopupFor(session.browser, `${session.server.origin}/hover-card.html`);
    expect(await settledState(popup)).toBe('ready');

    const quote = popup.locator('.quote', { hasText: 'We wanted the quay to be busy' });
    await expect.poll(() => quote.locator('.quote-speaker').textContent()).toContain('Mara Quell');
    expect(await quote.locator('.quote-speaker').textContent()).not.toContain('Mayor of Northport since');
    const figures = await popup.locator('.figure-name').allTextContents();
    expect(figures).toEqual(expect.arrayContaining(['Mara Quell', 'Ilan Brody']));
    expect(figures.join(' ')).not.toMatch(/QuellMayor|Founded/);
  });
});

describe('the popup where there is no analysis', () => {
  it('says plainly that a page is not an article, and still offers the citation', async () => {
    const { popup } = await openPopupFor(session.browser, `${session.server.origin}/not-an-article.html`);
    expect(await settledState(popup)).toBe('ready');
    await expect.poll(() => popup.locator('.status-title').textContent()).toContain('doesn’t look like an article');
    expect(await popup.locator('.quote-list').count()).toBe(0);
    expect(await popup.locator('.citation-text').textContent()).toContain('Northport Weather');
  });

  it('explains that the browser’s own pages cannot be read', async () => {
    const { popup } = await openPopupFor(session.browser, 'about:blank');
    expect(await settledState(popup)).toBe('restricted');
    expect(await popup.locator('.status-message').textContent()).toMatch(/browser/i);
  });

  it('shows a message and a retry when reading the page fails', async () => {
    const popup = await session.browser.context.newPage();
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tab=987654321`);
    expect(await settledState(popup)).toBe('error');
    expect(await popup.locator('[role="alert"] .status-message').textContent()).not.toBe('');
    const retry = popup.getByRole('button', { name: 'Try again' });
    await retry.click();
    expect(await settledState(popup)).toBe('error');
  });
});
