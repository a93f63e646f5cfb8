import { browser } from '#imports';
import { t } from '../i18n';
import type { PageMessage, PageReply } from '../messaging/types';
import { loadAnalysis } from '../popup/load-analysis';
import { loadSettings } from '../settings';
import { assignSpeakerStyles, toHighlightQuotes } from './palette';

/** The id of the page's "Highlight quotes" menu item. */
export const HIGHLIGHT_MENU_ID = 'saywho-highlight-quotes';

/** Adds "Highlight quotes" to the page's context menu (once, on install or update). */
export function createHighlightMenu(): void {
  browser.contextMenus.create({ id: HIGHLIGHT_MENU_ID, title: t('contextMenuHighlight'), contexts: ['page'] });
}

/**
 * Answers a click on the menu item, which grants activeTab: reads the page as the popup does, then switches its
 * highlights on, or off when they are already on. Resolves to whether the page is highlighted afterwards.
 */
export async function handleHighlightMenuClick(info: { menuItemId: string | number }, tab: { id?: number; url?: string } | undefined): Promise<boolean> {
  if (info.menuItemId !== HIGHLIGHT_MENU_ID || tab?.id === undefined) return false;
  const state = await loadAnalysis({ id: tab.id, url: tab.url });
  if (state.status !== 'ready') return false;
  const status = await send(tab.id, { type: 'saywho:highlight-status' });
  if (status.ok && status.on) {
    await send(tab.id, { type: 'saywho:highlight-off' });
    return false;
  }
  const { figures, quotes } = state.analysis;
  const styles = assignSpeakerStyles(figures, quotes, (await loadSettings()).highlightLook);
  const reply = await send(tab.id, { type: 'saywho:highlight-on', quotes: toHighlightQuotes(quotes, styles), styles });
  return reply.ok && reply.on;
}

async function send(tabId: number, message: PageMessage): Promise<PageReply> {
  try {
    return ((await browser.tabs.sendMessage(tabId, message)) as PageReply | undefined) ?? { ok: false, reason: 'navigated', error: t('pageChanged') };
  } catch {
    return { ok: false, reason: 'navigated', error: t('pageChanged') };
  }
}
