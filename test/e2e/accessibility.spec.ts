import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { useFreshServer } from './server';
import { openAt } from './support/open';

/**
 * axe on every main screen, on the demo team (screens with real content, not empty states only):
 * no serious or critical violation anywhere. A new screen belongs in this list.
 */
test.describe('accessibility of every main screen', () => {
  test.describe.configure({ mode: 'parallel' });
  const server = useFreshServer('demo');

  async function violations(page: Page): Promise<string[]> {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }

  type Api = ReturnType<typeof server.current>;

  /** Every main screen of the demo, by name and address. */
  async function mainScreens(api: Api): Promise<[string, string][]> {
    const people = await api.call<{ id: string; kind: string; name: string }[]>('people.list', {});
    const calls = await api.call<{ id: string; repId: string }[]>('callReviews.list', {});
    const rep = people.find((p) => p.id === calls[0]!.repId)!;
    const meetings = await api.call<{ id: string }[]>('oneOnOnes.list', { repId: rep.id });
    const library = await api.call<{ behaviours: { id: string }[] }>('library.get', {});
    const deals = await api.call<{ id: string }[]>('deals.list', {});
    const lost = await api.call<{ deal: { id: string } }[]>('lostDeals.list', {});
    const proposals = await api.call<{ id: string }[]>('proposals.list', {});
    return [
      ['This week', '/week'],
      ['Team', '/team'],
      ['a rep', `/team/${rep.id}`],
      ['a rep’s one-to-ones', `/team/${rep.id}/one-to-ones`],
      ['a rep’s progress', `/team/${rep.id}/progress`],
      ['the team’s progress', '/progress'],
      ['One-to-ones', '/one-to-ones'],
      ['a prep brief', `/one-to-ones/prep/${rep.id}`],
      ['a one-to-one', `/one-to-ones/${meetings[0]!.id}`],
      ['Call reviews', '/calls'],
      ['a call review', `/calls/${calls[0]!.id}`],
      ['importing a call', '/calls/new'],
      ['Behaviours', '/behaviours'],
      ['a behaviour', `/behaviours/${library.behaviours[0]!.id}`],
      ['Role-plays', '/role-plays'],
      ['a role-play script', '/role-plays/rps-discount-before-value'],
      ['editing a role-play script', '/role-plays/rps-discount-before-value/edit'],
      ['a role-play practice', `/role-plays/rps-discount-before-value/run/${rep.id}/manager-run`],
      ['role-play practice over time', `/role-plays/progress/${rep.id}`],
      ['Search', '/search'],
      ['Pipeline', '/deals'],
      ['a deal', `/deals/${deals[0]!.id}`],
      ['Lost deals', '/lost-deals'],
      ['a lost deal', `/lost-deals/${lost[0]!.deal.id}`],
      ['Proposals', '/proposals'],
      ['a proposal review', `/proposals/${proposals[0]!.id}`],
      ['importing a proposal', '/proposals/new'],
    ];
  }

  // The walk in three parts, each on its own copy of the demo, so the two test workers share it.
  const PARTS = 3;
  for (let part = 0; part < PARTS; part++) {
    test(`has no serious or critical axe violation (screens, part ${part + 1} of ${PARTS})`, async ({
      page,
    }) => {
      // About nine screens, each checked by axe and saved at three widths: minutes on a busy machine.
      test.setTimeout(420_000);
      const api = server.current();
      const all = await mainScreens(api);
      const size = Math.ceil(all.length / PARTS);
      const screens = all.slice(part * size, (part + 1) * size);
      await page.goto(api.openUrl);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
      const found: string[] = [];
      for (const [name, path] of screens) {
        await page.goto(`${api.baseUrl}#${path}`);
        // A loaded machine can take more than the usual 5 s to gather a screen of the demo's data.
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible({ timeout: 30_000 });
        // Wait for the screen's data: nothing still busy.
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
        for (const v of await violations(page)) found.push(`${name}: ${v}`);
        // Every main screen at the three widths the product supports, to be looked at.
        for (const width of [1024, 1440, 1920]) {
          await page.setViewportSize({ width, height: width === 1024 ? 700 : 1000 });
          await page.screenshot({ path: `test-results/screens/${name.replace(/\W+/g, '-')}-${width}.png` });
        }
        await page.setViewportSize({ width: 1280, height: 800 });
      }
      expect(found).toEqual([]);
    });
  }

  test('has none in the rep’s view either: My coaching with a share pack open', async ({ page }) => {
    test.setTimeout(120_000);
    const api = server.current();
    const people = await api.call<{ id: string; name: string }[]>('workspace.people', {});
    const emily = people.find((p) => p.name === 'Emily Chen')!;
    await api.call('workspace.switch', { personId: emily.id });
    await openAt(page, api, '/me');
    await expect(page.getByRole('article', { name: /Shared by Priya Raman/ })).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
    expect(await violations(page)).toEqual([]);
    for (const width of [1024, 1440, 1920]) {
      await page.setViewportSize({ width, height: width === 1024 ? 700 : 1000 });
      await page.screenshot({ path: `test-results/screens/my-coaching-rep-${width}.png` });
    }
  });
});
