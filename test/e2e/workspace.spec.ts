import path from 'node:path';
import type { Page } from '@playwright/test';
import type { InputOf, MethodName, OutputOf } from '../../shared/contract';
import { expect, test } from './fixtures';
import { type RunningServer, useSharedServer } from './server';
import { openAt } from './support/open';

const shots = path.resolve(__dirname, '../../test-results/screenshots');
const WIDTHS = [1024, 1440, 1920] as const;

/** Calls the API of the running server as the page does (the token from the link it printed). */
async function api<M extends MethodName>(
  server: RunningServer,
  method: M,
  input: InputOf<M>,
): Promise<OutputOf<M>> {
  const token = /#token=(\S+)/.exec(server.openUrl)![1]!;
  const response = await fetch(`${server.baseUrl}api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value as OutputOf<M>;
}

const doc = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
});

const isoDate = (offsetDays: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

async function shootAtEveryWidth(page: Page, name: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test.describe('who is using this copy', () => {
  test.describe.configure({ mode: 'serial' });
  const server = useSharedServer('new');

  test('asks at first run, and a manager says who they are', async ({ page }) => {
    await page.goto(server.current().openUrl);
    const firstRun = page.getByRole('region', { name: 'Who is using this copy of Coachbench?' });
    await expect(firstRun).toBeVisible();
    await shootAtEveryWidth(page, 'first-run');

    await firstRun.getByRole('button', { name: 'Explore the demo' }).click();
    await expect(firstRun.getByText('npm run serve -- --demo')).toBeVisible();

    await firstRun.getByRole('button', { name: 'I’m a manager' }).click();
    await firstRun.getByRole('button', { name: 'Continue' }).click();
    await expect(firstRun.getByLabel('Your name')).toHaveAccessibleDescription('Name is required');
    await firstRun.getByLabel('Your name').fill('Marcus Webb');
    await firstRun.getByLabel('Your role').fill('Sales Manager');
    await firstRun.getByRole('button', { name: 'Continue' }).click();

    await expect(firstRun).toBeHidden();
    const sidebar = page.getByRole('navigation', { name: 'Sections' });
    await expect(sidebar.getByText('Marcus Webb')).toBeVisible();
    await expect(sidebar.getByRole('combobox')).toHaveCount(0);
  });

  test('a rep sees only what is shared with them, after a deliberate, logged switch in Settings', async ({
    page,
  }) => {
    const s = server.current();
    const { owner } = await api(s, 'workspace.get', {});
    const tom = await api(s, 'people.create', {
      name: 'Tom Fielding',
      kind: 'rep',
      title: 'Account Executive',
      managerId: owner!.id,
    });
    const held = await api(s, 'oneOnOnes.create', { repId: tom.id, date: isoDate(-7) });
    await api(s, 'oneOnOnes.saveNotes', {
      id: held.id,
      revision: held.shared.revision,
      part: 'shared',
      doc: doc('Agreed: book the Acme demo with their finance lead.'),
    });
    await api(s, 'oneOnOnes.saveNotes', {
      id: held.id,
      revision: held.private!.revision,
      part: 'private',
      doc: doc('Worried Tom is coasting on the Acme deal.'),
    });
    await api(s, 'commitments.create', { oneOnOneId: held.id, text: 'Send the business case to Acme' });
    await api(s, 'oneOnOnes.create', { repId: tom.id, date: isoDate(7) });
    await api(s, 'observations.create', {
      repId: tom.id,
      behaviourId: 'bhv-asks-implication-questions',
      observedOn: isoDate(-7),
      level: 3,
      comment: 'Asked what a late launch would cost them.',
      visibility: 'shared',
    });
    await api(s, 'observations.create', {
      repId: tom.id,
      behaviourId: 'bhv-asks-implication-questions',
      observedOn: isoDate(-6),
      level: 1,
      comment: 'Talked over the buyer twice.',
      visibility: 'private',
    });

    // As Marcus, his private notes are his to edit.
    await openAt(page, s, `/one-to-ones/${held.id}`);
    await expect(page.getByRole('textbox', { name: 'Private notes' })).toContainText(
      'Worried Tom is coasting',
    );
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    await page
      .getByLabel('Use Coachbench as', { exact: true })
      .selectOption({ label: 'Tom Fielding — Account Executive' });
    await page.getByRole('button', { name: 'Switch…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Use Coachbench as Tom Fielding?' });
    await expect(confirm).toBeVisible();
    await shootAtEveryWidth(page, 'settings-switch');
    await confirm.getByRole('button', { name: 'Switch to Tom Fielding' }).click();
    await expect(confirm).toBeHidden();
    const log = page.getByRole('table');
    await expect(log.getByText('Switched from Marcus Webb to Tom Fielding')).toBeVisible();
    await expect(log.getByText('Marcus Webb started using this copy')).toBeVisible();

    const sidebar = page.getByRole('navigation', { name: 'Sections' });
    await sidebar.getByRole('link', { name: 'My coaching' }).click();
    await expect(page.getByRole('heading', { name: 'My coaching', level: 1 })).toBeVisible();
    const main = page.getByRole('main');
    // Their progress: the same charts as the manager's Progress tab, on what is shared with them.
    await expect(main.getByRole('region', { name: 'Your progress' })).toBeVisible();
    await expect(main.getByText('Agreed: book the Acme demo with their finance lead.')).toBeVisible();
    await expect(main.getByText('Asked what a late launch would cost them.')).toBeVisible();
    await expect(main.getByText('Send the business case to Acme')).toBeVisible();
    await expect(main.getByText('Talked over the buyer twice.')).toHaveCount(0);
    await expect(main.getByText('Worried Tom is coasting')).toHaveCount(0);

    // Their own talking point for the next one-to-one.
    await main.getByLabel('Add a talking point').fill('Help with the Acme pricing question');
    await main.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(main.getByText('Help with the Acme pricing question')).toBeVisible();

    // Feedback they can answer.
    const feedback = main.getByRole('region', { name: 'Feedback shared with you' });
    await feedback.getByRole('button', { name: 'Reply' }).click();
    const reply = feedback.getByRole('form', { name: /Reply about/ });
    await reply.getByRole('button', { name: 'Send reply' }).click();
    await expect(reply.getByText('Say whether you agree or see it differently')).toBeVisible();
    await reply.getByRole('radio', { name: 'I see it differently' }).check();
    await reply.getByLabel('Because…').fill('They raised the launch date themselves; I followed up on it.');
    await reply.getByLabel('Your own level (optional)').selectOption({ label: '4 · Role model' });
    await shootAtEveryWidth(page, 'reply-form');
    await reply.getByRole('button', { name: 'Send reply' }).click();
    await expect(reply).toBeHidden();
    await expect(feedback.getByText('sees it differently · own level 4 · Role model')).toBeVisible();
    await shootAtEveryWidth(page, 'my-coaching');

    // The one-to-one itself: the shared notes read-only, nothing of the private ones, not even a heading.
    await page.goto(`${s.baseUrl}#/one-to-ones/${held.id}`);
    await expect(page.getByRole('region', { name: 'Shared notes' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Shared notes' })).toHaveCount(0);
    await expect(page.getByText('Agreed: book the Acme demo with their finance lead.')).toBeVisible();
    await expect(page.getByRole('heading', { name: /Private notes/ })).toHaveCount(0);
    await expect(page.getByText('Worried Tom is coasting')).toHaveCount(0);
    // Agenda, focus and commitments read-only: no control the core would refuse the rep.
    await expect(page.getByRole('heading', { name: 'Agenda' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add template…' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Mark as held' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Plan next one-to-one' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Recurring/ })).toHaveCount(0);
    await expect(page.getByLabel('Add a focus behaviour')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Drop/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Edit', exact: true })).toHaveCount(0);
    await expect(page.getByRole('form', { name: 'Add a commitment' })).toHaveCount(0);
    await expect(page.getByText('Rep’s point')).toHaveCount(0);
  });

  test('another manager sees whose private notes they are, and not a word of them', async ({ page }) => {
    const s = server.current();
    const claire = await api(s, 'people.create', { name: 'Claire Donovan', kind: 'manager' });
    const people = await api(s, 'workspace.people', {});
    const marcus = people.find((p) => p.name === 'Marcus Webb')!;
    // Claire heads Marcus: she sees his team's shared records, never his private ones.
    await api(s, 'workspace.switch', { personId: marcus.id });
    const m = await api(s, 'people.get', { id: marcus.id });
    await api(s, 'people.update', {
      id: m.id,
      revision: m.revision,
      name: m.name,
      kind: m.kind,
      title: m.title,
      managerId: claire.id,
    });
    await api(s, 'workspace.switch', { personId: claire.id });
    const tom = people.find((p) => p.name === 'Tom Fielding')!;
    const [latestPast] = (await api(s, 'oneOnOnes.list', { repId: tom.id })).filter(
      (x) => x.date < isoDate(0),
    );
    await openAt(page, s, `/one-to-ones/${latestPast!.id}`);
    const notes = page.getByRole('region', { name: 'Private notes by Marcus Webb' });
    await expect(notes).toBeVisible();
    await expect(notes.getByText('Only Marcus Webb can read or change them.')).toBeVisible();
    await expect(page.getByText('Worried Tom is coasting')).toHaveCount(0);
    await expect(notes.getByRole('textbox')).toHaveCount(0);
    await notes.scrollIntoViewIfNeeded();
    await shootAtEveryWidth(page, 'private-notes-by-other');

    // The rep's reply sits beside the feedback it answers, for their managers.
    await page.goto(`${s.baseUrl}#/team/${tom.id}/observations`);
    const entry = page.getByRole('list', { name: 'Observations' }).getByRole('listitem').first();
    await expect(entry).toContainText('Asked what a late launch would cost them.');
    await expect(entry.getByRole('list', { name: /Replies about/ })).toContainText(
      'They raised the launch date themselves; I followed up on it.',
    );
    await expect(page.getByText('Talked over the buyer twice.')).toHaveCount(0);
    await shootAtEveryWidth(page, 'manager-sees-reply');
  });
});
