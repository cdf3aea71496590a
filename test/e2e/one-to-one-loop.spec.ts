import type { Page } from '@playwright/test';
import { DEFAULT_BEHAVIOURS } from '../../shared/domain/default-library';
import { expect, test } from './fixtures';
import { api, isoDate, shortDate } from './support/api';
import { type RunningServer, useSharedServer } from './server';

const focusA = DEFAULT_BEHAVIOURS[0]!;
const focusB = DEFAULT_BEHAVIOURS[1]!;

/**
 * Issue 13's one-to-one loop, each defect on a seeded database: Priya is overdue (weekly, met ten days
 * ago, focus chosen then), Liam has no cadence, Sara is overdue with her next one-to-one planned for
 * tomorrow.
 */
async function seed(server: RunningServer) {
  const rep = async (name: string) => (await api(server, 'people.create', { name })).id;
  const priya = await rep('Priya Raman');
  const liam = await rep('Liam Novak');
  const sara = await rep('Sara Lind');
  await api(server, 'oneOnOnes.setCadence', { repId: priya, cadence: 'weekly' });
  await api(server, 'oneOnOnes.setCadence', { repId: sara, cadence: 'weekly' });
  const priyaLast = await api(server, 'oneOnOnes.create', { repId: priya, date: isoDate(-10) });
  await api(server, 'oneOnOnes.setFocus', { id: priyaLast.id, behaviourIds: [focusA.id, focusB.id] });
  await api(server, 'commitments.create', {
    oneOnOneId: priyaLast.id,
    text: 'Send the renewal proposal to Halden',
    dueOn: isoDate(5),
  });
  const liamLast = await api(server, 'oneOnOnes.create', { repId: liam, date: isoDate(-20) });
  await api(server, 'commitments.create', { oneOnOneId: liamLast.id, text: 'Book the Norland QBR' });
  await api(server, 'oneOnOnes.create', { repId: sara, date: isoDate(-10) });
  await api(server, 'oneOnOnes.create', { repId: sara, date: isoDate(1) });
  return { priya, liam, sara };
}

async function openSection(page: Page, server: RunningServer, section: string) {
  await page.goto(server.openUrl);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: section }).click();
  await expect(page.getByRole('heading', { level: 1, name: section })).toBeVisible();
}

test.describe('the one-to-one loop on a seeded team', () => {
  test.describe.configure({ mode: 'serial' });
  const server = useSharedServer();
  test.beforeAll(async () => {
    await seed(server.current());
  });

  test('a meeting planned for tomorrow clears "Overdue" and says when it is planned', async ({ page }) => {
    await openSection(page, server.current(), 'One-to-ones');
    const table = page.getByRole('table', { name: 'Reps and their one-to-ones' });
    const sara = table.getByRole('row').filter({ hasText: 'Sara Lind' });
    await expect(sara.getByText('Planned', { exact: true })).toBeVisible();
    await expect(sara).toContainText(`planned for ${shortDate(isoDate(1))}`);
    await expect(sara.getByText('Overdue', { exact: true })).toHaveCount(0);
    await expect(page.getByText('1 overdue')).toBeVisible(); // Priya only
  });

  test('arrow keys never change a cadence; a change from the list is deliberate and can be undone', async ({
    page,
  }) => {
    await openSection(page, server.current(), 'One-to-ones');
    const table = page.getByRole('table', { name: 'Reps and their one-to-ones' });
    const priya = table.getByRole('row').filter({ hasText: 'Priya Raman' });
    await expect(priya.getByRole('combobox')).toHaveCount(0);
    const change = priya.getByRole('button', { name: 'Change cadence for Priya Raman' });
    await change.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await expect(priya).toContainText('Weekly');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Cadence for Priya Raman' });
    await dialog
      .getByRole('combobox', { name: 'Cadence for Priya Raman' })
      .selectOption({ label: 'Monthly' });
    await dialog.getByRole('button', { name: 'Save cadence' }).click();
    await expect(dialog).toBeHidden();
    await expect(change).toBeFocused();
    await expect(priya).toContainText('Monthly');
    const toast = page.getByRole('region', { name: 'Notifications' });
    await expect(toast).toContainText('Priya Raman: cadence monthly (was weekly).');
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect(priya).toContainText('Weekly');
    await expect(priya.getByText('Overdue', { exact: true })).toBeVisible();
  });

  test('"Add to agenda" on the brief plans the next one-to-one on its due date and adds the point', async ({
    page,
  }) => {
    await openSection(page, server.current(), 'One-to-ones');
    await page
      .getByRole('table', { name: 'Reps and their one-to-ones' })
      .getByRole('row')
      .filter({ hasText: 'Priya Raman' })
      .getByRole('link', { name: 'Prep brief' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Prep brief: Priya Raman' })).toBeFocused();
    await expect(page.getByRole('button', { name: /Plan a one-to-one first/ })).toHaveCount(0);
    const commitment = page.getByRole('list', { name: 'Open commitments' }).getByRole('listitem');
    await commitment.getByRole('button', { name: /^Add to agenda/ }).click();
    await expect(commitment.getByText('On the agenda')).toBeFocused();
    // Overdue since three days ago: planned for today.
    await expect(page.getByRole('region', { name: 'Notifications' })).toContainText(
      `Planned a one-to-one with Priya Raman on ${shortDate(isoDate(0))}.`,
    );
    await page.getByRole('link', { name: /\(today\)/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'One-to-one with Priya Raman' })).toBeFocused();
    await expect(page.getByRole('list', { name: 'Talking points' })).toContainText(
      'Commitment: Send the renewal proposal to Halden',
    );
    // The focus chosen last time came along: not "No focus yet".
    const focus = page.getByRole('list', { name: 'Focus behaviours' });
    await expect(focus).toContainText(focusA.name);
    await expect(focus).toContainText(focusB.name);
    await expect(page.getByText('No focus yet')).toHaveCount(0);
  });

  test('with no cadence to go by, the brief asks once for a date, then plans and adds', async ({ page }) => {
    await openSection(page, server.current(), 'One-to-ones');
    await page
      .getByRole('table', { name: 'Reps and their one-to-ones' })
      .getByRole('row')
      .filter({ hasText: 'Liam Novak' })
      .getByRole('link', { name: 'Prep brief' })
      .click();
    const commitment = page.getByRole('list', { name: 'Open commitments' }).getByRole('listitem');
    await commitment.getByRole('button', { name: /^Add to agenda/ }).click();
    const dialog = page.getByRole('dialog', { name: 'When is the next one-to-one with Liam Novak?' });
    await expect(dialog.getByLabel('Date')).toBeFocused();
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await dialog.getByLabel('Date').fill(isoDate(2));
    await dialog.getByRole('button', { name: 'Plan and add' }).click();
    await expect(dialog).toBeHidden();
    await expect(commitment).toContainText('On the agenda');
    await expect(page.getByRole('link', { name: /\(in 2 days\)/ })).toBeVisible();
  });

  test('a half-typed due date is an error on the field, and nothing is saved', async ({ page }) => {
    await openSection(page, server.current(), 'One-to-ones');
    await page
      .getByRole('table', { name: 'Reps and their one-to-ones' })
      .getByRole('row')
      .filter({ hasText: 'Liam Novak' })
      .getByRole('link', { name: shortDate(isoDate(2)) })
      .click();
    const form = page.getByRole('form', { name: 'Add a commitment' });
    await form.getByRole('textbox', { name: 'Commitment', exact: true }).fill('Share the call notes');
    await form.getByLabel('Due date').click();
    await page.keyboard.type('12'); // the day only
    await form.getByRole('button', { name: 'Add commitment' }).click();
    await expect(form.getByText('Finish the due date (day, month and year), or clear it')).toBeVisible();
    await expect(form.getByLabel('Due date')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('list', { name: 'Commitments' })).not.toContainText('Share the call notes');
  });

  test('Quick capture confirms with a toast that offers View and Undo', async ({ page }) => {
    await openSection(page, server.current(), 'Team');
    await page.keyboard.press('Control+Shift+O');
    const dialog = page.getByRole('dialog', { name: 'Record an observation' });
    await dialog.getByRole('combobox', { name: 'Rep' }).selectOption({ label: 'Sara Lind' });
    await dialog.getByRole('combobox', { name: 'Behaviour' }).fill(focusA.name);
    await page.keyboard.press('Enter');
    await dialog.getByRole('radio', { name: /^3/ }).check();
    await page.keyboard.press('Control+Enter');
    await expect(dialog).toBeHidden();
    const toast = page.getByRole('region', { name: 'Notifications' });
    await expect(toast).toContainText(`Observation recorded: ${focusA.name}.`);
    await toast.getByRole('button', { name: 'View' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sara Lind' })).toBeVisible();
    await expect(page.getByText('1 observation', { exact: true })).toBeVisible();

    await page.keyboard.press('Control+Shift+O');
    await dialog.getByRole('combobox', { name: 'Behaviour' }).fill(focusB.name);
    await page.keyboard.press('Enter');
    await dialog.getByRole('radio', { name: /^2/ }).check();
    await page.keyboard.press('Control+Enter');
    await expect(toast).toContainText(`Observation recorded: ${focusB.name}.`);
    await expect(page.getByText('2 observations', { exact: true })).toBeVisible();
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect(toast).not.toContainText('Observation recorded');
    await expect(page.getByText('1 observation', { exact: true })).toBeVisible();
  });
});
