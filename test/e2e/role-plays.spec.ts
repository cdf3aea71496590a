import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { RolePlaysPage } from './pages/role-plays-page';
import { type RunningServer, useSharedServer } from './server';

const TRADES = 'Asks for something in return for every concession';
const WIDTHS = [1024, 1440, 1920];
const shots = path.resolve(__dirname, '../../test-results/screenshots');

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

test.describe('practising a difficult conversation', () => {
  test.describe.configure({ mode: 'serial' });
  const server = useSharedServer();

  test('writes a script with a branch', async ({ page, request }) => {
    await api(request, server.current(), 'people.create', { name: 'Jonas Berg' });
    const rp = new RolePlaysPage(page);
    await rp.open(server.current().openUrl);
    await expect(page.getByRole('list', { name: 'Scripts' })).toContainText(
      'Ethics: the customer asks for a promise the product cannot keep',
    );
    await page.getByRole('button', { name: 'New script' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Fifteen percent off');
    await page
      .getByLabel(/^Situation/)
      .fill('The buyer asks for 15% off before agreeing what the project is worth.');
    const customer = rp.customer();
    await customer.getByLabel('Customer’s name', { exact: true }).fill('Dana Holt');
    await customer.getByLabel('Job title', { exact: true }).fill('Head of Operations');
    await customer.getByLabel('Company', { exact: true }).fill('Northwind Freight');
    await customer.getByLabel('Goals', { exact: true }).fill('Cut re-delivery costs this year.');
    await customer
      .getByLabel('Concerns', { exact: true })
      .fill('The budget was set before the project was scoped.');
    await customer
      .getByLabel('How they behave', { exact: true })
      .fill('Direct; tests whether the seller holds firm.');
    await page.getByLabel(/^The rep’s objectives/).fill('Trade any concession for a commitment');

    await rp.beat(1).getByLabel('Customer says', { exact: true }).fill('We need 15% off to get it signed.');
    await rp
      .beat(1)
      .getByLabel('A strong response', { exact: true })
      .fill('Asks what the 15% is for and what they give in return.');
    await page.getByRole('button', { name: 'Add a beat' }).click();
    await rp.beat(2).getByLabel('Customer says', { exact: true }).fill('So what happens next?');
    await rp.beat(2).getByLabel('A strong response', { exact: true }).fill('Agrees a dated next step.');
    await rp
      .beat(2)
      .getByRole('combobox', { name: /^Then, as written/ })
      .selectOption('end');
    await page.getByRole('button', { name: 'Add a beat' }).click();
    await rp
      .beat(3)
      .getByLabel('Customer says', { exact: true })
      .fill('Great. Can the onboarding fee go too?');
    await rp
      .beat(3)
      .getByLabel('A strong response', { exact: true })
      .fill('Stops giving; ties any move to a signed date.');
    await page.getByRole('button', { name: 'Add a branch to beat 1' }).click();
    await rp
      .beat(1)
      .getByLabel('Branch 1: if the rep…', { exact: true })
      .fill('Discounts without asking for anything');
    await rp
      .beat(1)
      .getByRole('combobox', { name: /^Branch 1 goes to/ })
      .selectOption({ label: 'Beat 3: Great. Can the onboarding fee go too?' });

    const line = rp.rubricLine(1);
    await line.getByRole('combobox', { name: /^Behaviour/ }).selectOption({ label: TRADES });
    await line
      .getByLabel('1 · Not yet in this scene', { exact: true })
      .fill('Gives the discount for nothing.');
    await line
      .getByLabel('2 · Developing in this scene', { exact: true })
      .fill('Asks for something after giving.');
    await line
      .getByLabel('3 · Consistent in this scene', { exact: true })
      .fill('Makes every concession conditional.');
    await line
      .getByLabel('4 · Role model in this scene', { exact: true })
      .fill('Trades, and the buyer still has a win to present.');
    await page.getByRole('button', { name: 'Save script' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Fifteen percent off' })).toBeVisible();
    await expect(page.getByText('If discounts without asking for anything → beat 3')).toBeVisible();
  });

  test('runs a practice down the branch from the keyboard and scores it', async ({ page }) => {
    const rp = new RolePlaysPage(page);
    await rp.open(server.current().openUrl);
    await page.getByRole('link', { name: 'Fifteen percent off' }).click();
    await rp.startPractice('Jonas Berg');
    await expect(rp.customerLine()).toHaveText('“We need 15% off to get it signed.”');
    await page.keyboard.press('r');
    await expect(page.getByText('Asks what the 15% is for and what they give in return.')).toBeVisible();
    await page.keyboard.press('p');
    await expect(page.getByRole('button', { name: /^Partial/ })).toHaveAttribute('aria-pressed', 'true');
    // The rep gave the discount away: the branch, by its number.
    await page.keyboard.press('1');
    await expect(rp.customerLine()).toHaveText('“Great. Can the onboarding fee go too?”');
    await expect(page.getByText('Asks what the 15% is for')).toBeHidden();
    await page.keyboard.press('m');
    await page.keyboard.press('n');
    await expect(page.getByRole('heading', { name: 'Score the practice' })).toBeFocused();
    await page.getByRole('button', { name: 'Finish and record' }).click();
    await expect(page.getByRole('alert')).toContainText(`Score ${TRADES} before finishing.`);
    await rp.score(TRADES, 2);
    await page.getByRole('button', { name: 'Finish and record' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Practice: Jonas Berg' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Fifteen percent off' })).toContainText('1 attempt;');
  });

  test('a second practice as written shows on the improvement chart beside the first', async ({ page }) => {
    const rp = new RolePlaysPage(page);
    await rp.open(server.current().openUrl);
    await page.getByRole('link', { name: 'Fifteen percent off' }).click();
    await rp.startPractice('Jonas Berg');
    await page.keyboard.press('h');
    await page.keyboard.press('n');
    await expect(rp.customerLine()).toHaveText('“So what happens next?”');
    await page.getByRole('button', { name: /End and score/ }).click();
    await rp.score(TRADES, 4);
    await page.getByRole('button', { name: 'Finish and record' }).click();
    const card = page.getByRole('region', { name: 'Fifteen percent off' });
    await expect(card).toContainText('2 attempts; mean score from 2 to 4.');
    const chart = card.getByRole('figure', { name: 'Rubric scores over time for Fifteen percent off' });
    await expect(chart.locator('.recharts-line')).toHaveCount(2);
    await expect(chart.locator('.recharts-line-dots circle')).toHaveCount(4);
    await expect(page.getByRole('row', { name: new RegExp(TRADES) })).toContainText('3');

    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${shots}/role-plays-improvement-${width}.png`, fullPage: true });
    }
    await page.getByRole('link', { name: 'Fifteen percent off' }).first().click();
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${shots}/role-plays-script-${width}.png`, fullPage: true });
    }
    await rp.startPractice('Jonas Berg');
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${shots}/role-plays-run-${width}.png`, fullPage: true });
    }
    await rp.open(server.current().openUrl);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${shots}/role-plays-library-${width}.png`, fullPage: true });
    }
    // The handout, as it prints: no sidebar, no buttons.
    await page
      .getByRole('link', { name: 'Ethics: the customer asks for a promise the product cannot keep' })
      .click();
    await page.getByRole('link', { name: 'Print handout' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
    await expect(page.getByRole('table', { name: 'Rubric' })).toBeVisible();
    await page.screenshot({ path: `${shots}/role-plays-handout.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });

  test('an edit after practice makes version 2, and the practice keeps version 1', async ({ page }) => {
    const rp = new RolePlaysPage(page);
    await rp.open(server.current().openUrl);
    await page.getByRole('link', { name: 'Fifteen percent off' }).click();
    await page.getByRole('link', { name: 'Edit' }).click();
    await expect(page.getByText('Version 1 has been practised: saving makes version 2')).toBeVisible();
    await rp
      .beat(1)
      .getByLabel('Customer says', { exact: true })
      .fill('Procurement wants 20% off, or we walk.');
    await page.getByRole('button', { name: 'Save script' }).click();
    await expect(page.getByText(/Realistic · version 2/)).toBeVisible();
    const versions = page.getByRole('navigation', { name: 'Versions' });
    await expect(versions).toContainText('1 (2 practices)');
    await versions.getByRole('link', { name: /^1 / }).click();
    await expect(page.getByText('“We need 15% off to get it signed.”')).toBeVisible();
    await expect(page.getByText(/version 1 \(the latest is 2\)/)).toBeVisible();
  });

  test('exports the scripts and imports a file back, refusing a broken one with where it is wrong', async ({
    page,
  }) => {
    const rp = new RolePlaysPage(page);
    await rp.open(server.current().openUrl);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export scripts' }).click();
    const file = await download;
    const json = fs.readFileSync((await file.path())!, 'utf8');
    const exported = JSON.parse(json) as { scripts: { title: string; beats: { next: string | null }[] }[] };
    const input = page.getByLabel('Role-play script file to import');

    const broken = structuredClone(exported);
    broken.scripts[0]!.beats[0]!.next = 'nowhere';
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const dialog = page.getByRole('dialog', { name: 'Import broken.json' });
    await expect(dialog.getByRole('alert')).toContainText(
      'scripts[0].beats[0].next: There is no beat “nowhere” to go to.',
    );
    await expect(dialog).toContainText('Nothing was imported.');
    await dialog.getByRole('button', { name: 'Close' }).click();

    const one = { ...exported, scripts: exported.scripts.filter((s) => s.title === 'Fifteen percent off') };
    await input.setInputFiles({
      name: 'one.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(one)),
    });
    const importing = page.getByRole('dialog', { name: 'Import one.json' });
    await expect(importing).toContainText('One script will be added as new scripts');
    await importing.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(importing.getByRole('status')).toHaveText('Imported one script.');
    await importing.getByRole('button', { name: 'Done' }).click();
    await expect(
      page.getByRole('list', { name: 'Scripts' }).getByRole('link', { name: 'Fifteen percent off' }),
    ).toHaveCount(2);
  });
});

test.describe('a rep practising alone', () => {
  const server = useSharedServer();

  test('runs a script on their own, assesses it, and sees it in their practice', async ({
    page,
    request,
  }) => {
    const s = server.current();
    const manager = await api<{ id: string }>(request, s, 'people.create', {
      name: 'Marcus Webb',
      kind: 'manager',
    });
    const rep = await api<{ id: string }>(request, s, 'people.create', {
      name: 'Emily Chen',
      kind: 'rep',
      managerId: manager.id,
    });
    await api(request, s, 'workspace.claim', { personId: rep.id });
    const rp = new RolePlaysPage(page);
    await rp.open(s.openUrl);
    await page.getByRole('link', { name: 'The “no decision” stall' }).click();
    await page.getByRole('button', { name: 'Practise on my own' }).click();
    await expect(rp.customerLine()).toContainText('It’s still looking positive');
    for (const _ of [1, 2, 3]) await page.keyboard.press('n');
    await expect(page.getByRole('heading', { name: 'Assess your practice' })).toBeFocused();
    for (const behaviour of [
      'Asks which alternatives the buyer is weighing',
      'Maps the buyer’s decision steps, people and dates',
      'Reports weak opportunities as weak in deal reviews',
    ])
      await rp.score(behaviour, 2);
    await page.getByRole('button', { name: 'Finish and record' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Practice: Emily Chen' })).toBeVisible();
    const card = page.getByRole('region', { name: 'The “no decision” stall' });
    await expect(card).toContainText('1 attempt;');
    await expect(card.getByRole('row', { name: /Self-practice/ })).toBeVisible();
  });
});
