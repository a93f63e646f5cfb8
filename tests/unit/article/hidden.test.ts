import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { removeHiddenInline } from '@/utils/article/hidden';

/** A live page as linkedom gives it, with the layout it lacks stood in for: elements of class "card" are not shown. */
function livePage(body: string, display = 'none') {
  const { document } = parseHTML(`<html><head><title>T</title></head><body>${body}</body></html>`);
  for (const element of document.querySelectorAll('*')) {
    Object.assign(element, { checkVisibility: () => !element.closest('.card') });
  }
  vi.stubGlobal('getComputedStyle', () => ({ display }));
  return document as unknown as Document;
}

afterEach(() => vi.unstubAllGlobals());

describe('removeHiddenInline', () => {
  it('removes from the clone the containers inside paragraphs that the live page does not show, and leaves the page', () => {
    const document = livePage('<main><p>said <span class="person">Mara Quell<span class="card"><img src="a.gif">Mayor since 2019.</span></span>, the mayor.</p><p>Other<span class="card"> hidden <span>nested</span></span> words.</p></main>');
    const clone = document.cloneNode(true) as Document;
    removeHiddenInline(document, clone);
    expect(clone.body.textContent).toBe('said Mara Quell, the mayor.Other words.');
    expect(document.body.textContent).toContain('Mayor since 2019.');
  });

  it('keeps a container with no box of its own whose children show (display: contents)', () => {
    const document = livePage('<p>said <span class="card">Mara Quell</span>.</p>', 'contents');
    const clone = document.cloneNode(true) as Document;
    removeHiddenInline(document, clone);
    expect(clone.body.textContent).toBe('said Mara Quell.');
  });

  it('leaves a page without layout as it is', () => {
    const { document } = parseHTML('<html><body><p>said <span class="card">Mara Quell</span>.</p></body></html>');
    const clone = document.cloneNode(true) as unknown as Document;
    removeHiddenInline(document as unknown as Document, clone);
    expect(clone.body.textContent).toBe('said Mara Quell.');
  });
});
