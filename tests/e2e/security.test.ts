import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR, openPopupFor, settledState } from './harness';
import { useExtensionSession } from './session';

const requested: string[] = [];

// Every request of every page, extension pages included, from the first to the last test of this file.
const session = useExtensionSession(({ browser }) => browser.context.on('request', (request) => requested.push(request.url())));

/** What in the popup's DOM could run code or load something, had a page string been parsed as HTML. */
async function liveMarkupIn(popup: Page): Promise<string[]> {
  return popup.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('main *')) {
      if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'FRAME'].includes(element.tagName)) found.push(`<${element.tagName.toLowerCase()}>`);
      const source = element.getAttribute('src');
      if (source !== null && !source.startsWith('chrome-extension://') && !source.startsWith('/')) found.push(`${element.tagName.toLowerCase()}[src=${source}]`);
      for (const attribute of element.attributes) {
        if (attribute.name.startsWith('on')) found.push(`${element.tagName.toLowerCase()}[${attribute.name}]`);
        if (/^\s*javascript:/i.test(attribute.value)) found.push(`${element.tagName.toLowerCase()}[${attribute.name}=${attribute.value}]`);
      }
    }
    return found;
  });
}

describe('a hostile page', () => {
  it('shows script-injection strings from the title, byline, quotes and JSON-LD as inert text', async () => {
    const { page, popup } = await openPopupFor(session.browser, `${session.server.origin}/hostile-article.html`);
    expect(await settledState(popup)).toBe('ready');
    await expect.poll(() => popup.locator('.quote').count()).toBeGreaterThan(2);

    expect(await liveMarkupIn(popup)).toEqual([]);
    const text = (await popup.locator('main').textContent()) ?? '';
    expect(text).toContain('<script>document.title=\'pwned\'</script> into a comment box');
    expect(text).toContain('<img src=x onerror="document.title=\'pwned\'"> will not stop its rebuild');
    // The title comes from the <title>, og:title or JSON-LD headline: each carries a different tag, all must stay text.
    expect(await popup.locator('.article-title').textContent()).toMatch(/<(img|svg) (src=x onerror|onload)=.*Bayside pier rebuild approved/);
    expect(await popup.title()).not.toBe('pwned');
    // The analysis script only reads the page: nothing it did may have run the page's strings either.
    expect(await page.title()).toContain('Bayside pier rebuild approved');
  });
});

describe('the extension makes no network request', () => {
  it('asks for nothing but the local test pages and its own files while analysing articles and non-articles', async () => {
    for (const file of ['harbour-tunnel.html', 'not-an-article.html', 'hostile-article.html']) {
      const { popup } = await openPopupFor(session.browser, `${session.server.origin}/${file}`);
      expect(await settledState(popup)).toBe('ready');
    }
    expect(requested.length).toBeGreaterThan(3);
    const foreign = requested.filter((url) => !url.startsWith(`${session.server.origin}/`) && !url.startsWith(`chrome-extension://${session.browser.extensionId}/`));
    expect(foreign).toEqual([]);
  });
});

describe('the manifest', () => {
  it('asks for the minimum permissions, no host but the test session.server, and keeps the default strict policy', async () => {
    const manifest = JSON.parse(await readFile(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'clipboardWrite', 'contextMenus', 'scripting', 'storage']);
    expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*']);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    const policy = JSON.stringify(manifest.content_security_policy ?? {});
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });
});
