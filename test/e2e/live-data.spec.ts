import type { Page, Request } from '@playwright/test';
import { expect, test } from './fixtures';
import { useFreshServer } from './server';

/**
 * Screens stay true to the data without reloading: the core's events tell every open screen what went
 * stale (renderer/api/invalidation.ts), and a screen's own saves do not make it reload what they returned.
 */
test.describe('live data', () => {
  test.describe.configure({ mode: 'serial' });
  const server = useFreshServer('demo');

  async function openPrepBrief(page: Page, rep: string) {
    await page.goto(server.current().openUrl);
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'One-to-ones' })
      .click();
    await page
      .getByRole('table', { name: 'Reps and their one-to-ones' })
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: rep, exact: true }) })
      .getByRole('link', { name: 'Prep brief' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: `Prep brief: ${rep}` })).toBeVisible();
  }

  test('an open prep brief shows an observation captured from the keyboard at once', async ({ page }) => {
    await openPrepBrief(page, 'Tom Fielding');
    const other = page.getByRole('region', { name: /^Other observations/ });
    await expect(other).toBeVisible();
    await expect(other).not.toContainText('Coached on the brief, still open on screen');

    await page.keyboard.press('Control+Shift+O');
    const dialog = page.getByRole('dialog', { name: 'Record an observation' });
    await dialog.getByRole('combobox', { name: 'Rep' }).selectOption({ label: 'Tom Fielding' });
    await dialog.getByRole('combobox', { name: 'Behaviour' }).fill('implication questions');
    await page.keyboard.press('Enter');
    await dialog.getByRole('radio', { name: /^3/ }).check();
    await dialog.getByLabel('Comment').fill('Coached on the brief, still open on screen');
    await page.keyboard.press('Control+Enter');
    await expect(dialog).toBeHidden();

    // No reload, no navigation: the brief that was open when the observation was recorded shows it.
    await expect(other).toContainText('Coached on the brief, still open on screen');
  });

  test('typing a hundred characters into one-to-one notes reloads nothing around them', async ({ page }) => {
    await openPrepBrief(page, 'Tom Fielding');
    const nextLink = page.getByRole('link', { name: /\((in .+|today|tomorrow)\)$/ });
    if ((await nextLink.count()) === 0) {
      await page.getByRole('button', { name: 'Plan one-to-one' }).first().click();
      const plan = page.getByRole('dialog');
      await plan.getByRole('button', { name: 'Plan one-to-one' }).click();
      await expect(plan).toBeHidden();
    } else {
      await nextLink.first().click();
    }
    await expect(page.getByRole('heading', { level: 1, name: 'One-to-one with Tom Fielding' })).toBeVisible();

    const reads: string[] = [];
    const onRequest = (request: Request) => {
      const method = new URL(request.url()).pathname.replace('/api/', '');
      if (request.url().includes('/api/') && !method.startsWith('events')) reads.push(method);
    };
    page.on('request', onRequest);
    const notes = page.getByRole('region', { name: /^Shared notes/ });
    await notes.getByRole('textbox', { name: 'Shared notes' }).click();
    // Five bursts of twenty keystrokes, each saved before the next: five saves, five events.
    for (let burst = 0; burst < 5; burst++) {
      const saved = page.waitForResponse((r) => r.url().endsWith('/api/oneOnOnes.saveNotes'));
      await page.keyboard.type(`Burst ${burst} of twenty. `.padEnd(20, '.'));
      await saved;
      await expect(notes.getByText('All changes saved')).toBeVisible();
    }
    // A change the page must reload for (a new talking point may carry to other meetings): its event comes after the five saves' events, so once its reload is seen, any reload
    // the saves caused has been asked for too.
    const agenda = page.getByRole('list', { name: 'Talking points' });
    await page.getByRole('textbox', { name: 'New talking point' }).fill('Sentinel talking point');
    const reloaded = page.waitForRequest((r) => r.url().endsWith('/api/oneOnOnes.get'));
    await page
      .getByRole('form', { name: 'Add a talking point' })
      .getByRole('button', { name: 'Add' })
      .click();
    await expect(agenda).toContainText('Sentinel talking point');
    await reloaded;
    page.off('request', onRequest);

    const beforeSentinel = reads.slice(0, reads.indexOf('agenda.add'));
    expect(beforeSentinel.filter((m) => m === 'oneOnOnes.saveNotes').length).toBe(5);
    // Only the saves themselves: no meeting, brief, overview or observation reads in between.
    expect(beforeSentinel.filter((m) => m !== 'oneOnOnes.saveNotes')).toEqual([]);
  });
});
