import type { BrowserContext, Page } from 'playwright-core';
import type { PageMessage, PageReply } from '../../utils/messaging/types';

/** The box of the first line of `text` in the page, found in the page's own text nodes (across elements). */
export async function rectOfText(page: Page, text: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const rect = await page.evaluate((wanted) => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    const whole = nodes.map((node) => node.data).join('');
    const at = whole.indexOf(wanted);
    if (at < 0) return null;
    const place = (offset: number): [Text, number] => {
      let seen = 0;
      for (const node of nodes) {
        if (offset < seen + node.data.length) return [node, offset - seen];
        seen += node.data.length;
      }
      const last = nodes[nodes.length - 1]!;
      return [last, last.data.length];
    };
    const range = document.createRange();
    range.setStart(...place(at));
    range.setEnd(...place(at + wanted.length));
    const first = [...range.getClientRects()].find((box) => box.width > 0);
    return first ? { x: first.x, y: first.y, width: first.width, height: first.height } : null;
  }, text);
  if (!rect) throw new Error(`"${text}" is not on the page`);
  return rect;
}

/** What the Highlight registry holds, read from the page's own world: highlight name → the text of each range. */
export function highlightsIn(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => Object.fromEntries([...CSS.highlights].map(([name, highlight]) => [name, [...highlight].map((range) => range.toString())])));
}

/** Sends a message to the tab's content script from an extension page, as the popup does. */
export function sendFromPopup(popup: Page, tabId: number, message: PageMessage): Promise<PageReply> {
  return popup.evaluate(async ([id, body]) => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { sendMessage: (id: number, m: unknown) => Promise<unknown> } } };
    return (await chrome.tabs.sendMessage(id, body)) as PageReply;
  }, [tabId, message] as const);
}

/**
 * How many pixels of a screenshot are within `tolerance` of `hex` on every channel. The PNG is decoded by a canvas in
 * a blank page, since the page under test may forbid data: images.
 */
export async function countPixels(context: BrowserContext, png: Buffer, hex: string, tolerance = 24): Promise<number> {
  const scratch = await context.newPage();
  try {
    return await scratch.evaluate(async ([data, colour, tol]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [image.width, image.height];
      const context2d = canvas.getContext('2d')!;
      context2d.drawImage(image, 0, 0);
      const pixels = context2d.getImageData(0, 0, canvas.width, canvas.height).data;
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
      let count = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        if (Math.abs(pixels[i]! - r!) <= tol && Math.abs(pixels[i + 1]! - g!) <= tol && Math.abs(pixels[i + 2]! - b!) <= tol) count++;
      }
      return count;
    }, [png.toString('base64'), hex, tolerance] as const);
  } finally {
    await scratch.close();
  }
}

/** The underline colour the popup shows for a speaker in its list of figures. */
export async function swatchColourOf(popup: Page, name: string): Promise<string> {
  const colour = await popup.locator('.figure', { hasText: name }).locator('.speaker-swatch').getAttribute('data-colour');
  if (!colour) throw new Error(`No swatch for ${name}`);
  return colour;
}
