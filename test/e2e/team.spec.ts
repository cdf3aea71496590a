import path from 'node:path';
import { TeamPage } from './pages/team-page';
import { expect, test } from './fixtures';
import { databaseFrom, freshDbFile, startServer, useFreshServer } from './server';

const shots = path.resolve(__dirname, '../../test-results/screenshots');

test.describe('Team screen', () => {
  const server = useFreshServer();

  /** What the tests after the first two start from: a manager and a rep, written through the API. */
  async function marcusAndTom() {
    const marcus = await server.current().call<{ id: string }>('people.create', {
      name: 'Marcus Webb',
      kind: 'manager',
      title: 'Sales Manager',
    });
    await server.current().call('people.create', {
      name: 'Tom Fielding',
      title: 'Account Executive',
      team: 'Enterprise',
      managerId: marcus.id,
      region: 'UK North',
      segment: 'Enterprise',
      startDate: '2025-09-01',
      email: 'tom.fielding@example.com',
    });
  }

  test('starts empty and says what to do', async ({ page }) => {
    const team = new TeamPage(page);
    await team.open(server.current().openUrl);
    await expect(page.getByRole('heading', { name: 'No one on your team yet' })).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await page.screenshot({ path: `${shots}/team-empty.png` });
  });

  test('adds a manager and a rep, with validation errors shown beside their fields', async ({ page }) => {
    const team = new TeamPage(page);
    await team.open(server.current().openUrl);
    await team.addPerson({ name: 'Marcus Webb', kind: 'Manager', role: 'Sales Manager', team: 'Enterprise' });
    await page.getByRole('link', { name: '← Team' }).click();

    await page.getByRole('button', { name: 'Add person' }).click();
    await team.fillForm({ name: '', email: 'tom@', startDate: '' });
    await team.dialog.getByRole('button', { name: 'Add person' }).click();
    await expect(team.dialog.getByLabel('Name')).toHaveAccessibleDescription('Name is required');
    await expect(team.dialog.getByLabel('Email')).toHaveAccessibleDescription(
      'That email address does not look right',
    );
    await expect(team.dialog.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
    await page.screenshot({ path: `${shots}/team-validation.png` });

    await team.fillForm({
      name: 'Tom Fielding',
      role: 'Account Executive',
      team: 'Enterprise',
      manager: 'Marcus Webb',
      region: 'UK North',
      segment: 'Enterprise',
      startDate: '2025-09-01',
      email: 'tom.fielding@example.com',
    });
    await team.dialog.getByRole('button', { name: 'Add person' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tom Fielding' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Marcus Webb' })).toBeVisible();
    // The browser's locale is en-GB, whose short name for September is "Sept".
    await expect(page.getByText('1 Sept 2025')).toBeVisible();

    await page.getByRole('link', { name: '← Team' }).click();
    const row = team.row('Tom Fielding');
    await expect(row.getByRole('cell')).toHaveText([
      'Account Executive',
      'Enterprise',
      'Marcus Webb',
      'UK North · Enterprise',
      '1 Sept 2025',
      'Active',
    ]);
  });

  test('shows the server’s own checks, such as a duplicate email, on the form', async ({ page }) => {
    const team = new TeamPage(page);
    await marcusAndTom();
    await team.open(server.current().openUrl);
    await page.getByRole('button', { name: 'Add person' }).click();
    await team.fillForm({ name: 'Tom Duplicate', email: 'TOM.FIELDING@example.com' });
    await team.dialog.getByRole('button', { name: 'Add person' }).click();
    await expect(team.dialog.getByLabel('Email')).toHaveAccessibleDescription(
      'Tom Fielding already uses this email address.',
    );
    await team.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(team.dialog).toBeHidden();
    await expect(team.row('Tom Duplicate')).toHaveCount(0);
  });

  test('edits a person', async ({ page }) => {
    const team = new TeamPage(page);
    await marcusAndTom();
    await team.open(server.current().openUrl);
    await team.table.getByRole('link', { name: 'Tom Fielding' }).click();
    await page.getByRole('button', { name: 'Edit' }).click();
    await expect(team.dialog.getByLabel('Name')).toHaveValue('Tom Fielding');
    await page.screenshot({ path: `${shots}/team-edit.png` });
    await team.fillForm({ region: 'Yorkshire', role: 'Senior Account Executive' });
    await team.dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(team.dialog).toBeHidden();
    await expect(page.getByText('Yorkshire')).toBeVisible();
    await expect(page.getByText('Senior Account Executive')).toBeVisible();
  });

  test('archives and unarchives without losing the person', async ({ page }) => {
    const team = new TeamPage(page);
    await marcusAndTom();
    await team.open(server.current().openUrl);
    await team.table.getByRole('link', { name: 'Tom Fielding' }).click();
    await page.getByRole('button', { name: 'Archive' }).click();
    await expect(team.dialog).toContainText('Their coaching history is kept');
    await team.dialog.getByRole('button', { name: 'Archive' }).click();
    await expect(page.getByText(/^Archived /)).toBeVisible();
    await page.getByRole('link', { name: '← Team' }).click();
    await expect(team.row('Tom Fielding')).toHaveCount(0);
    await page.getByRole('radio', { name: 'Archived' }).check();
    await expect(team.row('Tom Fielding')).toContainText('Archived');
    await team.table.getByRole('link', { name: 'Tom Fielding' }).click();
    await page.getByRole('button', { name: 'Unarchive' }).click();
    await expect(page.getByRole('button', { name: 'Archive' })).toBeVisible();
  });

  test('searches and filters the list', async ({ page }) => {
    const team = new TeamPage(page);
    await marcusAndTom();
    await team.open(server.current().openUrl);
    await page.getByRole('searchbox', { name: 'Search team' }).fill('north');
    await expect(team.table.getByRole('row')).toHaveCount(2);
    await expect(team.row('Tom Fielding')).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search team' }).fill('zzz');
    await expect(page.getByText('No one matches these filters.')).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search team' }).fill('');
    await page.getByRole('combobox', { name: 'Kind' }).selectOption('Managers');
    await expect(team.table.getByRole('row')).toHaveCount(2);
    await expect(team.row('Marcus Webb')).toBeVisible();
  });
});

test('people persist across a server restart', async ({ page }) => {
  const dbFile = freshDbFile();
  const first = await startServer(dbFile);
  const team = new TeamPage(page);
  await team.open(first.openUrl);
  await team.addPerson({ name: 'Sophie Laurent', role: 'Account Executive', region: 'France & Benelux' });
  await first.stop();

  const second = await startServer(dbFile);
  await team.open(second.openUrl);
  await expect(team.row('Sophie Laurent')).toContainText('France & Benelux');
  await second.stop();
});

test('browser mode without the token says how to get in', async ({ page }) => {
  const server = await startServer(databaseFrom('new'));
  await page.goto(server.baseUrl);
  await expect(page.getByRole('heading', { name: 'Coachbench needs its access link' })).toBeVisible();
  await expect(
    page.getByText(/open the link on the line that starts with Open: \(it looks like http:/),
  ).toBeVisible();
  await server.stop();
});
