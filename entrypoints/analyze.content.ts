import { browser, defineContentScript } from '#imports';
import { adoptPageState, handlePageMessage, hasMovedOn } from '@/utils/highlight';
import { analysePage } from '@/utils/page/analyse-page';

/** Injected on demand by the popup (activeTab + scripting); never declared for any page in the manifest. */
export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const now = () => performance.now();
    // A second injection invalidates the first context (and its listener) before this runs: one listener at a time.
    const state = adoptPageState(document, location.href, ctx, now);
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
      const reply = handlePageMessage(state, message, location.href);
      if (reply === undefined) return false;
      sendResponse(reply);
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    // A single-page app that moves to another article leaves nothing marked behind; an in-page #link keeps the marks.
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      if (hasMovedOn(event.oldUrl.href, event.newUrl.href)) state.highlighter.off();
    });
    return analysePage(document, location.href, now);
  },
});
