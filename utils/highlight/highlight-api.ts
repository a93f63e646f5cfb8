import type { Painter, PaintedQuote } from './painter';
import { FLASH_NAME, highlightName, stylesheetText } from './styles';
import type { SpeakerStyle } from './types';

/** Whether this browser has the CSS Custom Highlight API and constructable stylesheets to style it. */
export function hasHighlightApi(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' && 'adoptedStyleSheets' in Document.prototype;
}

/**
 * Paints with the CSS Custom Highlight API: one Highlight per speaker, styled by a constructed stylesheet adopted by
 * the document. The page's DOM is never touched, and an adopted sheet is not a <style> element, so a page's
 * style-src policy does not block it.
 */
export function paintWithHighlights(document: Document, styles: readonly SpeakerStyle[], quotes: readonly PaintedQuote[]): Painter {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(stylesheetText(styles, 'highlight'));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const names: string[] = [];
  for (const style of styles) {
    const ranges = quotes.filter((quote) => quote.style === style.index).map((quote) => quote.range);
    if (ranges.length === 0) continue;
    CSS.highlights.set(highlightName(style.index), new Highlight(...ranges));
    names.push(highlightName(style.index));
  }
  return {
    flash(quote) {
      const flash = new Highlight(quote.range);
      flash.priority = 1; // above the speakers' own highlights
      CSS.highlights.set(FLASH_NAME, flash);
      return () => CSS.highlights.delete(FLASH_NAME);
    },
    remove() {
      for (const name of [...names, FLASH_NAME]) CSS.highlights.delete(name);
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    },
  };
}
