import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userTables } from '../helpers/fill-tables';
import { FULL_SIZE, generateBenchDatabase } from '../bench/data/generate';
import { makeCore, value } from '../helpers/core';

const migrationsFolder = path.resolve(__dirname, '../../db/migrations');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coachbench-bench-data-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const tiny = { ...FULL_SIZE, name: 'tiny', reps: 2, managers: 2, years: 1, callsPerRep: 2 };

/** Every row of every table, in a stable order, as one digest. */
function digest(file: string): { hash: string; counts: Record<string, number> } {
  const sqlite = new Database(file, { readonly: true });
  const hash = createHash('sha256');
  const counts: Record<string, number> = {};
  for (const table of userTables(sqlite)) {
    const rows = sqlite.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all();
    counts[table] = rows.length;
    hash.update(table);
    hash.update(JSON.stringify(rows));
  }
  sqlite.close();
  return { hash: hash.digest('hex'), counts };
}

const generate = (name: string, seed: number) => {
  const file = path.join(dir, name, 'coachbench.db');
  generateBenchDatabase({ file, spec: { ...tiny, seed }, migrationsFolder });
  return digest(file);
};

describe('benchmark data set', () => {
  let first: ReturnType<typeof digest>;
  beforeAll(() => {
    first = generate('a', tiny.seed);
  });

  it('writes the same database for the same seed, and another for another seed', () => {
    const again = generate('b', tiny.seed);
    const other = generate('c', tiny.seed + 1);
    expect(again.hash).toBe(first.hash);
    expect(other.hash).not.toBe(first.hash);
    for (const table of [
      'one_on_ones',
      'agenda_items',
      'commitments',
      'observations',
      'call_reviews',
      'transcript_chunks',
      'call_review_analyses',
    ])
      expect(first.counts[table], table).toBeGreaterThan(0);
  });

  it('is data the app reads back through its contract, with every tag in step with its observation', async () => {
    const file = path.join(dir, 'a', 'coachbench.db');
    const sqlite = new Database(file, { readonly: true });
    const meetings = sqlite
      .prepare("SELECT o.id FROM one_on_ones o WHERE o.status = 'held' ORDER BY o.date DESC LIMIT 5")
      .all() as { id: string }[];
    const calls = sqlite.prepare('SELECT id FROM call_reviews').all() as { id: string }[];
    const reps = sqlite.prepare("SELECT id FROM people WHERE kind = 'rep'").all() as { id: string }[];
    sqlite.close();
    const copy = path.join(dir, 'read.db');
    fs.copyFileSync(file, copy);
    const core = makeCore({ file: copy });
    try {
      for (const { id } of meetings) {
        const meeting = await value(core, 'oneOnOnes.get', { id });
        // Saving the notes unchanged reconciles nothing: the generated tags and observations agree.
        const saved = await value(core, 'oneOnOnes.saveNotes', {
          id,
          part: 'shared',
          revision: meeting.shared.revision,
          doc: meeting.shared.doc,
        });
        expect(saved).toMatchObject({ orphaned: [], refreshed: [], reattached: [] });
      }
      for (const { id } of calls)
        expect((await value(core, 'callReviews.get', { id })).segments.length).toBeGreaterThan(0);
      for (const { id } of reps) await value(core, 'oneOnOnes.prepBrief', { repId: id });
      expect((await value(core, 'oneOnOnes.overview', {})).length).toBe(2);
    } finally {
      core.close();
    }
  });
});
