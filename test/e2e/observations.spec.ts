import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { selectTextRange } from './support/select-text';
import { useFreshServer } from './server';

const shots = path.resolve(__dirname, '../../test-results/screenshots');

async function openRep(page: Page, openUrl: string, name: string) {
  await page.goto(openUrl);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Team' }).click();
  await page.getByRole('table', { name: 'Team members' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test.describe('observations', () => {
  const server = useFreshServer('new');
  // A manager, who is the one using Coachbench, and three reps of theirs, written through the API.
  test.beforeEach(async () => {
    const api = server.current();
    const marcus = await api.call<{ id: string }>('people.create', { name: 'Marcus Webb', kind: 'manager' });
    for (const name of ['Tom Fielding', 'Sophie Laurent', 'Daniel Kowalski'])
      await api.call('people.create', { name, title: 'Account Executive', managerId: marcus.id });
    await api.call('workspace.claim', { personId: marcus.id });
  });

  test('quick capture from the keyboard records an ad-hoc observation', async ({ page }) => {
    await openRep(page, server.current().openUrl, 'Tom Fielding');
    await page.keyboard.press('Control+Shift+O');
    const dialog = page.getByRole('dialog', { name: 'Record an observation' });
    await expect(dialog.getByRole('combobox', { name: 'Rep' })).toHaveValue(/.+/);
    await dialog.getByRole('combobox', { name: 'Behaviour' }).fill('implication questions');
    // Enter picks the highlighted option: wait for the library to load and the match to be highlighted.
    await expect(
      dialog.getByRole('option', { name: /Asks implication questions before presenting a solution/ }),
    ).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await dialog.getByRole('radio', { name: /^2/ }).check();
    await dialog.getByLabel('Comment').fill('Moved to the demo after the first pain point.');
    await page.keyboard.press('Control+Enter');
    await expect(dialog).toBeHidden();
    await page
      .getByRole('navigation', { name: 'About Tom Fielding' })
      .getByRole('link', { name: 'Observations' })
      .click();
    const entry = page.getByRole('list', { name: 'Observations' }).getByRole('listitem').first();
    await expect(entry).toContainText('Asks implication questions before presenting a solution');
    await expect(entry).toContainText('2 · Developing');
    await expect(entry).toContainText('Moved to the demo after the first pain point.');
    await expect(entry).toContainText('Ad-hoc');
  });

  test('refuses an observation without a rating, saying so beside the field', async ({ page }) => {
    await openRep(page, server.current().openUrl, 'Tom Fielding');
    await page.getByRole('button', { name: 'Record observation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record an observation' });
    await dialog.getByRole('combobox', { name: 'Behaviour' }).fill('agenda');
    await expect(dialog.getByRole('option', { selected: true })).toHaveCount(1);
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Save observation' }).click();
    await expect(dialog.getByText('Give a level from 1 to 4, or call it a strength or a gap')).toBeVisible();
    await page.screenshot({ path: `${shots}/quick-capture-error.png` });
  });

  test('tags a passage in a note, shows it on the rep page, and keeps both names after a rename', async ({
    page,
  }) => {
    await openRep(page, server.current().openUrl, 'Daniel Kowalski');
    await page
      .getByRole('navigation', { name: 'About Daniel Kowalski' })
      .getByRole('link', { name: 'Notes' })
      .click();
    await page.getByRole('button', { name: 'New note' }).click();
    await page.getByLabel('Title').fill('Ride-along at Norland Foods');
    await page.getByRole('button', { name: 'Create note' }).click();
    const editor = page.getByRole('textbox', { name: 'Note about Daniel Kowalski' });
    await editor.click();
    await page.keyboard.type('Good opening. She asked who else signs off before we talked price.');
    // Select "asked who else signs off" with the keyboard, as a user would with Shift+arrows.
    await page.keyboard.press('Home');
    for (let i = 0; i < 'Good opening. She '.length; i++) await page.keyboard.press('ArrowRight');
    for (let i = 0; i < 'asked who else signs off'.length; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Control+Shift+B');
    const dialog = page.getByRole('dialog', { name: /Tag behaviour/ });
    await expect(dialog).toContainText('asked who else signs off');
    await dialog.getByRole('combobox', { name: 'Behaviour' }).fill('who else must approve');
    await page.keyboard.press('Enter');
    await dialog.getByRole('radio', { name: /^3/ }).check();
    await dialog
      .getByRole('button', { name: /Save|Tag/ })
      .last()
      .click();
    await expect(dialog).toBeHidden();
    await expect(editor.locator('mark.behaviour-tag')).toHaveText('asked who else signs off');
    await expect(page.getByText('All changes saved')).toBeVisible();
    await page.screenshot({ path: `${shots}/note-tagged.png` });

    await page
      .getByRole('navigation', { name: 'About Daniel Kowalski' })
      .getByRole('link', { name: 'Observations' })
      .click();
    await page.getByRole('combobox', { name: 'Source' }).selectOption('Coaching note');
    const entry = page.getByRole('list', { name: 'Observations' }).getByRole('listitem').first();
    await expect(entry).toContainText('Asks who else must approve beyond the first contact');
    await expect(entry.locator('blockquote')).toHaveText('asked who else signs off');
    await expect(entry.getByRole('link', { name: 'Ride-along at Norland Foods' })).toBeVisible();

    // Rename the behaviour in the library.
    await entry.getByRole('link', { name: 'Asks who else must approve beyond the first contact' }).click();
    await page.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('dialog');
    await form.getByLabel('Name').fill('Maps everyone who signs off');
    await form.getByRole('button', { name: /Save/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Maps everyone who signs off' })).toBeVisible();

    await openRep(page, server.current().openUrl, 'Daniel Kowalski');
    await page
      .getByRole('navigation', { name: 'About Daniel Kowalski' })
      .getByRole('link', { name: 'Observations' })
      .click();
    await page.getByRole('combobox', { name: 'Source' }).selectOption('Coaching note');
    const renamed = page.getByRole('list', { name: 'Observations' }).getByRole('listitem').first();
    await expect(renamed).toContainText('Maps everyone who signs off');
    await expect(renamed).toContainText('Recorded as “Asks who else must approve beyond the first contact”');
    await page.screenshot({ path: `${shots}/observations-renamed.png` });
  });

  test('overlapping tags, removing one, and deleting tagged text each ask what happens to the observation', async ({
    page,
  }) => {
    await openRep(page, server.current().openUrl, 'Daniel Kowalski');
    await page
      .getByRole('navigation', { name: 'About Daniel Kowalski' })
      .getByRole('link', { name: 'Notes' })
      .click();
    await page.getByRole('button', { name: 'New note' }).click();
    await page.getByLabel('Title').fill('Pipeline chat');
    await page.getByRole('button', { name: 'Create note' }).click();
    const editor = page.getByRole('textbox', { name: 'Note about Daniel Kowalski' });
    await editor.click();
    const text = 'He quantified the cost of delay in their own numbers today.';
    await page.keyboard.type(text);
    const select = async (from: string, to: string) => {
      const start = text.indexOf(from);
      const end = text.indexOf(to) + to.length;
      await selectTextRange(editor, start, end);
    };
    const tag = async (search: string, level: string) => {
      await page.keyboard.press('Control+Shift+B');
      const dialog = page.getByRole('dialog', { name: /Tag behaviour/ });
      await dialog.getByRole('combobox', { name: 'Behaviour' }).fill(search);
      await page.keyboard.press('Enter');
      await dialog.getByRole('radio', { name: new RegExp(`^${level}`) }).check();
      await dialog
        .getByRole('button', { name: /Save|Tag/ })
        .last()
        .click();
      await expect(dialog).toBeHidden();
      // The editor puts the caret after the new tag on the next frame; select only after that.
      await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
    };
    await select('quantified', 'delay');
    await tag('cost of doing nothing', '3');
    await select('cost of delay', 'own numbers');
    await tag('own words', '2');
    await expect(editor.locator('mark.behaviour-tag').first()).toBeVisible();
    await expect(editor).toContainText(text);
    await expect(page.getByText('All changes saved')).toBeVisible();
    await page.screenshot({ path: `${shots}/note-overlapping-tags.png` });

    // Remove the first tag from its card, deleting its observation.
    await editor.getByText('quantified').click();
    const card = page.getByRole('dialog', { name: /behaviour tag/i });
    await card.getByRole('button', { name: /^Remove tag Quantifies/ }).click();
    await page
      .getByRole('dialog', { name: 'Remove tag' })
      .getByRole('button', { name: 'Delete the observation' })
      .click();
    await expect(page.getByText('All changes saved')).toBeVisible();

    // Delete the whole text of the second tag: asked, and kept.
    await select('cost of delay', 'own numbers');
    await page.keyboard.press('Backspace');
    const question = page.getByRole('dialog', { name: /was deleted/ });
    await expect(question).toBeVisible();
    await question.getByRole('button', { name: 'Keep the observation' }).click();
    await expect(question).toBeHidden();
    await expect(page.getByText('All changes saved')).toBeVisible();

    await page
      .getByRole('navigation', { name: 'About Daniel Kowalski' })
      .getByRole('link', { name: 'Observations' })
      .click();
    await page.getByRole('combobox', { name: 'Source' }).selectOption('Coaching note');
    const fromNote = page
      .getByRole('list', { name: 'Observations' })
      .getByRole('listitem')
      .filter({ hasText: 'Pipeline chat' });
    await expect(fromNote).toHaveCount(1);
    await expect(fromNote).toContainText('kept without its place in the note');
    await expect(fromNote.locator('blockquote')).toHaveText('cost of delay in their own numbers');
  });

  test('the command palette finds places and actions by name', async ({ page }) => {
    await page.goto(server.current().openUrl);
    await page.keyboard.press('Control+K');
    const palette = page.getByRole('dialog', { name: 'Commands' });
    await palette.getByRole('combobox', { name: 'Search commands' }).fill('behaviours');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Behaviours' })).toBeVisible();
    await page.keyboard.press('Control+K');
    await palette.getByRole('combobox', { name: 'Search commands' }).fill('record');
    await expect(palette.getByRole('option', { name: /Record an observation/ })).toContainText(
      'Ctrl+Shift+O',
    );
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Record an observation' })).toBeVisible();
  });
});
