import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEFAULT_BEHAVIOURS } from '../../shared/domain/default-library';
import { expect, test } from './fixtures';
import { useSharedServer, type RunningServer } from './server';
import { api, isoDate, shortDate } from './support/api';

const shots = path.resolve(__dirname, '../../test-results/screenshots');
const zoom = fs.readFileSync(path.resolve(__dirname, '../fixtures/transcripts/zoom.vtt')).toString('base64');

/**
 * A manager's week, seeded: Noah's next one-to-one is planned for tomorrow with a talking point carried
 * from last time and a commitment due; Ella has a call nobody has reviewed and was never observed.
 */
async function seed(server: RunningServer) {
  const noah = (await api(server, 'people.create', { name: 'Noah Clarke' })).id;
  const ella = (await api(server, 'people.create', { name: 'Ella Brooks' })).id;
  await api(server, 'oneOnOnes.setCadence', { repId: noah, cadence: 'weekly' });
  const last = await api(server, 'oneOnOnes.create', { repId: noah, date: isoDate(-8) });
  await api(server, 'agenda.add', { oneOnOneId: last.id, text: 'Pricing approval for Norland' });
  await api(server, 'commitments.create', {
    oneOnOneId: last.id,
    text: 'Send the mutual action plan to Halden',
    dueOn: isoDate(3),
  });
  const next = await api(server, 'oneOnOnes.create', { repId: noah, date: isoDate(1) });
  // Two gaps on one behaviour: the brief suggests it as a focus ("Set as focus").
  for (const days of [-5, -3])
    await api(server, 'observations.create', {
      repId: noah,
      behaviourId: DEFAULT_BEHAVIOURS[5]!.id,
      observedOn: isoDate(days),
      level: 1,
    });
  await api(server, 'callReviews.create', {
    repId: ella,
    date: isoDate(-2),
    account: 'Brightwater Foods',
    callTypeId: 'call-discovery',
    participants: [
      { name: 'Ella Brooks', side: 'rep' },
      { name: 'Tom Becker', side: 'customer' },
    ],
    transcript: {
      preparedId: (await api(server, 'transcripts.prepare', { fileName: 'zoom.vtt', contentBase64: zoom }))
        .preparedId,
    },
    speakerMap: [
      { speaker: 'Priya Shah', participant: 0 },
      { speaker: 'Tom Becker', participant: 1 },
      { speaker: 'dana lee', participant: 1 },
    ],
  } as never);
  return { noah, ella, next };
}

/**
 * WCAG 2.5.3 (axe's label-content-name-mismatch): a control whose accessible name is set with
 * aria-label must contain the words it shows, so "Set as focus" can be spoken to press it.
 */
function labelsNotInNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
    return [
      ...document.querySelectorAll<HTMLElement>(
        '#main-content button[aria-label], #main-content a[aria-label]',
      ),
    ]
      .filter((el) => el.offsetParent !== null)
      .map((el) => {
        // The words shown, without decorations hidden from assistive technology ("↻").
        const shown = el.cloneNode(true) as HTMLElement;
        for (const hidden of shown.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
        return { label: squash(shown.textContent ?? ''), name: squash(el.getAttribute('aria-label')!) };
      })
      .filter(({ label, name }) => /[a-z]/.test(label) && !name.includes(label))
      .map(({ label, name }) => `“${label}” named “${name}”`);
  });
}

/** Key presses, counted: the task's budget is for presses, not for the words typed. */
class Keyboard {
  presses = 0;
  constructor(readonly page: Page) {}
  async press(key: string, times = 1) {
    for (let i = 0; i < times; i++) {
      this.presses++;
      await this.page.keyboard.press(key);
    }
  }
  async type(text: string) {
    await this.page.keyboard.type(text);
  }
  /** Runs a command of the palette by name: Ctrl+K, its words, Enter. */
  async command(words: string) {
    await this.press('Control+k');
    await this.type(words);
    await expect(
      this.page.getByRole('listbox', { name: 'Commands' }).getByRole('option', { selected: true }),
    ).toContainText(new RegExp(words, 'i'));
    await this.press('Enter');
  }
}

test.describe('a manager’s week', () => {
  test.describe.configure({ mode: 'serial' });
  const server = useSharedServer();
  let seeded: Awaited<ReturnType<typeof seed>>;
  test.beforeAll(async () => {
    seeded = await seed(server.current());
  });

  test('opens on "This week": what needs attention, each item one step from its place', async ({ page }) => {
    await page.goto(server.current().openUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
    const oneOnOnes = page.getByRole('region', { name: 'One-to-ones' });
    await expect(oneOnOnes).toContainText('Noah Clarke');
    await expect(oneOnOnes).toContainText(`planned for ${shortDate(isoDate(1))}`);
    await expect(page.getByRole('region', { name: 'Commitments due' })).toContainText(
      'Send the mutual action plan to Halden',
    );
    const calls = page.getByRole('region', { name: 'Calls to review' });
    await expect(calls).toContainText('Brightwater Foods');
    await expect(calls).toContainText('Not reviewed');
    await expect(page.getByRole('region', { name: 'Not observed lately' })).toContainText('Ella Brooks');
    await expect(page.getByRole('region', { name: 'Stuck talking points' })).toContainText(
      'No talking point has been carried three times.',
    );
    for (const width of [1024, 1440, 1920]) {
      await page.setViewportSize({ width, height: width === 1024 ? 700 : width === 1440 ? 900 : 1080 });
      await page.screenshot({ path: `${shots}/week-${width}.png`, fullPage: true });
    }

    await oneOnOnes.getByRole('link', { name: 'Prep brief: Noah Clarke' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Prep brief: Noah Clarke' })).toBeFocused();
    await page.goBack();
    await calls.getByRole('link', { name: 'Brightwater Foods' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Brightwater Foods/ })).toBeVisible();
    await page.goBack();
    await page.getByRole('button', { name: 'Record an observation: Ella Brooks' }).click();
    await expect(page.getByRole('dialog', { name: 'Record an observation' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Rep' })).toHaveValue(seeded.ella);
  });

  test('prepare and write a one-to-one without the mouse, in under 40 key presses', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    const keys = new Keyboard(page);
    await page.goto(server.current().openUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();

    // Skip the sidebar, then the first item of the week: Noah's one-to-one, planned for tomorrow.
    await keys.press('Tab');
    await expect(page.getByRole('button', { name: 'Skip to content' })).toBeFocused();
    await keys.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeFocused();
    await keys.press('Tab', 2);
    await expect(page.getByRole('link', { name: shortDate(isoDate(1)), exact: false })).toBeFocused();
    await keys.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'One-to-one with Noah Clarke' })).toBeFocused();

    // Prepare: the brief sits beside the notes; its open commitment goes onto the agenda.
    await keys.command('prep brief');
    const brief = page.getByRole('complementary', { name: 'Prep brief' });
    await expect(brief.getByRole('heading', { name: 'Prep brief' })).toBeFocused();
    await keys.press('Tab', 3);
    await expect(brief.getByRole('button', { name: /^Add to agenda: Commitment/ })).toBeFocused();
    await keys.press('Enter');
    await expect(brief.getByText('On the agenda')).toBeFocused();
    const agenda = page.getByRole('list', { name: 'Talking points' });
    await expect(agenda).toContainText('Commitment: Send the mutual action plan to Halden');

    // Write: a new talking point, tick off the carried one, notes, a commitment with a due date.
    await keys.command('talking point');
    await expect(page.getByRole('textbox', { name: 'New talking point' })).toBeFocused();
    await keys.type('Hiring plan for Q3');
    await keys.press('Enter');
    await expect(agenda).toContainText('Hiring plan for Q3');
    await keys.press('Shift+Tab');
    await expect(agenda.getByRole('checkbox', { name: 'Pricing approval for Norland' })).toBeFocused();
    await keys.press('Space');
    await expect(agenda.getByRole('checkbox', { name: 'Pricing approval for Norland' })).toBeChecked();

    await keys.command('shared notes');
    await expect(page.getByRole('textbox', { name: 'Shared notes' })).toBeFocused();
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/oneOnOnes.saveNotes'));
    await keys.type('Noah leads the Halden call on Thursday.');
    await saved;

    await keys.command('add a commitment');
    const form = page.getByRole('form', { name: 'Add a commitment' });
    await expect(form.getByRole('textbox', { name: 'Commitment', exact: true })).toBeFocused();
    await keys.type('Draft the Norland pricing proposal');
    await keys.press('Tab', 2);
    await expect(form.getByLabel('Due date')).toBeFocused();
    const due = isoDate(7);
    // Typed text, not presses; filled whole because the order of the date's parts follows the platform.
    await form.getByLabel('Due date').fill(due);
    await expect(form.getByLabel('Due date')).toHaveValue(due);
    await keys.press('Enter');
    const commitment = page
      .getByRole('list', { name: 'Commitments', exact: true })
      .getByRole('listitem')
      .filter({ hasText: 'Draft the Norland pricing proposal' });
    await expect(commitment).toContainText(`Due ${shortDate(due)}`);
    await expect(page.getByRole('region', { name: /^Shared notes/ })).toContainText('All changes saved');

    expect(keys.presses).toBeLessThan(40);
    test.info().annotations.push({ type: 'key presses', description: String(keys.presses) });
  });

  test('screens from 1024×700 to 2560×1440', async ({ page }) => {
    const screens: [string, string][] = [
      ['week', '#/week'],
      ['one-to-ones', '#/one-to-ones'],
      ['prep-brief', `#/one-to-ones/prep/${seeded.noah}`],
      ['one-to-one', `#/one-to-ones/${seeded.next.id}`],
    ];
    await page.goto(server.current().openUrl);
    for (const [name, hash] of screens) {
      await page.goto(`${server.current().baseUrl}${hash}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      for (const [width, height] of [
        [1024, 700],
        [1440, 900],
        [1920, 1080],
        [2560, 1440],
      ] as const) {
        await page.setViewportSize({ width, height });
        // Nothing sticks out sideways: the page scrolls down only.
        const overflow = await page.evaluate(() => {
          const main = document.getElementById('main-content')!;
          return main.scrollWidth - main.clientWidth;
        });
        expect(overflow, `${name} at ${width}px`).toBeLessThanOrEqual(0);
        if (name === 'one-to-ones') {
          // The last column, with Plan and Prep brief, is on screen without scrolling sideways.
          await expect(page.getByRole('link', { name: 'Prep brief' }).first()).toBeInViewport();
        }
        await page.screenshot({ path: `${shots}/${name}-${width}.png` });
      }
      expect(
        await labelsNotInNames(page),
        `${name}: controls whose name does not contain their label`,
      ).toEqual([]);
    }
  });
});
