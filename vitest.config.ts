import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Makes public/data/ when a clean clone has none (see the file for why).
    globalSetup: ['tests/support/generated-data-setup.ts'],
  },
});
