import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { ProgressPage } from './pages/progress-page';
import { type RunningServer, useFreshServer, useSharedServer } from './server';

const shots = path.resolve(__dirname, '../../test-results/screenshots');
const WIDTHS = [1024, 1440, 1920];
const IMPLICATION = 'Asks implication questions before presenting a solution';

/** A date `days` from today (UTC, as the core counts). */
function isoDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Calls the core the way the page does, for setting up history a test does not need to click through. */
async function api<T>(
  request: APIRequestContext,
  server: RunningServer,
  method: string,
  input: unknown,
): Promise<T> {
  const token = /token=([^&]+)/.exec(server.openUrl)![1];
  const response = await request.post(`${server.baseUrl}api/${method}`, {
    data: input,
    headers: { Authorization: `Bearer ${token}` },
  });
  const body = (await response.json()) as { ok: boolean; value: T; error?: unknown };
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.value;
}

test.describe('a rep’s progress from two sources', () => {
  test.describe.configure({ mode: 'serial' });
  const server = useSharedServer();

  test('shows the evidence, changes the verdict with a new observation, and opens a point’s source', async ({
    page,
    request,
  }) => {
    const s = server.current();
    const rep = await api<{ id: string }>(request, s, 'people.create', { name: 'Jonas Berg' });
    const note = await api<{ id: string }>(request, s, 'notes.create', {
      repId: rep.id,
      title: 'Ride-along at Norland',
    });
    const observe = (days: number, level: number, extra: object = {}) =>
      api(request, s, 'observations.create', {
        repId: rep.id,
        behaviourId: 'bhv-asks-implication-questions',
        observedOn: isoDate(days),
        level,
        ...extra,
      });
    await observe(-120, 1);
    await observe(-90, 1, { sourceKind: 'note', sourceId: note.id, evidence: 'Went straight to the demo' });
    await observe(-60, 2);

    const progress = new ProgressPage(page);
    await progress.openRep(s.openUrl, 'Jonas Berg');
    const card = progress.card(IMPLICATION);
    await expect(card.getByText('Not enough evidence', { exact: true })).toBeVisible();
    await expect(card).toContainText('3 observations in the last six months; a trend needs at least 4.');
    await expect(card).toContainText(/from 3 observations, the last on/);

    // A fourth observation through quick capture: now the trend can be called.
    await page.getByRole('button', { name: 'Record observation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record an observation' });
    await dialog.getByRole('combobox', { name: 'Behaviour' }).fill('implication questions');
    await page.keyboard.press('Enter');
    await dialog.getByRole('radio', { name: /^3/ }).check();
    await dialog.getByRole('button', { name: 'Save observation' }).click();
    await expect(dialog).toBeHidden();
    await expect(card.getByText('Improving', { exact: true })).toBeVisible();
    await expect(card).toContainText(/from 4 observations/);

    // Every point is in the table too; opening one shows the observation and its source.
    await card.getByText('Observations as a table (4)').click();
    const row = card.getByRole('row').filter({ hasText: 'Ride-along at Norland' });
    await row.getByRole('button', { name: 'Open' }).click();
    const details = card.getByRole('region', { name: 'Selected observation' });
    await expect(details).toContainText('“Went straight to the demo”');
    await details.getByRole('button', { name: 'Close' }).click();

    // From the keyboard, without the table: step through the chart's points, newest first.
    const stepper = card.getByRole('group', { name: 'Points on the chart' });
    await stepper.getByRole('button', { name: '← Earlier point' }).focus();
    await page.keyboard.press('Enter');
    await expect(stepper).toContainText('Point 4 of 4');
    await expect(details).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(stepper).toContainText('Point 3 of 4');
    await details.getByRole('button', { name: 'Close' }).click();

    // The chart saves as a PNG and the numbers behind it as CSV.
    const png = page.waitForEvent('download');
    await card.getByRole('button', { name: 'Save chart as PNG' }).click();
    expect((await png).suggestedFilename()).toBe(
      'jonas-berg-asks-implication-questions-before-presenting-a-solution.png',
    );
    const csv = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV', exact: true }).click();
    const csvText = fs.readFileSync((await (await csv).path())!, 'utf8');
    expect(csvText).toContain('Behaviour,Competency,Observed on,Level');
    expect(csvText.trim().split('\r\n')).toHaveLength(5);

    // Clicking the point on the chart opens the same observation.
    await card.getByText('Observations as a table (4)').click();
    await card.locator('.scatter-note .recharts-scatter-symbol').first().click();
    await expect(details).toContainText('Ride-along at Norland');
    await details.getByRole('link', { name: 'Ride-along at Norland' }).click();
    await expect(page.getByRole('textbox', { name: 'Note title' })).toHaveValue('Ride-along at Norland');
  });

  test('sets a development goal and shows it on the chart and in the prep brief', async ({ page }) => {
    const progress = new ProgressPage(page);
    await progress.openRep(server.current().openUrl, 'Jonas Berg');
    await page.getByRole('button', { name: 'Set a goal' }).click();
    const dialog = page.getByRole('dialog', { name: 'Set a development goal' });
    await dialog.getByRole('combobox', { name: 'Behaviour' }).fill('implication questions');
    await page.keyboard.press('Enter');
    await dialog.getByLabel('Target level').selectOption('4');
    await dialog.getByRole('button', { name: 'Set goal' }).click();
    await expect(dialog.getByText('Choose the date the level should be reached by.')).toBeVisible();
    await dialog.getByLabel('Reach it by').fill(isoDate(90));
    await dialog.getByRole('button', { name: 'Set goal' }).click();
    await expect(dialog).toBeHidden();
    const goals = page.getByRole('region', { name: 'Development goals' });
    await expect(goals).toContainText(IMPLICATION);
    await expect(goals).toContainText('No evidence yet');
    await expect(progress.card(IMPLICATION)).toContainText('Goal: level 4 by');
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${shots}/progress-goal-${width}.png` });
    }

    await page.goto(`${server.current().baseUrl}#/one-to-ones`);
    await page
      .getByRole('link', { name: /Prep brief|Prepare/ })
      .first()
      .click();
    const brief = page.getByRole('region', { name: 'Development goals' });
    await expect(brief).toContainText(IMPLICATION);
    await expect(brief).toContainText('level 4 by');
    await brief.screenshot({ path: `${shots}/progress-prep-brief-goals.png` });
  });
});

test.describe('the team’s progress on the demo', () => {
  test.describe.configure({ mode: 'serial' });
  const server = useFreshServer('demo');

  test('a rep’s Progress tab and progress report at three widths', async ({ page }) => {
    // Twenty charts at three widths, then the report with all of them: slow on a busy machine.
    test.setTimeout(90_000);
    const progress = new ProgressPage(page);
    await progress.openRep(server.current().openUrl, 'Tom Fielding');
    await expect(page.getByRole('article').first()).toBeVisible();
    await expect(page.getByRole('article').first()).toContainText(/from \d+ observations?, the last on/);
    await expect(page.getByText('Improving', { exact: true }).first()).toBeVisible();
    // Did coaching work, for this rep: Tom responds to coaching.
    await expect(
      page
        .getByRole('region', { name: 'Did coaching work?' })
        .getByText(/^Of \d+ focus periods? with enough evidence/),
    ).toBeVisible();
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 1000 });
      await page.screenshot({ path: `${shots}/progress-rep-${width}.png`, fullPage: false });
    }
    // A point from a call annotation opens the call at that moment, with the annotation active.
    const card = progress.card(IMPLICATION);
    await card.getByText(/Observations as a table/).click();
    const details = card.getByRole('region', { name: 'Selected observation' });
    const callRows = card.getByRole('row').filter({ hasText: 'Call with' });
    for (let i = 0; i < (await callRows.count()); i++) {
      await callRows.nth(i).getByRole('button', { name: 'Open' }).click();
      if ((await details.textContent())?.includes('in the call')) break;
    }
    await expect(details).toContainText(/at \d+:\d\d in the call/);
    await details.getByRole('link', { name: /^Call with/ }).click();
    await expect(page).toHaveURL(/annotation=/);
    await expect(page.locator('.annotation-entry-active')).toBeVisible();
    await progress.openRep(server.current().openUrl, 'Tom Fielding');
    await page.getByRole('link', { name: 'Progress report' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Progress report: Tom Fielding' }),
    ).toBeVisible();
    await expect(page.getByRole('table').first()).toBeVisible();
    await page.screenshot({ path: `${shots}/progress-report-1920.png` });
  });

  test('the heat map leaves blind spots blank, and coaching’s effect is summed up', async ({ page }) => {
    test.setTimeout(90_000);
    const progress = new ProgressPage(page);
    await progress.openTeam(server.current().openUrl);
    const map = progress.heatMap();
    await expect(map.getByText('No evidence').first()).toBeAttached();
    // The demo opens as Marcus Webb: his reps are on the map, Priya Raman's team is not his to see.
    await expect(map.getByRole('columnheader', { name: 'Tom Fielding' })).toBeVisible();
    await expect(map.getByRole('columnheader', { name: 'Jonas Berg' })).toHaveCount(0);
    // The demo has evidence around its focus periods: the summary counts them.
    await expect(
      page.getByText(/^Of \d+ focus periods with enough evidence, \d+ were followed by a higher level/),
    ).toBeVisible();
    await page.getByRole('radio', { name: 'Competencies' }).check();
    await expect(map.getByRole('rowheader').first()).toBeVisible();
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 1000 });
      await page.screenshot({ path: `${shots}/progress-team-${width}.png` });
      // The screen scrolls inside the app's content area: each panel on its own shows the rest.
      for (const panel of ['Did coaching work?', 'Coverage', 'Commitments kept']) {
        await page.getByRole('region', { name: panel }).screenshot({
          path: `${shots}/progress-team-${width}-${panel.replace(/\W+/g, '-').toLowerCase()}.png`,
        });
      }
    }
  });
});
