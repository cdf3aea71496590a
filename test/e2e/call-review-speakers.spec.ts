import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { TeamPage } from './pages/team-page';
import { useSharedServer } from './server';

const transcripts = path.resolve(__dirname, '../fixtures/transcripts');
const shots = process.env.SHOTS_DIR;

/** The selector of transcript line `n` (from 1): its time, as a button. */
const lineButton = (page: Page, n: number) =>
  page.getByRole('button', { name: new RegExp(`^Line ${n} at `) });
const transcriptLine = (page: Page, index: number) =>
  page.getByRole('list', { name: /^Transcript, / }).locator(`li[data-segment="${index}"]`);

/** Issue 9 #1: a recorder's SRT with no speaker names imports, and the manager says who spoke afterwards. */
test.describe('a call without speaker names', () => {
  test.describe.configure({ mode: 'serial' });
  // No demo data: the call, its rep and its customer are all this test's own.
  const server = useSharedServer();

  test('imports without a speaker mapping, then lines are given to the rep and the customer', async ({
    page,
  }) => {
    const team = new TeamPage(page);
    await team.open(server.current().openUrl);
    await team.addPerson({ name: 'Tom Fielding', kind: 'Rep', role: 'Account Executive' });
    await page.goto(server.current().openUrl);
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Call reviews' })
      .click();
    await page.getByRole('button', { name: 'Import a call' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Import a call' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Rep' }).selectOption({ label: 'Tom Fielding' });
    await page.getByRole('textbox', { name: 'Account' }).fill('Larkfield Housing');
    await page.getByRole('combobox', { name: 'Call type' }).selectOption({ label: 'Discovery' });
    await page
      .getByLabel('Transcript file')
      .setInputFiles(path.join(transcripts, 'recorder-no-speakers.srt'));
    await expect(
      page.getByRole('region', { name: 'Transcript preview' }).getByRole('list', {
        name: 'First lines of the transcript',
      }),
    ).toContainText('Thanks for making the time today.');

    // Nothing to map: the rep is a participant already, the customer is added by hand.
    const participants = page.getByRole('table', { name: 'Participants', exact: true });
    await expect(participants.getByRole('textbox', { name: 'Name of participant 1' })).toHaveValue(
      'Tom Fielding',
    );
    await expect(participants.getByRole('combobox', { name: 'Side of Tom Fielding' })).toHaveValue('rep');
    await expect(page.getByText('This transcript names no speakers')).toBeVisible();
    await page.getByRole('button', { name: 'Add participant' }).click();
    await participants.getByRole('textbox', { name: 'Name of participant 2' }).fill('Hannah Price');
    await page.getByRole('button', { name: 'Import', exact: true }).click();

    await expect(page.getByRole('heading', { level: 1, name: /Larkfield Housing/ })).toBeVisible();
    await expect(transcriptLine(page, 0)).toContainText('No speaker');
    await page.getByRole('tab', { name: /^Metrics/ }).click();
    const metrics = page.getByRole('tabpanel', { name: /^Metrics/ });
    await expect(metrics.getByText('Unavailable: speakers not known').first()).toBeVisible();
    await expect(metrics.getByRole('img', { name: /^Rep side/ })).toHaveCount(0);

    // Mouse: line 1, then Shift+click line 7: every line the rep's for now.
    await lineButton(page, 1).click();
    await lineButton(page, 7).click({ modifiers: ['Shift'] });
    await expect(page.getByText('Lines 1–7 selected')).toBeVisible();
    await expect(transcriptLine(page, 3)).toHaveClass(/transcript-line-selected/);
    const spokenBy = page.getByRole('button', { name: 'Spoken by…' });
    await spokenBy.click();
    const menu = page.getByRole('menu', { name: 'Spoken by' });
    if (shots) {
      for (const width of [1024, 1440, 1920]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: `${shots}/spoken-by-${width}.png` });
      }
      await page.setViewportSize({ width: 1280, height: 800 });
    }
    await menu.getByRole('menuitem', { name: 'Tom Fielding (Rep)' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Lines 1–7: spoken by Tom Fielding (Rep).' }),
    ).toBeVisible();
    await expect(transcriptLine(page, 1)).toContainText('Tom Fielding');
    await expect(lineButton(page, 1)).toBeFocused();

    // Keyboard: from line 1, down to line 2, Shift+↓ takes in line 3; Escape lets go; Space picks line 2.
    await page.keyboard.press('ArrowDown');
    await expect(lineButton(page, 2)).toBeFocused();
    await page.keyboard.press('Shift+ArrowDown');
    await expect(page.getByText('Lines 2–3 selected')).toBeVisible();
    await expect(lineButton(page, 3)).toBeFocused();
    if (shots) await page.screenshot({ path: `${shots}/line-keyboard-focus.png` });
    await page.keyboard.press('Escape');
    await expect(page.getByText(/selected$/)).toHaveCount(0);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Space');
    await expect(page.getByText('Line 2 selected')).toBeVisible();
    await spokenBy.focus();
    await page.keyboard.press('Enter');
    await expect(menu.getByRole('menuitem', { name: 'Tom Fielding (Rep)' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: 'Hannah Price (Customer)' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('status').filter({ hasText: 'Line 2: spoken by Hannah Price (Customer).' }),
    ).toBeVisible();
    await expect(transcriptLine(page, 1)).toContainText('Hannah Price');

    // Lines 4 and 6 are the customer's too.
    for (const n of [4, 6]) {
      await lineButton(page, n).click();
      await spokenBy.click();
      await menu.getByRole('menuitem', { name: 'Hannah Price (Customer)' }).click();
      await expect(transcriptLine(page, n - 1)).toContainText('Hannah Price');
    }

    // The metrics that needed sides now have them.
    await expect(metrics.getByText('Unavailable: speakers not known')).toHaveCount(0);
    await expect(metrics.getByRole('img', { name: /^Rep side \d+ %, customer \d+ %/ })).toBeVisible();
    await expect(metrics).toContainText(/Rep questions.*3 questions/s);
    if (shots) await page.screenshot({ path: `${shots}/speakers-assigned.png` });
  });

  test('a line given a speaker is annotated like any other', async ({ page }) => {
    await page.goto(server.current().openUrl);
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Call reviews' })
      .click();
    await page
      .getByRole('table', { name: 'Call reviews' })
      .getByRole('link', { name: 'Larkfield Housing' })
      .click();
    await expect(transcriptLine(page, 3)).toContainText('Hannah Price');

    await page.evaluate(() => {
      const words = document.querySelector('[data-segment="2"] [data-line-text]')!.firstChild!;
      const text = words.textContent!;
      const range = document.createRange();
      range.setStart(words, text.indexOf('What happens'));
      range.setEnd(words, text.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await page.getByRole('button', { name: 'Annotate', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Annotate the passage' });
    await expect(dialog.locator('blockquote')).toHaveText(
      'What happens today when a repair gets rescheduled?',
    );
    await dialog.getByRole('group', { name: 'Kind' }).getByRole('radio', { name: 'Strength' }).check();
    await dialog.getByRole('combobox', { name: 'Behaviour' }).fill('implication questions');
    await page.keyboard.press('Enter');
    await dialog.getByRole('radiogroup', { name: 'Rating' }).getByRole('radio', { name: /^3/ }).check();
    await dialog.getByRole('button', { name: 'Save annotation' }).click();
    await expect(dialog).toBeHidden();
    const entry = page.getByRole('list', { name: 'Annotations' }).getByRole('listitem').first();
    await expect(entry).toContainText('Asks implication questions before presenting a solution');
    await expect(transcriptLine(page, 2).locator('mark')).toHaveText(
      'What happens today when a repair gets rescheduled?',
    );
  });
});
