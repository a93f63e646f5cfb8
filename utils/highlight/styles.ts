import type { SpeakerStyle } from './types';

/** Every name and class this extension adds to a page starts with this, so it never meets the page's own. */
const PREFIX = 'saywho';

/** The highlight (and fallback class) that flashes a quote the reader asked to see. */
export const FLASH_NAME = `${PREFIX}-flash`;

/** The Highlight registry name (and fallback class) of one speaker's quotes. */
export function highlightName(index: number): string {
  return `${PREFIX}-s${index}`;
}

/** The fallback's wrapping element: a custom name the page has no rules for, unlike <mark>. */
export const WRAP_TAG = `${PREFIX}-quote`;

/**
 * The rules that colour each speaker's quotes: a translucent tint under the page's own text colour plus a 2px
 * underline in the speaker's colour and style. The flash is black on yellow, readable on any page.
 */
export function stylesheetText(styles: readonly SpeakerStyle[], method: 'highlight' | 'wrap'): string {
  const selector = (name: string) => (method === 'highlight' ? `::highlight(${name})` : `${WRAP_TAG}.${name}`);
  const rules = styles.map(
    (style) =>
      `${selector(highlightName(style.index))} { background-color: ${style.tint}; text-decoration-line: underline; ` +
      `text-decoration-style: ${style.line}; text-decoration-color: ${style.colour}; text-decoration-thickness: 2px; }`,
  );
  rules.push(`${selector(FLASH_NAME)} { background-color: #FFD400; color: #000000; }`);
  if (method === 'wrap') rules.push(`${WRAP_TAG} { display: inline; font: inherit; color: inherit; }`);
  return rules.join('\n');
}
