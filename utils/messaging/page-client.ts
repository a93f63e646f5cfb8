import { browser } from '#imports';
import { t } from '../i18n';
import { findTargetTab } from '../popup/load-analysis';
import type { PageMessage, PageReply } from './types';


/** Sends one message to the content script in the popup's tab and returns its reply, or why there is none. */
export async function sendToPage(message: PageMessage, search = location.search): Promise<PageReply> {
  const tab = await findTargetTab(search);
  if (!tab) return { ok: false, reason: 'failed', error: t('noTabToMark') };
  try {
    const reply = (await browser.tabs.sendMessage(tab.id, message)) as PageReply | undefined;
    // The content script is gone: the tab went to another page, or was reloaded.
    return reply ?? { ok: false, reason: 'navigated', error: t('pageChanged') };
  } catch {
    // "Receiving end does not exist": a new document replaced the one the script was injected into.
    return { ok: false, reason: 'navigated', error: t('pageChanged') };
  }
}
