import { expect, test } from './fixtures';
import { useFreshServer } from './server';

/** Settings › Backups, from the keyboard and the mouse, on the demo. */
test.describe('backups', () => {
  const server = useFreshServer('demo');

  test('Back up now lists a verified backup, and a restore waits for the next start', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(server.current().openUrl);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Settings', exact: true })
      .click();
    const backups = page.getByRole('region', { name: 'Backups' });
    await expect(backups).toBeVisible();
    await backups.getByRole('button', { name: 'Back up now' }).click();
    await expect(backups.getByText(/^Last backup:/)).toBeVisible();
    const table = backups.getByRole('table');
    await expect(table.getByRole('row').filter({ hasText: 'Backed up by you' })).toHaveCount(1);
    for (const width of [1024, 1440, 1920]) {
      await page.setViewportSize({ width, height: width === 1024 ? 700 : 1000 });
      await backups.screenshot({ path: `test-results/screens/settings-backups-${width}.png` });
    }
    await page.setViewportSize({ width: 1280, height: 800 });

    await table
      .getByRole('button', { name: /^Restore the backup of/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: /^Restore the backup of/ });
    await dialog.getByRole('button', { name: 'Restore at next start' }).click();
    await expect(backups.getByRole('status')).toContainText('will be restored when Coachbench next starts');
    await backups.getByRole('button', { name: 'Cancel the restore' }).click();
    await expect(backups.getByRole('status')).toHaveCount(0);

    // A relative folder is refused with the reason, next to the field.
    const folder = backups.getByRole('textbox', { name: 'Backup folder' });
    await folder.fill('somewhere');
    await backups.getByRole('button', { name: 'Use this folder' }).click();
    await expect(backups.getByText(/full path/)).toBeVisible();
    await expect(folder).toHaveAttribute('aria-invalid', 'true');
  });
});
