import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from '#imports';
import { loadAnalysis } from '@/utils/popup/load-analysis';
import type { PageResult } from '@/utils/messaging/types';

const TAB = { id: 7, url: 'https://news.example/story' };

function injectionReturns(result: PageResult | undefined) {
  // fakeBrowser's scripting.* throws "not implemented": stand in for the injection.
  return vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result, documentId: 'd' }] as never);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('loadAnalysis', () => {
  it('injects the analysis script into the tab and shows its result', async () => {
    const analysis = { isArticle: true } as never;
    const spy = injectionReturns({ ok: true, analysis, timings: { extractMs: 1, analyseMs: 1 }, summarySource: 'text' });
    const state = await loadAnalysis(TAB);
    expect(spy).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/content-scripts/analyze.js'] });
    expect(state).toMatchObject({ status: 'ready', analysis });
  });

  it('does not inject into a page the browser protects', async () => {
    const spy = injectionReturns(undefined);
    const state = await loadAnalysis({ id: 7, url: 'chrome://settings' });
    expect(spy).not.toHaveBeenCalled();
    expect(state.status).toBe('restricted');
  });

  it('turns an error inside the page into a failure the popup can retry', async () => {
    injectionReturns({ ok: false, error: 'boom' });
    expect(await loadAnalysis(TAB)).toEqual({ status: 'error', message: 'boom' });
  });

  it('explains a refused injection in words', async () => {
    vi.spyOn(browser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of url "file:///a.html"'));
    const state = await loadAnalysis({ id: 7, url: 'file:///a.html' });
    expect(state).toMatchObject({ status: 'restricted' });
  });

  it('reports a page that did not answer', async () => {
    injectionReturns(undefined);
    expect((await loadAnalysis(TAB)).status).toBe('error');
  });
});
