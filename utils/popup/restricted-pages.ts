/** Pages where browsers forbid extensions to run, with the sentence the popup shows for each. */
const RESTRICTED: readonly [RegExp, string][] = [
  [/^(chrome|edge|brave|opera|vivaldi|about|chrome-extension|moz-extension|view-source|devtools|chrome-search):/i,
    'This is a page of the browser itself, and browsers do not let extensions read it.'],
  [/^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)/i,
    'Browsers do not let extensions read the extension stores.'],
  [/^data:|^blob:/i, 'This page has no address to read or cite.'],
];

/** Why SayWho cannot run on a URL, or null when it may try. file:// is tried: the user may have allowed it. */
export function restrictionOf(url: string): string | null {
  return RESTRICTED.find(([pattern]) => pattern.test(url))?.[1] ?? null;
}

/** Turns the browser's refusal to inject into a sentence a reader understands. */
export function explainInjectionError(message: string, url: string): string | null {
  if (/^file:/i.test(url)) return 'To read files on your computer, turn on “Allow access to file URLs” for SayWho in the browser’s extension settings.';
  if (/\.pdf($|[?#])/i.test(url) || /pdf/i.test(message)) return 'This is a PDF shown in the browser’s PDF viewer, which extensions cannot read.';
  if (/cannot be scripted|cannot access|missing host permission|permission/i.test(message)) return 'The browser does not let extensions read this page.';
  return null;
}
