import type { MessageKey } from '../i18n';

/** Pages where browsers forbid extensions to run, with the message the popup shows for each. */
const RESTRICTED: readonly [RegExp, MessageKey][] = [
  [/^(chrome|edge|brave|opera|vivaldi|about|chrome-extension|moz-extension|view-source|devtools|chrome-search):/i, 'restrictedBrowserPage'],
  [/^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)/i, 'restrictedStore'],
  [/^data:|^blob:/i, 'restrictedNoAddress'],
];

/** Why SayWho cannot run on a URL, or null when it may try. file:// is tried: the user may have allowed it. */
export function restrictionOf(url: string): MessageKey | null {
  return RESTRICTED.find(([pattern]) => pattern.test(url))?.[1] ?? null;
}

/** Turns the browser's refusal to inject into a message a reader understands; null when it was not a refusal. */
export function explainInjectionError(message: string, url: string): MessageKey | null {
  if (/^file:/i.test(url)) return 'restrictedFileAccess';
  if (/\.pdf($|[?#])/i.test(url) || /pdf/i.test(message)) return 'restrictedPdf';
  if (/cannot be scripted|cannot access|missing host permission|permission/i.test(message)) return 'restrictedGeneric';
  return null;
}
