import type { CorpusSession } from './corpus-browser';

/** When the popup showed its first content and when the full analysis had been painted, in ms from its navigation. */
export interface PopupTiming {
  state: string;
  firstContentMs: number;
  analysisPaintedMs: number;
}

/** Opens the popup for the page now in the session's tab, as the harness does, and reads the popup's own clock. */
export async function timePopup(session: CorpusSession): Promise<PopupTiming> {
  const popup = await session.browser.context.newPage();
  try {
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${session.browser.extensionId}/popup.html?tab=${await session.tabId()}`);
    await popup.waitForSelector('main.popup:not([data-state="loading"])', { timeout: 20_000 });
    return await popup.evaluate(async () => {
      // The next frame after the analysis is in the DOM is when a person can see it.
      const painted = await new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))));
      const mark = performance.getEntriesByName('saywho:content')[0];
      return { state: document.querySelector('main.popup')?.getAttribute('data-state') ?? '', firstContentMs: mark?.startTime ?? Number.NaN, analysisPaintedMs: painted };
    });
  } finally {
    await popup.close();
  }
}
