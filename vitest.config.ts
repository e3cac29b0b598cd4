import { defineConfig } from 'vitest/config';

// Unit and integration tests (tests/unit, tests/integration). Browser tests have
// their own config (vitest.e2e.config.ts) because they need the built site.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});
