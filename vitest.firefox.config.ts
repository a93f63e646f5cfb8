import { defineConfig } from 'vitest/config';

/** The Firefox end-to-end tests: the Firefox test build in Debian's firefox-esr over WebDriver BiDi (npm run test:firefox). */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
