import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

/** The test build: the production manifest plus a host permission for 127.0.0.1 (see wxt.config.ts). */
export const EXTENSION_DIR = path.resolve('.output/chrome-mv3-e2e');
export const FIXTURE_PAGES_DIR = path.resolve('tests/fixtures/pages');
export const SCREENSHOT_DIR = path.resolve('test-results');

/** Debian's Chromium unless CHROMIUM_PATH says otherwise; test tools cannot download their own browsers here. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error('Chromium not found: install Debian\'s `chromium` (apt-get install chromium) or set CHROMIUM_PATH.');
  return found;
}

/** Chromium names an unpacked extension after the SHA-256 of its absolute path, spelled with the letters a–p. */
export function unpackedExtensionId(extensionDir: string): string {
  const hex = createHash('sha256').update(path.resolve(extensionDir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** Extra response headers for a fixture, by file name: pages named `csp-*.html` are served with a strict policy. */
function headersFor(file: string): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream' };
  if (path.basename(file).startsWith('csp-')) headers['content-security-policy'] = "default-src 'none'; img-src 'self'; style-src 'self'";
  return headers;
}

/** Serves the fixture pages from 127.0.0.1 on a free port, and records every request it gets. */
export async function startFixtureServer(root = FIXTURE_PAGES_DIR): Promise<{ origin: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    requests.push(pathname);
    const file = path.join(root, path.normalize(pathname).replace(/^(\.\.[/\\])+/, ''));
    try {
      const body = await readFile(file);
      response.writeHead(200, headersFor(file)).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  close: () => Promise<void>;
}

/** Launches Debian's Chromium, headless, with the built extension loaded and a fresh profile. */
export async function launchWithExtension(
  extensionDir = EXTENSION_DIR,
  options: { colorScheme?: 'light' | 'dark'; headless?: boolean } = {},
): Promise<ExtensionBrowser> {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error(`No built extension in ${extensionDir}: run \`npm run build:e2e\` first.`);
  const profile = await mkdtemp(path.join(tmpdir(), 'saywho-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: false, // --headless=new below: the old headless mode cannot load extensions
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1200, height: 900 },
    args: [
      ...(options.headless === false ? [] : ['--headless=new']),
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
    ],
  });
  return {
    context,
    extensionId: unpackedExtensionId(extensionDir),
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The id Chromium gave the tab showing `url`, asked from an extension page (which may use chrome.tabs). Without a host
 * permission for a page its URL is hidden, so the newest tab whose URL is hidden stands in for it.
 */
export async function tabIdOf(browser: ExtensionBrowser, url: string): Promise<number> {
  const probe = await browser.context.newPage();
  await probe.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=-1`);
  const id = await probe.evaluate(async (target) => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<{ id?: number; url?: string }[]> } } };
    const tabs = await chrome.tabs.query({});
    const hidden = tabs.filter((tab) => !tab.url).sort((a, b) => (b.id ?? 0) - (a.id ?? 0));
    return tabs.find((tab) => tab.url === target)?.id ?? hidden[0]?.id ?? null;
  }, url);
  await probe.close();
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}

/** Opens the article in a tab, then the popup (as a 400-pixel-wide tab, since a toolbar click cannot be simulated) for it. */
export async function openPopupFor(browser: ExtensionBrowser, url: string): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(browser, page.url());
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return { page, popup, tabId };
}

/** Waits until the popup has left its loading state and returns the state it settled in. */
export async function settledState(popup: Page): Promise<string> {
  await popup.waitForSelector('main.popup:not([data-state="loading"])', { timeout: 20_000 });
  return (await popup.getAttribute('main.popup', 'data-state')) ?? '';
}
