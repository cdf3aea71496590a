import { describe, expect, it } from 'vitest';
import { scriptDraftSchema } from '../../shared/contract';
import { DEFAULT_BEHAVIOURS, DEFAULT_STAGES } from '../../shared/domain/default-library';
import { DEFAULT_ROLE_PLAYS } from '../../shared/domain/default-role-plays';
import { nextBeatId, pathIssue, scriptIssues, situationTextOf } from '../../shared/domain/role-play';
import { plainTextOf } from '../../shared/rich-text/schema';
import { readRolePlayFile } from '../../shared/domain/role-play-file';
import { situationDoc } from '../../electron/core/services/role-play-seed';

const beats = [
  { id: 'a', branches: [{ condition: 'discounts', next: 'c' }], next: null },
  { id: 'b', branches: [], next: 'end' },
  { id: 'c', branches: [], next: null },
];

describe('moving through a script', () => {
  it('goes to the beat below, a named beat, a branch, or the end', () => {
    expect(nextBeatId(beats, 0, null)).toBe('b');
    expect(nextBeatId(beats, 0, 0)).toBe('c');
    expect(nextBeatId(beats, 1, null)).toBeNull();
    expect(nextBeatId(beats, 2, null)).toBeNull();
    expect(nextBeatId(beats, 0, 5)).toBeNull();
  });

  it('accepts only walks the script allows, ending where it ends', () => {
    expect(
      pathIssue(beats, [
        { beatId: 'a', branch: null },
        { beatId: 'b', branch: null },
      ]),
    ).toBeNull();
    expect(
      pathIssue(beats, [
        { beatId: 'a', branch: 0 },
        { beatId: 'c', branch: null },
      ]),
    ).toBeNull();
    expect(
      pathIssue(beats, [
        { beatId: 'a', branch: null },
        { beatId: 'c', branch: null },
      ]),
    ).toMatchObject({
      path: ['path', 1, 'beatId'],
    });
    expect(pathIssue(beats, [{ beatId: 'a', branch: null }])).toMatchObject({ path: ['path', 0] });
    expect(pathIssue(beats, [{ beatId: 'b', branch: null }])).toMatchObject({ path: ['path', 0, 'beatId'] });
    expect(
      pathIssue(beats, [
        { beatId: 'a', branch: null },
        { beatId: 'b', branch: null },
        { beatId: 'c', branch: null },
      ]),
    ).toMatchObject({ message: 'The script ends after “b”.' });
  });

  it('refuses jumps backwards or to nowhere, and repeated ids', () => {
    const issues = scriptIssues({
      beats: [
        { id: 'a', branches: [], next: null, behaviourIds: [] },
        { id: 'a', branches: [{ condition: 'x', next: 'a' }], next: 'zz', behaviourIds: ['b1', 'b1'] },
      ],
      rubric: [{ behaviourId: 'b1' }, { behaviourId: 'b1' }],
    });
    expect(issues.map((i) => i.path.join('.'))).toEqual([
      'beats.1.id',
      'beats.1.branches.0.next',
      'beats.1.next',
      'beats.1.behaviourIds.1',
      'rubric.1.behaviourId',
    ]);
  });

  it('reads a file and says where each problem is', () => {
    expect(readRolePlayFile('[]')).toMatchObject({ issues: [{ path: [] }] });
    expect(readRolePlayFile('nope')).toMatchObject({
      issues: [{ message: expect.stringContaining('not valid JSON') }],
    });
  });
});

describe('the default role-play scripts', () => {
  const behaviours = new Set(DEFAULT_BEHAVIOURS.map((b) => b.id));
  const stages = new Set(DEFAULT_STAGES.map((s) => s.id));

  it('cover the difficult moments the issue names, the ethics case among them', () => {
    expect(DEFAULT_ROLE_PLAYS.length).toBeGreaterThanOrEqual(7);
    expect(new Set(DEFAULT_ROLE_PLAYS.map((s) => s.seedId)).size).toBe(DEFAULT_ROLE_PLAYS.length);
    expect(DEFAULT_ROLE_PLAYS.map((s) => s.title).join(' ')).toMatch(/Ethics/);
  });

  it.each(DEFAULT_ROLE_PLAYS.map((s) => [s.title, s] as const))(
    '“%s” is a valid script tied to the default library',
    (_title, seed) => {
      const { seedId: _, ...draft } = seed;
      const parsed = scriptDraftSchema.safeParse({ ...draft, situation: situationDoc(seed.situation) });
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      expect(scriptIssues(seed)).toEqual([]);
      expect(stages.has(seed.stageId)).toBe(true);
      for (const id of [
        ...seed.rubric.map((l) => l.behaviourId),
        ...seed.beats.flatMap((b) => b.behaviourIds),
      ])
        expect(behaviours.has(id), id).toBe(true);
      // Practice is about a few behaviours at a time, and a script worth running has a consequence to replay.
      expect(seed.rubric.length).toBeGreaterThanOrEqual(3);
      expect(seed.rubric.length).toBeLessThanOrEqual(4);
      expect(seed.beats.some((b) => b.branches.length > 0)).toBe(true);
      // Every rubric behaviour is shown by some beat's model answer.
      const shown = new Set(seed.beats.flatMap((b) => b.behaviourIds));
      expect(seed.rubric.filter((l) => !shown.has(l.behaviourId)).map((l) => l.behaviourId)).toEqual([]);
    },
  );
});

describe('a situation’s text', () => {
  it('keeps one paragraph apart from the next', () => {
    const doc = situationDoc(['First paragraph.', 'Second paragraph.']);
    expect(situationTextOf(doc, plainTextOf)).toBe('First paragraph.\n\nSecond paragraph.');
  });
});
