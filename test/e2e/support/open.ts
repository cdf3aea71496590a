import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import type { RunningServer } from '../server';

/**
 * Opens the app with its token, waits until it has started, then goes to a screen by its address (the token
 * stays for the tab). Going to the address before the app has started races its first route: the start
 * page's redirect to "This week" can land after the address and win (seen on a loaded machine).
 */
export async function openAt(page: Page, server: RunningServer, route: string): Promise<void> {
  await page.goto(server.openUrl);
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  // The start page has sent the app to its first screen (a manager's week, a rep's own coaching).
  await expect(page).toHaveURL(/#\/(week|me)\b/);
  await page.goto(`${server.baseUrl}#${route}`);
}
