import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { useFreshServer } from './server';

const WIDTHS = [1024, 1440, 1920];

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('lost deals', () => {
  const server = useFreshServer('demo');

  test('runs a retrospective on a lost deal and sees the dashboard change', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(server.current().openUrl);
    await page.getByRole('link', { name: 'Lost deals' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Lost deals' })).toBeVisible();
    const assumed = page.getByRole('button', { name: /deals: decision process was an assumption/ });
    await expect(assumed).toBeVisible();
    const before = Number(await assumed.textContent());
    expect(await seriousViolations(page)).toEqual([]);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 1000 });
      await page.screenshot({ path: `/tmp/lost-dashboard-${width}.png`, fullPage: true });
    }

    // The deals whose decision process nobody marked: open one and run its retrospective.
    await page.getByRole('button', { name: /deals: decision process not marked/ }).click();
    const list = page.getByRole('region', { name: /decision process not marked/ });
    await list.getByRole('link').first().click();
    await expect(page.getByRole('heading', { name: 'How it was lost' })).toBeVisible();
    await page.getByRole('button', { name: 'Start the retrospective' }).click();
    const answer = page.locator('.retro-answer[data-prompt="decision"] p').first();
    await answer.click();
    await page.keyboard.type('We assumed the operations director signed; nobody asked.');
    await page.getByRole('button', { name: 'Mark as assumption' }).click();
    await expect(page.locator('.retro-answer[data-prompt="decision"]').first()).toHaveAttribute(
      'data-status',
      'assumption',
    );
    await expect(page.getByText('All changes saved')).toBeVisible({ timeout: 20_000 });
    expect(await seriousViolations(page)).toEqual([]);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 1000 });
      await page.screenshot({ path: `/tmp/lost-deal-${width}.png`, fullPage: true });
    }

    await page.getByRole('link', { name: '← Lost deals' }).click();
    await expect(page.getByRole('button', { name: /deals: decision process was an assumption/ })).toHaveText(
      String(before + 1),
      { timeout: 20_000 },
    );

    // The taxonomy is edited on the same screen; a rename keeps the old name in view.
    await page.getByText('Loss reasons').click();
    const price = page.getByRole('textbox', { name: 'Name of the loss reason “Price”' });
    await price.fill('Commercials');
    await price.press('Enter');
    await expect(page.getByText(/Was “Price” until/)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
