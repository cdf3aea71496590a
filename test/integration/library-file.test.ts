import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeCore, snapshotRows, type TestCore, value, call } from '../helpers/core';

let core: TestCore;
beforeEach(() => {
  core = makeCore();
});
afterEach(() => core.close());

async function exported(c: TestCore) {
  const file = await value(c, 'library.export', {});
  return JSON.parse(file.json) as {
    exportedAt: string;
    stages: { id: string; name: string }[];
    behaviours: { id: string; name: string; rubric: string[]; archived: boolean; stageIds: string[] }[];
  };
}

describe('library export and import', () => {
  it('round-trips a reshaped library exactly into a fresh database', async () => {
    const library = await value(core, 'library.get', {});
    const [first, second] = library.behaviours;
    await value(core, 'behaviours.update', {
      id: first!.id,
      revision: first!.revision,
      name: 'Names the signatories and their order',
      definition: first!.definition,
      competencyId: first!.competencyId,
      stageIds: first!.stageIds,
      methodologies: first!.methodologies,
      rubric: [first!.rubric[0], first!.rubric[1], 'Names all of them in most deals.', first!.rubric[3]],
    });
    await value(core, 'behaviours.archive', { id: second!.id });
    const ids = library.behaviours.map((b) => b.id);
    await value(core, 'behaviours.reorder', { ids: [...ids.slice(2), ids[0]!, ids[1]!] });
    await value(core, 'behaviours.create', {
      name: 'Confirms the budget owner in writing',
      definition: 'Sends the buyer a short written summary naming who owns the budget.',
      competencyId: library.competencies[1]!.id,
      stageIds: [library.stages[1]!.id],
      rubric: [
        'Not done.',
        'Done when asked.',
        'Done in most deals.',
        'Always, and others copy the template.',
      ],
    });
    const original = await exported(core);
    const { json, fileName } = await value(core, 'library.export', {});
    expect(fileName).toBe('coachbench-behaviours-2026-03-02.json');

    const fresh = makeCore();
    const preview = await value(fresh, 'library.import', { json, dryRun: true });
    expect(preview.applied).toBe(false);
    expect(preview.added.map((a) => a.name)).toEqual(['Confirms the budget owner in writing']);
    expect(preview.changed.find((c) => c.id === first!.id)?.fields).toEqual(['name', 'rubric']);
    expect(preview.changed.find((c) => c.id === second!.id)?.fields).toEqual(['archived']);
    expect(preview.changed).toHaveLength(2);
    expect(preview.reordered).toBe(true);
    expect((await value(fresh, 'library.get', {})).behaviours).toHaveLength(library.behaviours.length);

    const report = await value(fresh, 'library.import', { json, dryRun: false });
    expect(report.applied).toBe(true);
    const again = await exported(fresh);
    expect({ ...again, exportedAt: '' }).toEqual({ ...original, exportedAt: '' });
    const history = await value(fresh, 'behaviours.get', { id: first!.id });
    expect(history.history.at(-1)).toMatchObject({
      kind: 'imported',
      name: 'Names the signatories and their order',
    });
    // Importing the same file again changes nothing.
    const twice = await value(fresh, 'library.import', { json, dryRun: false });
    expect(twice.added).toEqual([]);
    expect(twice.changed).toEqual([]);
    expect(twice.reordered).toBe(false);
    fresh.close();
  });

  it('lists every problem with its path in the file and imports nothing', async () => {
    const file = await exported(core);
    file.behaviours[3]!.rubric = ['only', 'three', 'levels'];
    file.behaviours[5]!.stageIds = ['stage-made-up'];
    file.behaviours[7]!.name = file.behaviours[8]!.name;
    file.behaviours[9]!.name = 'Brand new and valid';
    const before = snapshotRows(core);
    const result = await call(core, 'library.import', { json: JSON.stringify(file) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toMatch(/problem\(s\), so nothing was imported/);
    expect(snapshotRows(core)).toEqual(before);

    const cross = await call(core, 'library.import', {
      json: JSON.stringify({ ...file, behaviours: file.behaviours.filter((_, i) => i !== 3) }),
    });
    if (cross.ok) throw new Error('expected failure');
    const problems = cross.error.details?.issues?.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^behaviours\.7\.name: The name “.+” is used twice/),
        'behaviours.4.stageIds.0: Unknown stage "stage-made-up".',
      ]),
    );
    expect(snapshotRows(core)).toEqual(before);
    const shape = await call(core, 'library.import', { json: JSON.stringify(file) });
    if (shape.ok) throw new Error('expected failure');
    expect(shape.error.details?.issues?.map((i) => i.path.join('.'))).toContain('behaviours.3.rubric');
  });

  it('keeps a merged behaviour archived, and names duplicate stages and clashing names', async () => {
    const before = await value(core, 'library.export', {});
    const [a, b] = (await value(core, 'library.get', {})).behaviours;
    await value(core, 'behaviours.merge', { sourceId: a!.id, targetId: b!.id });
    await value(core, 'library.import', { json: before.json });
    const merged = await value(core, 'behaviours.get', { id: a!.id });
    expect(merged.archivedAt).not.toBeNull();
    expect(merged.mergedIntoId).toBe(b!.id);

    const file = JSON.parse(before.json);
    file.behaviours[2].stageIds = [file.behaviours[2].stageIds[0], file.behaviours[2].stageIds[0]];
    file.stages.push({ id: 'stage-new', name: file.stages[0].name.toUpperCase(), description: null });
    file.stages = file.stages.filter((_: unknown, i: number) => i !== 0);
    const result = await call(core, 'library.import', { json: JSON.stringify(file) });
    if (result.ok) throw new Error('expected failure');
    const problems = result.error.details?.issues?.map((i) => i.path.join('.'));
    expect(problems).toEqual(
      expect.arrayContaining(['behaviours.2.stageIds', `stages.${file.stages.length - 1}.name`]),
    );
  });

  it('names a wrong version, a wrong format and broken JSON', async () => {
    const file = await exported(core);
    const v2 = await call(core, 'library.import', { json: JSON.stringify({ ...file, version: 2 }) });
    expect(v2).toMatchObject({
      ok: false,
      error: {
        details: { issues: [{ path: ['version'], message: expect.stringMatching(/newer Coachbench/) }] },
      },
    });
    const format = await call(core, 'library.import', {
      json: JSON.stringify({ ...file, format: 'something-else' }),
    });
    expect(format).toMatchObject({ ok: false, error: { details: { issues: [{ path: ['format'] }] } } });
    const broken = await call(core, 'library.import', {
      json: '{"format": "coachbench-behaviour-library", ',
    });
    expect(broken).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not valid JSON/) } });
    const missing = await call(core, 'library.import', {
      json: JSON.stringify({ format: 'coachbench-behaviour-library', version: 1 }),
    });
    if (missing.ok) throw new Error('expected failure');
    expect(missing.error.details?.issues?.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['stages', 'competencies', 'behaviours']),
    );
  });
});
