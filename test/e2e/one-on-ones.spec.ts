import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { TeamPage } from './pages/team-page';
import { freshDbFile, startServer, useSharedServer } from './server';

const shots = path.resolve(__dirname, '../../test-results/screenshots');

/** A date `days` from today in UTC (the server runs in UTC on the test machines; the browser in London). */
function isoDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** 2026-03-14 → 14 Mar 2026, as the app writes short dates. */
function shortDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

const SHARED = 'We agreed Tom leads the Halden call on Thursday.';
const PRIVATE = 'Tom seemed stretched this week; check his territory load.';
const CARRIED = 'Pricing approval for the Halden renewal';
const TICKED = 'Territory split with Daniel';
const COMMITMENT = 'Send the mutual action plan to Halden Logistics';

/** The One-to-ones screens as a manager uses them. */
class OneOnOnes {
  readonly overview: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.overview = page.getByRole('table', { name: 'Reps and their one-to-ones' });
    this.dialog = page.getByRole('dialog');
  }

  async open(openUrl: string): Promise<void> {
    await this.page.goto(openUrl);
    await this.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'One-to-ones' })
      .click();
    await this.page.getByRole('heading', { level: 1, name: 'One-to-ones' }).waitFor();
  }

  row(name: string): Locator {
    return this.overview.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** From the overview, through the rep's One-to-ones tab, to the one-to-one on `date`. */
  async openMeeting(rep: string, date: string): Promise<void> {
    await this.row(rep).getByRole('link', { name: rep, exact: true }).click();
    await this.page
      .getByRole('table', { name: `One-to-ones with ${rep}` })
      .getByRole('link', { name: shortDate(date) })
      .click();
    await this.page.getByRole('heading', { level: 1, name: `One-to-one with ${rep}` }).waitFor();
  }

  async plan(date: string, template?: string): Promise<void> {
    await this.dialog.getByLabel('Date').fill(date);
    if (template) await this.dialog.getByLabel('Agenda template').selectOption({ label: template });
    await this.dialog.getByRole('button', { name: 'Plan one-to-one' }).click();
    await expect(this.dialog).toBeHidden();
  }

  get agenda(): Locator {
    return this.page.getByRole('list', { name: 'Talking points' });
  }

  talkingPoint(text: string): Locator {
    return this.agenda.getByRole('listitem').filter({ hasText: text });
  }

  notes(part: 'Shared notes' | 'Private notes'): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${part}`) });
  }

  /** Types into one of the notes and waits until the autosave says so. */
  async write(part: 'Shared notes' | 'Private notes', text: string): Promise<void> {
    const region = this.notes(part);
    const saved = this.page.waitForResponse((r) => r.url().endsWith('/api/oneOnOnes.saveNotes'));
    await region.getByRole('textbox', { name: part }).click();
    await this.page.keyboard.type(text);
    await saved;
    await expect(region.getByText('All changes saved')).toBeVisible();
  }
}

test.describe('one-to-ones', () => {
  test.describe.configure({ mode: 'serial' });
  const server = useSharedServer();
  const first = isoDate(-21);
  const next = isoDate(3);

  test('with no reps, the overview says where to start', async ({ page }) => {
    const o3 = new OneOnOnes(page);
    await o3.open(server.current().openUrl);
    await expect(page.getByRole('heading', { name: 'No reps to meet yet' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to Team' })).toBeVisible();
  });

  test('a cadence flags the rep, and a one-to-one is planned from a template', async ({ page }) => {
    const team = new TeamPage(page);
    await team.open(server.current().openUrl);
    await team.addPerson({ name: 'Tom Fielding', role: 'Account Executive' });
    const o3 = new OneOnOnes(page);
    await o3.open(server.current().openUrl);
    const tom = o3.row('Tom Fielding');
    await expect(tom).toContainText('No cadence');
    await tom.getByRole('button', { name: 'Change cadence for Tom Fielding' }).click();
    await o3.dialog
      .getByRole('combobox', { name: 'Cadence for Tom Fielding' })
      .selectOption({ label: 'Weekly' });
    await o3.dialog.getByRole('button', { name: 'Save cadence' }).click();
    await expect(tom).toContainText('Never met');

    await tom.getByRole('button', { name: 'Plan one-to-one' }).click();
    await expect(
      o3.dialog.getByRole('heading', { name: 'Plan a one-to-one with Tom Fielding' }),
    ).toBeVisible();
    await o3.plan(first, 'Pipeline review');
    await expect(page.getByRole('heading', { level: 1, name: 'One-to-one with Tom Fielding' })).toBeVisible();
    await expect(o3.agenda.getByRole('listitem')).toHaveCount(5);
    await expect(o3.agenda).toContainText('What changed in the pipeline since we last looked?');

    // Met three weeks ago on a weekly cadence: overdue, and at the top of the list.
    await page.getByRole('link', { name: '← One-to-ones' }).click();
    await expect(tom.getByText('Overdue', { exact: true })).toBeVisible();
    await expect(tom).toContainText(shortDate(first));
    await expect(o3.overview.getByRole('row').nth(1)).toContainText('Tom Fielding');
    await page.screenshot({ path: `${shots}/one-to-ones-overview.png` });
  });

  test('talking points, a commitment, and what carries to the next one-to-one', async ({ page }) => {
    const o3 = new OneOnOnes(page);
    await o3.open(server.current().openUrl);
    await o3.openMeeting('Tom Fielding', first);

    await page.getByRole('textbox', { name: 'New talking point' }).fill(CARRIED);
    await page.getByRole('checkbox', { name: 'Rep’s point' }).check();
    await page.keyboard.press('Enter');
    await expect(o3.talkingPoint(CARRIED)).toContainText('Rep point');
    await page.getByRole('textbox', { name: 'New talking point' }).fill(TICKED);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(o3.talkingPoint(TICKED)).toContainText('Manager');
    await o3.agenda.getByRole('checkbox', { name: TICKED }).check();
    await expect(page.getByText('1 of 7 done')).toBeVisible();

    const form = page.getByRole('form', { name: 'Add a commitment' });
    await form.getByRole('textbox', { name: 'Commitment', exact: true }).fill(COMMITMENT);
    await form.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Rep' });
    await form.getByLabel('Due date').fill(isoDate(-7));
    await form.getByRole('combobox', { name: 'Behaviour (optional)' }).fill('decision steps');
    await page.keyboard.press('Enter');
    await form.getByRole('button', { name: 'Add commitment' }).click();
    const commitment = page.getByRole('list', { name: 'Commitments' }).getByRole('listitem').filter({
      hasText: COMMITMENT,
    });
    await expect(commitment).toContainText(`Due ${shortDate(isoDate(-7))}`);
    await expect(commitment).toContainText('overdue');
    await expect(commitment).toContainText('Maps the buyer’s decision steps, people and dates');
    await page.screenshot({ path: `${shots}/one-to-one-first.png` });

    await page.getByRole('button', { name: 'Mark as held' }).click();
    await expect(page.getByText('Held', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Plan next one-to-one' }).click();
    await o3.plan(next);
    await expect(page.getByText('Scheduled', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: `← Previous: ${shortDate(first)}` })).toBeVisible();
    await expect(o3.talkingPoint(CARRIED)).toContainText('Carried ×1');
    await expect(o3.talkingPoint(CARRIED)).toContainText('Rep point');
    await expect(o3.agenda.getByRole('checkbox', { name: CARRIED })).not.toBeChecked();
    await expect(o3.talkingPoint(TICKED)).toHaveCount(0);
    // Still open from the first one-to-one, so it is on this one too, in red.
    const carriedCommitment = page
      .getByRole('list', { name: 'Commitments' })
      .getByRole('listitem')
      .filter({ hasText: COMMITMENT });
    await expect(carriedCommitment).toContainText(`from ${shortDate(first)}`);
    await expect(carriedCommitment).toContainText('overdue');
  });

  test('shared notes save themselves and are there after a reload', async ({ page }) => {
    const o3 = new OneOnOnes(page);
    await o3.open(server.current().openUrl);
    await o3.openMeeting('Tom Fielding', next);
    await o3.write('Shared notes', SHARED);
    await o3.write('Private notes', PRIVATE);
    await page.screenshot({ path: `${shots}/one-to-one-notes.png` });
    await page.reload();
    await expect(o3.notes('Shared notes').getByRole('textbox', { name: 'Shared notes' })).toHaveText(SHARED);
    await expect(o3.notes('Private notes').getByRole('textbox', { name: 'Private notes' })).toHaveText(
      PRIVATE,
    );
  });

  test('the export and the print view have the shared notes and never the private ones', async ({ page }) => {
    const o3 = new OneOnOnes(page);
    await o3.open(server.current().openUrl);
    await o3.openMeeting('Tom Fielding', next);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export for the rep (Markdown)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`one-to-one-tom-fielding-${next}.md`);
    const markdown = fs.readFileSync((await download.path())!, 'utf8');
    expect(markdown).toContain(SHARED);
    expect(markdown).toContain(CARRIED);
    expect(markdown).not.toContain(PRIVATE);

    await page.getByRole('link', { name: 'Print / PDF' }).click();
    const sheet = page.getByRole('article', { name: 'One-to-one with Tom Fielding' });
    await expect(sheet).toContainText(SHARED);
    await expect(sheet).toContainText(CARRIED);
    await expect(sheet).toContainText(COMMITMENT);
    await expect(page.getByText(PRIVATE)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
    await page.screenshot({ path: `${shots}/one-to-one-print.png` });
  });

  test('the prep brief shows the overdue commitment and adds it to the next agenda', async ({ page }) => {
    const o3 = new OneOnOnes(page);
    await o3.open(server.current().openUrl);
    await o3.row('Tom Fielding').getByRole('link', { name: 'Prep brief' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Prep brief: Tom Fielding' })).toBeVisible();
    const overdue = page.getByRole('list', { name: 'Overdue commitments' }).getByRole('listitem');
    await expect(overdue).toHaveCount(1);
    await expect(overdue).toContainText(COMMITMENT);
    await expect(page.getByRole('region', { name: /Other observations/ })).toContainText('Nothing since');
    await overdue.getByRole('button', { name: /^Add to agenda/ }).click();
    await expect(overdue).toContainText('On the agenda');
    await page.screenshot({ path: `${shots}/prep-brief.png` });

    await page.getByRole('link', { name: /\(in \d days\)/ }).click();
    await expect(o3.talkingPoint(`Overdue commitment: ${COMMITMENT}`)).toBeVisible();
  });

  test('the rep page lists open commitments and how many were kept', async ({ page }) => {
    await page.goto(server.current().openUrl);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Team' }).click();
    await page
      .getByRole('table', { name: 'Team members' })
      .getByRole('link', { name: 'Tom Fielding' })
      .click();
    await page
      .getByRole('navigation', { name: 'About Tom Fielding' })
      .getByRole('link', { name: 'One-to-ones' })
      .click();
    await expect(page.getByRole('list', { name: 'Open commitments of Tom Fielding' })).toContainText(
      COMMITMENT,
    );
    await expect(page.getByRole('region', { name: 'Commitments kept' })).toBeVisible();
  });
});

test('private notes typed before a crash are there when the app starts again', async ({ page }) => {
  const dbFile = freshDbFile();
  const note = 'Aisha wants to move into an account executive role next year.';
  const date = isoDate(1);
  const o3 = new OneOnOnes(page);
  const firstRun = await startServer(dbFile);
  let killed = false;
  try {
    const team = new TeamPage(page);
    await team.open(firstRun.openUrl);
    await team.addPerson({ name: 'Aisha Okafor', role: 'Sales Development Rep' });
    await o3.open(firstRun.openUrl);
    await o3.row('Aisha Okafor').getByRole('button', { name: 'Plan one-to-one' }).click();
    await o3.plan(date);
    await o3.write('Private notes', note);
    // Off the page first, or the cut event stream is logged as a console error. "All changes saved"
    // was already shown, so nothing is left to flush: the text must survive on disk alone.
    await page.goto('about:blank');
    // No clean shutdown: no WAL checkpoint, no close.
    await firstRun.stop('SIGKILL');
    killed = true;
  } finally {
    if (!killed) await firstRun.stop();
  }

  const secondRun = await startServer(dbFile);
  try {
    await o3.open(secondRun.openUrl);
    await o3.openMeeting('Aisha Okafor', date);
    await expect(o3.notes('Private notes').getByRole('textbox', { name: 'Private notes' })).toHaveText(note);
  } finally {
    await secondRun.stop();
  }
});
