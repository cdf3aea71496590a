import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // One migrated template database, copied by every makeCore (test/helpers/core.ts); the import worker
    // bundled once, so tests prepare imports in a real worker thread.
    globalSetup: ['test/global-setup.ts', 'test/helpers/import-worker-setup.ts'],
    // Seeding the whole demo (a year of history) takes seconds on a loaded 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
