import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from '#imports';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { COPY_CITATION_MENU_ID, copyInPage, createCitationMenu, handleCitationMenuClick } from '@/utils/citation/context-menu';
import { saveSettings } from '@/utils/settings';
import { ARTICLES } from './fixtures';

const ANALYSIS = { article: { ...ARTICLES.one, dir: 'ltr' }, isArticle: true, quotes: [], figures: [], numbers: [], summary: { text: '', method: 'none' } };

/** fakeBrowser's scripting.* throws "not implemented": the first call injects the analysis, the second copies. */
function mockPage(copied: boolean, analysis: unknown = { ok: true, analysis: ANALYSIS, timings: { extractMs: 1, analyseMs: 1 } }) {
  return vi
    .spyOn(browser.scripting, 'executeScript')
    .mockResolvedValueOnce([{ frameId: 0, result: analysis, documentId: 'd' }] as never)
    .mockResolvedValueOnce([{ frameId: 0, result: copied, documentId: 'd' }] as never);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.spyOn(browser.action, 'setBadgeText').mockResolvedValue(undefined as never);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the "Copy citation" menu item', () => {
  it('is created for pages', () => {
    const create = vi.spyOn(browser.contextMenus, 'create').mockReturnValue(COPY_CITATION_MENU_ID as never);
    createCitationMenu();
    expect(create).toHaveBeenCalledWith({ id: COPY_CITATION_MENU_ID, title: 'Copy citation', contexts: ['page'] });
  });

  it('analyses the tab, formats the last chosen style and copies it in the page', async () => {
    await saveSettings({ citationStyle: 'ris' });
    const execute = mockPage(true);
    expect(await handleCitationMenuClick({ menuItemId: COPY_CITATION_MENU_ID }, { id: 7 }, new Date(2026, 10, 25))).toBe(true);
    expect(execute.mock.calls[0]?.[0]).toMatchObject({ target: { tabId: 7 }, files: ['/content-scripts/analyze.js'] });
    const copy = execute.mock.calls[1]?.[0] as unknown as { func: unknown; args: [string, string | null] };
    expect(copy.func).toBe(copyInPage);
    expect(copy.args[0]).toContain('TY  - NEWS');
    expect(copy.args[1]).toBeNull(); // reference-manager formats paste as plain text
    expect(browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '✓' });
  });

  it('copies APA as rich text by default', async () => {
    const execute = mockPage(true);
    await handleCitationMenuClick({ menuItemId: COPY_CITATION_MENU_ID }, { id: 7 }, new Date(2026, 10, 25));
    const [, html] = (execute.mock.calls[1]?.[0] as unknown as { args: [string, string] }).args;
    expect(html).toContain('<i>The Courier</i>');
  }, 60_000);

  it.each([
    ['a page that cannot be analysed', { ok: false, error: 'nope' }],
    ['a page the browser will not let it read', null],
  ])('says so on the badge for %s', async (_, result) => {
    if (result) mockPage(true, result);
    else vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    expect(await handleCitationMenuClick({ menuItemId: COPY_CITATION_MENU_ID }, { id: 3 })).toBe(false);
    expect(browser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 3, text: '!' });
  });

  it('ignores other menu items and clicks without a tab', async () => {
    const execute = vi.spyOn(browser.scripting, 'executeScript');
    expect(await handleCitationMenuClick({ menuItemId: 'other' }, { id: 1 })).toBe(false);
    expect(await handleCitationMenuClick({ menuItemId: COPY_CITATION_MENU_ID }, undefined)).toBe(false);
    expect(execute).not.toHaveBeenCalled();
  });

  it('clears the badge after a moment', async () => {
    mockPage(true);
    await handleCitationMenuClick({ menuItemId: COPY_CITATION_MENU_ID }, { id: 7 });
    await vi.advanceTimersByTimeAsync(2000);
    expect(browser.action.setBadgeText).toHaveBeenLastCalledWith({ tabId: 7, text: '' });
  });
});
