import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPopupFor, SCREENSHOT_DIR, settledState } from './harness';
import { useExtensionSession } from './session';

const session = useExtensionSession();
const ARTICLE = 'citation-estuary-bridge.html';

/** The popup's focused element, as a person would name it: its field name or its text. */
const focused = (popup: Page) => popup.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name || document.activeElement?.textContent?.trim());

type StorageArea = { get: (keys: string | null) => Promise<Record<string, unknown>> };

/** What the extension keeps in local and in sync storage. */
const stored = (popup: Page) =>
  popup.evaluate(async () => {
    const { storage } = (globalThis as unknown as { chrome: { storage: { local: StorageArea; sync: StorageArea } } }).chrome;
    return { local: await storage.local.get('citationCorrections'), sync: await storage.sync.get(null) };
  });

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(await readFile(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async () => {
    const { axe } = globalThis as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string }[] }> } };
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return result.violations.map((violation) => violation.id);
  });
}

describe('correcting the citation before copying', () => {
  it('edits from the keyboard, applies to every style and the Markdown, is remembered locally, and resets', async () => {
    await session.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { popup } = await openPopupFor(session.browser, `${session.server.origin}/${ARTICLE}`);
    expect(await settledState(popup)).toBe('ready');
    await expect.poll(() => popup.locator('.citation-text').textContent()).toContain('Lindqvist, M., & Brandt, O.');

    const edit = popup.getByRole('button', { name: 'Edit' });
    await edit.focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => focused(popup)).toBe('title');
    expect(await edit.getAttribute('aria-expanded')).toBe('true');
    expect(await axeViolations(popup)).toEqual([]);

    // Tab to the authors, keep only the first, correct the publisher, save with Enter.
    await popup.keyboard.press('Tab');
    await expect.poll(() => focused(popup)).toBe('authors');
    await popup.keyboard.press('ControlOrMeta+a');
    await popup.keyboard.type('Marta Lindqvist');
    await popup.getByLabel('Publisher').fill('The Riverside Gazette Weekly');
    await popup.screenshot({ path: path.join(SCREENSHOT_DIR, 'popup-citation-edit.png'), fullPage: true });
    await popup.keyboard.press('Enter');

    await expect.poll(() => popup.locator('.citation .copy-status').textContent()).toBe('Correction saved for this page');
    await expect.poll(() => popup.locator('.citation-form').count()).toBe(0);
    await expect.poll(() => focused(popup)).toBe('Edit');
    await expect.poll(() => popup.locator('.citation-text').textContent()).toContain('Lindqvist, M. (2025');
    expect(await popup.locator('.citation-text').textContent()).not.toContain('Brandt');
    expect(await popup.locator('.citation-text').textContent()).toContain('The Riverside Gazette Weekly');
    await popup.selectOption('.citation-style select', 'mla');
    await expect.poll(() => popup.locator('.citation-text').textContent()).toMatch(/^Lindqvist, Marta\. .*The Riverside Gazette Weekly/);

    await popup.getByRole('button', { name: 'Copy as Markdown' }).click();
    // The export formats the citation first (MLA loads citeproc): the clipboard is read once it says so.
    await expect.poll(() => popup.locator('.export .copy-status').textContent()).toBe('Copied');
    const markdown = await popup.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toContain('Lindqvist, Marta. ');
    expect(markdown).not.toContain('Brandt, Oliver');

    const kept = await stored(popup);
    expect(Object.values(kept.local['citationCorrections'] as object)).toEqual([{ authors: ['Marta Lindqvist'], publisher: 'The Riverside Gazette Weekly' }]);
    expect(JSON.stringify(kept.sync)).not.toContain('Lindqvist');

    // The next visit starts from the correction; Escape closes the form without saving; the reset returns to the page.
    const again = (await openPopupFor(session.browser, `${session.server.origin}/${ARTICLE}`)).popup;
    expect(await settledState(again)).toBe('ready');
    await expect.poll(() => again.locator('.citation-text').textContent()).toContain('The Riverside Gazette Weekly');
    expect(await again.locator('.citation-corrected').textContent()).toContain('Corrected by you');
    await again.locator('.citation').screenshot({ path: path.join(SCREENSHOT_DIR, 'popup-citation-corrected.png') });
    await again.getByRole('button', { name: 'Edit' }).click();
    await again.getByLabel('Title').fill('Something else entirely');
    await again.keyboard.press('Escape');
    await expect.poll(() => again.locator('.citation-form').count()).toBe(0);
    expect(await again.locator('.citation-text').textContent()).not.toContain('Something else entirely');
    await again.getByRole('button', { name: 'Edit' }).click();
    await again.getByRole('button', { name: 'Reset to what the page says' }).click();
    await expect.poll(() => again.locator('.citation-text').textContent()).toContain('Brandt');
    expect(await again.locator('.citation-corrected').count()).toBe(0);
    await expect.poll(async () => JSON.stringify((await stored(again)).local)).toBe('{"citationCorrections":{}}');
  });
});

describe('a citation the page does not state clearly', () => {
  it('says which fields to check, cites the access date, and stops asking once corrected', async () => {
    const { popup } = await openPopupFor(session.browser, `${session.server.origin}/citation-undated-notes.html`);
    expect(await settledState(popup)).toBe('ready');
    await popup.selectOption('.citation-style select', 'apa');
    await expect.poll(() => popup.locator('.citation-unsure').textContent()).toBe('Please check: authors. The page does not state them clearly.');
    await expect.poll(() => popup.locator('.citation-text').textContent()).toMatch(/^Okafor, H\. \(n\.d\.\)\. Why the tide tables moved this spring\. .*Retrieved \w+ \d{1,2}, \d{4}, from http/);
    await popup.selectOption('.citation-style select', 'mla');
    await expect.poll(() => popup.locator('.citation-text').textContent()).toMatch(/Accessed \d{1,2} \w+\.? \d{4}\.$/);
    await popup.locator('.citation').screenshot({ path: path.join(SCREENSHOT_DIR, 'popup-citation-unsure.png') });

    await popup.getByRole('button', { name: 'Edit' }).click();
    await popup.getByLabel('Authors').fill('Hanna Okafor');
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => popup.locator('.citation-form').count()).toBe(0);
    // Saving the page's own value stores no correction, and the authors stay marked for checking.
    expect(await popup.locator('.citation-corrected').count()).toBe(0);
    await popup.getByRole('button', { name: 'Edit' }).click();
    await popup.getByLabel('Authors').fill('Hanna K. Okafor');
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => popup.locator('.citation-unsure').count()).toBe(0);
    await popup.getByRole('button', { name: 'Edit' }).click();
    await popup.getByRole('button', { name: 'Reset to what the page says' }).click();
  });
});
