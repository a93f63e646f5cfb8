import type { Browser, HTTPRequest } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer } from '../e2e/harness';
import { launchFirefoxWithExtension, openFirefoxPopupFor } from './firefox-harness';

let browser: Browser;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
const requested: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchFirefoxWithExtension();
  browser.on('targetcreated', async (target) => (await target.page())?.on('request', (request: HTTPRequest) => requested.push(request.url())));
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const textOf = (popup: Awaited<ReturnType<typeof openFirefoxPopupFor>>['popup'], selector: string) =>
  popup.$$eval(selector, (elements) => elements.map((element) => element.textContent ?? ''));

describe('the add-on in Firefox', () => {
  it('analyses the fixture article: title, people, quotes with their speakers, citation', async () => {
    const { popup } = await openFirefoxPopupFor(browser, `${server.origin}/harbour-tunnel.html`);
    expect(await popup.$eval('main.popup', (main) => main.getAttribute('data-state'))).toBe('ready');
    expect(await textOf(popup, '.article-title')).toEqual(['Council backs £1.2bn harbour tunnel after heated debate']);
    expect(await textOf(popup, '.figure-name')).toEqual(expect.arrayContaining(['Helen Okafor', 'Daniel Mbeki', 'Raj Patel']));
    const quotes = await popup.$$eval('.quote', (elements) => elements.map((element) => element.textContent ?? ''));
    expect(quotes.find((quote) => quote.includes('We have seen this film before'))).toContain('Daniel Mbeki');
    expect((await textOf(popup, '.citation-text')).join(' ')).toContain('The Northport Courier');
  });

  it('says plainly when a page is not an article', async () => {
    const { popup } = await openFirefoxPopupFor(browser, `${server.origin}/not-an-article.html`);
    expect((await textOf(popup, '.status-title')).join(' ')).toContain('doesn’t look like an article');
  });

  it('shows a hostile page\'s markup as inert text', async () => {
    const { popup } = await openFirefoxPopupFor(browser, `${server.origin}/hostile-article.html`);
    const text = await popup.$eval('main', (main) => main.textContent ?? '');
    expect(text).toContain('<script>document.title=\'pwned\'</script> into a comment box');
    expect(await popup.$$eval('main script, main iframe, main [onerror], main [onload]', (found) => found.length)).toBe(0);
  });

  it('made no request but to the local test server and its own files', () => {
    expect(requested.length).toBeGreaterThan(2);
    expect(requested.filter((url) => !url.startsWith(`${server.origin}/`) && !url.startsWith('moz-extension://') && !url.startsWith('data:'))).toEqual([]);
  });
});
