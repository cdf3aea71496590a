import { test as base, expect } from '@playwright/test';

/**
 * The bridge answers a refused API call (bad input, not found, conflict) with a 4xx status and its
 * `{ ok: false, error }` body, which the page shows beside the field; Chromium still logs each 4xx as
 * "Failed to load resource". Those are answers, not page errors. A 5xx still fails the test.
 */
function isApiRefusal(text: string, url: string): boolean {
  return /status of 4\d\d/.test(text) && new URL(url, 'http://x/').pathname.startsWith('/api/');
}

/**
 * A test that stops its server (after the test, to restart it, or at the end of a file) leaves the page's
 * live-update stream and any request still in flight meeting a closed port: Chromium logs that. It is the
 * test's doing; a server that died during a test fails that test's own assertions instead.
 */
function isServerGone(text: string, url: string): boolean {
  return (
    /net::ERR_CONNECTION_(REFUSED|RESET)/.test(text) && new URL(url, 'http://x/').pathname.startsWith('/api/')
  );
}

/**
 * Every page fails its test on an uncaught error or a console error (a CSP violation shows up as one),
 * so a screen that "looks fine" while throwing is still caught.
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      const { url } = message.location();
      if (message.type() !== 'error' || isApiRefusal(message.text(), url)) return;
      if (isServerGone(message.text(), url)) return;
      problems.push(`console error: ${message.text()}`);
    });
    await use(page);
    expect(problems, 'the page logged errors').toEqual([]);
  },
});

export { expect };
