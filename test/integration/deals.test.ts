import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Deal } from '../../shared/contract';
import { call, makeCore, snapshotRows, type TestCore, value } from '../helpers/core';

let core: TestCore;
let repId: string;
let deal: Deal;

const DISCOVERY = 'stage-discovery-need-analysis';
const PROPOSAL = 'stage-proposal-demonstration';

beforeEach(async () => {
  core = makeCore({ now: '2026-03-02T09:00:00.000Z' });
  repId = (await value(core, 'people.create', { name: 'Sophie Laurent' })).id;
  deal = await value(core, 'deals.create', {
    repId,
    account: 'Brightwater Foods',
    name: 'Cold-chain monitoring',
    valueMinor: 4_250_000,
    currency: 'eur',
    stageId: DISCOVERY,
    expectedCloseOn: '2026-04-30',
    openedOn: '2026-01-12',
  });
});
afterEach(() => core.close());

const move = (input: Omit<Parameters<typeof value<'deals.move'>>[2], 'id' | 'revision'>) =>
  value(core, 'deals.move', { id: deal.id, revision: deal.revision, ...input }).then((d) => {
    deal = d;
    return d;
  });

describe('a deal', () => {
  it('is created open, in pipeline, its currency in capitals and its value in minor units', () => {
    expect(deal).toMatchObject({
      outcome: 'open',
      forecastCategory: 'pipeline',
      currency: 'EUR',
      valueMinor: 4_250_000,
      stageName: 'Discovery and need analysis',
      closeDateMoves: 0,
      repName: 'Sophie Laurent',
    });
  });

  it('refuses a float value, a bad currency and a missing account, each at its field', async () => {
    const result = await call(core, 'deals.create', {
      repId,
      account: ' ',
      name: 'X',
      valueMinor: 10.5,
      currency: 'euro',
      stageId: DISCOVERY,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = (result.error.details as { issues: { path: string[] }[] }).issues.map((i) =>
      i.path.join('.'),
    );
    expect(paths).toEqual(expect.arrayContaining(['account', 'valueMinor', 'currency']));
  });

  it('records every stage, close-date and forecast move with its reason, and counts close-date moves', async () => {
    await move({ expectedCloseOn: '2026-05-31', reason: 'Legal review starts in May' });
    await move({ expectedCloseOn: '2026-06-30', reason: 'Their CFO is away' });
    await move({ stageId: PROPOSAL, forecastCategory: 'best-case', reason: 'Demo accepted by ops lead' });
    expect(deal.closeDateMoves).toBe(2);
    const detail = await value(core, 'deals.get', { id: deal.id });
    expect(detail.history.map((h) => [h.field, h.fromValue, h.toValue, h.reason])).toEqual([
      ['close-date', '2026-04-30', '2026-05-31', 'Legal review starts in May'],
      ['close-date', '2026-05-31', '2026-06-30', 'Their CFO is away'],
      ['stage', DISCOVERY, PROPOSAL, 'Demo accepted by ops lead'],
      ['forecast-category', 'pipeline', 'best-case', 'Demo accepted by ops lead'],
    ]);
  });

  it('refuses a move without a reason, and one that moves nothing, changing nothing', async () => {
    const before = snapshotRows(core);
    const noReason = await call(core, 'deals.move', {
      id: deal.id,
      revision: deal.revision,
      expectedCloseOn: '2026-07-01',
      reason: '  ',
    });
    expect(noReason.ok).toBe(false);
    if (!noReason.ok) expect(noReason.error.message).toMatch(/Reason is required/);
    const nothing = await call(core, 'deals.move', {
      id: deal.id,
      revision: deal.revision,
      stageId: DISCOVERY,
      reason: 'No change',
    });
    expect(nothing.ok).toBe(false);
    if (!nothing.ok) expect(nothing.error.message).toMatch(/Nothing moved/);
    expect(snapshotRows(core)).toEqual(before);
  });

  it('refuses a stale revision', async () => {
    await move({ expectedCloseOn: '2026-05-31', reason: 'Slipped' });
    const stale = await call(core, 'deals.move', {
      id: deal.id,
      revision: 1,
      expectedCloseOn: '2026-06-30',
      reason: 'Slipped again',
    });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.code).toBe('CONFLICT');
  });

  it('closes as won or lost with a day and reason, and reopens', async () => {
    const lost = await value(core, 'deals.close', {
      id: deal.id,
      revision: deal.revision,
      outcome: 'lost',
      closedOn: '2026-02-27',
      reason: 'Chose to build in-house',
    });
    expect(lost).toMatchObject({ outcome: 'lost', closedOn: '2026-02-27' });
    const moving = await call(core, 'deals.move', {
      id: deal.id,
      revision: lost.revision,
      stageId: PROPOSAL,
      reason: 'x',
    });
    expect(moving.ok).toBe(false);
    const reopened = await value(core, 'deals.close', {
      id: deal.id,
      revision: lost.revision,
      outcome: 'open',
      reason: 'They came back',
    });
    expect(reopened).toMatchObject({ outcome: 'open', closedOn: null });
    expect(await value(core, 'deals.list', { outcome: 'lost' })).toEqual([]);
    expect((await value(core, 'deals.list', { repId })).map((d) => d.id)).toEqual([deal.id]);
  });

  it('refuses a future close day', async () => {
    const result = await call(core, 'deals.close', {
      id: deal.id,
      revision: deal.revision,
      outcome: 'won',
      closedOn: '2026-03-10',
      reason: 'Signed',
    });
    expect(result.ok).toBe(false);
  });

  it('never doubles a CRM id from the same source', async () => {
    const input = {
      repId,
      account: 'Northwind',
      name: 'Renewal',
      valueMinor: 100,
      currency: 'USD',
      stageId: DISCOVERY,
      crmSource: 'salesforce',
      crmId: '0065g00000XyZ12',
    };
    await value(core, 'deals.create', input);
    const again = await call(core, 'deals.create', input);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.code).toBe('CONFLICT');
    // The same id from another CRM is another deal.
    await value(core, 'deals.create', { ...input, crmSource: 'hubspot' });
  });
});

describe('the qualification card', () => {
  it('keeps evidence dated with its source, and assumption without', async () => {
    await value(core, 'deals.saveAnswer', {
      dealId: deal.id,
      questionId: 'budget',
      answer: 'CFO confirmed €45k in the Q2 budget',
      status: 'evidence',
      evidenceOn: '2026-02-20',
      sourceKind: 'typed',
    });
    await value(core, 'deals.saveAnswer', {
      dealId: deal.id,
      questionId: 'approvers',
      answer: 'Probably just the COO',
      status: 'assumption',
      evidenceOn: '2026-02-20',
    });
    const { answers } = await value(core, 'deals.get', { id: deal.id });
    expect(answers.map((a) => [a.questionId, a.status, a.evidenceOn, a.sourceKind])).toEqual([
      ['approvers', 'assumption', null, null],
      ['budget', 'evidence', '2026-02-20', 'typed'],
    ]);
  });

  it('refuses evidence without a day or a source', async () => {
    const result = await call(core, 'deals.saveAnswer', {
      dealId: deal.id,
      questionId: 'budget',
      answer: 'Confirmed',
      status: 'evidence',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = (result.error.details as { issues: { path: string[] }[] }).issues.map((i) =>
      i.path.join('.'),
    );
    expect(paths).toEqual(expect.arrayContaining(['evidenceOn', 'sourceKind']));
  });
});

describe('links', () => {
  it('attaches a note of the rep, once, and finds the deal from the note', async () => {
    const note = await value(core, 'notes.create', { repId, title: 'Pipeline walk', visibility: 'shared' });
    await value(core, 'deals.link', { dealId: deal.id, kind: 'note', targetId: note.id });
    const links = await value(core, 'deals.link', { dealId: deal.id, kind: 'note', targetId: note.id });
    expect(links.map((l) => [l.kind, l.title])).toEqual([['note', 'Pipeline walk']]);
    expect(
      (await value(core, 'deals.forTarget', { kind: 'note', targetId: note.id })).map((d) => d.id),
    ).toEqual([deal.id]);
    const other = (await value(core, 'people.create', { name: 'Tom Fielding' })).id;
    const theirs = await value(core, 'notes.create', { repId: other, title: 'Theirs' });
    const refused = await call(core, 'deals.link', { dealId: deal.id, kind: 'note', targetId: theirs.id });
    expect(refused.ok).toBe(false);
  });
});

describe('flags and exit criteria', () => {
  it('flags a move to commit without evidence, everywhere the deal is listed, until the evidence is in', async () => {
    await move({ forecastCategory: 'commit', reason: 'Champion says it is done' });
    const listed = await value(core, 'deals.list', { repId });
    expect(listed[0]!.flags.map((f) => f.kind)).toContain('commit-without-evidence');
    for (const questionId of ['budget', 'approvers', 'signing-date'] as const)
      await value(core, 'deals.saveAnswer', {
        dealId: deal.id,
        questionId,
        answer: 'Said on the call',
        status: 'evidence',
        evidenceOn: '2026-02-27',
        sourceKind: 'typed',
      });
    const after = await value(core, 'deals.get', { id: deal.id });
    expect(after.deal.flags.map((f) => f.kind)).not.toContain('commit-without-evidence');
  });

  it('starts from the essay’s defaults, and an edited stage keeps its edit', async () => {
    const stages = await value(core, 'deals.exitCriteria', {});
    const discovery = stages.find((s) => s.stageId === DISCOVERY)!;
    expect(discovery.criteria.map((c) => c.questionId)).toEqual(['urgency', 'do-nothing', 'decision']);
    const saved = await value(core, 'deals.saveExitCriteria', {
      stageId: DISCOVERY,
      criteria: [{ text: 'The buyer named a compelling event', questionId: 'urgency' }],
    });
    expect(saved.criteria.map((c) => c.text)).toEqual(['The buyer named a compelling event']);
    // A deal past discovery without that evidence is ahead of its criteria.
    await move({ stageId: PROPOSAL, reason: 'Proposal requested' });
    const flags = deal.flags.filter((f) => f.kind === 'stage-ahead-of-criteria');
    expect(flags[0]?.reason).toContain('The buyer named a compelling event (Discovery and need analysis)');
  });
});

describe('CRM CSV import', () => {
  const csv = (rows: string[]) =>
    Buffer.from(
      ['Id,Account,Opportunity Name,Owner,Amount,Currency,Stage,Close Date,Forecast Category', ...rows].join(
        '\r\n',
      ),
    ).toString('base64');
  async function prepared(rows: string[]) {
    const library = await value(core, 'library.get', {});
    return value(core, 'deals.prepareImport', {
      fileName: 'pipeline.csv',
      contentBase64: csv(rows),
      reps: [{ id: repId, name: 'Sophie Laurent', email: null }],
      stages: library.stages.map((s) => ({ id: s.id, name: s.name })),
    });
  }

  it('imports every row at once, then updates by CRM id instead of doubling, with the moves in history', async () => {
    const first = await prepared([
      'SF-1,Acme,Rollout,Sophie Laurent,"12,000.00",EUR,Needs Analysis,2026-04-30,Pipeline',
      'SF-2,Birch,Renewal,Sophie Laurent,800,GBP,Closed Lost,2026-02-01,Closed',
    ]);
    expect(first).toMatchObject({ rowCount: 2, validCount: 1, invalidRowCount: 1 });
    expect(first.errors[0]).toMatchObject({ row: 3, column: 'Stage' });
    const refused = await call(core, 'deals.import', {
      preparedId: first.preparedId,
      crmSource: 'salesforce',
    });
    expect(refused.ok).toBe(false);
    const before = (await value(core, 'deals.list', { repId })).length;
    const done = await value(core, 'deals.import', {
      preparedId: first.preparedId,
      crmSource: 'salesforce',
      skipInvalidRows: true,
    });
    expect(done).toMatchObject({ created: 1, updated: 0, skipped: 1 });
    const again = await prepared([
      'SF-1,Acme,Rollout,Sophie Laurent,"12,000.00",EUR,Proposal/Price Quote,2026-05-29,Commit',
    ]);
    const second = await value(core, 'deals.import', {
      preparedId: again.preparedId,
      crmSource: 'salesforce',
    });
    expect(second).toMatchObject({ created: 0, updated: 1 });
    const open = await value(core, 'deals.list', { repId });
    expect(open).toHaveLength(before + 1);
    const imported = open.find((d) => d.crmId === 'SF-1')!;
    expect(imported).toMatchObject({ stageId: PROPOSAL, forecastCategory: 'commit', closeDateMoves: 1 });
    const { history } = await value(core, 'deals.get', { id: imported.id });
    expect(history.map((h) => [h.field, h.reason])).toEqual([
      ['stage', 'Imported from pipeline.csv'],
      ['close-date', 'Imported from pipeline.csv'],
      ['forecast-category', 'Imported from pipeline.csv'],
    ]);
  });

  it('keeps a closed-lost row’s CRM loss reason, matched to the taxonomy, and says so to lost deals', async () => {
    const library = await value(core, 'library.get', {});
    const ready = await value(core, 'deals.prepareImport', {
      fileName: 'closed-lost.csv',
      contentBase64: Buffer.from(
        [
          'Id,Account,Opportunity Name,Owner,Amount,Currency,Stage,Stage Reached,Close Date,Loss Reason',
          'SF-30,Acme,Rollout,Sophie Laurent,900,EUR,Closed Lost,Proposal/Price Quote,2026-02-01,Price too high',
          'SF-31,Birch,Renewal,Sophie Laurent,500,EUR,Needs Analysis,,2026-06-01,',
        ].join('\r\n'),
      ).toString('base64'),
      reps: [{ id: repId, name: 'Sophie Laurent', email: null }],
      stages: library.stages.map((s) => ({ id: s.id, name: s.name })),
    });
    expect(ready).toMatchObject({ rowCount: 2, validCount: 2 });
    core.events.length = 0;
    await value(core, 'deals.import', { preparedId: ready.preparedId, crmSource: 'salesforce' });
    const lost = await value(core, 'lostDeals.list', {});
    const row = lost.find((l) => l.deal.crmId === 'SF-30')!;
    expect(row.deal.outcome).toBe('lost');
    expect(row.primaryReason?.label).toMatch(/price/i);
    const detail = await value(core, 'lostDeals.get', { dealId: row.deal.id });
    expect(detail.loss?.crmReason).toBe('Price too high');
    // The open row has no loss record; the screens showing lost deals are told.
    expect(lost.some((l) => l.deal.crmId === 'SF-31')).toBe(false);
    expect(core.events.map((e) => e.name)).toEqual(['deals.changed', 'lostDeals.changed']);
  });

  it('writes nothing when a row turns out wrong at commit', async () => {
    const managerId = (await value(core, 'people.create', { name: 'Claire Donovan', kind: 'manager' })).id;
    const library = await value(core, 'library.get', {});
    // The screen said Claire could own deals; the core knows she is not a rep.
    const ready = await value(core, 'deals.prepareImport', {
      fileName: 'pipeline.csv',
      contentBase64: csv([
        'SF-7,Acme,Rollout,Sophie Laurent,100,EUR,Needs Analysis,2026-04-30,Pipeline',
        'SF-8,Acme,Expansion,Claire Donovan,100,EUR,Needs Analysis,2026-04-30,Pipeline',
      ]),
      reps: [
        { id: repId, name: 'Sophie Laurent', email: null },
        { id: managerId, name: 'Claire Donovan', email: null },
      ],
      stages: library.stages.map((s) => ({ id: s.id, name: s.name })),
    });
    expect(ready.validCount).toBe(2);
    const before = snapshotRows(core);
    const result = await call(core, 'deals.import', {
      preparedId: ready.preparedId,
      crmSource: 'salesforce',
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toBe('Row 3: the rep is no longer in the team. Nothing was imported.');
    expect(snapshotRows(core)).toEqual(before);
  });
});

describe('lifecycle', () => {
  it('open → won produces a handover brief from the card, marking what is evidence and what is unknown', async () => {
    const before = await call(core, 'deals.handover', { id: deal.id });
    expect(before.ok).toBe(false);
    await value(core, 'deals.saveAnswer', {
      dealId: deal.id,
      questionId: 'problem-real',
      answer: 'Spoilage costs them €300k a year',
      status: 'evidence',
      evidenceOn: '2026-02-10',
      sourceKind: 'typed',
    });
    await value(core, 'deals.saveAnswer', {
      dealId: deal.id,
      questionId: 'blockers',
      answer: 'IT may not free a project manager',
      status: 'assumption',
    });
    await value(core, 'deals.saveContacts', {
      dealId: deal.id,
      contacts: [{ name: 'Ines Duarte', title: 'COO', role: 'economic-buyer', lastContactOn: '2026-02-25' }],
    });
    await value(core, 'deals.close', {
      id: deal.id,
      revision: (await value(core, 'deals.get', { id: deal.id })).deal.revision,
      outcome: 'won',
      reason: 'Order form signed',
    });
    const brief = await value(core, 'deals.handover', { id: deal.id });
    const section = (title: string) => brief.sections.find((s) => s.title === title)!;
    expect(section('The problem they bought against').lines).toEqual([
      { text: 'Is the problem real? Spoilage costs them €300k a year', status: 'evidence' },
    ]);
    expect(section('Risks discussed').lines[0]).toMatchObject({ status: 'assumption' });
    expect(section('Stakeholders').lines[0]!.text).toBe('Ines Duarte, COO (economic buyer)');
    expect(brief.unknown).toContain('Has the budget been confirmed?');
  });
});
