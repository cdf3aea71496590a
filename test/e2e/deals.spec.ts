import { expect, test } from './fixtures';
import { useSharedServer } from './server';
import { api, isoDate } from './support/api';

/**
 * The honest pipeline, as a manager meets it: a deal moved to commit with no customer evidence for
 * budget, approvers and signing date is flagged on its page and on the pipeline, with the reason.
 */
test.describe('deals', () => {
  const server = useSharedServer('new');

  test('moving a deal to commit without evidence shows the flag, with its reason, everywhere', async ({
    page,
  }) => {
    const repId = (await api(server.current(), 'people.create', { name: 'Noah Clarke' })).id;
    const deal = await api(server.current(), 'deals.create', {
      repId,
      account: 'Brightwater Foods',
      name: 'Cold-chain monitoring',
      valueMinor: 4_250_000,
      currency: 'EUR',
      stageId: 'stage-market-lead-identification',
      expectedCloseOn: isoDate(40),
      nextStep: 'Demo for operations',
      nextStepOn: isoDate(5),
    });
    await page.goto(server.current().openUrl);
    await page.getByRole('link', { name: 'Pipeline' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Pipeline' })).toBeVisible();
    await page.getByRole('link', { name: 'Brightwater Foods — Cold-chain monitoring' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Cold-chain monitoring/ })).toBeVisible();
    await expect(page.getByText('No flags:')).toBeVisible();

    await page.getByRole('button', { name: 'Move the deal' }).click();
    const dialog = page.getByRole('dialog', { name: 'Move the deal' });
    await dialog.getByLabel('Forecast category').selectOption({ label: 'Commit' });
    // The history needs a reason: nothing is saved without one.
    await dialog.getByRole('button', { name: 'Save the move' }).click();
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Reason').fill('Champion says it is as good as signed');
    await dialog.getByRole('button', { name: 'Save the move' }).click();
    await expect(dialog).toBeHidden();

    await expect(page.getByRole('region', { name: 'Flags' })).toContainText(
      'Forecast as commit, but no customer evidence for: budget, approvers, signing date.',
    );
    const history = page.getByRole('table', { name: 'History' });
    await expect(history).toContainText('Champion says it is as good as signed');
    await expect(history).toContainText('Pipeline → Commit');

    await page.getByRole('link', { name: 'Pipeline', exact: true }).first().click();
    await page.getByRole('button', { name: /Commit without customer evidence · 1 deal/ }).click();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Commit without customer evidence' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Brightwater Foods — Cold-chain monitoring' })).toBeVisible();
    expect(deal.flags).toEqual([]);
  });

  test('reviews three flagged deals in a one-to-one and finds the commitments in the next prep brief', async ({
    page,
  }) => {
    const s = server.current();
    const repId = (await api(s, 'people.create', { name: 'Ella Brooks' })).id;
    const meeting = await api(s, 'oneOnOnes.create', { repId, date: isoDate(0) });
    for (const name of ['Fleet rollout', 'Depot sensors', 'Planner licences'])
      await api(s, 'deals.create', {
        repId,
        account: 'Norland Freight',
        name,
        valueMinor: 1_200_000,
        currency: 'GBP',
        stageId: 'stage-proposal-demonstration',
        expectedCloseOn: isoDate(30),
      });
    await page.goto(s.openUrl);
    await page.goto(`${s.baseUrl}#/one-to-ones/${meeting.id}`);
    const section = page.getByRole('region', { name: 'Deal review' });
    for (const name of ['Fleet rollout', 'Depot sensors', 'Planner licences']) {
      const picker = section.getByLabel('Review a deal');
      const option = picker.locator('option', { hasText: name });
      await picker.selectOption((await option.getAttribute('value'))!);
      await section.getByRole('button', { name: 'Add to the review' }).click();
      await expect(section.getByRole('listitem', { name: `Norland Freight — ${name}` })).toBeVisible();
    }
    const fleet = section.getByRole('listitem', { name: 'Norland Freight — Fleet rollout' });
    // Every one of them is flagged: no next step.
    await expect(fleet).toContainText('No next step');
    await fleet.getByLabel('Agreed next step').fill('Walk the mutual plan with the COO');
    await fleet.getByLabel('by').fill(isoDate(4));
    await fleet.getByRole('button', { name: 'Record' }).click();
    await expect(fleet).not.toContainText('No next step');
    await fleet.getByLabel('Commitment').fill('Get the budget confirmed in writing');
    await fleet.getByRole('button', { name: 'Add commitment' }).click();
    await expect(fleet).toContainText('Norland Freight — Fleet rollout: Get the budget confirmed in writing');

    await page.goto(`${s.baseUrl}#/one-to-ones/prep/${repId}`);
    await expect(page.getByRole('main')).toContainText(
      'Norland Freight — Fleet rollout: Get the budget confirmed in writing',
    );
  });
});
