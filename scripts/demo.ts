/**
 * The main job (`npm start`): opens Chromium with the built extension on the sample article the project ships.
 * With a display the browser stays open for you to click the toolbar icon; without one it runs headless, prints
 * what the popup shows and saves a screenshot.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchWithExtension, openPopupFor, settledState, startFixtureServer } from '../tests/e2e/harness';

const SAMPLE_ARTICLE = 'harbour-tunnel.html';
const SCREENSHOT = path.resolve('out/demo/popup.png');

async function main(): Promise<void> {
  const server = await startFixtureServer();
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const browser = await launchWithExtension(undefined, { headless: !hasDisplay });
  const { popup } = await openPopupFor(browser, `${server.origin}/${SAMPLE_ARTICLE}`);
  const state = await settledState(popup);
  console.log(`SayWho popup (${state}) for ${server.origin}/${SAMPLE_ARTICLE}:\n`);
  console.log(await popup.locator('main.popup').innerText());
  await mkdir(path.dirname(SCREENSHOT), { recursive: true });
  await popup.screenshot({ path: SCREENSHOT, fullPage: true });
  console.log(`\nScreenshot: ${path.relative(process.cwd(), SCREENSHOT)}`);
  if (hasDisplay) {
    console.log('The browser stays open: click the SayWho icon on the article tab. Close the browser to finish.');
    await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
  } else {
    await browser.close();
  }
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
