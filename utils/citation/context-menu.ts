import { browser } from '#imports';
import { loadAnalysis } from '../popup/load-analysis';
import { t } from '../i18n';
import { loadSettings } from '../settings';
import { citeAs, isReferenceFormat } from '.';
import { applyCorrection, loadCorrection } from './corrections';
import type { FormattedCitation } from './types';

/** The id of the page's "Copy citation" menu item. */
export const COPY_CITATION_MENU_ID = 'saywho-copy-citation';

/** How long the toolbar badge says the citation was copied. */
const BADGE_MS = 2000;

/** Adds "Copy citation" to the page's context menu (once, on install or update). */
export function createCitationMenu(): void {
  browser.contextMenus.create({ id: COPY_CITATION_MENU_ID, title: t('contextMenuCopyCitation'), contexts: ['page'] });
}

/**
 * Answers a click on the menu item: the click grants activeTab, so the analysis script can be injected; the citation
 * is formatted in the reader's last style and copied by a small function run in the page, where the click happened.
 */
export async function handleCitationMenuClick(info: { menuItemId: string | number }, tab: { id?: number } | undefined, now = new Date()): Promise<boolean> {
  if (info.menuItemId !== COPY_CITATION_MENU_ID || tab?.id === undefined) return false;
  const state = await loadAnalysis({ id: tab.id, url: undefined });
  if (state.status !== 'ready') return signal(tab.id, false);
  const { analysis } = state;
  const { citationStyle } = await loadSettings();
  // The reader's correction for this page applies here as in the popup.
  const article = applyCorrection(analysis.article, await loadCorrection(analysis.article.url));
  const citation = await citeAs(article, citationStyle, now);
  const isRich = !isReferenceFormat(citationStyle);
  const [copied] = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: copyInPage, args: [citation.text, isRich ? citation.html : null] });
  return signal(tab.id, copied?.result === true);
}

/** Shows ✓ or ! on the toolbar button for a moment: the menu gives no other feedback. */
async function signal(tabId: number, isCopied: boolean): Promise<boolean> {
  // Firefox's Manifest V2 build names the toolbar button browserAction.
  const button = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  await button?.setBadgeText({ tabId, text: isCopied ? '✓' : '!' }).catch(() => undefined);
  setTimeout(() => void button?.setBadgeText({ tabId, text: '' }).catch(() => undefined), BADGE_MS);
  return isCopied;
}

/**
 * Runs in the page (serialised by scripting.executeScript, so it must be self-contained). A copy event carries both
 * formats; execCommand('copy') works in an injected script with the clipboardWrite permission even when the page
 * lacks focus, which navigator.clipboard requires.
 */
export function copyInPage(text: string, html: string | null): boolean {
  const onCopy = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', text);
    if (html) event.clipboardData?.setData('text/html', html);
    event.preventDefault();
  };
  document.addEventListener('copy', onCopy, true);
  try {
    return document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', onCopy, true);
  }
}

