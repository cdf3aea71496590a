import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listNotes } from '../../db/repositories/notes';
import { listObservations } from '../../db/repositories/observations';
import { listReportingLines } from '../../db/repositories/people';
import { inScope, managerChain, readScope } from '../../shared/domain/visibility';
import {
  type Contract,
  contract,
  type InputOf,
  type MethodName,
  type RichTextDoc,
} from '../../shared/contract';
import {
  actAs,
  call,
  makeCore,
  preparedTranscript,
  snapshotRows,
  type TestCore,
  value,
} from '../helpers/core';
import { branchingScript, DISCOUNT, IMPLICATION } from '../helpers/role-plays';

/**
 * Privacy as the API answers it. Two teams (Marcus with Tom, Priya with Emily, both under Claire) each
 * write private and shared records holding unique marker words; then every read method of the contract
 * is called as each person, and every answer (errors included) is searched for markers it must not hold.
 */

// Marker words, one per kind of secret: they appear nowhere else.
const MARCUS_PRIVATE = 'quokkamarcusprivate';
const PRIYA_PRIVATE = 'narwhalpriyaprivate';
const TOM_SHARED = 'pangolintomshared';
const EMILY_SHARED = 'axolotlemilyshared';

type Who = 'claire' | 'marcus' | 'priya' | 'tom' | 'emily';
const EVERYONE: Who[] = ['claire', 'marcus', 'priya', 'tom', 'emily'];

/** Who may read each marker: private, its author; shared, the rep and their line of managers. */
const ALLOWED: Record<string, Who[]> = {
  [MARCUS_PRIVATE]: ['marcus'],
  [PRIYA_PRIVATE]: ['priya'],
  [TOM_SHARED]: ['marcus', 'claire', 'tom'],
  [EMILY_SHARED]: ['priya', 'claire', 'emily'],
};

const BEHAVIOUR = 'bhv-asks-implication-questions';
const doc = (...paragraphs: string[]): RichTextDoc =>
  ({
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  }) as RichTextDoc;

interface Fixture {
  people: Record<Who, string>;
  reps: string[];
  observations: string[];
  notes: string[];
  meetings: string[];
  calls: string[];
  commitments: string[];
  agenda: string[];
  goals: string[];
  openedPacks: string[];
  deals: string[];
  lostDeals: string[];
  proposals: string[];
  /** Each proposal's two versions: [v1, v2]. */
  proposalVersions: [string, string][];
  scripts: string[];
  attempts: string[];
}

type QueryName = { [M in MethodName]: Contract[M]['kind'] extends 'query' ? M : never }[MethodName];

/**
 * Every read method, with the inputs that reach every record of the fixture. A new query that is not
 * here fails to compile, and fails the test below: each read needs a privacy decision and a place here.
 */
const READS: { [M in QueryName]: (f: Fixture) => InputOf<M>[] } = {
  'app.info': () => [{}],
  'workspace.get': () => [{}],
  'workspace.people': () => [{}],
  'people.list': () => [{ status: 'all' }],
  'people.get': (f) => Object.values(f.people).map((id) => ({ id })),
  'library.get': () => [{}],
  'library.export': () => [{}],
  'behaviours.get': () => [{ id: BEHAVIOUR }],
  'observations.list': (f) => [{ limit: 5000 }, ...f.reps.map((repId) => ({ repId }))],
  'observations.get': (f) => f.observations.map((id) => ({ id })),
  'notes.list': (f) => f.reps.map((repId) => ({ repId })),
  'notes.get': (f) => f.notes.map((id) => ({ id })),
  'oneOnOnes.overview': () => [{}],
  'oneOnOnes.list': (f) => f.reps.map((repId) => ({ repId })),
  'oneOnOnes.get': (f) => f.meetings.map((id) => ({ id })),
  'oneOnOnes.prepBrief': (f) => f.reps.map((repId) => ({ repId })),
  'oneOnOnes.exportMarkdown': (f) => f.meetings.map((id) => ({ id })),
  'commitments.list': (f) => f.reps.map((repId) => ({ repId })),
  'commitments.completion': (f) => f.reps.map((repId) => ({ repId })),
  'callReviews.list': (f) => [{}, ...f.reps.map((repId) => ({ repId }))],
  'callReviews.get': (f) => f.calls.map((id) => ({ id })),
  'callReviews.keywords': () => [{}],
  'callTypes.list': () => [{}],
  'templates.list': () => [{}],
  'scorecardTemplates.list': () => [{}],
  // Lines of a call: whoever may read the call (the rep and their managers) reads all of it.
  'callReviews.segments': (f) => f.calls.map((id) => ({ id, from: 0, limit: 50 })),
  // This week: only reps the viewer sees, counted from the observations they may read.
  'home.week': () => [{}],
  // Progress: a rep's own (the rep and their managers), from the observations the viewer may read;
  // the team views, over the reps the viewer sees.
  'progress.rep': (f) => f.reps.map((repId) => ({ repId })),
  'progress.team': () => [{}],
  'progress.coaching': (f) => [{}, ...f.reps.map((repId) => ({ repId }))],
  'progress.behaviour': () => [{ behaviourId: BEHAVIOUR }],
  // Share packs: the export log is for the rep's managers; an opened pack (and the reply file written
  // from it) only for the rep whose copy opened it.
  'sharePacks.log': (f) => f.reps.map((repId) => ({ repId })),
  'sharePacks.opened': () => [{}],
  'sharePacks.replyFile': (f) => f.openedPacks.map((openedId) => ({ openedId })),
  // Deals: shared with their rep and the rep's managers; a linked note only as visible as the note.
  'deals.list': (f) => [{}, ...f.reps.map((repId) => ({ repId }))],
  'deals.get': (f) => f.deals.map((id) => ({ id })),
  // A won deal's brief: whoever sees the deal (the fixture's deals are open, so it is refused to all).
  'deals.handover': (f) => f.deals.map((id) => ({ id })),
  // Deal reviews of a one-to-one: whoever sees the meeting; their private findings only to their author.
  'dealReviews.list': (f) => f.meetings.map((oneOnOneId) => ({ oneOnOneId })),
  // The stages' exit criteria: the team's process, about no one.
  'deals.exitCriteria': () => [{}],
  'deals.forTarget': (f) => [
    ...f.calls.map((targetId) => ({ kind: 'call-review' as const, targetId })),
    ...f.notes.map((targetId) => ({ kind: 'note' as const, targetId })),
  ],
  // The loss-reason taxonomy is the team's vocabulary, like the behaviour library: about no one.
  'lossReasons.list': () => [{ includeArchived: true }],
  'lossReasons.history': () => [{ id: 'loss-price' }],
  // Lost deals: shared like the deal (its rep and the rep's managers); behaviour tags counted from the
  // observations the viewer may read.
  'lostDeals.list': () => [{}],
  'lostDeals.get': (f) => f.lostDeals.map((dealId) => ({ dealId })),
  'lostDeals.dashboard': () => [{}],
  // Proposal reviews: the review's visibility, then each annotation's own; the export leaves private
  // comments out unless asked, and then gives only the viewer's own.
  'proposals.list': (f) => [{}, ...f.reps.map((repId) => ({ repId }))],
  'proposals.get': (f) =>
    f.proposals.flatMap((id, i) => f.proposalVersions[i]!.map((versionId) => ({ id, versionId }))),
  'proposals.compare': (f) =>
    f.proposalVersions.map(([fromVersionId, toVersionId]) => ({ fromVersionId, toVersionId })),
  'proposals.original': (f) => f.proposalVersions.flat().map((versionId) => ({ versionId })),
  'proposals.export': (f) => f.proposals.flatMap((id) => [{ id }, { id, includePrivate: true }]),
  // Scripts are the team's library, about no one; attempts are about a rep and follow the rule.
  'rolePlays.list': () => [{ includeArchived: true }],
  'rolePlays.get': (f) => f.scripts.map((id) => ({ id })),
  'rolePlays.export': (f) => [{ ids: f.scripts }],
  'rolePlays.attempts': (f) => f.reps.map((repId) => ({ repId })),
  'rolePlays.attempt': (f) => f.attempts.map((id) => ({ id })),
  'rolePlays.improvement': (f) => f.reps.map((repId) => ({ repId })),
  // Backups: file names, dates and sizes of the whole database's copies; no one's words.
  'backups.status': () => [{}],
  // Search: each marker by a prefix and in full, across every kind and within each rep; the index holds
  // every record, so the visibility rule must hold in the query (nothing found, nothing counted).
  'search.query': (f) =>
    [MARCUS_PRIVATE, PRIYA_PRIVATE, TOM_SHARED, EMILY_SHARED].flatMap((word) => [
      { text: word.slice(0, 6), limitPerKind: 100 },
      { text: word },
      ...f.reps.map((repId) => ({ text: word.slice(0, 6), repId })),
    ]),
};

let core: TestCore;
const f: Fixture = {
  people: {} as Record<Who, string>,
  reps: [],
  observations: [],
  notes: [],
  meetings: [],
  calls: [],
  commitments: [],
  agenda: [],
  goals: [],
  openedPacks: [],
  deals: [],
  lostDeals: [],
  proposals: [],
  proposalVersions: [],
  scripts: [],
  attempts: [],
};

/** One manager's records about one rep: private ones carry `secret`, shared ones `shared`. */
async function writeHistory(repId: string, secret: string, shared: string) {
  for (const [visibility, word] of [
    ['private', secret],
    ['shared', shared],
  ] as const) {
    const o = await value(core, 'observations.create', {
      repId,
      behaviourId: BEHAVIOUR,
      observedOn: '2026-02-20',
      level: 2,
      comment: `Rushed to price (${word}).`,
      visibility,
    });
    f.observations.push(o.id);
    const note = await value(core, 'notes.create', { repId, title: `Ride-along ${word}`, visibility });
    await value(core, 'notes.save', {
      id: note.id,
      revision: note.revision,
      title: `Ride-along ${word}`,
      doc: doc(`Watched the demo; ${word}.`),
    });
    f.notes.push(note.id);
  }
  const meeting = await value(core, 'oneOnOnes.create', { repId, date: '2026-02-23' });
  f.meetings.push(meeting.id);
  await value(core, 'oneOnOnes.saveNotes', {
    id: meeting.id,
    revision: meeting.private!.revision,
    part: 'private',
    doc: doc(`Worried about the pipeline: ${secret}.`),
  });
  await value(core, 'oneOnOnes.saveNotes', {
    id: meeting.id,
    revision: meeting.shared.revision,
    part: 'shared',
    doc: doc(`Agreed the plan: ${shared}.`),
  });
  f.agenda.push(
    (await value(core, 'agenda.add', { oneOnOneId: meeting.id, text: `Forecast review ${shared}` })).id,
  );
  f.commitments.push(
    (await value(core, 'commitments.create', { oneOnOneId: meeting.id, text: `Book the demo ${shared}` })).id,
  );
  // A development goal: shared with the rep and their managers (the progress view and the prep brief).
  f.goals.push(
    (
      await value(core, 'progress.createGoal', {
        repId,
        behaviourId: BEHAVIOUR,
        targetLevel: 3,
        dueOn: '2099-06-30',
        note: `Reach level 3 ${shared}`,
      })
    ).id,
  );
  const review = await value(core, 'callReviews.create', {
    repId,
    date: '2026-02-24',
    account: 'Acme Logistics',
    callTypeId: 'call-discovery',
    participants: [
      { name: 'Rep', side: 'rep' },
      { name: 'Buyer', side: 'customer' },
    ],
    transcript: await preparedTranscript(core, {
      text: 'Rep: What would waiting cost you?\nBuyer: About a quarter of our margin.\n',
    }),
    speakerMap: [
      { speaker: 'Rep', participant: 0 },
      { speaker: 'Buyer', participant: 1 },
    ],
  });
  f.calls.push(review.id);
  for (const [visibility, word] of [
    ['private', secret],
    ['shared', shared],
  ] as const) {
    const a = await value(core, 'callReviews.annotate', {
      callReviewId: review.id,
      anchor: { startSegment: 0, startOffset: 0, endSegment: 0, endOffset: 12 },
      annotationType: 'missed-opportunity',
      behaviourId: BEHAVIOUR,
      level: 2,
      comment: `Stopped too soon (${word}).`,
      visibility,
    });
    f.observations.push(a.id);
  }
  // A deal of the rep's, with the call and both notes (private and shared) attached.
  const deal = await value(core, 'deals.create', {
    repId,
    account: 'Acme Logistics',
    name: `Fleet rollout ${shared}`,
    valueMinor: 4_800_000,
    currency: 'EUR',
    stageId: 'stage-discovery-need-analysis',
    expectedCloseOn: '2026-06-30',
  });
  f.deals.push(deal.id);
  await value(core, 'deals.link', { dealId: deal.id, kind: 'call-review', targetId: review.id });
  for (const noteId of f.notes.slice(-2))
    await value(core, 'deals.link', { dealId: deal.id, kind: 'note', targetId: noteId });
  // Reviewed in the one-to-one, with a private and a shared finding.
  const dealReview = await value(core, 'dealReviews.add', { oneOnOneId: meeting.id, dealId: deal.id });
  for (const [visibility, word] of [
    ['private', secret],
    ['shared', shared],
  ] as const)
    await value(core, 'dealReviews.addFinding', {
      id: dealReview.id,
      behaviourId: BEHAVIOUR,
      level: 2,
      comment: `Commit on hope (${word}).`,
      visibility,
    });
  // A lost deal of the rep's: the quick form, a retrospective with a private and a shared tagged finding,
  // and an action item. Shared like the deal; the private finding is its author's alone.
  const lost = await value(core, 'deals.create', {
    repId,
    account: 'Borealis Freight',
    name: `Pilot ${shared}`,
    valueMinor: 1_200_000,
    currency: 'EUR',
    stageId: 'stage-proposal-demonstration',
    openedOn: '2026-01-05',
  });
  await value(core, 'deals.close', {
    id: lost.id,
    revision: lost.revision,
    outcome: 'lost',
    reason: 'Chose Rival',
  });
  f.lostDeals.push(lost.id);
  await value(core, 'lostDeals.saveQuickForm', {
    dealId: lost.id,
    outcome: 'competitor',
    competitor: `Rival ${shared}`,
    primaryReasonId: 'loss-price',
    whatWouldHaveChanged: `Meeting the CFO ${shared}`,
  });
  await value(core, 'lostDeals.saveRetrospective', {
    dealId: lost.id,
    document: doc(`Single-threaded ${shared}`),
  });
  for (const [visibility, word] of [
    ['private', secret],
    ['shared', shared],
  ] as const) {
    const finding = await value(core, 'observations.create', {
      repId,
      behaviourId: BEHAVIOUR,
      observedOn: '2026-02-20',
      verdict: 'gap',
      sourceKind: 'retrospective',
      sourceId: lost.id,
      comment: `Never asked what waiting would cost (${word}).`,
      visibility,
    });
    f.observations.push(finding.id);
  }
  await value(core, 'lostDeals.saveActions', {
    dealId: lost.id,
    actions: [{ text: `Multi-thread the next pilot ${shared}`, owner: 'rep', dueOn: '2026-04-01' }],
  });
  // Proposal reviews: a private one (its words are the secret), and a shared one with a private and a
  // shared annotation and a checklist; each with a second version the annotations carried over to.
  for (const [visibility, word] of [
    ['private', secret],
    ['shared', shared],
  ] as const) {
    const source = async (text: string) => ({
      preparedId: (
        await value(core, 'proposals.prepare', {
          fileName: 'proposal.txt',
          contentBase64: Buffer.from(text).toString('base64'),
        })
      ).preparedId,
    });
    const proposal = await value(core, 'proposals.create', {
      repId,
      title: `Proposal ${word}`,
      account: 'Acme Logistics',
      date: '2026-02-25',
      visibility,
      source: await source(`We reduce your churn (${word}).\nThe price is 40,000 EUR.`),
    });
    const v1 = (await value(core, 'proposals.get', { id: proposal.id })).version.id;
    for (const [annotationVisibility, annotationWord] of [
      ['private', secret],
      ['shared', word],
    ] as const) {
      if (visibility === 'private' && annotationVisibility === 'shared') continue;
      await value(core, 'proposals.annotate', {
        versionId: v1,
        range: { start: 0, end: 9 },
        comment: `Lead with the customer (${annotationWord}).`,
        behaviourId: BEHAVIOUR,
        level: 2,
        visibility: annotationVisibility,
      });
    }
    await value(core, 'proposals.saveChecklist', {
      versionId: v1,
      lines: [{ key: 'problem', rating: 'weak', note: `Vague ${word}`, behaviourId: BEHAVIOUR }],
    });
    const v2 = await value(core, 'proposals.addVersion', {
      reviewId: proposal.id,
      label: 'v2',
      source: await source(`We reduce your churn (${word}).\nThe price is 38,000 EUR.`),
    });
    f.proposals.push(proposal.id);
    f.proposalVersions.push([v1, v2.versionId]);
  }
  // A submitted scorecard: its line is a private observation of the reviewer's.
  const scored = await value(core, 'callReviews.saveScorecard', {
    id: review.id,
    revision: review.revision,
    templateId: null,
    lines: [
      {
        behaviourId: 'bhv-quantifies-cost-of-inaction',
        weight: 1,
        critical: false,
        level: 1,
        comment: secret,
      },
    ],
    submit: true,
  });
  expect(scored.scorecard.lines[0]?.comment).toBe(secret);
  // Role-play practice, run by the manager: private and shared attempts, each scored on its rubric.
  const script = await value(core, 'rolePlays.save', { script: branchingScript() });
  f.scripts.push(script.id);
  for (const [visibility, word] of [
    ['private', secret],
    ['shared', shared],
  ] as const) {
    const attempt = await value(core, 'rolePlays.recordAttempt', {
      scriptId: script.id,
      version: script.version,
      repId,
      mode: 'manager-run',
      practisedOn: '2026-02-25',
      durationSeconds: 600,
      path: [
        { beatId: 'ask', branch: null },
        { beatId: 'close', branch: null },
      ],
      marks: [{ beatId: 'ask', mark: 'partial', note: `Gave ground (${word}).` }],
      scores: [
        { behaviourId: DISCOUNT, level: 2, comment: `Traded late (${word}).` },
        { behaviourId: IMPLICATION, level: 1, comment: null },
      ],
      comment: `Practise again (${word}).`,
      visibility,
    });
    f.attempts.push(attempt.id);
  }
}

beforeAll(async () => {
  core = makeCore();
  const person = async (name: string, kind: 'rep' | 'manager', managerId: string | null) =>
    (await value(core, 'people.create', { name, kind, managerId })).id;
  f.people.claire = await person('Claire Donovan', 'manager', null);
  f.people.marcus = await person('Marcus Webb', 'manager', f.people.claire);
  f.people.priya = await person('Priya Raman', 'manager', f.people.claire);
  f.people.tom = await person('Tom Fielding', 'rep', f.people.marcus);
  f.people.emily = await person('Emily Chen', 'rep', f.people.priya);
  f.reps = [f.people.tom, f.people.emily];
  await actAs(core, f.people.marcus);
  await writeHistory(f.people.tom, MARCUS_PRIVATE, TOM_SHARED);
  await actAs(core, f.people.priya);
  await writeHistory(f.people.emily, PRIYA_PRIVATE, EMILY_SHARED);
  // Each manager shares a pack with their rep, who opens it (in this same copy) and answers in it.
  for (const [managerWho, repWho] of [
    ['marcus', 'tom'],
    ['priya', 'emily'],
  ] as const) {
    await actAs(core, f.people[managerWho]);
    const { content } = await value(core, 'sharePacks.export', { repId: f.people[repWho] });
    await actAs(core, f.people[repWho]);
    const { preparedId } = await value(core, 'sharePacks.prepareOpen', { content });
    const opened = await value(core, 'sharePacks.open', { preparedId });
    f.openedPacks.push(opened.id);
    await value(core, 'sharePacks.respond', {
      openedId: opened.id,
      kind: 'reply',
      itemId: opened.pack.observations[0]!.id,
      stance: 'agree',
      text: 'Fair point.',
    });
  }
});
afterAll(() => core.close());

/** Every answer `who` gets from every read method, as text. */
async function everythingSeenBy(who: Who): Promise<Map<string, string>> {
  await actAs(core, f.people[who]);
  const seen = new Map<string, string>();
  for (const [method, inputsOf] of Object.entries(READS) as [QueryName, (f: Fixture) => unknown[]][]) {
    let i = 0;
    for (const input of inputsOf(f)) {
      const result = await call(core, method, input as never);
      seen.set(`${method}#${i++}`, JSON.stringify(result));
    }
  }
  return seen;
}

describe('privacy the core enforces', () => {
  it('has a privacy decision for every read method of the contract', () => {
    const queries = Object.entries(contract)
      .filter(([, spec]) => spec.kind === 'query')
      .map(([name]) => name);
    expect(Object.keys(READS).sort()).toEqual(queries.sort());
  });

  it.each(EVERYONE)('answers %s with nothing they may not read, from any read method', async (who) => {
    const seen = await everythingSeenBy(who);
    for (const [marker, allowed] of Object.entries(ALLOWED)) {
      const leaks = [...seen].filter(([, answer]) => answer.includes(marker)).map(([method]) => method);
      if (allowed.includes(who)) {
        // The test reaches the data: whoever may read a marker finds it, in the answers that hold it.
        expect(leaks.length, `${who} should see ${marker}`).toBeGreaterThan(0);
      } else {
        expect(leaks, `${who} must not see ${marker}`).toEqual([]);
      }
    }
  });

  it.each([...EVERYONE, 'nobody'] as const)(
    'reads observations and notes through SQL exactly as the rule says, item by item, as %s',
    (who) => {
      // The prepared observation read applies the scope as statement parameters; the rule in
      // shared/domain/visibility.ts (inScope) must agree with it on every observation of the fixture.
      const db = core.database.db;
      const lines = listReportingLines(db);
      const managerOf = new Map(lines.map((l) => [l.id, l.managerId]));
      const managersOf = (id: string) => managerChain(id, (x) => managerOf.get(x) ?? null);
      const scope = readScope(who === 'nobody' ? null : { id: f.people[who] }, lines, managersOf);
      const all = listObservations(db, { visibleTo: null });
      expect(all.some((o) => o.visibility === 'private')).toBe(true);
      // Sorted: the fixture's clock stands still, so rows tie on the list's order (date, then time written).
      const ids = (list: { id: string }[]) => list.map((o) => o.id).sort();
      const expected = ids(all.filter((o) => inScope(scope, o)));
      expect(ids(listObservations(db, { visibleTo: scope }))).toEqual(expected);
      // A limit counts only what the viewer may read.
      const limited = ids(listObservations(db, { visibleTo: scope, limit: 2 }));
      expect(limited).toHaveLength(Math.min(2, expected.length));
      for (const id of limited) expect(expected).toContain(id);
      for (const repId of f.reps) {
        expect(ids(listObservations(db, { repId, visibleTo: scope }))).toEqual(
          ids(all.filter((o) => o.repId === repId && inScope(scope, o))),
        );
        // Notes too: the prepared list binds the same scope.
        const notes = listNotes(db, repId, null);
        expect(notes.some((n) => n.visibility === 'private')).toBe(true);
        expect(ids(listNotes(db, repId, scope))).toEqual(ids(notes.filter((n) => inScope(scope, n))));
      }
    },
  );

  it('tells a peer rep nothing about another rep, not even that they exist', async () => {
    const seen = await everythingSeenBy('tom');
    const mentions = [...seen]
      // Who one could say one is, and who has used this copy, in Settings: the one place every name appears.
      .filter(([method, answer]) => !method.startsWith('workspace.') && answer.includes('Emily Chen'))
      .map(([method]) => method);
    expect(mentions).toEqual([]);
  });

  it('shows another manager whose private one-to-one notes these are, without a word of them', async () => {
    await actAs(core, f.people.claire);
    const meeting = await value(core, 'oneOnOnes.get', { id: f.meetings[0]! });
    expect(meeting.private).toBeNull();
    expect(meeting.privateAuthor?.name).toBe('Marcus Webb');
    await actAs(core, f.people.tom);
    const asRep = await value(core, 'oneOnOnes.get', { id: f.meetings[0]! });
    expect(asRep.private).toBeNull();
    expect(asRep.privateAuthor).toBeNull();
    expect(asRep.shared.doc).toEqual(doc(`Agreed the plan: ${TOM_SHARED}.`));
  });

  it('refuses every write to a record the person cannot see or may not change, and changes nothing', async () => {
    const [privateObservation, sharedObservation] = f.observations;
    const [privateNote] = f.notes;
    const meeting = f.meetings[0]!;
    const refusals: [Who, MethodName, unknown, string][] = [
      [
        'claire',
        'oneOnOnes.saveNotes',
        { id: meeting, revision: 2, part: 'private', doc: doc('x') },
        'NOT_FOUND',
      ],
      [
        'priya',
        'oneOnOnes.saveNotes',
        { id: meeting, revision: 2, part: 'private', doc: doc('x') },
        'NOT_FOUND',
      ],
      [
        'claire',
        'observations.update',
        {
          id: privateObservation,
          revision: 1,
          behaviourId: BEHAVIOUR,
          observedOn: '2026-02-20',
          level: 3,
          visibility: 'private',
        },
        'NOT_FOUND',
      ],
      ['claire', 'observations.delete', { id: privateObservation }, 'NOT_FOUND'],
      ['claire', 'notes.save', { id: privateNote, revision: 2, title: 'x', doc: doc('x') }, 'NOT_FOUND'],
      [
        'tom',
        'observations.update',
        {
          id: sharedObservation,
          revision: 1,
          behaviourId: BEHAVIOUR,
          observedOn: '2026-02-20',
          level: 4,
          visibility: 'shared',
        },
        'FORBIDDEN',
      ],
      [
        'tom',
        'agenda.add',
        { oneOnOneId: meeting, text: 'Pretend my manager said so', author: 'manager' },
        'FORBIDDEN',
      ],
      ['tom', 'agenda.remove', { id: f.agenda[0] }, 'FORBIDDEN'],
      [
        'tom',
        'oneOnOnes.saveNotes',
        { id: meeting, revision: 2, part: 'shared', doc: doc('x') },
        'FORBIDDEN',
      ],
      ['emily', 'notes.list', { repId: f.people.tom }, 'NOT_FOUND'],
      ['tom', 'notes.list', { repId: f.people.marcus }, 'FORBIDDEN'],
      [
        'emily',
        'observations.create',
        { repId: f.people.tom, behaviourId: BEHAVIOUR, observedOn: '2026-02-20', level: 1 },
        'NOT_FOUND',
      ],
      [
        'tom',
        'progress.createGoal',
        {
          repId: f.people.tom,
          behaviourId: 'bhv-quantifies-cost-of-inaction',
          targetLevel: 3,
          dueOn: '2099-01-01',
        },
        'FORBIDDEN',
      ],
      ['tom', 'progress.deleteGoal', { id: f.goals[0] }, 'FORBIDDEN'],
      ['emily', 'progress.deleteGoal', { id: f.goals[0] }, 'NOT_FOUND'],
      [
        'priya',
        'callReviews.saveScorecard',
        { id: f.calls[0], revision: 1, templateId: null, lines: [], submit: false },
        'NOT_FOUND',
      ],
    ];
    for (const [who, method, input, code] of refusals) {
      await actAs(core, f.people[who]);
      const before = snapshotRows(core);
      const result = await call(core, method, input as never);
      expect(result.ok ? 'ok' : result.error.code, `${who} ${method}`).toBe(code);
      expect(snapshotRows(core), `${who} ${method} changed nothing`).toEqual(before);
    }
  });

  it('lets a rep answer feedback shared with them, and their managers read the reply beside it', async () => {
    const shared = f.observations[1]!;
    await actAs(core, f.people.tom);
    const replied = await value(core, 'observations.reply', {
      observationId: shared,
      stance: 'differ',
      text: 'The buyer had already named the price; I was answering them.',
      selfLevel: 3,
    });
    expect(replied.replies).toMatchObject([{ authorName: 'Tom Fielding', stance: 'differ', selfLevel: 3 }]);
    // Private feedback is not there to answer.
    const refused = await call(core, 'observations.reply', {
      observationId: f.observations[0]!,
      stance: 'agree',
      text: 'Fair.',
    });
    expect(refused.ok ? 'ok' : refused.error.code).toBe('NOT_FOUND');
    for (const manager of ['marcus', 'claire'] as const) {
      await actAs(core, f.people[manager]);
      const [seen] = await value(core, 'observations.list', { repId: f.people.tom, limit: 50 }).then((l) =>
        l.filter((o) => o.id === shared),
      );
      expect(
        seen?.replies.map((r) => r.text),
        manager,
      ).toEqual(['The buyer had already named the price; I was answering them.']);
    }
    await actAs(core, f.people.emily);
    const peer = await call(core, 'observations.reply', {
      observationId: shared,
      stance: 'agree',
      text: 'x',
    });
    expect(peer.ok ? 'ok' : peer.error.code).toBe('NOT_FOUND');
  });

  it('lets a rep add their own talking point and tick off their own commitment', async () => {
    await actAs(core, f.people.tom);
    const point = await value(core, 'agenda.add', {
      oneOnOneId: f.meetings[0]!,
      text: 'Help with the Acme business case',
      author: 'rep',
    });
    expect(point.author).toBe('rep');
    const done = await value(core, 'commitments.setStatus', { id: f.commitments[0]!, status: 'done' });
    expect(done.status).toBe('done');
  });
});
