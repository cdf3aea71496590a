import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoCounts, isEmptyForDemo, seedDemo } from '../../electron/core/demo';
import type { Segment } from '../../shared/contract';
import { collectBehaviourTags } from '../../shared/rich-text/behaviour-tags';
import { plainTextOf, richTextProblem } from '../../shared/rich-text/schema';
import { documentText } from '../../shared/rich-text/text-offsets';
import { actAs, makeCore, sequentialIds, snapshotRows, type TestCore, value } from '../helpers/core';

/**
 * The demo as a product feature: `--demo` fills a new database with a believable team. What its story
 * says is for people to judge; what is checked here is what the app promises about any data it writes:
 * the same every time, written once and whole, readable through the contract, and keeping the invariants
 * the app keeps for a user's own records. Nothing below depends on a rep's name or arc.
 */

let core: TestCore;
let counts: DemoCounts;
beforeAll(() => {
  core = makeCore();
  counts = seedDemo(core, core.clock, sequentialIds('demo'));
});
afterAll(() => core.close());

const ids = (target: TestCore, table: string): string[] =>
  (target.database.sqlite.prepare(`SELECT id FROM "${table}" ORDER BY id`).all() as { id: string }[]).map(
    (r) => r.id,
  );
const count = (target: TestCore, table: string): number =>
  (target.database.sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;

/**
 * Uses the copy as the manager of the rep a record is about (`table`'s row `id`, or the rep themselves
 * for `people`): the demo's author of every record, who reads all of it, private parts included.
 */
async function asManagerOfRecord(target: TestCore, table: string, id: string): Promise<void> {
  const repColumn = table === 'people' ? 'id' : 'rep_id';
  const row = target.database.sqlite
    .prepare(
      `SELECT p.manager_id AS manager FROM "${table}" t JOIN people p ON p.id = t.${repColumn} WHERE t.id = ?`,
    )
    .get(id) as { manager: string | null } | undefined;
  if (!row?.manager) throw new Error(`${table} ${id}: no manager to read it as`);
  await actAs(target, row.manager);
}

/** The words between two points of a transcript, read independently of the core: lines joined by a space. */
function textBetween(
  segments: Segment[],
  a: { startSegment: number; startOffset: number; endSegment: number; endOffset: number },
): string {
  const parts: string[] = [];
  for (let i = a.startSegment; i <= a.endSegment; i++) {
    const text = segments[i]!.text;
    parts.push(
      text.slice(i === a.startSegment ? a.startOffset : 0, i === a.endSegment ? a.endOffset : text.length),
    );
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * Reads every record the demo wrote through the API, which checks each answer against the contract
 * (`value` throws on any refusal), and checks the invariants the app keeps for any user's data.
 * Returns how many records of each kind it read.
 */
async function checkEveryRecord(target: TestCore) {
  const { owner } = await value(target, 'workspace.get', {});
  // The demo opens as Marcus Webb; reading as each record's author switches, so note him first.
  const firstRep = (
    target.database.sqlite
      .prepare("SELECT id FROM people WHERE kind = 'rep' AND manager_id = ?")
      .get(owner?.id) as {
      id: string;
    }
  ).id;
  const { asOf: today } = await value(target, 'oneOnOnes.prepBrief', { repId: firstRep });
  const fails = (what: string) => `${what} (demo seeded on ${today})`;

  expect(target.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(target.database.sqlite.pragma('foreign_key_check'), fails('dangling references')).toEqual([]);

  // The head of sales (the one person without a manager) sees everyone.
  const top = target.database.sqlite.prepare('SELECT id FROM people WHERE manager_id IS NULL').all() as {
    id: string;
  }[];
  expect(top).toHaveLength(1);
  expect(ids(target, 'people')).toContain(owner?.id);
  await actAs(target, top[0]!.id);
  const people = await value(target, 'people.list', { status: 'all' });
  expect(people.map((p) => p.id).sort()).toEqual(ids(target, 'people'));
  for (const person of people) {
    const detail = await value(target, 'people.get', { id: person.id });
    if (detail.startDate) expect(detail.startDate <= today, fails(`${person.name} starts`)).toBe(true);
  }

  const observations = [];
  for (const id of ids(target, 'observations')) {
    await asManagerOfRecord(target, 'observations', id);
    const o = await value(target, 'observations.get', { id });
    observations.push(o);
    expect(o.observedOn <= today, fails(`observation ${id} on ${o.observedOn}`)).toBe(true);
    expect((o.level === null) !== (o.verdict === null), `observation ${id} has a level or a verdict`).toBe(
      true,
    );
  }

  for (const id of ids(target, 'notes')) {
    await asManagerOfRecord(target, 'notes', id);
    const note = await value(target, 'notes.get', { id });
    expect(richTextProblem(note.doc), `note ${id} opens in the editor`).toBeNull();
    // Every tag in the text is an observation whose evidence is the tagged words, and the reverse.
    const tags = collectBehaviourTags(note.doc);
    const tagged = observations.filter((o) => o.sourceKind === 'note' && o.sourceId === id);
    expect([...tags.keys()].sort(), `note ${id}`).toEqual(tagged.map((o) => o.id).sort());
    expect(note.observationCount).toBe(tagged.length);
    for (const o of tagged) {
      expect(o.anchorState, o.id).toBe('anchored');
      expect(o.evidence, o.id).toBe(tags.get(o.id));
      expect(o.repId, o.id).toBe(note.repId);
    }
  }

  const privateTexts: { meeting: string; text: string }[] = [];
  const meetings = [];
  for (const id of ids(target, 'one_on_ones')) {
    await asManagerOfRecord(target, 'one_on_ones', id);
    const m = await value(target, 'oneOnOnes.get', { id });
    meetings.push(m);
    // Read as its author, the private part is there.
    expect(m.private, `one-to-one ${id}: its author reads the private part`).not.toBeNull();
    for (const part of [m.shared, m.private!])
      expect(richTextProblem(part.doc), `one-to-one ${id} opens in the editor`).toBeNull();
    // Only the future is still planned.
    expect(m.status === 'scheduled', fails(`one-to-one ${id} on ${m.date} is ${m.status}`)).toBe(
      m.date >= today,
    );
    for (const item of m.agenda)
      expect(item.stuck, `${id}: ${item.text}`).toBe(!item.done && item.carriedCount >= 3);
    for (const c of m.commitments) {
      expect(c.madeOn <= today, fails(`commitment ${c.id} made ${c.madeOn}`)).toBe(true);
      if (c.closedOn) expect(c.closedOn >= c.madeOn && c.closedOn <= today, c.id).toBe(true);
      expect(c.overdue, c.id).toBe(c.status === 'open' && c.dueOn !== null && c.dueOn < today);
    }
    const privateText = plainTextOf(m.private!.doc).trim();
    if (privateText) privateTexts.push({ meeting: id, text: privateText });
  }
  // Private notes never leave: no one-to-one's export holds a line of any private note.
  for (const m of meetings) {
    await asManagerOfRecord(target, 'one_on_ones', m.id);
    const { markdown } = await value(target, 'oneOnOnes.exportMarkdown', { id: m.id });
    for (const { text } of privateTexts)
      for (const line of text.split('\n').filter((l) => l.length > 20))
        expect(markdown.includes(line), `${m.id} leaks “${line.slice(0, 40)}”`).toBe(false);
  }

  for (const id of ids(target, 'call_reviews')) {
    await asManagerOfRecord(target, 'call_reviews', id);
    const review = await value(target, 'callReviews.get', { id });
    expect(review.date <= today, fails(`call ${id} on ${review.date}`)).toBe(true);
    for (const a of review.annotations) {
      if (a.anchor?.kind !== 'transcript')
        throw new Error(`${id}: an annotation without a transcript anchor`);
      expect(a.evidence, `${id}: the quote of ${a.id}`).toBe(textBetween(review.segments, a.anchor));
      expect(a.anchor.startMs).toBe(review.segments[a.anchor.startSegment]!.startMs);
    }
    if (review.scorecard.score !== null) {
      expect(review.scorecard.score).toBeGreaterThanOrEqual(1);
      expect(review.scorecard.score).toBeLessThanOrEqual(4);
    }
  }

  for (const rep of people.filter((p) => p.kind === 'rep')) {
    await asManagerOfRecord(target, 'people', rep.id);
    await value(target, 'oneOnOnes.prepBrief', { repId: rep.id });
    await value(target, 'commitments.completion', { repId: rep.id });
    await value(target, 'notes.list', { repId: rep.id });
  }
  await value(target, 'oneOnOnes.overview', {});
  // Proposal reviews: two versions each; every placed annotation quotes its own version's words, and
  // every re-check keeps the old quote.
  let proposalVersions = 0;
  for (const id of ids(target, 'proposal_reviews')) {
    await asManagerOfRecord(target, 'proposal_reviews', id);
    const latest = await value(target, 'proposals.get', { id });
    expect(
      latest.versions.map((v) => v.number),
      fails(`proposal ${id}`),
    ).toEqual([1, 2]);
    expect(latest.review.date <= today, fails(`proposal ${id} on ${latest.review.date}`)).toBe(true);
    for (const version of latest.versions) {
      const detail = await value(target, 'proposals.get', { id, versionId: version.id });
      expect(richTextProblem(detail.version.document), fails(`proposal ${id} ${version.label}`)).toBeNull();
      const text = documentText(detail.version.document).text;
      for (const a of detail.annotations) {
        if (a.start === null) expect(a.needsRecheck).toBe(true);
        else expect(text.slice(a.start, a.end!), fails(`annotation ${a.id}`)).toBe(a.quote);
      }
      expect(detail.checklist.some((l) => l.rating !== null)).toBe(true);
      proposalVersions += 1;
    }
  }
  return {
    observations: observations.length,
    meetings: meetings.length,
    privateNotes: privateTexts.length,
    proposalVersions,
  };
}

describe('seeding the demo', () => {
  it('is deterministic: the same clock and ids write the same rows', () => {
    const other = makeCore();
    try {
      seedDemo(other, other.clock, sequentialIds('demo'));
      expect(snapshotRows(other)).toEqual(snapshotRows(core));
    } finally {
      other.close();
    }
  });

  it('writes only into a new database: once it holds data, a second seed is refused and writes nothing', () => {
    expect(isEmptyForDemo(core)).toBe(false);
    const before = snapshotRows(core);
    expect(() => seedDemo(core, core.clock, sequentialIds('again'))).toThrow(/already has data/);
    expect(snapshotRows(core)).toEqual(before);
  });

  it('refuses a database holding a single person of the user’s own', async () => {
    const own = makeCore();
    try {
      await value(own, 'people.create', { name: 'My Real Rep' });
      const before = snapshotRows(own);
      expect(isEmptyForDemo(own)).toBe(false);
      expect(() => seedDemo(own, own.clock, sequentialIds('demo'))).toThrow(/already has data/);
      expect(snapshotRows(own)).toEqual(before);
    } finally {
      own.close();
    }
  });

  it('is one transaction: a failure in its last stage leaves the database as it was', async () => {
    const fresh = makeCore();
    try {
      // Take a line off the negotiation scorecard: the demo's call scores (written last) no longer fit.
      const templates = await value(fresh, 'scorecardTemplates.list', {});
      const negotiation = templates.find((t) => t.callTypeIds.includes('call-negotiation'))!;
      await value(fresh, 'scorecardTemplates.save', {
        ...negotiation,
        lines: negotiation.lines.slice(1),
      });
      const before = snapshotRows(fresh);
      expect(isEmptyForDemo(fresh)).toBe(true);
      expect(() => seedDemo(fresh, fresh.clock, sequentialIds('demo'))).toThrow(/^Demo calls: /);
      expect(snapshotRows(fresh)).toEqual(before);
    } finally {
      fresh.close();
    }
  });

  it('reports what it wrote', async () => {
    const reviews = [];
    for (const id of ids(core, 'call_reviews')) {
      await asManagerOfRecord(core, 'call_reviews', id);
      reviews.push(await value(core, 'callReviews.get', { id }));
    }
    // The history's observations; calls and one-to-ones record more of their own.
    expect(counts.observations).toBeLessThanOrEqual(count(core, 'observations'));
    expect({ ...counts, observations: 0 }).toEqual({
      observations: 0,
      notes: count(core, 'notes'),
      oneOnOnes: count(core, 'one_on_ones'),
      commitments: count(core, 'commitments'),
      calls: reviews.length,
      annotations: reviews.reduce((n, r) => n + r.annotations.length, 0),
      scorecards: reviews.filter((r) => r.scorecard.submittedAt !== null).length,
      deals: count(core, 'deals'),
      proposals: count(core, 'proposal_reviews'),
      proposalAnnotations: (
        core.database.sqlite
          .prepare(
            'SELECT count(*) AS n FROM proposal_annotations a JOIN proposal_versions v ON v.id = a.version_id WHERE v.number = 1',
          )
          .get() as { n: number }
      ).n,
      rolePlayAttempts: count(core, 'role_play_attempts'),
      lostDeals: count(core, 'deal_losses'),
      retrospectives: count(core, 'retrospectives'),
    });
    expect(counts.lostDeals).toBe(40);
    expect(counts.retrospectives).toBe(6);
  });

  it('shows loss patterns a manager can find: late losses from weak discovery, the decision process assumed', async () => {
    const claire = (
      core.database.sqlite.prepare("SELECT id FROM people WHERE name = 'Claire Donovan'").get() as {
        id: string;
      }
    ).id;
    const owner = (await value(core, 'workspace.get', {})).owner!;
    await actAs(core, claire);
    const dashboard = await value(core, 'lostDeals.dashboard', {});
    await actAs(core, owner.id);
    expect(dashboard.total.count).toBe(40);
    const late = new Set([
      'stage-proposal-demonstration',
      'stage-decision-process-stakeholder-alignment',
      'stage-negotiation-risk-resolution',
    ]);
    const discovery = new Set([
      'loss-decision-process',
      'loss-value-not-established',
      'loss-no-access-to-power',
      'loss-champion-lost',
    ]);
    const lateCells = dashboard.byStage.filter((c) => late.has(c.stageId));
    const lateTotal = lateCells.reduce((n, c) => n + c.count, 0);
    expect(lateTotal).toBeGreaterThan(20);
    expect(lateCells.filter((c) => discovery.has(c.reasonId)).reduce((n, c) => n + c.count, 0)).toBe(
      lateTotal,
    );
    expect(dashboard.decisionProcess).toMatchObject({ assumed: { count: 5 }, evidenced: { count: 1 } });
    expect(dashboard.behaviours.length).toBeGreaterThan(0);
    expect(dashboard.byQuarter.length).toBeGreaterThanOrEqual(6);
  });

  it('gives every active rep 6 to 12 open deals, with the pipeline’s usual problems flagged', async () => {
    const claire = core.database.sqlite
      .prepare("SELECT id FROM people WHERE name = 'Claire Donovan'")
      .get() as {
      id: string;
    };
    const { owner } = await value(core, 'workspace.get', {});
    await actAs(core, claire.id);
    const deals = await value(core, 'deals.list', {});
    await actAs(core, owner!.id);
    const perRep = new Map<string, number>();
    for (const d of deals) perRep.set(d.repName, (perRep.get(d.repName) ?? 0) + 1);
    expect(perRep.size).toBe(6);
    for (const [rep, n] of perRep) expect(n, rep).toBeGreaterThanOrEqual(6);
    for (const [rep, n] of perRep) expect(n, rep).toBeLessThanOrEqual(12);
    const kinds = new Set(deals.flatMap((d) => d.flags.map((f) => f.kind)));
    for (const kind of [
      'commit-without-evidence',
      'close-date-moved',
      'next-step-past',
      'single-threaded',
    ] as const)
      expect(kinds, kind).toContain(kind);
    expect(deals.some((d) => d.flags.length === 0)).toBe(true);
    expect(count(core, 'deal_links')).toBeGreaterThan(0);
  });
});

describe('every record of the demo', () => {
  it('reads back through the contract and keeps the app’s invariants', async () => {
    const read = await checkEveryRecord(core);
    // Something of every kind, or the checks above proved nothing.
    expect(read.observations).toBeGreaterThan(0);
    expect(read.meetings).toBeGreaterThan(0);
    expect(read.privateNotes).toBeGreaterThan(0);
    // A proposal for every active rep, each in two versions.
    expect(read.proposalVersions).toBe(2 * count(core, 'proposal_reviews'));
    expect(
      core.database.sqlite
        .prepare(
          "SELECT count(*) AS n FROM people p WHERE p.kind = 'rep' AND p.archived_at IS NULL AND NOT EXISTS (SELECT 1 FROM proposal_reviews r WHERE r.rep_id = p.id)",
        )
        .get(),
    ).toEqual({ n: 0 });
    expect(counts.notes * counts.calls * counts.annotations * counts.commitments).toBeGreaterThan(0);
  });

  it('still does when seeded on another day: a Sunday that is a leap day', async () => {
    const other = makeCore({ now: '2032-02-29T10:00:00.000Z' });
    try {
      seedDemo(other, other.clock, sequentialIds('demo'));
      await checkEveryRecord(other);
    } finally {
      other.close();
    }
  });

  it('can be edited like the user’s own: a demo note saved again keeps its tagged observations', async () => {
    const [id] = ids(core, 'notes');
    await asManagerOfRecord(core, 'notes', id!);
    const note = await value(core, 'notes.get', { id: id! });
    const saved = await value(core, 'notes.save', {
      id: note.id,
      revision: note.revision,
      title: note.title,
      doc: note.doc,
    });
    expect(saved).toMatchObject({ refreshed: [], orphaned: [], reattached: [] });
    expect(saved.note.revision).toBe(note.revision + 1);
    expect(saved.note.observationCount).toBe(note.observationCount);
  });

  it('has a rep’s view: a share pack opened and answered, and the answer back beside the feedback', async () => {
    const [opened] = ids(core, 'opened_share_packs');
    const row = core.database.sqlite
      .prepare('SELECT opened_by AS rep FROM opened_share_packs WHERE id = ?')
      .get(opened!) as { rep: string };
    await actAs(core, row.rep);
    const [pack] = await value(core, 'sharePacks.opened', {});
    expect(pack!.pack.observations.length).toBeGreaterThan(0);
    expect(pack!.pack.oneOnOnes.length).toBeGreaterThan(0);
    const reply = pack!.responses.find((r) => r.kind === 'reply');
    expect(reply).toBeDefined();
    expect(pack!.responses.some((r) => r.kind === 'agenda-point')).toBe(true);
    await asManagerOfRecord(core, 'people', row.rep);
    const answered = await value(core, 'observations.get', { id: reply!.itemId });
    expect(answered.replies.map((r) => r.text)).toContain(reply!.text);
    const log = await value(core, 'sharePacks.log', { repId: row.rep });
    expect(log.exports).toHaveLength(1);
    expect(log.replyImports[0]).toMatchObject({ replies: 1, agendaPoints: 1, unmatched: [] });
  });
});
