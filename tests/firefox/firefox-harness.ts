import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import puppeteer from 'puppeteer-core';

/** The Firefox test build: the production manifest plus a host permission for 127.0.0.1 (see wxt.config.ts). */
export const FIREFOX_EXTENSION_DIR = path.resolve('.output/firefox-mv2-e2e');
/** The add-on's id, from browser_specific_settings in wxt.config.ts. */
const ADDON_ID = 'saywho@saywho.app';
/**
 * Firefox gives each install a random internal UUID; this test-only profile preference fixes it, so the tests know the
 * popup's address. Nothing in the built extension changes.
 */
const ADDON_UUID = '5a7e0b1c-7e57-4e57-8e57-5a7e0b1c7e57';

/** Debian's firefox-esr unless FIREFOX_PATH says otherwise. */
export function firefoxPath(): string {
  const found = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean).find((file) => existsSync(file!));
  if (!found) throw new Error('Firefox not found: install Debian\'s `firefox-esr` (apt-get install firefox-esr) or set FIREFOX_PATH.');
  return found;
}

/** Launches headless Firefox over WebDriver BiDi and installs the unpacked test build as a temporary add-on. */
export async function launchFirefoxWithExtension(extensionDir = FIREFOX_EXTENSION_DIR): Promise<Browser> {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error(`No Firefox build in ${extensionDir}: run \`npm run test:firefox\`.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    protocol: 'webDriverBiDi',
    // WebDriver may only open web pages unless this flag is given; it lets the test open the popup page in a tab.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }) },
  });
  await browser.installExtension(extensionDir);
  return browser;
}

/** The popup page's address; `?tab=` names the tab to analyse, as in the Chromium tests. */
export const popupUrl = (search = '') => `moz-extension://${ADDON_UUID}/popup.html${search}`;

/**
 * Opens the popup (as a tab, since a toolbar click cannot be simulated) for the tab showing `url`. Firefox loads
 * extension pages in their own process and WebDriver does not report that navigation's end, so the page is waited for.
 */
export async function openFirefoxPopupFor(browser: Browser, url: string): Promise<{ page: Page; popup: Page }> {
  const page = await browser.newPage();
  await page.goto(url);
  const popup = await browser.newPage();
  await popup.goto(popupUrl('?tab=-1'), { timeout: 3_000 }).catch(() => undefined);
  await popup.waitForFunction(() => (globalThis as { browser?: unknown }).browser !== undefined, { timeout: 10_000 });
  const tabId = await popup.evaluate(async (target) => {
    const api = (globalThis as unknown as { browser: { tabs: { query: (q: object) => Promise<{ id?: number; url?: string }[]> } } }).browser;
    return (await api.tabs.query({})).find((tab) => tab.url === target)?.id ?? null;
  }, url);
  if (tabId === null) throw new Error(`No tab shows ${url}`);
  await popup.evaluate((search) => location.replace(search), `?tab=${tabId}`);
  await popup.waitForFunction((search) => location.search === search && document.querySelector('main.popup:not([data-state="loading"])') !== null, { timeout: 20_000 }, `?tab=${tabId}`);
  return { page, popup };
}
