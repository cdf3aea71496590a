import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RichTextDoc } from '../../shared/contract';
import { actAs, call, makeCore, snapshotRows, type TestCore, value } from '../helpers/core';

// The test clock says 2 March 2026.
let core: TestCore;
let managerId: string;
let repId: string;
const IMPLICATION = 'bhv-asks-implication-questions';

beforeEach(async () => {
  core = makeCore();
  managerId = (
    await value(core, 'people.create', { name: 'Claire Donovan', kind: 'manager', managerId: null })
  ).id;
  repId = (await value(core, 'people.create', { name: 'Tom Fielding', kind: 'rep', managerId })).id;
  await actAs(core, managerId);
});
afterEach(() => core.close());

/** A deal opened at qualification, moved to discovery, then to proposal, then lost. */
async function lostDeal(fields: { name?: string; segment?: string; valueMinor?: number } = {}) {
  let deal = await value(core, 'deals.create', {
    repId,
    account: 'Borealis Freight',
    name: fields.name ?? 'Fleet pilot',
    valueMinor: fields.valueMinor ?? 1_200_000,
    currency: 'EUR',
    segment: fields.segment ?? 'Mid-market',
    stageId: 'stage-initial-contact-qualification',
    openedOn: '2026-01-05',
  });
  deal = await value(core, 'deals.move', {
    id: deal.id,
    revision: deal.revision,
    stageId: 'stage-discovery-need-analysis',
    changedOn: '2026-01-12',
    reason: 'First meeting with the COO',
  });
  deal = await value(core, 'deals.move', {
    id: deal.id,
    revision: deal.revision,
    stageId: 'stage-proposal-demonstration',
    changedOn: '2026-02-02',
    reason: 'They asked for pricing',
  });
  return value(core, 'deals.close', {
    id: deal.id,
    revision: deal.revision,
    outcome: 'lost',
    closedOn: '2026-02-20',
    reason: 'The board chose Rival',
  });
}

describe('a lost deal', () => {
  it('opens with a retrospective draft pre-filled from the deal’s history, a section per stage reached', async () => {
    const deal = await lostDeal();
    const detail = await value(core, 'lostDeals.get', { dealId: deal.id });
    expect(detail.loss).toBeNull();
    expect(detail.retrospective).toBeNull();
    const draft = JSON.stringify(detail.draft);
    for (const words of [
      'Market and lead identification',
      'Proposal and demonstration',
      'Stage: Initial contact and qualification → Discovery and need analysis — First meeting with the COO',
      'Lost — The board chose Rival',
      'Who decided, and how?',
    ])
      expect(draft).toContain(words);
    expect(draft).not.toContain('Negotiation and risk resolution');
  });

  it('records the quick form as the viewer’s view, and shows when the rep’s and the manager’s views differ', async () => {
    const deal = await lostDeal();
    const loss = await value(core, 'lostDeals.saveQuickForm', {
      dealId: deal.id,
      outcome: 'competitor',
      competitor: 'Rival',
      primaryReasonId: 'loss-decision-process',
      secondaryReasonIds: ['loss-no-access-to-power'],
      whatWouldHaveChanged: 'Meeting the CFO before the proposal.',
    });
    expect(loss).toMatchObject({
      primaryReason: { reasonId: 'loss-decision-process', label: 'Decision process not understood' },
      managerView: { reasonId: 'loss-decision-process' },
      repView: null,
      viewsDisagree: false,
    });
    await actAs(core, repId);
    const withRep = await value(core, 'lostDeals.recordView', { dealId: deal.id, reasonId: 'loss-price' });
    expect(withRep).toMatchObject({ repView: { reasonId: 'loss-price' }, viewsDisagree: true });
    const detail = await value(core, 'lostDeals.get', { dealId: deal.id });
    expect(detail.viewerRole).toBe('rep');
    expect(JSON.stringify(detail.draft)).toContain('Meeting the CFO before the proposal.');
  });

  it('keeps the reason a deal was recorded with when the taxonomy renames or archives it', async () => {
    const deal = await lostDeal();
    await value(core, 'lostDeals.saveQuickForm', {
      dealId: deal.id,
      outcome: 'no-decision',
      primaryReasonId: 'loss-price',
    });
    const price = (await value(core, 'lossReasons.list', {})).find((r) => r.id === 'loss-price')!;
    await value(core, 'lossReasons.update', {
      id: price.id,
      revision: price.revision,
      name: 'Price pressure',
    });
    await value(core, 'lossReasons.archive', { id: price.id });
    const detail = await value(core, 'lostDeals.get', { dealId: deal.id });
    expect(detail.loss?.primaryReason).toEqual({
      reasonId: 'loss-price',
      label: 'Price',
      nameNow: 'Price pressure',
    });
    // The deal that had it may be saved again; a new loss may not choose an archived reason.
    const again = await value(core, 'lostDeals.saveQuickForm', {
      dealId: deal.id,
      revision: detail.loss!.revision,
      outcome: 'no-decision',
      primaryReasonId: 'loss-price',
      whatWouldHaveChanged: 'A compelling event.',
    });
    expect(again.primaryReason?.label).toBe('Price');
    const other = await lostDeal({ name: 'Second pilot' });
    expect(
      await call(core, 'lostDeals.saveQuickForm', {
        dealId: other.id,
        outcome: 'unknown',
        primaryReasonId: 'loss-price',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { issues: [{ path: ['primaryReasonId'] }] } },
    });
  });

  it('refuses a loss on a deal that is not lost, a competitor without one, and a stale revision, changing nothing', async () => {
    const open = await value(core, 'deals.create', {
      repId,
      account: 'Acme',
      name: 'Open deal',
      valueMinor: 100,
      currency: 'EUR',
      stageId: 'stage-discovery-need-analysis',
    });
    const deal = await lostDeal();
    await value(core, 'lostDeals.saveQuickForm', { dealId: deal.id, outcome: 'unknown' });
    const before = snapshotRows(core);
    expect(
      await call(core, 'lostDeals.saveQuickForm', { dealId: open.id, outcome: 'unknown' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('still open') },
    });
    expect(
      await call(core, 'lostDeals.saveQuickForm', {
        dealId: deal.id,
        revision: 1,
        outcome: 'no-decision',
        competitor: 'Rival',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { issues: [{ path: ['competitor'] }] } },
    });
    expect(
      await call(core, 'lostDeals.saveQuickForm', { dealId: deal.id, outcome: 'unknown' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(
      await call(core, 'lostDeals.saveQuickForm', {
        dealId: deal.id,
        revision: 1,
        outcome: 'unknown',
        primaryReasonId: 'loss-price',
        secondaryReasonIds: ['loss-price'],
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { issues: [{ path: ['secondaryReasonIds', 0] }] } },
    });
    expect(await call(core, 'lostDeals.get', { dealId: open.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(snapshotRows(core)).toEqual(before);
  });
});

describe('the retrospective', () => {
  it('turns tagged findings into observations with the passage as evidence, and reads the decision answer', async () => {
    const deal = await lostDeal();
    const { draft } = await value(core, 'lostDeals.get', { dealId: deal.id });
    let retro = await value(core, 'lostDeals.saveRetrospective', {
      dealId: deal.id,
      document: draft as RichTextDoc,
    });
    expect(retro).toMatchObject({ revision: 1, decisionProcess: null });

    const finding = await value(core, 'observations.create', {
      repId,
      behaviourId: IMPLICATION,
      observedOn: '2026-02-20',
      verdict: 'gap',
      sourceKind: 'retrospective',
      sourceId: deal.id,
      anchor: { kind: 'mark', documentId: deal.id, part: 'body' },
      evidence: 'placeholder',
      visibility: 'shared',
    });
    const passage = 'We never asked what waiting a year would cost them';
    const document = {
      type: 'doc',
      content: [
        {
          type: 'retroAnswer',
          attrs: { prompt: 'decision', stage: 'stage-discovery-need-analysis', status: 'assumption' },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'We assumed the COO signed.' }] }],
        },
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: passage,
              marks: [{ type: 'behaviourTag', attrs: { observationId: finding.id } }],
            },
            { type: 'text', text: '.' },
          ],
        },
      ],
    } as RichTextDoc;
    retro = await value(core, 'lostDeals.saveRetrospective', { dealId: deal.id, revision: 1, document });
    expect(retro).toMatchObject({ revision: 2, decisionProcess: 'assumption' });
    const [observation] = await value(core, 'observations.list', { repId, sourceKind: 'retrospective' });
    expect(observation).toMatchObject({
      id: finding.id,
      evidence: passage,
      sourceTitle: 'Retrospective: Borealis Freight, Fleet pilot',
    });

    const dashboard = await value(core, 'lostDeals.dashboard', {});
    expect(dashboard.decisionProcess).toMatchObject({ assumed: { count: 1, dealIds: [deal.id] }, share: 1 });
    expect(dashboard.behaviours).toEqual([
      { behaviourId: IMPLICATION, name: expect.any(String), count: 1, dealIds: [deal.id] },
    ]);
    expect(
      await call(core, 'lostDeals.saveRetrospective', { dealId: deal.id, revision: 1, document }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('keeps a timeline in date order and puts open action items in the rep’s prep brief until done', async () => {
    const deal = await lostDeal();
    expect(
      await call(core, 'lostDeals.saveActions', { dealId: deal.id, actions: [{ text: 'x', owner: 'rep' }] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('Start the retrospective') },
    });
    const { draft } = await value(core, 'lostDeals.get', { dealId: deal.id });
    await value(core, 'lostDeals.saveRetrospective', { dealId: deal.id, document: draft as RichTextDoc });
    const timeline = await value(core, 'lostDeals.saveTimeline', {
      dealId: deal.id,
      events: [
        { happenedOn: '2026-02-10', what: 'Procurement joined', who: 'Procurement lead' },
        { happenedOn: '2026-01-20', what: 'Champion went on leave' },
      ],
    });
    expect(timeline.events.map((e) => e.what)).toEqual(['Champion went on leave', 'Procurement joined']);

    let retro = await value(core, 'lostDeals.saveActions', {
      dealId: deal.id,
      actions: [
        { text: 'Map the buying group before any proposal', owner: 'rep', dueOn: '2026-03-20' },
        { text: 'Run a discovery role-play on cost of inaction', owner: 'manager' },
      ],
    });
    let brief = await value(core, 'oneOnOnes.prepBrief', { repId });
    expect(brief.retrospectiveActions.map((a) => [a.text, a.owner, a.dueOn, a.account])).toEqual([
      ['Map the buying group before any proposal', 'rep', '2026-03-20', 'Borealis Freight'],
      ['Run a discovery role-play on cost of inaction', 'manager', null, 'Borealis Freight'],
    ]);
    const [first, second] = retro.actions;
    retro = await value(core, 'lostDeals.saveActions', {
      dealId: deal.id,
      actions: [
        { id: first!.id, text: first!.text, owner: 'rep', dueOn: first!.dueOn, status: 'done' },
        { id: second!.id, text: second!.text, owner: 'manager' },
      ],
    });
    expect(retro.actions.map((a) => a.id)).toEqual([first!.id, second!.id]);
    brief = await value(core, 'oneOnOnes.prepBrief', { repId });
    expect(brief.retrospectiveActions.map((a) => a.id)).toEqual([second!.id]);
    expect(core.events.filter((e) => e.name === 'lostDeals.changed').length).toBeGreaterThanOrEqual(4);
  });
});

describe('the lost deals dashboard', () => {
  it('counts by stage, reason, rep, segment and quarter, and filters by date, rep and segment', async () => {
    const a = await lostDeal({ name: 'A', segment: 'Enterprise', valueMinor: 500_000 });
    const b = await lostDeal({ name: 'B', segment: 'Mid-market', valueMinor: 250_000 });
    await value(core, 'lostDeals.saveQuickForm', {
      dealId: a.id,
      outcome: 'competitor',
      primaryReasonId: 'loss-price',
    });
    const dashboard = await value(core, 'lostDeals.dashboard', {});
    expect(dashboard.total).toEqual({ count: 2, dealIds: expect.arrayContaining([a.id, b.id]) });
    expect(dashboard.byStage).toEqual(
      expect.arrayContaining([
        { stageId: 'stage-proposal-demonstration', reasonId: 'loss-price', count: 1, dealIds: [a.id] },
        { stageId: 'stage-proposal-demonstration', reasonId: '', count: 1, dealIds: [b.id] },
      ]),
    );
    expect(dashboard.valueLost).toEqual([
      { currency: 'EUR', totalMinor: 750_000, dealIds: expect.any(Array) },
    ]);
    expect(dashboard.byRep).toEqual([
      expect.objectContaining({ key: repId, label: 'Tom Fielding', count: 2 }),
    ]);
    expect(dashboard.byQuarter.map((q) => q.key)).toEqual(['2026-Q1']);
    expect(dashboard.choices.segments).toEqual(['Enterprise', 'Mid-market']);
    expect((await value(core, 'lostDeals.dashboard', { segments: ['Enterprise'] })).total.dealIds).toEqual([
      a.id,
    ]);
    expect((await value(core, 'lostDeals.dashboard', { from: '2026-03-01' })).total.count).toBe(0);
    expect((await value(core, 'lostDeals.list', { dealIds: [b.id] })).map((r) => r.deal.name)).toEqual(['B']);
    expect(await call(core, 'lostDeals.dashboard', { from: '2026-03-01', to: '2026-02-01' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { issues: [{ path: ['to'] }] } },
    });
  });
});

describe('closed-lost rows of a CRM import', () => {
  it('give a deal without a loss record one from the CRM’s reason, and never overwrite what people recorded', async () => {
    const { recordImportedLosses } = await import('../../electron/core/services/lost-deal-import');
    const imported = await lostDeal({ name: 'Imported' });
    const told = await lostDeal({ name: 'Told' });
    await value(core, 'lostDeals.saveQuickForm', {
      dealId: told.id,
      outcome: 'competitor',
      primaryReasonId: 'loss-product-gap',
    });
    // The import's commit runs it inside its own transaction, with its context.
    const ctx = { db: core.database.db, clock: core.clock } as unknown as Parameters<
      typeof recordImportedLosses
    >[0];
    const changed = core.database.sqlite.transaction(() =>
      recordImportedLosses(ctx, [
        { dealId: imported.id, outcome: 'lost', lossReason: 'Pricing' },
        { dealId: told.id, outcome: 'lost', lossReason: 'Price' },
        { dealId: 'open-one', outcome: 'open', lossReason: 'Price' },
      ]),
    )();
    expect(changed).toEqual([imported.id, told.id]);
    expect((await value(core, 'lostDeals.get', { dealId: imported.id })).loss).toMatchObject({
      outcome: 'unknown',
      primaryReason: { reasonId: 'loss-price', label: 'Price' },
      crmReason: 'Pricing',
    });
    expect((await value(core, 'lostDeals.get', { dealId: told.id })).loss).toMatchObject({
      outcome: 'competitor',
      primaryReason: { reasonId: 'loss-product-gap' },
      crmReason: 'Price',
    });
  });
});
