import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actAs, call, makeCore, type TestCore, value } from '../helpers/core';

let core: TestCore;
let repId: string;
let managerId: string;
let meetingId: string;

const BEHAVIOUR = 'bhv-asks-implication-questions';

beforeEach(async () => {
  core = makeCore({ now: '2026-03-02T09:00:00.000Z' });
  managerId = (await value(core, 'people.create', { name: 'Marcus Webb', kind: 'manager' })).id;
  repId = (await value(core, 'people.create', { name: 'Sophie Laurent', managerId })).id;
  await actAs(core, managerId);
  meetingId = (await value(core, 'oneOnOnes.create', { repId, date: '2026-03-02' })).id;
});
afterEach(() => core.close());

async function deal(name: string, extra: Record<string, unknown> = {}) {
  return value(core, 'deals.create', {
    repId,
    account: 'Brightwater Foods',
    name,
    valueMinor: 1_000_000,
    currency: 'EUR',
    stageId: 'stage-discovery-need-analysis',
    expectedCloseOn: '2026-04-30',
    openedOn: '2026-01-05',
    nextStep: 'Call the CFO',
    nextStepOn: '2026-03-09',
    ...extra,
  });
}

describe('a deal review in a one-to-one', () => {
  it('suggests flagged deals in the prep brief, with their reasons', async () => {
    // First stage: no earlier exit criteria to lack evidence for.
    const healthy = await deal('Healthy', { stageId: 'stage-market-lead-identification' });
    const stalled = await deal('Stalled', { nextStepOn: '2026-02-01' });
    const brief = await value(core, 'oneOnOnes.prepBrief', { repId });
    expect(brief.dealsToReview.map((d) => d.dealId)).toEqual([stalled.id]);
    expect(brief.dealsToReview[0]!.reasons[0]).toMatch(/was due on 2026-02-01/);
    expect(brief.dealsToReview.map((d) => d.dealId)).not.toContain(healthy.id);
  });

  it('records the agreed next step on the deal, commitments for the next brief, and findings as observations', async () => {
    const d = await deal('Rollout', { nextStepOn: '2026-02-01' });
    let review = await value(core, 'dealReviews.add', { oneOnOneId: meetingId, dealId: d.id });
    expect(review.deal.flags.map((f) => f.kind)).toContain('next-step-past');
    review = await value(core, 'dealReviews.save', {
      id: review.id,
      revision: review.revision,
      agreedNextStep: 'Book the CFO for budget sign-off',
      nextStepOn: '2026-03-06',
      summary: 'Budget is assumed, not confirmed.',
    });
    expect(review.deal).toMatchObject({
      nextStep: 'Book the CFO for budget sign-off',
      nextStepOn: '2026-03-06',
    });
    expect(review.deal.flags.map((f) => f.kind)).not.toContain('next-step-past');
    review = await value(core, 'dealReviews.commit', {
      id: review.id,
      text: 'Confirm budget with the CFO',
      dueOn: '2026-03-06',
    });
    expect(review.commitments.map((c) => c.text)).toEqual([
      'Brightwater Foods — Rollout: Confirm budget with the CFO',
    ]);
    review = await value(core, 'dealReviews.addFinding', {
      id: review.id,
      behaviourId: BEHAVIOUR,
      verdict: 'gap',
      comment: 'Forecast on hope: no buyer evidence for the budget.',
    });
    expect(review.findings).toHaveLength(1);
    expect(review.findings[0]).toMatchObject({ sourceKind: 'deal-review', sourceId: review.id, repId });
    const brief = await value(core, 'oneOnOnes.prepBrief', { repId });
    expect(brief.openCommitments.map((c) => c.text)).toContain(
      'Brightwater Foods — Rollout: Confirm budget with the CFO',
    );
    // Something recorded: the review stays.
    const removed = await call(core, 'dealReviews.remove', { id: review.id });
    expect(removed.ok).toBe(false);
  });

  it('refuses another rep’s deal, a deal twice, and a rep running their own review', async () => {
    const d = await deal('Rollout');
    await value(core, 'dealReviews.add', { oneOnOneId: meetingId, dealId: d.id });
    expect((await call(core, 'dealReviews.add', { oneOnOneId: meetingId, dealId: d.id })).ok).toBe(false);
    const otherRep = (await value(core, 'people.create', { name: 'Tom Fielding', managerId })).id;
    const theirs = await value(core, 'deals.create', {
      repId: otherRep,
      account: 'X',
      name: 'Y',
      valueMinor: 1,
      currency: 'EUR',
      stageId: 'stage-discovery-need-analysis',
    });
    expect((await call(core, 'dealReviews.add', { oneOnOneId: meetingId, dealId: theirs.id })).ok).toBe(
      false,
    );
    await actAs(core, repId);
    const [review] = await value(core, 'dealReviews.list', { oneOnOneId: meetingId });
    const asRep = await call(core, 'dealReviews.save', {
      id: review!.id,
      revision: review!.revision,
      agreedNextStep: 'Mine',
      summary: null,
    });
    expect(asRep.ok).toBe(false);
    if (!asRep.ok) expect(asRep.error.code).toBe('FORBIDDEN');
  });
});
