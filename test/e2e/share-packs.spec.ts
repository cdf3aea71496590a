import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { type RunningServer, useSharedServer } from './server';
import { api, isoDate } from './support/api';

/*
 * Two copies of Coachbench, as a manager and their rep each have one: the manager shares a pack, the rep
 * opens it in their own copy, reads their timeline and answers a scorecard line, and the manager imports
 * the reply file and sees the answer beside the feedback.
 */

const shots = path.resolve(__dirname, '../../test-results/screenshots');
const WIDTHS = [1024, 1440, 1920] as const;
const files = fs.mkdtempSync(path.join(os.tmpdir(), 'coachbench-share-'));

async function shootAtEveryWidth(page: Page, name: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function openAt(page: Page, server: RunningServer, route: string) {
  await page.goto(server.openUrl);
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await page.goto(`${server.baseUrl}#${route}`);
}

/** Clicks what saves a file and keeps the file, as a person's Downloads folder would. */
async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const target = path.join(files, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

test.describe('share packs between two copies', () => {
  test.describe.configure({ mode: 'serial', timeout: 90_000 });
  const managerCopy = useSharedServer('new');
  const repCopy = useSharedServer('new');
  let repId = '';
  let packFile = '';
  let replyFile = '';
  const LINE_COMMENT = 'Took the first budget answer without asking what waiting would cost.';
  const PRIVATE_NOTE = 'Wondering whether Tom is ready for enterprise accounts.';

  test('the manager shares a rep’s history as a file', async ({ page }) => {
    const s = managerCopy.current();
    await api(s, 'workspace.claim', { newPerson: { name: 'Marcus Webb', kind: 'manager' } });
    const marcus = (await api(s, 'workspace.get', {})).owner!;
    const tom = await api(s, 'people.create', { name: 'Tom Fielding', kind: 'rep', managerId: marcus.id });
    repId = tom.id;
    const held = await api(s, 'oneOnOnes.create', { repId, date: isoDate(-7) });
    await api(s, 'oneOnOnes.saveNotes', {
      id: held.id,
      revision: held.shared.revision,
      part: 'shared',
      doc: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Agreed: quantify the cost of waiting.' }] },
        ],
      },
    });
    await api(s, 'oneOnOnes.saveNotes', {
      id: held.id,
      revision: held.private!.revision,
      part: 'private',
      doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: PRIVATE_NOTE }] }] },
    });
    await api(s, 'oneOnOnes.create', { repId, date: isoDate(7) });
    const { preparedId } = await api(s, 'transcripts.prepare', {
      text: 'Rep: What budget do you have?\nBuyer: About forty thousand.\n',
    });
    const review = await api(s, 'callReviews.create', {
      repId,
      date: isoDate(-3),
      account: 'Acme Logistics',
      callTypeId: 'call-discovery',
      participants: [
        { name: 'Tom Fielding', side: 'rep' },
        { name: 'Buyer', side: 'customer' },
      ],
      transcript: { preparedId },
      speakerMap: [
        { speaker: 'Rep', participant: 0 },
        { speaker: 'Buyer', participant: 1 },
      ],
    });
    await api(s, 'callReviews.saveScorecard', {
      id: review.id,
      revision: review.revision,
      templateId: null,
      lines: [
        {
          behaviourId: 'bhv-quantifies-cost-of-inaction',
          weight: 1,
          critical: false,
          level: 2,
          comment: LINE_COMMENT,
        },
      ],
      submit: true,
    });
    const [line] = await api(s, 'observations.list', { repId, sourceId: review.id });
    await api(s, 'observations.update', {
      id: line!.id,
      revision: line!.revision,
      behaviourId: line!.behaviourId,
      observedOn: line!.observedOn,
      level: 2,
      comment: LINE_COMMENT,
      visibility: 'shared',
    });

    await openAt(page, s, `/team/${repId}`);
    await page.getByRole('button', { name: 'Share with rep…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share with Tom Fielding' });
    await expect(dialog.getByText('Never in it:')).toBeVisible();
    await shootAtEveryWidth(page, 'share-with-rep');
    packFile = await download(page, () => dialog.getByRole('button', { name: 'Save share pack' }).click());
    await expect(dialog).toBeHidden();
    const content = fs.readFileSync(packFile, 'utf8');
    expect(content).toContain(LINE_COMMENT);
    expect(content).not.toContain(PRIVATE_NOTE);
    const panel = page.getByRole('region', { name: 'Shared with Tom Fielding' });
    await expect(
      panel.getByText(/Share pack saved by Marcus Webb: 2 one-to-ones, 1 piece of feedback/),
    ).toBeVisible();
  });

  test('the rep opens it in their own copy, reads their timeline and answers a scorecard line', async ({
    page,
  }) => {
    const s = repCopy.current();
    await api(s, 'workspace.claim', { newPerson: { name: 'Tom Fielding', kind: 'rep' } });
    await openAt(page, s, '/me');
    const space = page.getByRole('region', { name: 'From your manager' });
    await expect(space.getByText('No share pack opened yet.')).toBeVisible();
    await space.getByLabel('Share pack file').setInputFiles(packFile);
    const preview = page.getByRole('dialog', { name: 'Open share pack' });
    await expect(preview.getByText('Marcus Webb')).toBeVisible();
    await preview.getByRole('button', { name: 'Open pack' }).click();
    await expect(preview).toBeHidden();

    const pack = space.getByRole('article', { name: /Shared by Marcus Webb/ });
    await expect(pack.getByText('Agreed: quantify the cost of waiting.')).toBeVisible();
    await expect(pack.getByRole('heading', { name: /Next one-to-one/ })).toBeVisible();
    await expect(page.getByText(PRIVATE_NOTE)).toHaveCount(0);
    // Read-only: no editor for anything the manager wrote.
    await expect(pack.getByRole('textbox', { name: /notes/i })).toHaveCount(0);

    const feedback = pack.getByRole('region', { name: 'Feedback, from Marcus Webb' });
    await expect(feedback.getByText('Scorecard line')).toBeVisible();
    await expect(feedback.getByText(LINE_COMMENT)).toBeVisible();
    await feedback.getByRole('button', { name: /^Reply about/ }).click();
    const form = feedback.getByRole('form', { name: /Reply about/ });
    await form.getByRole('radio', { name: 'I see it differently' }).check();
    await form.getByLabel('Because…').fill('The buyer named the cost first; I followed their lead.');
    await form.getByLabel('Your own level (optional)').selectOption({ label: '3 · Consistent' });
    await form.getByRole('button', { name: 'Save reply' }).click();
    await expect(form).toBeHidden();
    await expect(feedback.getByText('The buyer named the cost first; I followed their lead.')).toBeVisible();
    await expect(feedback.getByText(/not sent yet/)).toBeVisible();
    await expect(pack.getByRole('region', { name: 'Your progress, from Marcus Webb' })).toBeVisible();
    await shootAtEveryWidth(page, 'rep-share-space');

    replyFile = await download(page, () => pack.getByRole('button', { name: 'Save reply file' }).click());
    expect(JSON.parse(fs.readFileSync(replyFile, 'utf8'))).toMatchObject({
      format: 'coachbench-share-reply',
      replies: [{ stance: 'differ', selfLevel: 3 }],
    });
  });

  test('the manager imports the reply file and sees the answer beside the scorecard line', async ({
    page,
  }) => {
    const s = managerCopy.current();
    await openAt(page, s, `/team/${repId}`);
    const panel = page.getByRole('region', { name: 'Shared with Tom Fielding' });
    await panel.getByLabel('Reply file from Tom Fielding').setInputFiles(replyFile);
    const preview = page.getByRole('dialog', { name: 'Replies from Tom Fielding' });
    await expect(preview.getByText('The buyer named the cost first; I followed their lead.')).toBeVisible();
    await shootAtEveryWidth(page, 'import-replies');
    await preview.getByRole('button', { name: 'Import replies' }).click();
    await expect(preview).toBeHidden();
    await expect(panel.getByRole('status')).toContainText('Imported 1 reply and 0 talking points');

    await page.goto(`${s.baseUrl}#/team/${repId}/observations`);
    const entry = page.getByRole('list', { name: 'Observations' }).getByRole('listitem').first();
    await expect(entry).toContainText(LINE_COMMENT);
    await expect(entry.getByRole('list', { name: /Replies about/ })).toContainText(
      'The buyer named the cost first; I followed their lead.',
    );
    await expect(entry.getByRole('list', { name: /Replies about/ })).toContainText('Tom Fielding');
  });
});
