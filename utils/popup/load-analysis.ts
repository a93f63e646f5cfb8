import { browser } from '#imports';
import type { Analysis } from '../analysis/types';
import type { MessageKey } from '../i18n';
import { t } from '../i18n';
import type { PageResult, Timings } from '../messaging/types';
import { explainInjectionError, restrictionOf } from './restricted-pages';

/** Everything the popup can be showing. */
export type PopupState =
  | { status: 'loading' }
  | { status: 'restricted'; reason: MessageKey }
  | { status: 'error'; message: string }
  | { status: 'ready'; analysis: Analysis; timings: Timings; summarySource: string };

/** The tab the popup is about: the active tab, or the one named by `?tab=` (the end-to-end tests open the popup as a tab). */
export async function findTargetTab(search: string): Promise<{ id: number; url: string | undefined } | null> {
  const requested = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) {
    const tab = await browser.tabs.get(requested);
    return { id: requested, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/** Injects the analysis script into the tab and returns what the popup should show. */
export async function loadAnalysis(tab: { id: number; url: string | undefined }): Promise<PopupState> {
  // Without activeTab (or a host permission) the URL is hidden: try anyway, and explain a refusal if one comes.
  const restriction = tab.url === undefined ? null : restrictionOf(tab.url);
  if (restriction) return { status: 'restricted', reason: restriction };
  let result: PageResult | undefined;
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/analyze.js'] });
    result = injection?.result as PageResult | undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reason = explainInjectionError(message, tab.url ?? '');
    return reason ? { status: 'restricted', reason } : { status: 'error', message };
  }
  if (!result) return { status: 'error', message: t('errorNoAnswer') };
  if (!result.ok) return { status: 'error', message: result.error };
  return { status: 'ready', analysis: result.analysis, timings: result.timings, summarySource: result.summarySource };
}
