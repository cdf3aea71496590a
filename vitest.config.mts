import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // One migrated template database, copied by every makeCore (test/helpers/core.ts).
    globalSetup: ['test/global-setup.ts'],
    // Seeding the whole demo (a year of history) takes seconds on a loaded 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
