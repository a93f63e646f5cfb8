import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './harness';
import { launchWithExtension, openPopupFor, SCREENSHOT_DIR, settledState, startFixtureServer } from './harness';

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page. Evaluate goes through the debugging protocol, so the extension page's CSP does not block it. */
async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const source = await readFile(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const { axe } = globalThis as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } };
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

let server: Awaited<ReturnType<typeof startFixtureServer>>;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

describe.each(['light', 'dark'] as const)('the popup in %s mode', (colorScheme) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension(undefined, { colorScheme });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has no accessibility violations, and looks right', async () => {
    const { popup } = await openPopupFor(browser, `${server.origin}/harbour-tunnel.html`);
    expect(await settledState(popup)).toBe('ready');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: path.join(SCREENSHOT_DIR, `popup-${colorScheme}.png`), fullPage: true });
  });

  it('has no accessibility violations when a page is not an article', async () => {
    const { popup } = await openPopupFor(browser, `${server.origin}/not-an-article.html`);
    expect(await settledState(popup)).toBe('ready');
    expect(await axeViolations(popup)).toEqual([]);
  });
});

describe('the popup by keyboard and across languages', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reaches every control with Tab, each with a visible focus ring', async () => {
    const { popup } = await openPopupFor(browser, `${server.origin}/harbour-tunnel.html`);
    await settledState(popup);
    const controls = await popup.locator('button:visible, select:visible, a[href]:visible, input:visible').count();
    const reached = new Set<string>();
    for (let i = 0; i < controls + 2; i++) {
      await popup.keyboard.press('Tab');
      const focused = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const hasRing = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        const position = [...document.querySelectorAll('button, select, a[href], input')].indexOf(el);
        return { key: `${position}:${el.tagName}:${el.textContent?.slice(0, 40)}`, hasRing };
      });
      if (!focused) continue;
      expect(focused.hasRing, `${focused.key} shows focus`).toBe(true);
      reached.add(focused.key);
    }
    expect(reached.size).toBe(controls);
  });

  it('expands the quote list and filters it by speaker from the keyboard', async () => {
    const { popup } = await openPopupFor(browser, `${server.origin}/harbour-tunnel.html`);
    await settledState(popup);
    const total = Number(await popup.locator('#quotes-heading .count').textContent());
    expect(await popup.locator('.quote').count()).toBeLessThan(total);
    const more = popup.getByRole('button', { name: /Show all/ });
    await more.focus();
    await popup.keyboard.press('Enter');
    expect(await popup.locator('.quote').count()).toBe(total);
    const labels = await popup.locator('.quote-filter option').allTextContents();
    const patel = labels.find((label) => label.startsWith('Raj Patel'));
    expect(patel).toBeDefined();
    await popup.locator('.quote-filter select').focus();
    await popup.locator('.quote-filter select').selectOption({ label: patel! });
    const speakers = await popup.locator('.quote-speaker').allTextContents();
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers.every((speaker) => speaker.includes('Raj Patel'))).toBe(true);
  });

  it('shows a right-to-left article right to left', async () => {
    const { popup } = await openPopupFor(browser, `${server.origin}/rtl-article.html`);
    expect(await settledState(popup)).toBe('ready');
    expect(await popup.getAttribute('main.popup', 'dir')).toBe('rtl');
    expect(await popup.locator('.article-title').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await popup.screenshot({ path: path.join(SCREENSHOT_DIR, 'popup-rtl.png'), fullPage: true });
  });

  it('registers the keyboard shortcut that opens the popup', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=-1`);
    const commands = await page.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { commands: { getAll: () => Promise<{ name: string; shortcut: string }[]> } } };
      return chrome.commands.getAll();
    });
    expect(commands).toContainEqual(expect.objectContaining({ name: '_execute_action', shortcut: 'Alt+Shift+S' }));
  });

  it('keeps the settings chosen on the options page', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByLabel('Citation style the popup opens with').selectOption('mla');
    await options.getByLabel('Underline only').check();
    await expect.poll(() => options.locator('.copy-status').textContent()).toBe('Saved');
    await options.reload();
    expect(await options.getByLabel('Citation style the popup opens with').inputValue()).toBe('mla');
    expect(await options.getByLabel('Underline only').isChecked()).toBe(true);
    expect(await axeViolations(options)).toEqual([]);
  });

  it('exports the same people and quotes as Markdown as the popup shows', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { popup } = await openPopupFor(browser, `${server.origin}/harbour-tunnel.html`);
    await settledState(popup);
    await popup.getByRole('button', { name: /Show all/ }).click();
    await popup.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(() => popup.locator('.export .copy-status').textContent()).toBe('Copied');
    const markdown = await popup.evaluate(() => navigator.clipboard.readText());
    for (const name of await popup.locator('.figure-name').allTextContents()) expect(markdown).toContain(`**${name}**`);
    for (const text of await popup.locator('.quote-text').allTextContents()) {
      expect(markdown).toContain(text.trim().replace(/[*_[\]()#<>]/g, (c) => `\\${c}`));
    }
    expect(markdown).toContain(await popup.locator('.summary-text').textContent());
    expect(markdown).toMatch(/\(https:\/\/courier\.example\/news\/2025\/03\/14\/council-backs-harbour-tunnel\/#:~:text=[^)\s]+\)/);
  });

  it('offers the browser’s on-device summary only where the browser has one, and labels it', async () => {
    const { popup: without } = await openPopupFor(browser, `${server.origin}/harbour-tunnel.html`);
    await settledState(without);
    expect(await without.locator('.on-device-summary').count()).toBe(0);

    const { page, tabId } = await openPopupFor(browser, `${server.origin}/harbour-tunnel.html`);
    const popup = await browser.context.newPage();
    // Stands in for Chrome's built-in model, which this test machine does not have; it echoes what it was given.
    await popup.addInitScript(() => {
      Object.assign(globalThis, {
        Summarizer: {
          availability: async () => 'available',
          create: async () => ({ summarize: async (text: string) => `MODEL SAYS: ${text.slice(0, 40)}`, destroy: () => {} }),
        },
      });
    });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await settledState(popup);
    await popup.getByRole('button', { name: /on-device AI/ }).click();
    await expect.poll(() => popup.locator('.on-device-text').textContent()).toContain('MODEL SAYS: Councillors voted 31 to 12');
    expect(await popup.locator('.on-device-text .badge').textContent()).toBe('On-device AI');
    await page.close();
  });
});
