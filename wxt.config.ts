import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { eagerCompileHint } from './scripts/lib/compile-hints';

/** The local server the end-to-end tests serve their fixture pages from. */
const TEST_SERVER_ORIGIN = 'http://127.0.0.1/*';

// See https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  // The analysis script runs nearly all of its code on every click: compiled with the script, a first click is faster.
  vite: () => ({ plugins: [preact(), eagerCompileHint(['content-scripts/analyze.js'])] }),
  // The sources archive Mozilla asks for: the code and how to build it, not local run output (benchmarks, screenshots).
  zip: { excludeSources: ['out/**', 'test-results/**', 'coverage/**'] },
  manifest: ({ mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'clipboardWrite'],
    // A toolbar click cannot be simulated, so only the end-to-end build may reach the test server.
    host_permissions: mode === 'e2e' ? [TEST_SERVER_ORIGIN] : [],
    commands: {
      // Opens the popup; the shortcut can be changed in the browser's extension shortcuts page.
      _execute_action: { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandOpenPopup__' },
    },
    browser_specific_settings: { gecko: { id: 'saywho@saywho.app', data_collection_permissions: { required: ['none'] } } },
  }),
});
