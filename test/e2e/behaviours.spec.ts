import fs from 'node:fs';
import path from 'node:path';
import { BehavioursPage, LEVEL_LABELS } from './pages/behaviours-page';
import { expect, test } from './fixtures';
import { databaseFrom, startServer, useSharedServer } from './server';

const shots = path.resolve(__dirname, '../../test-results/screenshots');

const NEW_BEHAVIOUR = {
  name: 'Summarises the buyer’s priorities before the demo',
  definition:
    'Before showing anything, the rep states the buyer’s top three priorities and asks if they are right.',
  competency: 'Qualification',
  stages: ['Discovery and need analysis', 'Proposal and demonstration'],
  methodologies: ['SPIN'],
  rubric: [
    'Starts the demo without restating any priority.',
    'Restates priorities, but in product terms.',
    'Restates the buyer’s priorities in their words and checks them.',
    'Restates, checks and reorders the demo around the corrected priorities.',
  ],
};

test.describe('Behaviour library', () => {
  test.describe.configure({ mode: 'serial' });
  const server = useSharedServer('new');

  test('browses the library by competency and filters it', async ({ page }) => {
    const library = new BehavioursPage(page);
    await library.open(server.current().openUrl);
    await expect(page.getByRole('heading', { level: 2, name: 'Qualification', exact: true })).toBeVisible();
    await expect(library.names('Qualification')).toHaveCount(5);
    const row = library.row('Gets the buyer to state the need in their own words');
    await expect(row).toContainText('Discovery and need analysis');
    await expect(row).toContainText('MEDDPICC');
    // A new library: nothing observed yet, and the library says so, behaviour by behaviour.
    await expect(row).toContainText('Never observed');
    await page.screenshot({ path: `${shots}/behaviours-list.png` });

    await library.search('implication');
    await expect(page.getByRole('main').getByRole('link')).toHaveText([
      'Asks implication questions before presenting a solution',
    ]);
    await library.search('');
    await page.getByRole('combobox', { name: 'Methodology' }).selectOption('Challenger');
    await page.getByRole('combobox', { name: 'Stage' }).selectOption('Proposal and demonstration');
    await expect(page.getByText(/^\d+ of 55 behaviours · 55 never observed$/)).toBeVisible();
    for (const link of await page.getByRole('main').getByRole('listitem').getByRole('link').all()) {
      await expect(library.row((await link.textContent())!)).toContainText('Challenger');
    }
    await library.search('zzz');
    await expect(page.getByText('No behaviours match these filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByText('55 behaviours · 55 never observed', { exact: true })).toBeVisible();
    await page.getByRole('checkbox', { name: 'Never observed only' }).check();
    await expect(page.getByText('55 of 55 behaviours · 55 never observed', { exact: true })).toBeVisible();
  });

  test('adds a behaviour, with the form’s and the server’s checks beside their fields', async ({ page }) => {
    const library = new BehavioursPage(page);
    await library.open(server.current().openUrl);
    await page.getByRole('button', { name: 'Add behaviour' }).click();
    await library.dialog.getByRole('button', { name: 'Add behaviour' }).click();
    await expect(
      library.dialog.getByRole('textbox', { name: 'Name', exact: true }),
    ).toHaveAccessibleDescription('Name is required');
    await expect(
      library.dialog.getByRole('textbox', { name: 'Definition', exact: true }),
    ).toHaveAccessibleDescription('Definition is required');
    await expect(library.dialog.getByRole('group', { name: /^Stages/ })).toHaveAccessibleDescription(
      'Choose at least one stage',
    );
    await expect(library.dialog.getByLabel(LEVEL_LABELS[0]!)).toHaveAccessibleDescription(
      'Level 1 is required',
    );
    await expect(library.dialog.getByLabel(LEVEL_LABELS[3]!)).toHaveAttribute('aria-invalid', 'true');
    await page.screenshot({ path: `${shots}/behaviours-add-invalid.png` });

    // A name already in the library passes the form's checks; the server refuses it beside the name.
    await library.fillForm({ ...NEW_BEHAVIOUR, name: 'gets the buyer to state the need in their own words' });
    await library.dialog.getByRole('button', { name: 'Add behaviour' }).click();
    await expect(
      library.dialog.getByRole('textbox', { name: 'Name', exact: true }),
    ).toHaveAccessibleDescription(
      'There is already a behaviour called “Gets the buyer to state the need in their own words”.',
    );

    await library.fillForm({ name: NEW_BEHAVIOUR.name });
    await library.dialog.getByRole('button', { name: 'Add behaviour' }).click();
    await expect(page.getByRole('heading', { level: 1, name: NEW_BEHAVIOUR.name })).toBeVisible();
    const rubric = page.getByRole('table', { name: 'Rubric' });
    await expect(rubric.getByRole('row')).toHaveCount(5);
    await expect(rubric.getByRole('row', { name: /Level 3 — Consistent/ })).toContainText(
      NEW_BEHAVIOUR.rubric[2]!,
    );
    await expect(page.getByText('SPIN', { exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'History' })).toContainText('Created');
  });

  test('edits the rubric, and says so when someone else saved first', async ({ page, context }) => {
    const library = new BehavioursPage(page);
    await library.open(server.current().openUrl);
    await page.getByRole('link', { name: NEW_BEHAVIOUR.name }).click();
    await page.getByRole('button', { name: 'Edit' }).click();
    await expect(library.dialog.getByLabel(LEVEL_LABELS[2]!)).toHaveValue(NEW_BEHAVIOUR.rubric[2]!);
    await library.fillForm({
      rubric: [undefined, undefined, 'Restates the priorities and asks which matters most.'],
    });
    await library.dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(library.dialog).toBeHidden();
    await expect(page.getByRole('row', { name: /Level 3 — Consistent/ })).toContainText(
      'Restates the priorities and asks which matters most.',
    );
    await expect(page.getByRole('region', { name: 'History' })).toContainText('Edited');
    await page.screenshot({ path: `${shots}/behaviour-page.png` });

    // A second window saves while this one has the form open.
    await page.getByRole('button', { name: 'Edit' }).click();
    const other = await context.newPage();
    await new BehavioursPage(other).open(server.current().openUrl);
    await other.getByRole('link', { name: NEW_BEHAVIOUR.name }).click();
    await other.getByRole('button', { name: 'Edit' }).click();
    await other
      .getByRole('dialog')
      .getByRole('textbox', { name: 'Definition', exact: true })
      .fill('Restates the buyer’s priorities first.');
    await other.getByRole('dialog').getByRole('button', { name: 'Save changes' }).click();
    await expect(other.getByRole('dialog')).toBeHidden();
    await other.close();

    await library.fillForm({ definition: 'A stale edit.' });
    await library.dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(library.dialog.getByRole('alert')).toContainText(
      'was changed elsewhere since you opened it',
    );
    await library.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText('Restates the buyer’s priorities first.')).toBeVisible();
  });

  test('reorders behaviours within a competency from the keyboard', async ({ page }) => {
    const library = new BehavioursPage(page);
    await library.open(server.current().openUrl);
    const names = library.names('Qualification');
    await expect(names).toHaveCount(6);
    await expect(names.last()).toHaveText(NEW_BEHAVIOUR.name);

    const up = page.getByRole('button', { name: `Move ${NEW_BEHAVIOUR.name} up` });
    await up.click();
    await expect(names.nth(4)).toHaveText(NEW_BEHAVIOUR.name);
    await expect(up).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(names.nth(3)).toHaveText(NEW_BEHAVIOUR.name);
    await expect(
      page.getByRole('button', {
        name: 'Move Checks each new account against the ideal customer profile up',
      }),
    ).toBeDisabled();

    // The order is the library's, not the page's: it survives a reload and leaves other groups alone.
    await page.reload();
    await library.heading.waitFor();
    await expect(names.nth(3)).toHaveText(NEW_BEHAVIOUR.name);
    await expect(library.names('Prospecting, planning and targeting').first()).toHaveText(
      'Checks each new account against the ideal customer profile',
    );
  });

  test('archives and unarchives a behaviour', async ({ page }) => {
    const library = new BehavioursPage(page);
    await library.open(server.current().openUrl);
    await page.getByRole('link', { name: NEW_BEHAVIOUR.name }).click();
    await page.getByRole('button', { name: 'Archive' }).click();
    await expect(page.getByText(/^Archived \d/)).toBeVisible();
    await page.getByRole('link', { name: '← Behaviours' }).click();
    await expect(library.row(NEW_BEHAVIOUR.name)).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Show archived' }).check();
    await expect(library.row(NEW_BEHAVIOUR.name)).toContainText('Archived');
    await page.getByRole('link', { name: NEW_BEHAVIOUR.name }).click();
    await page.getByRole('button', { name: 'Unarchive' }).click();
    await expect(page.getByRole('button', { name: 'Archive' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'History' })).toContainText('Unarchived');
  });

  test('merges a duplicate into another behaviour, and deletes an unused one', async ({ page }) => {
    const library = new BehavioursPage(page);
    await library.open(server.current().openUrl);
    await library.addBehaviour({
      ...NEW_BEHAVIOUR,
      name: 'Asks who holds the budget',
      definition: 'The rep asks which budget pays for the purchase.',
    });
    await page.getByRole('button', { name: 'Merge into…' }).click();
    await expect(library.dialog).toContainText('It has no observations yet.');
    await library.dialog
      .getByRole('combobox', { name: 'Merge into' })
      .selectOption({ label: 'Asks where the money for the purchase will come from' });
    await library.dialog.getByRole('button', { name: 'Merge' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Asks where the money for the purchase will come from' }),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: 'History' })).toContainText(
      '“Asks who holds the budget” merged in',
    );

    await page.getByRole('link', { name: '← Behaviours' }).click();
    await page.getByRole('checkbox', { name: 'Show archived' }).check();
    await page.getByRole('link', { name: 'Asks who holds the budget' }).click();
    await expect(
      page.getByText('Merged into Asks where the money for the purchase will come from.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Merge into…' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Unarchive' })).toHaveCount(0);

    await page.getByRole('link', { name: '← Behaviours' }).click();
    await library.addBehaviour({ ...NEW_BEHAVIOUR, name: 'A behaviour added by mistake' });
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect(library.dialog).toContainText('It has never been used in an observation');
    await library.dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(library.heading).toBeVisible();
    await expect(library.row('A behaviour added by mistake')).toHaveCount(0);
  });

  test('renames, adds and reorders stages, and adds a competency', async ({ page }) => {
    const library = new BehavioursPage(page);
    await library.open(server.current().openUrl);
    await page.getByRole('button', { name: 'Stages and competencies' }).click();
    const stages = library.dialog.getByRole('list', { name: 'Stages' });
    await library.dialog
      .getByRole('button', { name: 'Edit Discovery and need analysis', exact: true })
      .click();
    await library.dialog.getByLabel('Stage name').fill('');
    await library.dialog.getByRole('button', { name: 'Save' }).click();
    await expect(library.dialog.getByLabel('Stage name')).toHaveAccessibleDescription('Name is required');
    await library.dialog.getByLabel('Stage name').fill('Discovery');
    await library.dialog.getByRole('button', { name: 'Save' }).click();
    await expect(library.dialog.getByRole('button', { name: 'Edit Discovery', exact: true })).toBeFocused();

    await library.dialog.getByRole('button', { name: 'Move Discovery up', exact: true }).click();
    await expect(stages.getByRole('listitem').nth(1)).toContainText('Discovery');
    await expect(
      library.dialog.getByRole('button', { name: 'Move Discovery up', exact: true }),
    ).toBeFocused();

    await library.dialog.getByRole('button', { name: 'Add stage' }).click();
    await library.dialog.getByLabel('Stage name').fill('Renewal');
    await library.dialog
      .getByLabel('Stage description')
      .fill('Agreeing the next term before the current one ends.');
    await library.dialog.getByRole('button', { name: 'Add stage' }).click();
    await expect(stages.getByRole('listitem').last()).toContainText('Renewal');

    await library.dialog.getByRole('button', { name: 'Add competency' }).click();
    await library.dialog.getByLabel('Competency name').fill('Partner selling');
    await library.dialog.getByRole('button', { name: 'Add competency' }).click();
    await expect(library.dialog.getByRole('list', { name: 'Competencies' })).toContainText('Partner selling');
    await page.screenshot({ path: `${shots}/behaviours-taxonomy.png` });
    await library.dialog.getByRole('button', { name: 'Done' }).click();

    const stageFilter = page.getByRole('combobox', { name: 'Stage' });
    await expect(stageFilter.getByRole('option')).toContainText([
      'All stages',
      'Market and lead identification',
      'Discovery',
    ]);
    await expect(stageFilter.getByRole('option').last()).toHaveText('Renewal');
    const renamed = library.row('Gets the buyer to state the need in their own words');
    await expect(renamed).toContainText('Discovery');
    await expect(renamed).not.toContainText('Discovery and need analysis');
  });

  test('shows every problem in a broken library file, with where it is, and imports nothing', async ({
    page,
  }) => {
    const library = new BehavioursPage(page);
    await library.open(server.current().openUrl);
    const behaviour = {
      id: 'bhv-broken',
      name: 'Broken',
      definition: 'A behaviour with problems.',
      competencyId: 'comp-qualification',
      stageIds: ['stage-discovery-need-analysis'],
      rubric: ['One', 'Two', 'Three', 'Four'],
    };
    const broken = {
      format: 'coachbench-behaviour-library',
      version: 1,
      stages: [],
      competencies: [],
      behaviours: [
        behaviour,
        { ...behaviour, id: 'bhv-broken-2', name: 'Broken two', rubric: ['One', 'Two', 'Three'] },
        { ...behaviour, id: 'bhv-broken-3', name: 'Broken three', stageIds: [] },
      ],
    };
    await library.importFile({ name: 'broken.json', buffer: Buffer.from(JSON.stringify(broken)) });
    await expect(library.dialog.getByRole('alert')).toHaveText('Nothing was imported.');
    await expect(
      library.dialog.getByRole('list', { name: 'Problems in the file' }).getByRole('listitem'),
    ).toHaveText([
      'behaviours[1].rubric: A rubric has exactly four levels',
      'behaviours[2].stageIds: a behaviour needs at least one stage',
    ]);
    await page.screenshot({ path: `${shots}/behaviours-import-broken.png` });
    await library.dialog.getByRole('button', { name: 'Close' }).click();

    await library.importFile({ name: 'notes.json', buffer: Buffer.from('{ "format": ') });
    await expect(library.dialog.getByRole('list', { name: 'Problems in the file' })).toContainText(
      'The file is not valid JSON',
    );
    await library.dialog.getByRole('button', { name: 'Close' }).click();

    await library.importFile({ name: 'huge.json', buffer: Buffer.alloc(10.5 * 1024 * 1024, ' ') });
    await expect(library.dialog.getByRole('alert')).toContainText(
      'This file is 10.5 MB; a library file can be at most 10 MB, so it was not read.',
    );
    await library.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(library.row('Broken')).toHaveCount(0);
  });
});

test('a library exported from one Coachbench imports into another after a preview', async ({ page }) => {
  test.slow();
  const source = await startServer(databaseFrom('new'));
  const library = new BehavioursPage(page);
  await library.open(source.openUrl);
  // In the last competency, so the new behaviour is also last in the file and moves no other.
  await library.addBehaviour({ ...NEW_BEHAVIOUR, competency: 'Ethics and trust' });
  await page.getByRole('link', { name: '← Behaviours' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export library' }).click();
  const file = await (await download).path();
  expect((await download).suggestedFilename()).toMatch(/^coachbench-behaviours-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(fs.readFileSync(file, 'utf8')) as { behaviours: unknown[] };
  expect(exported.behaviours).toHaveLength(56);
  await source.stop();

  // Another manager's Coachbench has only the default library.
  const target = await startServer(databaseFrom('new'));
  await library.open(target.openUrl);
  await library.importFile(file);
  const summary = library.dialog.getByRole('list', { name: 'Import summary' });
  await expect(summary.getByRole('listitem')).toHaveText(['1 added', '0 changed', '75 unchanged']);
  await expect(library.dialog.getByRole('region', { name: 'Would be added' })).toContainText(
    NEW_BEHAVIOUR.name,
  );
  await page.screenshot({ path: `${shots}/behaviours-import-preview.png` });
  await expect(library.row(NEW_BEHAVIOUR.name)).toHaveCount(0);
  await library.dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(library.dialog.getByRole('status')).toHaveText(
    'Library imported: 1 added, 0 changed, 75 unchanged.',
  );
  await library.dialog.getByRole('button', { name: 'Close' }).click();
  await expect(library.row(NEW_BEHAVIOUR.name)).toContainText('Proposal and demonstration');

  // The same file again changes nothing, and says so.
  await library.importFile(file);
  await expect(summary.getByRole('listitem')).toHaveText(['0 added', '0 changed', '76 unchanged']);
  await expect(library.dialog).toContainText(
    'This file matches your library: importing it would change nothing.',
  );
  await expect(library.dialog.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
  await library.dialog.getByRole('button', { name: 'Close' }).click();
  await target.stop();
});
