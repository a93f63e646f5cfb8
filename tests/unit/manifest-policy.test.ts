import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type ManifestFn = (env: { mode: string; browser: string; manifestVersion: 2 | 3; command: 'build' | 'serve' }) => Record<string, unknown>;

/** The manifest wxt.config.ts produces for a given build mode and browser. */
function manifestFor(mode: string, browser = 'chrome'): Record<string, unknown> {
  return (config.manifest as unknown as ManifestFn)({ mode, browser, manifestVersion: browser === 'firefox' ? 2 : 3, command: 'build' });
}

describe('the production manifest', () => {
  it.each([['chrome'], ['firefox']])('for %s asks only for the minimum permissions and no host', (browser) => {
    const manifest = manifestFor('production', browser);
    expect([...(manifest.permissions as string[])].sort()).toEqual(['activeTab', 'clipboardWrite', 'contextMenus', 'scripting', 'storage']);
    expect(manifest.host_permissions).toEqual([]);
    // Left out, the browsers' default for extension pages applies: script-src 'self'. Set, it may only tighten that.
    expect(JSON.stringify(manifest.content_security_policy ?? '')).not.toMatch(/unsafe-|https?:|\*|data:|blob:/);
    expect(manifest.web_accessible_resources).toBeUndefined();
  });
});

describe('the end-to-end test build', () => {
  it('adds nothing but the local test server', () => {
    expect(manifestFor('e2e').host_permissions).toEqual(['http://127.0.0.1/*']);
  });
});
