import type { FormattedCitation } from './types';

/**
 * Puts a citation on the clipboard as rich text (italics survive a paste into Word or Google Docs) and plain text.
 * Call it straight from the click handler: the ClipboardItem takes promises, so the browser keeps the click's
 * permission while a style that is still loading finishes formatting.
 */
export async function copyCitation(citation: Promise<FormattedCitation> | FormattedCitation, isRich: boolean): Promise<void> {
  const ready = Promise.resolve(citation);
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) {
    await navigator.clipboard.writeText((await ready).text);
    return;
  }
  const plain = ready.then((c) => new Blob([c.text], { type: 'text/plain' }));
  const html = ready.then((c) => new Blob([wrapHtml(c.html)], { type: 'text/html' }));
  await navigator.clipboard.write([new ClipboardItem(isRich ? { 'text/plain': plain, 'text/html': html } : { 'text/plain': plain })]);
}

/** Word and Google Docs read a fragment more reliably inside a document with a charset. */
function wrapHtml(html: string): string {
  return `<meta charset="utf-8"><span>${html}</span>`;
}
