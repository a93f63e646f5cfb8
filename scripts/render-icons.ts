/** Renders public/icon/icon.svg to the PNG sizes the stores and browsers ask for: `npx tsx scripts/render-icons.ts`. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../tests/e2e/harness';

/** Toolbar (16, 32), extensions page (48), Firefox add-ons (96), Chrome Web Store (128). */
const SIZES = [16, 32, 48, 96, 128];

async function main(): Promise<void> {
  const svg = await readFile(path.resolve('public/icon/icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--headless=new', '--no-sandbox'] });
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
    await page.screenshot({ path: path.resolve(`public/icon/${size}.png`), omitBackground: true });
    await page.close();
  }
  await browser.close();
}

void main();
