import type { SpeakerCertainty } from '../analysis/certainty';
import type { SpeakerStyle } from './types';
import { t } from '../i18n';

/** The tooltip's own look, inside its shadow root: the page's CSS cannot reach it and it cannot reach the page. */
const TOOLTIP_CSS = `
.tip { font: 13px/1.35 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1c1e21; background: #ffffff;
  border: 1px solid #8c8c8c; border-radius: 6px; box-shadow: 0 2px 8px rgba(0,0,0,.25); padding: 5px 9px; max-width: 320px;
  display: flex; gap: 7px; align-items: baseline; }
.swatch { display: inline-block; box-sizing: border-box; flex: none; width: 10px; height: 10px; border-radius: 2px; border-bottom-width: 3px; }
.name { font-weight: 600; }
.role { color: #55595f; }
@media (prefers-color-scheme: dark) { .tip { color: #e8eaed; background: #1e1f22; } .role { color: #b0b4ba; } }
`;

/** Space between the quote's line and the tooltip. */
const GAP_PX = 6;

/** Who said a quote, shown beside it: one host element on <html>, holding a shadow root. */
export class Tooltip {
  readonly host: HTMLElement;
  private readonly tip: HTMLElement;

  constructor(private readonly document: Document) {
    this.host = document.createElement('saywho-tooltip');
    // Inline properties set through the CSSOM are allowed under any style-src policy; !important keeps page rules off.
    for (const [property, value] of Object.entries({ all: 'initial', position: 'fixed', 'z-index': '2147483647', 'pointer-events': 'none', display: 'none' })) {
      this.host.style.setProperty(property, value, 'important');
    }
    const shadow = this.host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(TOOLTIP_CSS);
    shadow.adoptedStyleSheets = [sheet];
    this.tip = document.createElement('div');
    this.tip.className = 'tip';
    this.tip.setAttribute('role', 'tooltip');
    shadow.append(this.tip);
    document.documentElement.append(this.host);
  }

  /** Shows who said the quote under or over `anchor`, whichever has room. */
  show(anchor: DOMRect, style: SpeakerStyle | undefined, certainty: SpeakerCertainty = 'certain'): void {
    this.tip.replaceChildren(...this.content(style, certainty));
    this.host.style.setProperty('display', 'block', 'important');
    const view = this.document.defaultView;
    const height = this.host.getBoundingClientRect().height;
    const below = anchor.bottom + GAP_PX;
    const top = below + height > (view?.innerHeight ?? Infinity) ? Math.max(0, anchor.top - GAP_PX - height) : below;
    const left = Math.max(4, Math.min(anchor.left, (view?.innerWidth ?? Infinity) - this.host.getBoundingClientRect().width - 4));
    this.host.style.setProperty('top', `${Math.round(top)}px`, 'important');
    this.host.style.setProperty('left', `${Math.round(left)}px`, 'important');
  }

  hide(): void {
    this.host.style.setProperty('display', 'none', 'important');
  }

  /** The text the tooltip shows now ('' when hidden): for the tests and for logging. */
  get text(): string {
    return this.host.style.getPropertyValue('display') === 'none' ? '' : (this.tip.textContent ?? '');
  }

  remove(): void {
    this.host.remove();
  }

  private content(style: SpeakerStyle | undefined, certainty: SpeakerCertainty): Node[] {
    const swatch = this.document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.setProperty('background-color', style?.tint ?? '#8B8B8B47');
    swatch.style.setProperty('border-bottom', `3px ${style?.line ?? 'dotted'} ${style?.colour ?? '#8B8B8B'}`);
    const name = this.document.createElement('span');
    name.className = 'name';
    name.textContent = speakerLabel(style?.speaker ?? null, certainty);
    const nodes: Node[] = [swatch, name];
    if (style?.role) {
      const role = this.document.createElement('span');
      role.className = 'role';
      role.textContent = style.role;
      nodes.push(role);
    }
    return nodes;
  }
}

/** The speaker as sure as the analysis is: "probably …" or "speaker unclear (perhaps …)" when it is not sure. */
function speakerLabel(speaker: string | null, certainty: SpeakerCertainty): string {
  if (!speaker) return t('speakerUnknown');
  if (certainty === 'probable') return t('speakerProbably', speaker);
  return certainty === 'unclear' ? t('speakerUnclear', speaker) : speaker;
}
