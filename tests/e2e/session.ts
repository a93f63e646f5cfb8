import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll } from 'vitest';
import type { ExtensionBrowser } from './harness';
import { launchWithExtension, SCREENSHOT_DIR, startFixtureServer } from './harness';

/** The built extension in Chromium and the server of the fixture pages, shared by the tests of one file. */
export interface ExtensionSession {
  browser: ExtensionBrowser;
  server: Awaited<ReturnType<typeof startFixtureServer>>;
}

/** Starts the server and the browser before the file's tests and closes them after; filled in once they are up. */
export function useExtensionSession(onStarted?: (session: ExtensionSession) => void): ExtensionSession {
  const session = {} as ExtensionSession;
  beforeAll(async () => {
    session.server = await startFixtureServer();
    session.browser = await launchWithExtension();
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    onStarted?.(session);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
