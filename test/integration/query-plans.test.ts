import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { preparedSql } from '../../db/prepared';
import { FULL_SIZE, generateBenchDatabase } from '../bench/data/generate';
import { makeCore, value } from '../helpers/core';

const migrationsFolder = path.resolve(__dirname, '../../db/migrations');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coachbench-query-plans-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Tables that grow with the team's history: a hot query must never read one whole. */
const LARGE = new Set([
  'observations',
  'one_on_ones',
  'one_on_one_notes',
  'agenda_items',
  'commitments',
  'one_on_one_focus',
  'transcript_segments',
  'call_participants',
  'call_scorecards',
  'call_reviews',
  'notes',
]);

/**
 * Known full reads, each waiting for an index the schema branch owns (db/schema is not edited here).
 * An entry names the table and a fragment of the statement, and says why.
 */
const WAITING_FOR_AN_INDEX = [
  {
    table: 'call_reviews',
    sql: 'WITH page AS',
    why: 'the calls page of the whole team sorts every call by date: needs call_reviews(date, created_at)',
  },
  {
    table: 'observations',
    sql: 'count(*) AS n FROM observations GROUP BY behaviour_id',
    why: 'the library recounts after a write (kept until then): a trigger-kept behaviours.observation_count would end it',
  },
];

function aliases(sql: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of sql.matchAll(
    /\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(?!ON\b|WHERE\b|JOIN\b|LEFT\b|ORDER\b|GROUP\b)(\w+))?/gi,
  )) {
    map.set(m[2] ?? m[1]!, m[1]!);
    map.set(m[1]!, m[1]!);
  }
  return map;
}

describe('query plans of the hot reads', () => {
  it('never scan a table that grows with the team’s history', async () => {
    const file = path.join(dir, 'plans', 'coachbench.db');
    generateBenchDatabase({
      file,
      spec: { ...FULL_SIZE, name: 'plans', reps: 2, managers: 2, years: 1, callsPerRep: 2 },
      migrationsFolder,
    });
    const sqlite = new Database(file, { readonly: true });
    const rep = sqlite.prepare("SELECT id FROM people WHERE kind = 'rep' ORDER BY id LIMIT 1").get() as {
      id: string;
    };
    const meeting = sqlite
      .prepare("SELECT id FROM one_on_ones WHERE rep_id = ? AND status = 'held' LIMIT 1")
      .get(rep.id) as { id: string };
    const callId = (
      sqlite.prepare('SELECT id FROM call_reviews WHERE rep_id = ? LIMIT 1').get(rep.id) as { id: string }
    ).id;
    sqlite.close();
    const core = makeCore({ file });
    try {
      // Every read a screen makes on open, so their statements are prepared.
      await value(core, 'people.list', {});
      await value(core, 'people.get', { id: rep.id });
      await value(core, 'observations.list', { repId: rep.id });
      await value(core, 'notes.list', { repId: rep.id });
      await value(core, 'oneOnOnes.overview', {});
      await value(core, 'oneOnOnes.list', { repId: rep.id });
      await value(core, 'commitments.list', { repId: rep.id, status: 'open' });
      await value(core, 'commitments.completion', { repId: rep.id });
      await value(core, 'oneOnOnes.get', { id: meeting.id });
      await value(core, 'oneOnOnes.prepBrief', { repId: rep.id });
      await value(core, 'library.get', {});
      await value(core, 'callReviews.list', { repId: rep.id });
      await value(core, 'callReviews.list', { limit: 50 });
      await value(core, 'callReviews.get', { id: callId });
      // And the autosave of a one-to-one's notes, which reconciles its tags.
      const notes = await value(core, 'oneOnOnes.get', { id: meeting.id });
      await value(core, 'oneOnOnes.saveNotes', {
        id: meeting.id,
        part: 'shared',
        revision: notes.shared.revision,
        doc: notes.shared.doc,
      });
      const statements = preparedSql(core.database.db);
      expect(statements.length).toBeGreaterThan(15);
      const scans: string[] = [];
      for (const sql of statements) {
        const names = aliases(sql);
        // A value in place of each parameter, so the plan can be asked for without running the query.
        const bound = sql.replace(/\b(LIMIT|OFFSET)\s+\?/g, '$1 1').replace(/\?|:\w+/g, "'x'");
        const plan = core.database.sqlite.prepare(`EXPLAIN QUERY PLAN ${bound}`).all() as {
          detail: string;
        }[];
        for (const { detail } of plan) {
          const scan = /^SCAN (\w+)/.exec(detail);
          const table = scan ? names.get(scan[1]!) : undefined;
          if (!table || !LARGE.has(table)) continue;
          if (WAITING_FOR_AN_INDEX.some((w) => w.table === table && sql.includes(w.sql))) continue;
          scans.push(`${detail} (${table}) in: ${sql.replace(/\s+/g, ' ').slice(0, 160)}`);
        }
      }
      expect(scans).toEqual([]);
    } finally {
      core.close();
    }
  });
});
