import { hasHighlightApi, paintWithHighlights } from './highlight-api';
import { QuoteLocator } from './locate';
import { rangeOf, segmentsOf } from './marks';
import type { PaintedQuote, Painter } from './painter';
import { scrollToRange } from './scroll';
import { buildTextMap } from './text-map';
import { Tooltip } from './tooltip';
import type { HighlightQuote, HighlightReport, MatchLevel, SpeakerStyle } from './types';
import { watchPointer } from './watch-pointer';
import { paintByWrapping } from './wrap';

/** What the content script's context lends: its abort signal and its timers (WXT's `ctx` fits). */
export interface HostContext {
  signal: AbortSignal;
  setTimeout(handler: () => void, ms: number): unknown;
}

/** The quotes to mark and how each speaker looks; `method` forces the wrapping fallback (for its tests). */
export interface HighlightRequest {
  quotes: HighlightQuote[];
  styles: SpeakerStyle[];
  method?: 'wrap';
}

/** How long a flashed quote stays flashed, and when its tooltip appears (after a smooth scroll has settled). */
const FLASH_MS = 1800;
const TOOLTIP_AFTER_SCROLL_MS = 600;

/** Marks quotes in one live page, shows who said them, and undoes all of it on request. */
export class Highlighter {
  private painted: PaintedQuote[] = [];
  private styles: SpeakerStyle[] = [];
  private painter: Painter | null = null;
  private tooltip: Tooltip | null = null;
  private listeners: AbortController | null = null;
  private lastReport: HighlightReport | null = null;
  private flashing: { stop: () => void; painter: Painter | null } | null = null;
  private context: HostContext | null = null;

  constructor(private readonly document: Document, private readonly now: () => number) {}

  /** Whether quotes are marked now, and what marking them found. */
  status(): { on: boolean; report: HighlightReport | null } {
    return { on: this.painter !== null, report: this.painter ? this.lastReport : null };
  }

  /** Takes the listeners and timers of a (new) content-script context; the old context's went with it. */
  attach(context: HostContext): void {
    this.context = context;
    this.endFlash();
    if (this.painter) this.listen();
  }

  /** Marks the quotes found in the page (replacing any marked before) and says how many could not be found. */
  on(request: HighlightRequest): HighlightReport {
    this.off();
    const started = this.now();
    const located = this.locateAll(request.quotes);
    const useApi = request.method !== 'wrap' && hasHighlightApi();
    this.styles = request.styles;
    this.painted = located.painted;
    this.painter = useApi ? paintWithHighlights(this.document, this.styles, this.painted) : paintByWrapping(this.document, this.styles, this.painted);
    this.tooltip = new Tooltip(this.document);
    this.listen();
    const missingIds = request.quotes.filter((quote) => !this.painted.some((p) => p.id === quote.id)).map((quote) => quote.id);
    this.lastReport = { shown: this.painted.length, missing: missingIds.length, missingIds, levels: located.levels, method: useApi ? 'highlight-api' : 'wrap', ms: this.now() - started };
    return this.lastReport;
  }

  /** Removes every mark, the tooltip, the stylesheet and the listeners: the page is as it was. */
  off(): void {
    this.listeners?.abort();
    this.listeners = null;
    this.endFlash();
    this.painter?.remove();
    this.painter = null;
    this.tooltip?.remove();
    this.tooltip = null;
    this.painted = [];
  }

  /** Scrolls the page to a quote and flashes it; false when the page no longer has it. */
  show(quote: HighlightQuote, style: SpeakerStyle | undefined): boolean {
    this.endFlash();
    const target = this.painted.find((p) => p.id === quote.id) ?? this.locateAll([quote]).painted[0];
    if (!target) return false;
    const view = this.document.defaultView;
    if (view) scrollToRange(target.range, view);
    const painter = this.painter ?? (hasHighlightApi() ? paintWithHighlights(this.document, [], []) : paintByWrapping(this.document, [], [target]));
    const stop = painter.flash(target);
    const flashing = { stop, painter: painter === this.painter ? null : painter };
    this.flashing = flashing;
    this.context?.setTimeout(() => {
      const rect = target.range.getClientRects()[0];
      if (this.flashing === flashing && this.tooltip && rect) this.tooltip.show(rect, style, quote.certainty);
    }, TOOLTIP_AFTER_SCROLL_MS);
    this.context?.setTimeout(() => this.flashing === flashing && this.endFlash(), FLASH_MS);
    return true;
  }

  private endFlash(): void {
    if (!this.flashing) return;
    this.flashing.stop();
    this.flashing.painter?.remove();
    this.flashing = null;
    this.tooltip?.hide();
  }

  private listen(): void {
    this.listeners?.abort();
    this.listeners = new AbortController();
    const signal = this.context ? AbortSignal.any([this.listeners.signal, this.context.signal]) : this.listeners.signal;
    watchPointer(this.document, () => this.painted, (quote, rect, cause) => {
      if (cause === 'scroll' && this.flashing) return; // our own scroll to a flashed quote
      if (quote && rect) this.tooltip?.show(rect, this.styles.find((style) => style.index === quote.style), quote.certainty);
      else if (cause !== 'caret') this.tooltip?.hide();
    }, signal);
  }

  private locateAll(quotes: readonly HighlightQuote[]): { painted: PaintedQuote[]; levels: Record<MatchLevel, number> } {
    const levels: Record<MatchLevel, number> = { text: 0, loose: 0, ends: 0 };
    const body = this.document.body;
    if (!body) return { painted: [], levels };
    const map = buildTextMap(body);
    const locator = new QuoteLocator(map);
    const painted: PaintedQuote[] = [];
    for (const quote of quotes) {
      const located = locator.locate(quote.anchor);
      const segments = located ? segmentsOf(map, located) : [];
      const range = rangeOf(this.document, segments);
      if (!located || !range) continue;
      levels[located.level]++;
      painted.push({ ...quote, segments, range });
    }
    return { painted, levels };
  }
}
