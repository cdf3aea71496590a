import { defineConfig } from '@playwright/test';
import base from '../../../playwright.config';

// The browser benchmark: part of `npm run bench`, never of `npm test` (its test folder is not test/e2e).
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: /\.bench\.ts$/,
  globalSetup: undefined,
  workers: 1,
  timeout: 300_000,
  expect: { timeout: 60_000 },
  reporter: [['list']],
  outputDir: '../../../test-results/bench-artifacts',
  projects: [{ name: 'browser-bench' }],
});
