import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import type { HandlerContext } from '../../electron/core/context';
import { createDraftScript } from '../../electron/core/services/role-plays';
import {
  actAs,
  call,
  fixedClock,
  makeCore,
  sequentialIds,
  snapshotRows,
  type TestCore,
  value,
} from '../helpers/core';
import { branchingScript, DISCOUNT, IMPLICATION } from '../helpers/role-plays';
import { DEFAULT_ROLE_PLAYS } from '../../shared/domain/default-role-plays';

// The test clock says 2 March 2026.
let core: TestCore;
let managerId: string;
let repId: string;

beforeEach(async () => {
  core = makeCore();
  managerId = (await value(core, 'people.create', { name: 'Marcus Webb', kind: 'manager' })).id;
  repId = (await value(core, 'people.create', { name: 'Jonas Berg', kind: 'rep', managerId })).id;
  await actAs(core, managerId);
});
afterEach(() => core.close());

const asWritten = [
  { beatId: 'ask', branch: null },
  { beatId: 'close', branch: null },
];
const discounted = [
  { beatId: 'ask', branch: 0 },
  { beatId: 'more', branch: null },
  { beatId: 'close', branch: null },
];

function attemptOf(
  script: { id: string; version: number },
  extra: Partial<InputOf<'rolePlays.recordAttempt'>> = {},
): InputOf<'rolePlays.recordAttempt'> {
  return {
    scriptId: script.id,
    version: script.version,
    repId,
    mode: 'manager-run',
    practisedOn: '2026-02-27',
    durationSeconds: 420,
    path: asWritten,
    marks: [{ beatId: 'ask', mark: 'hit', note: 'Asked for a signed date in return.' }],
    scores: [
      { behaviourId: DISCOUNT, level: 3, comment: 'Traded the discount for a signature date.' },
      { behaviourId: IMPLICATION, level: 2 },
    ],
    ...extra,
  };
}

describe('role-play scripts', () => {
  it('ships the default scripts, each ready to run, the ethics case among them', async () => {
    const scripts = await value(core, 'rolePlays.list', {});
    expect(scripts.length).toBe(DEFAULT_ROLE_PLAYS.length);
    expect(scripts.map((s) => s.id).sort()).toEqual(DEFAULT_ROLE_PLAYS.map((s) => s.seedId).sort());
    const ethics = await value(core, 'rolePlays.get', { id: 'rps-ethics-promise-cannot-keep' });
    expect(ethics).toMatchObject({ version: 1, stageName: 'Closing, handover and implementation' });
    expect(ethics.situationText).toContain('syncs every 15 minutes');
    expect(ethics.rubric.map((l) => l.behaviourName)).toContain(
      'Commits only to what delivery has confirmed it can do',
    );
  });

  it('edits a script in place until someone practises it; then an edit is a new version and the attempt keeps its own', async () => {
    const created = await value(core, 'rolePlays.save', { script: branchingScript() });
    expect(created).toMatchObject({ version: 1, latestVersion: 1, title: 'Discount before value' });
    expect(created.rubric.map((l) => l.behaviourName)).toHaveLength(2);

    const edited = await value(core, 'rolePlays.save', {
      id: created.id,
      revision: created.revision,
      script: { ...branchingScript(), title: 'Discount before value agreed' },
    });
    expect(edited).toMatchObject({ version: 1, title: 'Discount before value agreed' });

    const attempt = await value(core, 'rolePlays.recordAttempt', attemptOf(edited));
    expect(attempt.version).toBe(1);

    const script = branchingScript();
    script.beats[0]!.customerLine = 'Procurement says 20% or we walk.';
    const second = await value(core, 'rolePlays.save', {
      id: created.id,
      revision: edited.revision,
      script: { ...script, title: 'Discount, harder' },
    });
    expect(second).toMatchObject({ version: 2, latestVersion: 2, title: 'Discount, harder' });
    expect(second.versions).toEqual([
      expect.objectContaining({ number: 1, attemptCount: 1 }),
      expect.objectContaining({ number: 2, attemptCount: 0 }),
    ]);
    // The attempt still reads the version it ran, by its title then.
    expect(await value(core, 'rolePlays.attempt', { id: attempt.id })).toMatchObject({
      version: 1,
      title: 'Discount before value agreed',
    });
    const first = await value(core, 'rolePlays.get', { id: created.id, version: 1 });
    expect(first.beats[0]!.customerLine).toBe('We like it, but we need 15% off to get it signed.');
    // An edit on the unpractised version 2 stays version 2.
    const third = await value(core, 'rolePlays.save', { id: created.id, revision: second.revision, script });
    expect(third.version).toBe(2);
    // A stale revision is refused.
    expect(
      await call(core, 'rolePlays.save', { id: created.id, revision: second.revision, script }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refuses a script whose branches go nowhere or backwards, or whose behaviours are not in the library, saying where', async () => {
    const script = branchingScript();
    script.beats[1]!.branches = [{ condition: 'The rep pushes back', next: 'ask' }];
    script.beats[2]!.next = 'nowhere';
    script.rubric[1]!.behaviourId = 'bhv-made-up';
    const refused = await call(core, 'rolePlays.save', { script });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (refused.ok) return;
    expect(refused.error.details?.issues).toEqual([
      { path: ['script', 'beats', 1, 'branches', 0, 'next'], message: expect.stringContaining('later beat') },
      { path: ['script', 'beats', 2, 'next'], message: 'There is no beat “nowhere” to go to.' },
      {
        path: ['script', 'rubric', 1, 'behaviourId'],
        message: '“bhv-made-up” is not a behaviour in your library.',
      },
    ]);
    expect(await value(core, 'rolePlays.list', { includeArchived: true })).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ title: script.title })]),
    );
  });

  it('duplicates a script as a new one and archives one out of the library, keeping it readable', async () => {
    const created = await value(core, 'rolePlays.save', { script: branchingScript('Stall') });
    const copy = await value(core, 'rolePlays.duplicate', { id: created.id });
    expect(copy).toMatchObject({ title: 'Stall (copy)', version: 1 });
    expect(copy.id).not.toBe(created.id);
    await value(core, 'rolePlays.archive', { id: created.id, archived: true });
    const titles = async (includeArchived: boolean) =>
      (await value(core, 'rolePlays.list', { includeArchived }))
        .map((s) => s.title)
        .filter((t) => t.startsWith('Stall'));
    expect(await titles(false)).toEqual(['Stall (copy)']);
    expect(await titles(true)).toEqual(['Stall', 'Stall (copy)']);
    expect(await call(core, 'rolePlays.recordAttempt', attemptOf(created))).toMatchObject({
      ok: false,
      error: { message: 'This script is archived; bring it back to practise it.' },
    });
  });
});

describe('a practice attempt', () => {
  it('keeps a behaviour a script uses from being deleted, and asks for an edit when its rubric behaviour is archived', async () => {
    const created = await value(core, 'behaviours.create', {
      name: 'Names the cost of delay in days',
      definition: 'States how many days of delay the buyer’s plan allows.',
      competencyId: 'comp-negotiation-objections',
      stageIds: ['stage-negotiation-risk-resolution'],
      rubric: ['Never.', 'Sometimes.', 'Usually.', 'Always, with the buyer’s figure.'],
    });
    const draft = branchingScript();
    draft.beats[2]!.behaviourIds = [created.id];
    const script = await value(core, 'rolePlays.save', { script: draft });
    expect(await call(core, 'behaviours.delete', { id: created.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('used by a role-play script') },
    });
    await value(core, 'behaviours.archive', { id: IMPLICATION });
    expect(await call(core, 'rolePlays.recordAttempt', attemptOf(script))).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('is archived; edit the script') },
    });
  });

  it('follows the branch the conversation took, and refuses a path the script does not allow', async () => {
    const script = await value(core, 'rolePlays.save', { script: branchingScript() });
    const attempt = await value(core, 'rolePlays.recordAttempt', attemptOf(script, { path: discounted }));
    expect(attempt.path.map((s) => s.beatId)).toEqual(['ask', 'more', 'close']);
    const wrong = async (path: { beatId: string; branch: number | null }[]) => {
      const answer = await call(core, 'rolePlays.recordAttempt', attemptOf(script, { path }));
      return answer.ok ? null : answer.error.details?.issues?.[0];
    };
    // As written, "ask" goes straight to "close": "more" is only down the branch.
    expect(
      await wrong([
        { beatId: 'ask', branch: null },
        { beatId: 'more', branch: null },
        { beatId: 'close', branch: null },
      ]),
    ).toEqual({
      path: ['path', 1, 'beatId'],
      message: 'After “ask” the script goes to “close”, not “more”.',
    });
    expect(await wrong([{ beatId: 'ask', branch: 3 }])).toEqual({
      path: ['path', 0, 'branch'],
      message: 'Beat “ask” has no branch 4.',
    });
    expect(await wrong([{ beatId: 'ask', branch: 0 }])).toMatchObject({ path: ['path', 0] });
    expect(await wrong([{ beatId: 'close', branch: null }])).toMatchObject({ path: ['path', 0, 'beatId'] });
  });

  it('turns each rubric score into a role-play observation, shown in the rep’s history and next prep brief', async () => {
    const script = await value(core, 'rolePlays.save', { script: branchingScript() });
    const attempt = await value(core, 'rolePlays.recordAttempt', attemptOf(script));
    expect(attempt.average).toBe(2.5);
    const observations = await value(core, 'observations.list', { repId, sourceKind: 'role-play' });
    expect(
      observations.map((o) => [o.behaviourId, o.level, o.comment, o.sourceId, o.visibility]).sort(),
    ).toEqual(
      [
        [DISCOUNT, 3, 'Traded the discount for a signature date.', attempt.id, 'shared'],
        [IMPLICATION, 2, null, attempt.id, 'shared'],
      ].sort(),
    );
    expect(observations[0]!.sourceTitle).toBe('Role-play: Discount before value on 2026-02-27');
    expect(await value(core, 'rolePlays.attempts', { repId })).toEqual([attempt]);
    const brief = await value(core, 'oneOnOnes.prepBrief', { repId });
    expect(brief.recentRolePlays).toEqual([
      {
        id: attempt.id,
        scriptId: script.id,
        title: 'Discount before value',
        version: 1,
        mode: 'manager-run',
        practisedOn: '2026-02-27',
        average: 2.5,
      },
    ]);
  });

  it('needs the whole rubric scored, marks only on beats taken, and writes nothing when refused', async () => {
    const script = await value(core, 'rolePlays.save', { script: branchingScript() });
    const before = snapshotRows(core);
    const missing = await call(
      core,
      'rolePlays.recordAttempt',
      attemptOf(script, { scores: [{ behaviourId: DISCOUNT, level: 3 }] }),
    );
    expect(missing).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('before finishing') },
    });
    const offPath = await call(
      core,
      'rolePlays.recordAttempt',
      attemptOf(script, { marks: [{ beatId: 'more', mark: 'miss' }] }),
    );
    expect(offPath).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: ['marks', 0, 'beatId'] }] } },
    });
    expect(snapshotRows(core)).toEqual(before);
  });

  it('lets a rep record self-practice for themselves only, and a manager-run attempt only by a manager', async () => {
    const script = await value(core, 'rolePlays.save', { script: branchingScript() });
    await actAs(core, repId);
    expect(await call(core, 'rolePlays.recordAttempt', attemptOf(script))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const own = await value(
      core,
      'rolePlays.recordAttempt',
      attemptOf(script, { mode: 'self-practice', visibility: 'private' }),
    );
    expect(own).toMatchObject({ mode: 'self-practice', authorId: repId });
    await actAs(core, managerId);
    // Private to the rep: their manager does not see it.
    expect(await value(core, 'rolePlays.attempts', { repId })).toEqual([]);
    expect(
      await call(core, 'rolePlays.recordAttempt', attemptOf(script, { mode: 'self-practice' })),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('improvement', () => {
  it('charts attempts per script over time, sets role-play levels beside real ones, and suggests a script for a repeated gap', async () => {
    const script = await value(core, 'rolePlays.save', { script: branchingScript() });
    await value(core, 'rolePlays.recordAttempt', attemptOf(script, { practisedOn: '2026-02-10' }));
    await value(
      core,
      'rolePlays.recordAttempt',
      attemptOf(script, {
        practisedOn: '2026-02-24',
        scores: [
          { behaviourId: DISCOUNT, level: 4 },
          { behaviourId: IMPLICATION, level: 3 },
        ],
      }),
    );
    for (const observedOn of ['2026-02-12', '2026-02-19'])
      await value(core, 'observations.create', {
        repId,
        behaviourId: DISCOUNT,
        observedOn,
        level: 2,
        visibility: 'shared',
      });
    const result = await value(core, 'rolePlays.improvement', { repId });
    expect(result.scripts).toHaveLength(1);
    expect(result.scripts[0]!.attempts.map((a) => [a.practisedOn, a.average])).toEqual([
      ['2026-02-10', 2.5],
      ['2026-02-24', 3.5],
    ]);
    expect(result.behaviours.find((b) => b.behaviourId === DISCOUNT)).toMatchObject({
      rolePlayLevel: 3.5,
      rolePlayCount: 2,
      realLevel: 2,
      realCount: 2,
    });
    // The script on that behaviour the rep has practised least: a default one, easier before harder.
    expect(result.suggestions).toEqual([
      {
        scriptId: 'rps-discount-before-value',
        title: 'A discount request before value is agreed',
        behaviourId: DISCOUNT,
        behaviourName: 'Asks for something in return for every concession',
        reason:
          'Asks for something in return for every concession is a gap seen 2 times in real work in the last 6 weeks; not practised in this script yet.',
      },
    ]);
  });
});

describe('script files', () => {
  it('exports scripts and imports them back as new scripts, every field the same', async () => {
    const script = await value(core, 'rolePlays.save', { script: branchingScript() });
    const file = await value(core, 'rolePlays.export', { ids: [script.id] });
    expect(file.fileName).toBe('discount-before-value.json');
    const preview = await value(core, 'rolePlays.prepareImport', { json: file.json });
    expect(preview.scripts).toEqual([{ title: 'Discount before value', beatCount: 3, rubricCount: 2 }]);
    const imported = await value(core, 'rolePlays.import', { preparedId: preview.preparedId });
    expect(imported.created).toHaveLength(1);
    const copy = await value(core, 'rolePlays.get', { id: imported.created[0]!.id });
    const fields = ({
      title,
      situation,
      persona,
      objectives,
      difficulty,
      stageId,
      beats,
      rubric,
    }: typeof copy) => ({
      title,
      situation,
      persona,
      objectives,
      difficulty,
      stageId,
      beats,
      rubric,
    });
    expect(fields(copy)).toEqual(fields(script));
  });

  it('refuses a bad file with every problem and where it is, and writes nothing', async () => {
    const script = await value(core, 'rolePlays.save', { script: branchingScript() });
    const good = JSON.parse((await value(core, 'rolePlays.export', { ids: [script.id] })).json);
    const before = snapshotRows(core);
    const problems = async (json: string) => {
      const answer = await call(core, 'rolePlays.prepareImport', { json });
      return answer.ok ? null : answer.error;
    };
    expect(await problems('{"format": ')).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('not valid JSON'),
    });
    expect(await problems(JSON.stringify({ ...good, format: 'something-else' }))).toMatchObject({
      message: expect.stringContaining('format: This is not a Coachbench role-play file'),
    });
    const broken = structuredClone(good);
    broken.scripts[0].beats[0].branches[0].next = 'missing';
    broken.scripts[0].persona.name = '';
    broken.scripts[0].rubric[0].levels = ['only one'];
    const error = await problems(JSON.stringify(broken));
    expect(error?.message).toMatch(
      /^The script file has \d+ problems, so nothing can be imported\. First: scripts\[0\]/,
    );
    expect(error?.details?.issues?.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['scripts.0.persona.name', 'scripts.0.rubric.0.levels']),
    );
    // What only the library can say is checked at commit: an unknown behaviour, and nothing is written.
    const unknown = structuredClone(good);
    unknown.scripts.push({ ...structuredClone(good.scripts[0]), title: 'Second' });
    unknown.scripts[1].rubric[0].behaviourId = 'bhv-not-in-this-library';
    const preview = await value(core, 'rolePlays.prepareImport', { json: JSON.stringify(unknown) });
    const refused = await call(core, 'rolePlays.import', { preparedId: preview.preparedId });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        message:
          'The script file has a problem, so nothing was imported. scripts[1].rubric[0].behaviourId: “bhv-not-in-this-library” is not a behaviour in your library.',
      },
    });
    expect(snapshotRows(core)).toEqual(before);
  });
});

describe('a draft from a moment that went wrong', () => {
  it('creates a one-beat script with the behaviours as its rubric, ready to finish in the editor', async () => {
    const events: string[] = [];
    const ctx = {
      db: core.database.db,
      clock: fixedClock(),
      newId: sequentialIds('draft'),
      emit: (name: string) => events.push(name),
      locale: 'en-GB',
    } as unknown as HandlerContext;
    const draft = core.database.sqlite.transaction(() =>
      createDraftScript(ctx, {
        title: 'Replay: Norland lost on price',
        persona: {
          name: 'Pieter de Vries',
          title: 'Procurement Lead',
          company: 'Norland Foods',
          goals: 'Save 10% on the renewal.',
          concerns: 'Paying for features nobody uses.',
          personality: 'Blunt.',
        },
        situation: 'Final negotiation.\n\nThe rep had not agreed the value of the project.',
        moment: 'Your competitor is 20% cheaper. Match it or we walk.',
        behaviourIds: [DISCOUNT],
      }),
    )();
    expect(events).toEqual(['rolePlays.changed']);
    const read = await value(core, 'rolePlays.get', { id: draft.id });
    expect(read).toMatchObject({
      title: 'Replay: Norland lost on price',
      situationText: 'Final negotiation.\n\nThe rep had not agreed the value of the project.',
      beats: [{ id: 'moment', customerLine: 'Your competitor is 20% cheaper. Match it or we walk.' }],
      rubric: [{ behaviourId: DISCOUNT }],
    });
  });
});
