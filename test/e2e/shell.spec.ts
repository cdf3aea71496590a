import path from 'node:path';
import { TeamPage } from './pages/team-page';
import { expect, test } from './fixtures';
import { useFreshServer } from './server';

const readmeShot = path.resolve(__dirname, '../../docs/screenshots/team.png');
const shots = path.resolve(__dirname, '../../test-results/screenshots');

test.describe('the app shell on the demo team', () => {
  const server = useFreshServer(['--demo']);

  test('has landmarks and a section for every part of the product', async ({ page }) => {
    const team = new TeamPage(page);
    await team.open(server.current().openUrl);
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await expect(nav.getByRole('link')).toHaveText([
      'Team',
      'One-to-ones',
      'Call reviews',
      'Proposal reviews',
      'Lost deals',
      'Role-plays',
      'Behaviours',
      'Search',
      'Settings',
      'Change in Settings',
    ]);
    await expect(nav.getByRole('link', { name: 'Team' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('main')).toBeVisible();
  });

  test('shows the demo team as Marcus Webb sees it: his reps, with roles, regions, start dates and managers', async ({
    page,
  }) => {
    const team = new TeamPage(page);
    await team.open(server.current().openUrl);
    await page.getByRole('combobox', { name: 'Kind' }).selectOption('Reps');
    const rows = team.table.getByRole('row');
    // The demo opens as Marcus: his three active reps; Priya Raman's team is hers (Settings switches).
    await expect(rows).toHaveCount(4);
    await expect(team.row('Aisha Okafor')).toContainText('Marcus Webb');
    await page.getByRole('combobox', { name: 'Kind' }).selectOption('Reps and managers');
    await page.screenshot({ path: readmeShot });
  });

  test('says plainly which sections are not built yet', async ({ page }) => {
    await page.goto(server.current().openUrl);
    await page.getByRole('link', { name: 'Proposal reviews' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Proposal reviews' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Proposal reviews are not built yet.');
  });

  test('is usable from the keyboard', async ({ page }) => {
    const team = new TeamPage(page);
    await team.open(server.current().openUrl);
    await page.getByRole('button', { name: 'Add person' }).focus();
    await page.keyboard.press('Enter');
    await expect(team.dialog.getByLabel('Name')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(team.dialog).toBeHidden();
  });

  test('shows a manager with their direct reports', async ({ page }) => {
    const team = new TeamPage(page);
    await team.open(server.current().openUrl);
    await team.table.getByRole('link', { name: 'Marcus Webb' }).click();
    const reports = page.getByRole('region', { name: 'Direct reports' });
    await expect(reports.getByRole('link')).toHaveText(['Aisha Okafor', 'Daniel Kowalski', 'Tom Fielding']);
    await page.screenshot({ path: `${shots}/person-detail.png` });
  });
});
