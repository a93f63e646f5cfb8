import { browser, defineBackground } from '#imports';
import { createCitationMenu, handleCitationMenuClick } from '@/utils/citation/context-menu';

/** The service worker: only the page context menu's "Copy citation". */
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => createCitationMenu());
  browser.contextMenus.onClicked.addListener((info, tab) => void handleCitationMenuClick(info, tab));
  // A context-menu click cannot be simulated: the end-to-end build lets the tests call the handler instead.
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { saywhoCitationMenuClick: handleCitationMenuClick });
});
