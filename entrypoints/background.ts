import { browser, defineBackground } from '#imports';
import { createCitationMenu, handleCitationMenuClick } from '@/utils/citation/context-menu';
import { createHighlightMenu, handleHighlightMenuClick } from '@/utils/highlight/context-menu';

/**
 * The service worker: only the page context menu's "Copy citation" and "Highlight quotes". An ES module, so the CSL
 * processor stays in its own chunk (shared with the popup) and is loaded only when a style needs it.
 */
export default defineBackground({
  type: 'module',
  // Firefox's MV2 build bundles the worker as one classic script: an event page, so it loads only on its events.
  persistent: false,
  main() {
    browser.runtime.onInstalled.addListener(() => {
      createCitationMenu();
      createHighlightMenu();
    });
    browser.contextMenus.onClicked.addListener((info, tab) => {
      void handleCitationMenuClick(info, tab);
      void handleHighlightMenuClick(info, tab);
    });
    // A context-menu click cannot be simulated: the end-to-end build lets the tests call the handlers instead.
    if (import.meta.env.MODE === 'e2e') {
      Object.assign(globalThis, { saywhoCitationMenuClick: handleCitationMenuClick, saywhoHighlightMenuClick: handleHighlightMenuClick });
    }
  },
});
