import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { teamsDocx } from '../helpers/transcripts';
import { expect, test } from './fixtures';
import { TeamPage } from './pages/team-page';
import { useSharedServer } from './server';

const shots = path.resolve(__dirname, '../../test-results/screenshots');
const transcripts = path.resolve(__dirname, '../fixtures/transcripts');

/** A WAV of silence, long enough to seek through the zoom.vtt call (42 s). */
function silentWav(seconds: number): Buffer {
  const rate = 8000;
  const samples = rate * seconds;
  const wav = Buffer.alloc(44 + samples, 128);
  wav.write('RIFF', 0);
  wav.writeUInt32LE(36 + samples, 4);
  wav.write('WAVEfmt ', 8);
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20);
  wav.writeUInt16LE(1, 22);
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate, 28);
  wav.writeUInt16LE(1, 32);
  wav.writeUInt16LE(8, 34);
  wav.write('data', 36);
  wav.writeUInt32LE(samples, 40);
  return wav;
}

/** The call review screens as a manager sees them. */
class CallReviews {
  constructor(readonly page: Page) {}

  async open(openUrl: string) {
    await this.page.goto(openUrl);
    await this.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Call reviews' })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Call reviews' })).toBeVisible();
  }

  get list(): Locator {
    return this.page.getByRole('table', { name: 'Call reviews' });
  }

  async openReview(account: string) {
    await this.list.getByRole('link', { name: account }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: new RegExp(account) })).toBeVisible();
  }

  async fillDetails(details: { rep?: string; account: string; callType: string }) {
    if (details.rep)
      await this.page.getByRole('combobox', { name: 'Rep' }).selectOption({ label: details.rep });
    await this.page.getByRole('textbox', { name: 'Account' }).fill(details.account);
    await this.page.getByRole('combobox', { name: 'Call type' }).selectOption({ label: details.callType });
  }

  get preview(): Locator {
    return this.page.getByRole('region', { name: 'Transcript preview' });
  }

  /** The transcript line at `index` (from 0). Only lines near the view are in the page: it is virtualised. */
  line(index: number): Locator {
    return this.page.getByRole('list', { name: /^Transcript, / }).locator(`li[data-segment="${index}"]`);
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  /** Selects words with the Selection API, from `fromText` in one line to the end of `toText` in another. */
  async select(from: { line: number; text: string }, to: { line: number; text: string }) {
    await this.page.evaluate(
      ({ from, to }) => {
        const point = (line: number, text: string, atEnd: boolean): [Node, number] => {
          const words = document.querySelector(`[data-segment="${line}"] [data-line-text]`);
          if (!words?.textContent) throw new Error(`line ${line} is not on screen`);
          const at = words.textContent.indexOf(text) + (atEnd ? text.length : 0);
          const walker = document.createTreeWalker(words, NodeFilter.SHOW_TEXT);
          let seen = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const length = node.textContent?.length ?? 0;
            if (at <= seen + length) return [node, at - seen];
            seen += length;
          }
          throw new Error(`“${text}” is not in line ${line}`);
        };
        const range = document.createRange();
        range.setStart(...point(from.line, from.text, false));
        range.setEnd(...point(to.line, to.text, true));
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
      },
      { from, to },
    );
  }

  /** Drags the mouse from the first letter of `fromText` to the last letter of `toText`, as a person would. */
  async drag(from: { line: number; text: string }, to: { line: number; text: string }) {
    const box = (line: number, text: string, atEnd: boolean) =>
      this.page.evaluate(
        ({ line, text, atEnd }) => {
          const words = document.querySelector(`[data-segment="${line}"] [data-line-text]`)!;
          const node = words.firstChild!;
          const at = node.textContent!.indexOf(text) + (atEnd ? text.length - 1 : 0);
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          const r = range.getBoundingClientRect();
          return { x: atEnd ? r.right - 1 : r.left + 1, y: r.top + r.height / 2 };
        },
        { line, text, atEnd },
      );
    const start = await box(from.line, from.text, false);
    const end = await box(to.line, to.text, true);
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 5 });
    await this.page.mouse.move(end.x, end.y, { steps: 5 });
    await this.page.mouse.up();
  }

  async annotate(choice: { kind: string; behaviour: string; level: string; comment?: string }) {
    const dialog = this.page.getByRole('dialog', { name: 'Annotate the passage' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('group', { name: 'Kind' }).getByRole('radio', { name: choice.kind }).check();
    await dialog.getByRole('combobox', { name: 'Behaviour' }).fill(choice.behaviour);
    await this.page.keyboard.press('Enter');
    await dialog
      .getByRole('radiogroup', { name: 'Rating' })
      .getByRole('radio', { name: new RegExp(`^${choice.level}`) })
      .check();
    if (choice.comment) await dialog.getByLabel('Comment').fill(choice.comment);
    await dialog.getByRole('button', { name: 'Save annotation' }).click();
    await expect(dialog).toBeHidden();
  }
}

test.describe('call reviews', () => {
  test.describe.configure({ mode: 'serial' });
  const server = useSharedServer('new');
  let repId = '';
  // The manager using Coachbench, who writes the annotations and scores; the tests add the rep themselves.
  test.beforeAll(async () => {
    const api = server.current();
    const marcus = await api.call<{ id: string }>('people.create', { name: 'Marcus Webb', kind: 'manager' });
    await api.call('workspace.claim', { personId: marcus.id });
  });

  test('imports a WebVTT call from the rep page, matching the rep to their speaker', async ({ page }) => {
    const team = new TeamPage(page);
    await team.open(server.current().openUrl);
    await team.addPerson({ name: 'Priya Shah', kind: 'Rep', role: 'Account Executive' });
    repId = /#\/team\/([^/?]+)/.exec(page.url())![1]!;
    await page
      .getByRole('navigation', { name: 'About Priya Shah' })
      .getByRole('link', { name: 'Calls' })
      .click();
    await expect(page.getByText('No calls reviewed for Priya Shah yet.')).toBeVisible();
    await page.getByRole('button', { name: 'Import a call' }).first().click();

    const calls = new CallReviews(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Import a call' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Rep' })).toHaveValue(repId);
    await calls.fillDetails({ account: 'Acme Logistics', callType: 'Discovery' });
    await page.getByLabel('Transcript file').setInputFiles(path.join(transcripts, 'zoom.vtt'));

    await expect(calls.preview).toContainText('WebVTT');
    await expect(calls.preview).toContainText('42 s');
    const speakers = calls.preview.getByRole('table', { name: 'Speakers in the transcript' });
    await expect(speakers.getByRole('row', { name: /Priya Shah 4 40/ })).toBeVisible();
    await expect(speakers.getByRole('row', { name: /dana lee 2 20/ })).toBeVisible();
    await expect(calls.preview.getByRole('list', { name: 'First lines of the transcript' })).toContainText(
      'Hi Tom, thanks for making the time today.',
    );

    // Pre-filled: one participant a speaker, the rep found by name and marked Rep, everyone else a customer.
    const participants = page.getByRole('table', { name: 'Participants', exact: true });
    await expect(participants.getByRole('textbox', { name: 'Name of participant 1' })).toHaveValue(
      'Priya Shah',
    );
    await expect(participants.getByRole('combobox', { name: 'Side of Priya Shah' })).toHaveValue('rep');
    await expect(participants.getByRole('combobox', { name: 'Side of Tom Becker' })).toHaveValue('customer');
    await expect(page.getByRole('combobox', { name: 'Who is “Priya Shah”?' })).toHaveText(
      /Priya Shah \(Rep\)/,
    );
    await expect(
      page.getByRole('combobox', { name: 'Who is “Priya Shah”?' }).locator('option:checked'),
    ).toHaveText('Priya Shah (Rep)');
    await expect(
      page.getByRole('combobox', { name: 'Who is “dana lee”?' }).locator('option:checked'),
    ).toHaveText('dana lee (Customer)');
    await participants.getByRole('textbox', { name: 'Title of Tom Becker' }).fill('Head of Sales Ops');

    await page.getByLabel('Recording file').setInputFiles({
      name: 'acme-discovery.wav',
      mimeType: 'audio/wav',
      buffer: silentWav(1),
    });
    await expect(page.getByText('acme-discovery.wav')).toBeVisible();
    await page.getByRole('region', { name: 'Participants and speakers' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/call-import-mapping.png` });

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Acme Logistics/ })).toBeVisible();
    await expect(calls.line(0)).toContainText('Hi Tom, thanks for making the time today.');
    await expect(calls.line(0)).toContainText('Priya Shah');
    await expect(page.getByRole('list', { name: 'Participants' })).toContainText('Tom Becker · Customer');
  });

  test('annotates a passage across two lines, and an overlapping one with the keyboard', async ({ page }) => {
    const calls = new CallReviews(page);
    await calls.open(server.current().openUrl);
    await calls.openReview('Acme Logistics');

    // Line 3 (“…what made you reach out to us this quarter?”) into line 4 (“Honestly, our reps…”).
    await calls.drag({ line: 2, text: 'reach out' }, { line: 3, text: 'our reps' });
    await page.getByRole('button', { name: 'Annotate', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Annotate the passage' });
    await expect(dialog.locator('blockquote')).toHaveText('reach out to us this quarter? Honestly, our reps');
    await page.screenshot({ path: `${shots}/call-annotate-dialog.png` });
    await calls.annotate({
      kind: 'Missed opportunity',
      behaviour: 'implication questions',
      level: '2',
      comment: 'Ask what the admin time costs them before moving on.',
    });

    const list = page.getByRole('list', { name: 'Annotations' });
    const entry = list.getByRole('listitem').first();
    await expect(entry).toContainText('Missed opportunity');
    await expect(entry).toContainText('Asks implication questions before presenting a solution');
    await expect(entry).toContainText('2 · Developing');
    await expect(entry.locator('blockquote')).toHaveText('reach out to us this quarter? Honestly, our reps');
    await expect(calls.line(2).locator('mark')).toHaveText('reach out to us this quarter?');
    await expect(calls.line(3).locator('mark')).toHaveText('Honestly, our reps');
    await expect(
      calls.line(2).getByRole('button', { name: /Missed opportunity: Asks implication/ }),
    ).toBeVisible();

    // Overlapping the first one: “our reps spend too long on admin”, annotated with Ctrl+Shift+B.
    await calls.select({ line: 3, text: 'our reps' }, { line: 3, text: 'on admin' });
    await page.keyboard.press('Control+Shift+B');
    await expect(page.getByRole('dialog', { name: 'Annotate the passage' }).locator('blockquote')).toHaveText(
      'our reps spend too long on admin',
    );
    await calls.annotate({ kind: 'Strength', behaviour: 'buyer to state the need', level: '3' });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(calls.line(3).locator('mark.call-mark-2')).toHaveText('our reps');
    await expect(page.getByRole('tab', { name: /^Annotations/ })).toContainText('2');

    // Filter by kind.
    await page.getByRole('combobox', { name: 'Kind of annotation' }).selectOption({ label: 'Strength' });
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list).toContainText('Gets the buyer to state the need in their own words');
    await page.getByRole('combobox', { name: 'Kind of annotation' }).selectOption({ label: 'All kinds' });
    await page.screenshot({ path: `${shots}/call-annotated.png` });
  });

  test('plays the linked recording from the line clicked, following it in the transcript', async ({
    page,
  }) => {
    const calls = new CallReviews(page);
    await calls.open(server.current().openUrl);
    await calls.openReview('Acme Logistics');
    await expect(page.getByRole('button', { name: 'Link the recording (acme-discovery.wav)' })).toBeVisible();
    await page.getByLabel('Recording to play').setInputFiles({
      name: 'acme-discovery.wav',
      mimeType: 'audio/wav',
      buffer: silentWav(45),
    });
    const player = page.getByRole('region', { name: 'Recording' });
    await expect(player.locator('audio')).toHaveAttribute('src', /^blob:/);
    await expect(player).toContainText('choose it again next time');
    await player.locator('audio').evaluate(
      (audio: HTMLAudioElement) =>
        new Promise((done) => {
          if (audio.readyState >= 1) done(null);
          else audio.addEventListener('loadedmetadata', () => done(null), { once: true });
        }),
    );
    // Line 6 starts at 00:29.500: clicking it seeks there, and it becomes the current line.
    await calls.line(5).getByText('No problem, Dana.').click();
    await expect(calls.line(5)).toHaveAttribute('aria-current', 'time');
    expect(
      await player.locator('audio').evaluate((audio: HTMLAudioElement) => audio.currentTime),
    ).toBeCloseTo(29.5, 1);
    // An annotation in the list seeks to its first line.
    await page
      .getByRole('list', { name: 'Annotations' })
      .getByRole('button', { name: /Missed opportunity/ })
      .click();
    await expect(calls.line(2)).toHaveAttribute('aria-current', 'time');
    await page.screenshot({ path: `${shots}/call-recording.png` });
  });

  test('scores the call: a low level needs its reason, and the score is a weighted mean', async ({
    page,
  }) => {
    const calls = new CallReviews(page);
    await calls.open(server.current().openUrl);
    await calls.openReview('Acme Logistics');
    await calls.tab('Scorecard').click();
    const lines = page.getByRole('list', { name: 'Scorecard lines' });
    const line = (name: string) => lines.getByRole('listitem').filter({ hasText: name });
    const implication = line('Asks implication questions before presenting a solution');
    await expect(implication).toContainText('1 annotation');
    await expect(implication).toContainText('Critical');

    await implication.getByRole('radio', { name: '2 · Developing' }).check();
    await expect(implication.getByText('Why?')).toBeVisible();
    await line('Ends each meeting with a dated next step')
      .getByRole('radio', { name: '3 · Consistent' })
      .check();
    await line('Agrees time, purpose and outcome').getByRole('radio', { name: '4 · Role model' }).check();
    await expect(page.getByText('2.8 / 4 from 3 rated lines')).toBeVisible();
    await expect(page.getByText(/Critical gap/)).toBeVisible();

    await page.getByRole('button', { name: 'Submit scorecard' }).click();
    await expect(
      implication.getByText('Say why this is low: what happened, or what was missing?'),
    ).toBeVisible();
    await implication.getByRole('textbox', { name: /Why\?/ }).fill('Moved to the demo after the first pain.');
    await page.getByRole('button', { name: 'Submit scorecard' }).click();
    await expect(page.getByText(/Scorecard submitted/)).toBeVisible();
    await expect(page.getByText('2.8 / 4 from 3 rated lines')).toBeVisible();
    await expect(page.getByText(/^Submitted /)).toBeVisible();
    // The panels scroll, never the window: the sidebar and header stay put.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(800);
    await page.screenshot({ path: `${shots}/call-scorecard.png` });

    await page.getByRole('link', { name: '← Call reviews' }).click();
    await expect(calls.list.getByRole('row', { name: /Acme Logistics/ })).toContainText('2.8 / 4');
  });

  test('the call shows on the rep page and in the prep brief', async ({ page }) => {
    await page.goto(server.current().openUrl);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Team' }).click();
    await page.getByRole('table', { name: 'Team members' }).getByRole('link', { name: 'Priya Shah' }).click();
    const about = page.getByRole('navigation', { name: 'About Priya Shah' });
    await about.getByRole('link', { name: 'Observations' }).click();
    await page.getByRole('combobox', { name: 'Source' }).selectOption('Call review');
    const observations = page.getByRole('list', { name: 'Observations' });
    // Two annotations and three rated scorecard lines.
    await expect(observations.getByRole('listitem')).toHaveCount(5);
    await expect(
      observations
        .getByRole('listitem')
        .filter({ hasText: 'reach out to us this quarter? Honestly, our reps' }),
    ).toContainText('Asks implication questions before presenting a solution');
    await expect(observations.getByRole('listitem').first()).toContainText('Call with Acme Logistics');
    await page.screenshot({ path: `${shots}/call-rep-observations.png` });

    await about.getByRole('link', { name: 'Calls' }).click();
    await expect(page.getByRole('table', { name: 'Call reviews for Priya Shah' })).toContainText(
      'Acme Logistics',
    );

    await page.goto(`${server.current().baseUrl}#/one-to-ones/prep/${repId}`);
    const brief = page.getByRole('region', { name: /Recent call reviews/ });
    await expect(brief).toContainText('Acme Logistics');
    await expect(brief).toContainText('scored 2.8 of 4');
  });

  test('a malformed transcript says which line is wrong, and nothing is saved', async ({ page }) => {
    const calls = new CallReviews(page);
    await calls.open(server.current().openUrl);
    // Counted once the list has loaded (the demo's calls are there), not while it is still empty.
    await expect(calls.list.getByRole('row').nth(1)).toBeVisible();
    const rowsBefore = await calls.list.getByRole('row').count();
    await page.getByRole('button', { name: 'Import a call' }).click();
    await calls.fillDetails({ rep: 'Priya Shah', account: 'Broken Ltd', callType: 'Demo' });

    await page.getByLabel('Transcript file').setInputFiles(path.join(transcripts, 'no-good-cue.vtt'));
    const error = page.getByRole('alert').filter({ hasText: 'cannot be imported' });
    await expect(error).toContainText(
      'line 4: cue 1 ends at 00:00:07.000, before it starts at 00:00:09.000.',
    );
    await expect(calls.preview).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Participants', exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
    await page.screenshot({ path: `${shots}/call-import-error.png` });

    // Too large to be a transcript: refused before it is read, with its size and the limit.
    await page.getByLabel('Transcript file').setInputFiles({
      name: 'whole-call.vtt',
      mimeType: 'text/vtt',
      buffer: Buffer.alloc(20 * 1024 * 1024 + 1, 'a'),
    });
    await expect(page.getByRole('alert').filter({ hasText: 'cannot be imported' })).toContainText(
      '“whole-call.vtt” is just over 20 MB: transcripts can be at most 20 MB.',
    );

    await page.getByRole('link', { name: '← Call reviews' }).click();
    await expect(calls.list.getByRole('row')).toHaveCount(rowsBefore);
    await expect(calls.list).not.toContainText('Broken Ltd');
  });

  test('the preview names the encoding, lists the cues left out, and lets a wrong speaker be rejected', async ({
    page,
  }) => {
    const calls = new CallReviews(page);
    await calls.open(server.current().openUrl);
    await page.getByRole('button', { name: 'Import a call' }).click();
    await calls.fillDetails({ rep: 'Priya Shah', account: 'Subtitles SA', callType: 'Demo' });

    await page.getByLabel('Transcript file').setInputFiles(path.join(transcripts, 'windows-1252.srt'));
    await expect(calls.preview).toContainText('Windows-1252 (Western European)');
    await expect(calls.preview).toContainText('C’est l’été déjà…');

    await page.getByLabel('Transcript file').setInputFiles(path.join(transcripts, 'broken-cues.vtt'));
    const warnings = calls.preview.locator('.preview-warnings');
    await expect(warnings).toContainText(
      "line 11: expected a time line like '00:00:01.000 --> 00:00:04.000'",
    );
    await expect(warnings).toContainText(
      'line 21: cue 4 ends at 00:00:05.000, before it starts at 00:00:09.000',
    );
    const speakers = calls.preview.getByRole('table', { name: 'Speakers in the transcript' });
    await expect(speakers.getByRole('row', { name: /^Ben 2 / })).toBeVisible();
    await calls.preview.screenshot({ path: `${shots}/call-import-preview-warnings.png` });

    await speakers.getByRole('button', { name: 'Ben is not a speaker' }).click();
    await expect(speakers.getByRole('row', { name: /^Ben/ })).toHaveCount(0);
    await expect(calls.preview).toContainText('Read as text, not as speakers: “Ben”');
    await expect(calls.preview.getByRole('list', { name: 'First lines of the transcript' })).toContainText(
      'Ben: A NUL here',
    );
    await calls.preview.screenshot({ path: `${shots}/call-import-preview-rejected.png` });
    await calls.preview.getByRole('button', { name: 'Undo: Ben is a speaker' }).click();
    await expect(speakers.getByRole('row', { name: /^Ben 2 / })).toBeVisible();

    // Any Word document is not a transcript: said plainly, with an offer to import it as plain text.
    await page.getByLabel('Transcript file').setInputFiles({
      name: 'notes.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: teamsDocx(['Quarterly review', 'Revenue grew in every region.']),
    });
    const refusal = page.getByRole('alert').filter({ hasText: 'cannot be imported' });
    await expect(refusal).toContainText(
      'This Word document does not look like a call transcript (no speaker turns or times).',
    );
    await refusal.getByRole('button', { name: 'Import as plain text anyway' }).click();
    await expect(calls.preview.getByRole('list', { name: 'First lines of the transcript' })).toContainText(
      'Revenue grew in every region.',
    );
  });

  test('pasted text without time stamps imports, and metrics that need times say so', async ({ page }) => {
    const calls = new CallReviews(page);
    await calls.open(server.current().openUrl);
    await page.getByRole('button', { name: 'Import a call' }).click();
    await calls.fillDetails({ rep: 'Priya Shah', account: 'Northwind', callType: 'Follow-up' });
    await page.getByRole('radio', { name: 'Pasted text' }).check();
    await page
      .getByRole('textbox', { name: 'Transcript text' })
      .fill(fs.readFileSync(path.join(transcripts, 'unstamped.txt'), 'utf8'));
    await page.getByRole('button', { name: 'Preview the text' }).click();
    await expect(calls.preview).toContainText('Plain text');
    await expect(calls.preview).toContainText('No time stamps');
    await expect(
      page.getByRole('combobox', { name: 'Who is “Priya Shah”?' }).locator('option:checked'),
    ).toHaveText('Priya Shah (Rep)');
    // A problem only the core finds is shown beside the participant it is about.
    const tom = page
      .getByRole('table', { name: 'Participants', exact: true })
      .getByRole('textbox', { name: 'Name of participant 2' });
    await tom.fill('T'.repeat(130));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(tom).toHaveAccessibleDescription('Name can be at most 120 characters');
    await tom.fill('Tom Becker');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Northwind/ })).toBeVisible();

    await calls.tab('Metrics').click();
    const metrics = page.getByRole('tabpanel', { name: /Metrics/ });
    const metric = (name: string) => metrics.locator('.metric').filter({ hasText: name });
    await expect(metric('Speaking pace')).toContainText('Needs timestamps');
    await expect(metric('Interactivity')).toContainText('Needs timestamps');
    await expect(metric('Talk share')).toContainText('by words');
    await expect(metric('Rep questions')).toContainText('2 questions');
    await expect(metrics).not.toContainText('0 wpm');
    await page.screenshot({ path: `${shots}/call-metrics-untimed.png` });
  });
});
