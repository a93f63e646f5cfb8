import { defineConfig } from 'vitest/config';

/** End-to-end tests drive the built extension in a real Chromium; one file at a time, since the machine has 2 cores. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
