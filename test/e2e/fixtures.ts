import { test as base, expect } from '@playwright/test';

/**
 * Every page fails its test on an uncaught error or a console error (a CSP violation shows up as one),
 * so a screen that "looks fine" while throwing is still caught.
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await use(page);
    expect(problems, 'the page logged errors').toEqual([]);
  },
});

export { expect };
