import path from 'node:path';
import { TeamPage } from './pages/team-page';
import { expect, test } from './fixtures';
import { useFreshServer } from './server';

const readmeShot = path.resolve(__dirname, '../../docs/screenshots/team.png');
const shots = path.resolve(__dirname, '../../test-results/screenshots');

test.describe('the app shell', () => {
  const server = useFreshServer('new');
  // A manager with three reports and a rep without a manager, written through the API.
  test.beforeEach(async () => {
    const marcus = await server
      .current()
      .call<{ id: string }>('people.create', { name: 'Marcus Webb', kind: 'manager' });
    for (const name of ['Tom Fielding', 'Aisha Okafor', 'Daniel Kowalski'])
      await server
        .current()
        .call('people.create', { name, title: 'Account Executive', managerId: marcus.id });
    await server.current().call('people.create', { name: 'Priya Shah', title: 'Account Executive' });
  });

  test('has landmarks and a section for every part of the product', async ({ page }) => {
    const team = new TeamPage(page);
    await team.open(server.current().openUrl);
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await expect(nav.getByRole('link')).toHaveText([
      'This week',
      'Team',
      'Progress',
      'One-to-ones',
      'Call reviews',
      'Proposals',
      'Pipeline',
      'Lost deals',
      'Role-plays',
      'Behaviours',
      'Search',
      'Settings',
      // No one has said who they are yet on this new copy.
      'Choose',
    ]);
    await expect(nav.getByRole('link', { name: 'Team' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('main')).toBeVisible();
  });

  test('is usable from the keyboard', async ({ page }) => {
    const team = new TeamPage(page);
    await team.open(server.current().openUrl);
    await page.getByRole('button', { name: 'Add person' }).focus();
    await page.keyboard.press('Enter');
    await expect(team.dialog.getByLabel('Name')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(team.dialog).toBeHidden();
    // Back where the dialog was opened from, not at the start of the page.
    await expect(page.getByRole('button', { name: 'Add person' })).toBeFocused();
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

test.describe('the demo team (npm run serve -- --demo)', () => {
  const server = useFreshServer('demo');

  test('lists the reps Marcus Webb sees with their roles, regions, start dates and managers', async ({
    page,
  }) => {
    const team = new TeamPage(page);
    await team.open(server.current().openUrl);
    await page.getByRole('combobox', { name: 'Kind' }).selectOption('Reps');
    const rows = team.table.getByRole('row').filter({ has: page.getByRole('cell') });
    // The demo opens as Marcus: his three active reps; Priya Raman's team is hers (Settings switches).
    await expect(rows).toHaveCount(3);
    await expect(team.row('Aisha Okafor')).toContainText('Marcus Webb');
    for (const row of await rows.all()) {
      // Role, team, manager, region, start date, status: a demo rep has every one.
      for (const cell of await row.getByRole('cell').all()) await expect(cell).not.toHaveText('');
    }
    await page.getByRole('combobox', { name: 'Kind' }).selectOption('Reps and managers');
    await page.screenshot({ path: readmeShot });
  });
});
