import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate as drizzleMigrate } from 'drizzle-orm/better-sqlite3/migrator';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { describe, expect, it } from 'vitest';
import { seedDemoTeam } from '../../electron/core/demo/team';
import { openDatabase } from '../../db/open';
import { createCore } from '../../electron/core/core';
import { call, MIGRATIONS, fixedClock, sequentialIds, tempDir } from '../helpers/core';
import { fillEveryTable, userTables } from '../helpers/fill-tables';
import { anchoredObservationsOf } from '../../db/repositories/observations';
import { listScorecardTemplates } from '../../db/repositories/scorecard-templates';
import { readScorecard, scorecardUsesOf } from '../../db/repositories/scorecards';
import { countSegments, listSegments } from '../../db/repositories/call-reviews';

interface JournalEntry {
  idx: number;
  version: string;
  when: number;
  tag: string;
  breakpoints: boolean;
}

/** A copy of the real migrations folder, cut to the first `keep` entries, plus any extra SQL files. */
function migrationsFolder(keep: number, extra: { tag: string; sql: string }[] = []): string {
  const dir = path.join(tempDir('coachbench-migrations-'), 'migrations');
  fs.mkdirSync(path.join(dir, 'meta'), { recursive: true });
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  const entries = journal.entries.slice(0, keep);
  for (const entry of entries)
    fs.copyFileSync(path.join(MIGRATIONS, `${entry.tag}.sql`), path.join(dir, `${entry.tag}.sql`));
  let when = Math.max(...journal.entries.map((e) => e.when));
  for (const file of extra) {
    when += 1000;
    entries.push({ idx: entries.length, version: '6', when, tag: file.tag, breakpoints: true });
    fs.writeFileSync(path.join(dir, `${file.tag}.sql`), file.sql);
  }
  fs.writeFileSync(path.join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }, null, 2));
  return dir;
}

const journalTags = () =>
  (
    JSON.parse(fs.readFileSync(path.join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as {
      entries: JournalEntry[];
    }
  ).entries.map((e) => e.tag);

/** What a migration makes of an old value: from it, the database before, and the row's other old values. */
type Rewrite = (value: unknown, before: Database.Database, row: Record<string, unknown>) => unknown;

/** A value that names a row of `table` (by id) stays; one that names nothing becomes NULL. */
const nullIfNoRow =
  (table: string) =>
  (value: unknown, before: Database.Database): unknown =>
    value !== null && before.prepare(`SELECT 1 FROM "${table}" WHERE id = ?`).get(value) ? value : null;

/** An author stays; a record without one gets the manager of the rep it is about (its `rep_id`). */
const authorOrManager = (
  value: unknown,
  before: Database.Database,
  row: Record<string, unknown>,
): unknown => {
  if (value !== null) return value;
  const rep = before.prepare('SELECT manager_id FROM people WHERE id = ?').get(row.rep_id) as
    | { manager_id: string | null }
    | undefined;
  return rep?.manager_id ?? null;
};

/**
 * What a migration is meant to change in existing rows, by its tag: a table or a column it drops (what
 * replaces it is checked by a test of that migration), or columns it rewrites, with the value each old
 * value must become. A migration that changes a row any other way fails the test below until it is
 * declared here; so does a table rebuild that leaves out a column (a column another branch's migration
 * added, say, when two branches' migrations meet).
 */
const INTENDED_CHANGES: Record<
  string,
  {
    droppedTables?: string[];
    droppedColumns?: string[];
    rewrittenColumns?: Record<string, Rewrite>;
  }
> = {
  '0004_schema_integrity': {
    // Scorecard lines moved to call_scorecard_lines and scorecard_template_lines.
    droppedColumns: ['call_scorecards.lines', 'scorecard_templates.lines'],
    // Columns that became references: a value naming no row becomes NULL, as ON DELETE SET NULL would.
    rewrittenColumns: {
      'transcript_segments.participant_id': nullIfNoRow('call_participants'),
      'call_scorecards.template_id': nullIfNoRow('scorecard_templates'),
      'agenda_items.carried_from_id': nullIfNoRow('agenda_items'),
    },
  },
  '0008_rep_privacy': {
    // Authorless observations get the rep's manager as author (privacy needs an author to keep to).
    rewrittenColumns: { 'observations.author_id': authorOrManager },
  },
  // Transcript lines moved into transcript_chunks, 1,000 to a row (checked by its own test below).
  '0009_transcript_chunks': { droppedTables: ['transcript_segments'] },
};

/**
 * A table's rows restricted to some columns, in a stable order whatever a rebuild did to rowids; with
 * `rewrite`, each value of a rewritten column as the migration is meant to leave it.
 */
function rowsOver(
  sqlite: Database.Database,
  table: string,
  cols: string[],
  rewrite: Record<string, Rewrite> = {},
): string[] {
  const list = cols.map((c) => `"${c}"`).join(', ');
  return (sqlite.prepare(`SELECT ${list} FROM "${table}"`).raw().all() as unknown[][])
    .map((row) =>
      JSON.stringify(
        row.map((value, n) => {
          const expected = rewrite[`${table}.${cols[n]}`];
          return expected
            ? expected(value, sqlite, Object.fromEntries(cols.map((c, i) => [c, row[i]])))
            : value;
        }),
      ),
    )
    .sort();
}

const id = (table: string, i: number) => `${table}.id#${i}`;

/**
 * Values with the shape the app writes, for columns whose shape SQLite cannot see: JSON documents, and
 * ids in columns that were not declared as references (some naming a row, some naming one since gone).
 */
function realisticValue(table: string, column: string, i: number): unknown {
  switch (`${table}.${column}`) {
    // A goal is due on or after the day it was set (a CHECK since 0006).
    case 'development_goals.set_on':
      return `2026-01-0${i + 1}`;
    case 'development_goals.due_on':
      return `2026-03-0${i + 1}`;
    // Lost deals (0012): a competitor only when lost to one; a reason's id and the label it was recorded with together.
    case 'deal_losses.outcome':
      return ['competitor', 'no-decision', 'built-in-house', 'unknown'][i % 4];
    case 'deal_losses.competitor':
      return i % 4 === 0 ? 'Rival Systems' : null;
    // (The reason ids are references, so the filler points each at a reason: each has its label.)
    case 'deal_losses.primary_reason_label':
    case 'deal_losses.rep_view_label':
    case 'deal_losses.manager_view_label':
      return `Reason ${i}`;
    // Difficulty is 1–3 (a CHECK since 0014).
    case 'role_play_script_versions.difficulty':
      return (i % 3) + 1;
    case 'observations.anchor':
      return [
        JSON.stringify({ kind: 'mark', documentId: id('notes', i) }),
        JSON.stringify({ kind: 'mark', documentId: id('one_on_ones', i), part: 'private' }),
        JSON.stringify({
          kind: 'transcript',
          documentId: id('call_reviews', i),
          startSegment: 1,
          startOffset: 0,
          endSegment: 2,
          endOffset: 5,
          startMs: 1000,
          endMs: null,
        }),
        null,
      ][i % 4];
    case 'call_scorecards.lines':
    case 'scorecard_templates.lines':
      return JSON.stringify(
        i === 3
          ? []
          : [
              {
                behaviourId: id('behaviours', i),
                weight: 1.5,
                critical: true,
                level: (i % 4) + 1,
                comment: `Line ${i}`,
                observationId: id('observations', i),
              },
              {
                behaviourId: id('behaviours', (i + 1) % 4),
                weight: 2,
                critical: false,
                level: null,
                comment: null,
                observationId: 'an-observation-deleted-since',
              },
              ...(i === 0
                ? [
                    {
                      behaviourId: 'a-behaviour-deleted-since',
                      weight: 1,
                      critical: false,
                      level: 2,
                      comment: null,
                      observationId: null,
                    },
                  ]
                : []),
            ],
      );
    case 'scorecard_templates.call_type_ids':
      return JSON.stringify([id('call_types', i)]);
    case 'transcript_segments.participant_id':
      return i % 2 === 0 ? id('call_participants', i) : `a-participant-that-never-was-${i}`;
    // Each call's first chunk; lines as the app writes them (speaker, participant, start, end, text).
    case 'transcript_chunks.first_idx':
      return 0;
    case 'transcript_chunks.line_count':
      return 1;
    case 'transcript_chunks.lines':
      return JSON.stringify([['Sam', id('call_participants', i), 1000 * i, 1000 * i + 900, `Line ${i}`]]);
    case 'call_review_analyses.metrics':
    case 'call_review_analyses.moments':
      return '[]';
    case 'call_scorecards.template_id':
      return i % 2 === 0 ? id('scorecard_templates', i) : null;
    case 'agenda_items.carried_from_id':
      return [null, id('agenda_items', 0), 'an-item-deleted-since', id('agenda_items', 1)][i % 4];
    // Deals (0011): ISO 4217 currencies, a closed day exactly when the outcome (open, won, lost…) is decided.
    case 'deals.currency':
    case 'pipeline_targets.currency':
      return ['EUR', 'USD', 'GBP', 'EUR'][i % 4];
    case 'deals.closed_on':
      return i % 3 === 0 ? null : `2026-02-1${i}`;
    case 'deals.expected_close_on':
    case 'deals.next_step_on':
    case 'deals.opened_on':
    case 'deal_history.changed_on':
    case 'deal_answers.evidence_on':
    case 'deal_contacts.last_contact_on':
      return `2026-01-2${i}`;
    case 'deal_links.target_id':
      return i % 2 === 0 ? id('call_reviews', i) : id('notes', i);
    // Proposal reviews (0013): a document, its text and page starts; ranges that end after they start.
    case 'proposal_versions.document':
      return JSON.stringify({
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: `We reduce your churn ${i}.` }] }],
      });
    case 'proposal_versions.plain_text':
      return `We reduce your churn ${i}.`;
    case 'proposal_versions.page_starts':
      return JSON.stringify(i % 2 === 0 ? [] : [{ page: 1, offset: 0 }]);
    case 'proposal_versions.warnings':
      return JSON.stringify(i === 0 ? ['1 picture was left out.'] : []);
    case 'proposal_annotations.start':
    case 'proposal_checklist_lines.anchor_start':
      return i === 3 ? null : i * 3;
    case 'proposal_annotations.end':
    case 'proposal_checklist_lines.anchor_end':
      return i === 3 ? null : i * 3 + 5;
    case 'proposal_annotations.resolved':
      return i % 2;
    case 'proposal_annotations.needs_recheck':
      return i === 3 ? 1 : 0;
    case 'proposal_annotations.carried_from_id':
      return i === 0 ? null : id('proposal_annotations', i - 1);
    case 'proposal_reviews.currency':
      return ['EUR', 'GBP', null, 'USD'][i % 4];
    default:
      return undefined;
  }
}

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

const realCount = () =>
  (
    JSON.parse(fs.readFileSync(path.join(MIGRATIONS, 'meta', '_journal.json'), 'utf8')) as {
      entries: unknown[];
    }
  ).entries.length;

function counts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true });
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name <> '__drizzle_migrations'",
    )
    .all() as { name: string }[];
  const result = Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n,
    ]),
  );
  db.close();
  return result;
}

// A child table with ON DELETE CASCADE, then the table rebuild drizzle-kit generates for a column change.
const CHILD_TABLE = {
  tag: '9000_test_child',
  sql: `CREATE TABLE test_notes (id integer PRIMARY KEY, person_id text NOT NULL REFERENCES people(id) ON DELETE CASCADE, body text);`,
};
const REBUILD_PEOPLE = {
  tag: '9001_test_rebuild_people',
  sql: [
    'PRAGMA foreign_keys=OFF;',
    'CREATE TABLE `__new_people` (`id` text PRIMARY KEY NOT NULL, `name` text NOT NULL, `kind` text NOT NULL, `title` text, `team` text, `manager_id` text REFERENCES people(id) ON DELETE restrict, `region` text, `segment` text, `start_date` text, `email` text, `archived_at` text, `created_at` text NOT NULL, `updated_at` text NOT NULL, `revision` integer DEFAULT 1 NOT NULL, `nickname` text);',
    'INSERT INTO `__new_people`("id", "name", "kind", "title", "team", "manager_id", "region", "segment", "start_date", "email", "archived_at", "created_at", "updated_at", "revision") SELECT "id", "name", "kind", "title", "team", "manager_id", "region", "segment", "start_date", "email", "archived_at", "created_at", "updated_at", "revision" FROM `people`;',
    'DROP TABLE `people`;',
    'ALTER TABLE `__new_people` RENAME TO `people`;',
    'PRAGMA foreign_keys=ON;',
  ].join('\n--> statement-breakpoint\n'),
};

function populated(migrations: string): string {
  const file = path.join(tempDir(), 'coachbench.db');
  const opened = openDatabase(file, { migrationsFolder: migrations });
  seedDemoTeam({ db: opened.db, sqlite: opened.sqlite, clock: fixedClock(), newId: sequentialIds('p') });
  if (opened.sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name='test_notes'").get()) {
    const insert = opened.sqlite.prepare('INSERT INTO test_notes (person_id, body) VALUES (?, ?)');
    for (const { id } of opened.sqlite.prepare('SELECT id FROM people').all() as { id: string }[]) {
      for (let i = 0; i < 25; i++) insert.run(id, `note ${i}`);
    }
  }
  opened.close();
  return file;
}

describe.each(
  journalTags()
    .map((tag, n) => ({ tag, n }))
    .slice(1),
)('migration $tag on a database full of rows', ({ tag, n }) => {
  it('keeps every row and every value, and leaves no broken reference', () => {
    const file = path.join(tempDir(), 'coachbench.db');
    openDatabase(file, { migrationsFolder: migrationsFolder(n) }).close();
    const before = new Database(file);
    before.pragma('foreign_keys = ON');
    fillEveryTable(before, { valueOf: realisticValue });
    const tables = userTables(before);
    expect(tables.length).toBeGreaterThan(0);
    const columnsOf = (db: Database.Database, table: string) =>
      (db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map(
        (c) => c.name,
      );
    const shape = Object.fromEntries(tables.map((t) => [t, columnsOf(before, t)]));
    before.close();

    const opened = openDatabase(file, { migrationsFolder: migrationsFolder(n + 1) });
    expect(opened.migration.applied).toBe(1);
    const after = opened.sqlite;
    const intended = INTENDED_CHANGES[tag] ?? {};
    const remaining = new Set(userTables(after));
    expect(after.pragma('foreign_key_check')).toEqual([]);
    const beforeDb = new Database(opened.migration.backupFile!, { readonly: true });
    for (const table of tables) {
      if (intended.droppedTables?.includes(table)) continue;
      expect(remaining.has(table), `${tag} dropped the table ${table}`).toBe(true);
      const kept = shape[table]!.filter((c) => columnsOf(after, table).includes(c));
      expect(
        shape[table]!.filter((c) => !kept.includes(c)).map((c) => `${table}.${c}`),
        `${tag} dropped columns of ${table}`,
      ).toEqual((intended.droppedColumns ?? []).filter((c) => c.startsWith(`${table}.`)));
      expect(rowsOver(after, table, kept), `${tag}: rows of ${table}`).toEqual(
        rowsOver(beforeDb, table, kept, intended.rewrittenColumns),
      );
    }
    beforeDb.close();
    opened.close();
  });
});

describe('migration 0004_schema_integrity', () => {
  /** A database at 0003 with rows in every table, and the same database migrated to 0004. */
  function migrated() {
    const n = journalTags().indexOf('0004_schema_integrity');
    const file = path.join(tempDir(), 'coachbench.db');
    openDatabase(file, { migrationsFolder: migrationsFolder(n) }).close();
    const filling = new Database(file);
    filling.pragma('foreign_keys = ON');
    fillEveryTable(filling, { valueOf: realisticValue });
    filling.close();
    const opened = openDatabase(file, { migrationsFolder: migrationsFolder(n + 1) });
    expect(opened.migration.applied).toBe(1);
    return { opened, before: new Database(opened.migration.backupFile!, { readonly: true }) };
  }

  interface JsonLine {
    behaviourId: string;
    weight: number;
    critical: boolean;
    level?: number | null;
    comment?: string | null;
    observationId?: string | null;
  }

  it('moves every scorecard line out of its JSON into a row, in order, with every value', () => {
    const { opened, before } = migrated();
    const observationExists = (value: string | null | undefined) =>
      Boolean(value && before.prepare('SELECT 1 FROM observations WHERE id = ?').get(value));
    const scorecards = before.prepare('SELECT call_review_id, lines FROM call_scorecards').all() as {
      call_review_id: string;
      lines: string;
    }[];
    const behaviourExists = (id: string) =>
      before.prepare('SELECT 1 FROM behaviours WHERE id = ?').get(id) !== undefined;
    expect(scorecards.map((c) => (JSON.parse(c.lines) as unknown[]).length)).toEqual([3, 2, 2, 0]);
    for (const scorecard of scorecards) {
      // A line naming a behaviour deleted since is left out: there is nothing left to rate.
      const lines = (JSON.parse(scorecard.lines) as JsonLine[]).filter((l) => behaviourExists(l.behaviourId));
      const expected = lines.map((line) => ({
        behaviourId: line.behaviourId,
        weight: line.weight,
        critical: line.critical,
        level: line.level ?? null,
        comment: line.comment ?? null,
        // A line naming an observation deleted since now names none (the reference is SET NULL).
        observationId: observationExists(line.observationId) ? line.observationId : null,
      }));
      expect(readScorecard(opened.db, scorecard.call_review_id)?.lines).toEqual(expected);
    }
    expect(readScorecard(opened.db, scorecards[0]!.call_review_id)?.lines[0]?.observationId).toBe(
      'observations.id#0',
    );
    const templates = before.prepare('SELECT id, name, lines FROM scorecard_templates').all() as {
      id: string;
      lines: string;
    }[];
    const after = listScorecardTemplates(opened.db);
    expect(after.map((t) => t.id).sort()).toEqual(templates.map((t) => t.id).sort());
    for (const template of templates) {
      expect(after.find((t) => t.id === template.id)?.lines).toEqual(
        (JSON.parse(template.lines) as JsonLine[])
          .filter((l) => behaviourExists(l.behaviourId))
          .map(({ behaviourId, weight, critical }) => ({
            behaviourId,
            weight,
            critical,
          })),
      );
    }
    // The behaviour-in-use check now reads the lines, not the JSON.
    expect(scorecardUsesOf(opened.db, 'behaviours.id#1')).toBe(4);
    before.close();
    opened.close();
  });

  it('gives every anchored observation its document and part as columns, found by the index', () => {
    const { opened, before } = migrated();
    const rows = opened.sqlite
      .prepare('SELECT id, anchor, anchor_document_id, anchor_part FROM observations ORDER BY id')
      .all();
    expect(rows).toEqual([
      {
        id: 'observations.id#0',
        anchor: realisticValue('observations', 'anchor', 0),
        anchor_document_id: 'notes.id#0',
        anchor_part: 'body',
      },
      {
        id: 'observations.id#1',
        anchor: realisticValue('observations', 'anchor', 1),
        anchor_document_id: 'one_on_ones.id#1',
        anchor_part: 'private',
      },
      {
        id: 'observations.id#2',
        anchor: realisticValue('observations', 'anchor', 2),
        anchor_document_id: 'call_reviews.id#2',
        anchor_part: 'transcript',
      },
      { id: 'observations.id#3', anchor: null, anchor_document_id: null, anchor_part: null },
    ]);
    expect(anchoredObservationsOf(opened.db, 'notes.id#0', 'body').map((o) => o.id)).toEqual([
      'observations.id#0',
    ]);
    expect(anchoredObservationsOf(opened.db, 'one_on_ones.id#1', 'private').map((o) => o.id)).toEqual([
      'observations.id#1',
    ]);
    expect(anchoredObservationsOf(opened.db, 'one_on_ones.id#1', 'shared')).toEqual([]);
    before.close();
    opened.close();
  });

  it('refuses values outside the domain from now on: a level of 5, a weight of 0', () => {
    const { opened, before } = migrated();
    expect(() =>
      opened.sqlite.prepare("UPDATE observations SET level = 5 WHERE id = 'observations.id#0'").run(),
    ).toThrow(/CHECK constraint failed: observations_level_range/);
    expect(() => opened.sqlite.prepare('UPDATE call_scorecard_lines SET weight = 0').run()).toThrow(
      /CHECK constraint failed: call_scorecard_lines_weight_range/,
    );
    before.close();
    opened.close();
  });
});

describe('migration 0009_transcript_chunks', () => {
  it('moves every transcript line into chunks of 1,000, in order, with who spoke it, readable as before', () => {
    const n = journalTags().indexOf('0009_transcript_chunks');
    const file = path.join(tempDir(), 'coachbench.db');
    openDatabase(file, { migrationsFolder: migrationsFolder(n) }).close();
    const filling = new Database(file);
    filling.pragma('foreign_keys = ON');
    fillEveryTable(filling, { valueOf: realisticValue });
    // Transcripts as imports wrote them (lines numbered from 0): a long call over three chunks, a short
    // one, and the filler's calls without lines. Lines spoken by nobody, untimed, and with quotes too.
    filling.prepare('DELETE FROM transcript_segments').run();
    const calls = (filling.prepare('SELECT id FROM call_reviews ORDER BY id').all() as { id: string }[]).map(
      (c) => c.id,
    );
    const participant = (filling.prepare('SELECT id FROM call_participants LIMIT 1').get() as { id: string })
      .id;
    const insert = filling.prepare(
      'INSERT INTO transcript_segments (call_review_id, idx, speaker, participant_id, start_ms, end_ms, text) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const lengths = [2345, 3];
    lengths.forEach((length, c) => {
      // Written out of order: the chunks must come out in line order whatever the rowids.
      for (let i = length - 1; i >= 0; i--)
        insert.run(
          calls[c],
          i,
          i % 3 === 0 ? null : 'Sam',
          i % 3 === 0 ? null : participant,
          i % 5 === 0 ? null : i * 1000,
          i % 5 === 0 ? null : i * 1000 + 900,
          `Line ${i}: "quoted", naïve — ${c}`,
        );
    });
    const before = (id: string) =>
      filling
        .prepare(
          'SELECT idx AS "index", speaker, participant_id AS participantId, start_ms AS startMs, end_ms AS endMs, text FROM transcript_segments WHERE call_review_id = ? ORDER BY idx',
        )
        .all(id);
    const expected = calls.map(before);
    filling.close();

    const opened = openDatabase(file, { migrationsFolder: migrationsFolder(n + 1) });
    expect(opened.migration.applied).toBe(1);
    const chunks = opened.sqlite
      .prepare(
        'SELECT call_review_id AS id, first_idx AS firstIdx, line_count AS lineCount FROM transcript_chunks ORDER BY 1, 2',
      )
      .all();
    expect(chunks).toEqual([
      { id: calls[0], firstIdx: 0, lineCount: 1000 },
      { id: calls[0], firstIdx: 1000, lineCount: 1000 },
      { id: calls[0], firstIdx: 2000, lineCount: 345 },
      { id: calls[1], firstIdx: 0, lineCount: 3 },
    ]);
    calls.forEach((id, c) => {
      expect(listSegments(opened.db, id), `call ${c}`).toEqual(expected[c]);
      expect(countSegments(opened.db, id)).toBe(expected[c]!.length);
    });
    expect(listSegments(opened.db, calls[0]!, 999, 3).map((s) => s.index)).toEqual([999, 1000, 1001]);
    expect(
      opened.sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'transcript_segments'").get(),
    ).toBe(undefined);
    opened.close();
  });
});

describe('migration 0013_proposal_reviews', () => {
  function atNewest(): Database.Database {
    const file = path.join(tempDir(), 'coachbench.db');
    openDatabase(file, { migrationsFolder: MIGRATIONS }).close();
    const sqlite = new Database(file);
    sqlite.pragma('foreign_keys = ON');
    return sqlite;
  }

  it('takes realistic rows in every proposal table, so later migrations are tested on them too', () => {
    const sqlite = atNewest();
    fillEveryTable(sqlite, { valueOf: realisticValue });
    for (const table of [
      'proposal_reviews',
      'proposal_versions',
      'proposal_annotations',
      'proposal_annotation_replies',
      'proposal_checklist_lines',
    ])
      expect((sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBe(4);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    sqlite.close();
  });

  it('refuses values outside the domain: a range that ends before it starts, an unknown rating or question', () => {
    const sqlite = atNewest();
    fillEveryTable(sqlite, { valueOf: realisticValue });
    const annotation = id('proposal_annotations', 0);
    expect(() =>
      sqlite.prepare('UPDATE proposal_annotations SET start = 10, "end" = 4 WHERE id = ?').run(annotation),
    ).toThrow(/CHECK/);
    expect(() =>
      sqlite.prepare('UPDATE proposal_annotations SET start = NULL WHERE id = ?').run(annotation),
    ).toThrow(/CHECK/);
    expect(() =>
      sqlite.prepare('UPDATE proposal_annotations SET level = 5 WHERE id = ?').run(annotation),
    ).toThrow(/CHECK/);
    expect(() => sqlite.prepare("UPDATE proposal_checklist_lines SET rating = 'great'").run()).toThrow(
      /CHECK/,
    );
    expect(() => sqlite.prepare("UPDATE proposal_checklist_lines SET question = 'vibes'").run()).toThrow(
      /CHECK/,
    );
    expect(() => sqlite.prepare("UPDATE proposal_versions SET format = 'odt'").run()).toThrow(/CHECK/);
    expect(() => sqlite.prepare('UPDATE proposal_reviews SET value = -1').run()).toThrow(/CHECK/);
    sqlite.close();
  });

  it('removes a review’s versions, annotations, replies and checklist with it, and unlinks a deleted observation', () => {
    const sqlite = atNewest();
    fillEveryTable(sqlite, { valueOf: realisticValue });
    const observation = sqlite
      .prepare('SELECT observation_id AS id FROM proposal_annotations WHERE observation_id IS NOT NULL')
      .get() as { id: string };
    sqlite.prepare('DELETE FROM observation_replies WHERE observation_id = ?').run(observation.id);
    sqlite.prepare('DELETE FROM observations WHERE id = ?').run(observation.id);
    expect(
      sqlite
        .prepare('SELECT count(*) AS n FROM proposal_annotations WHERE observation_id = ?')
        .get(observation.id),
    ).toEqual({ n: 0 });
    sqlite.prepare('DELETE FROM proposal_reviews').run();
    for (const table of [
      'proposal_versions',
      'proposal_annotations',
      'proposal_annotation_replies',
      'proposal_checklist_lines',
    ])
      expect((sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n, table).toBe(0);
    sqlite.close();
  });
});

describe('migrations', () => {
  it('creates the schema on a new file, takes no backup, and applies nothing twice', () => {
    const file = path.join(tempDir(), 'coachbench.db');
    const first = openDatabase(file, { migrationsFolder: MIGRATIONS });
    expect(first.migration).toEqual({ applied: realCount(), schemaVersion: realCount(), backupFile: null });
    expect(first.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(first.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    first.close();
    const again = openDatabase(file, { migrationsFolder: MIGRATIONS });
    expect(again.migration).toEqual({ applied: 0, schemaVersion: realCount(), backupFile: null });
    again.close();
  });

  it('applies every real migration to a database full of rows and keeps every row', () => {
    const file = populated(migrationsFolder(1));
    const before = counts(file);
    expect(before.people).toBeGreaterThan(5);
    const opened = openDatabase(file, { migrationsFolder: MIGRATIONS });
    opened.close();
    const after = counts(file);
    for (const [table, n] of Object.entries(before)) expect(after[table], table).toBe(n);
  });

  it('rebuilds a parent table without cascading deletes into its children, and backs up first', () => {
    const withChild = migrationsFolder(realCount(), [CHILD_TABLE]);
    const file = populated(withChild);
    const before = counts(file);
    expect(before.test_notes).toBe(250);
    const opened = openDatabase(file, {
      migrationsFolder: migrationsFolder(realCount(), [CHILD_TABLE, REBUILD_PEOPLE]),
      now: () => new Date('2026-03-02T09:00:00Z'),
    });
    expect(opened.migration.applied).toBe(1);
    expect(opened.migration.backupFile).toMatch(
      /backups[\\/]coachbench-2026-03-02T09-00-00-000Z-before-migration\.db$/,
    );
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    opened.close();
    expect(counts(file)).toEqual(before);
    expect(counts(opened.migration.backupFile!)).toEqual(before);
  });

  it('shows why: drizzle’s own migrator, with foreign keys on, cannot do the same rebuild safely', () => {
    const file = populated(migrationsFolder(realCount(), [CHILD_TABLE]));
    const sqlite = new Database(file);
    sqlite.pragma('foreign_keys = ON');
    // Its PRAGMA foreign_keys=OFF runs inside the transaction and is ignored: DROP TABLE people then
    // either cascades into test_notes or, with people's own RESTRICT reference, aborts.
    const run = () =>
      drizzleMigrate(drizzle(sqlite), {
        migrationsFolder: migrationsFolder(realCount(), [CHILD_TABLE, REBUILD_PEOPLE]),
      });
    expect(run).toThrow(/Failed to run the query/);
    sqlite.close();
  });

  it('leaves the file byte-identical when a migration fails, and says where the backup is', () => {
    const file = populated(migrationsFolder(realCount()));
    const bytes = fs.readFileSync(file);
    const broken = migrationsFolder(realCount(), [
      {
        tag: '9002_test_broken',
        sql: 'ALTER TABLE people ADD COLUMN nickname text;\n--> statement-breakpoint\nTHIS IS NOT SQL;',
      },
    ]);
    let message = '';
    try {
      openDatabase(file, { migrationsFolder: broken });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/left exactly as it was/);
    const backup = /backup taken before the attempt is at (.+\.db)\./.exec(message)?.[1];
    expect(backup).toBeDefined();
    expect(fs.existsSync(backup!)).toBe(true);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(counts(backup!)).toEqual(counts(file));
  });

  it('refuses a database written by a newer version, untouched', () => {
    const file = populated(migrationsFolder(realCount(), [CHILD_TABLE]));
    const bytes = fs.readFileSync(file);
    expect(() => openDatabase(file, { migrationsFolder: MIGRATIONS })).toThrow(/newer version of Coachbench/);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('says the disk is full in plain words when it fills up during an update, and changes nothing', () => {
    const file = populated(migrationsFolder(realCount()));
    const before = sha256(file);
    // The connection may not grow the file any more, as on a full disk: SQLITE_FULL mid-migration.
    const filling = migrationsFolder(realCount(), [
      {
        tag: '9003_test_fills_disk',
        sql: [
          'PRAGMA max_page_count = 1;',
          'CREATE TABLE test_big (x blob);',
          'INSERT INTO test_big WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) SELECT randomblob(1000) FROM n;',
        ].join('\n--> statement-breakpoint\n'),
      },
    ]);
    expect(() => openDatabase(file, { migrationsFolder: filling })).toThrow(
      /^Could not update the database to this version of Coachbench: The disk is full: free some space, then try again\. The database was left exactly as it was\. A backup/,
    );
    expect(sha256(file)).toBe(before);
  });

  it('refuses a newer database in rollback-journal mode byte for byte, header included', () => {
    const file = path.join(tempDir(), 'coachbench.db');
    openDatabase(file, { migrationsFolder: MIGRATIONS }).close();
    const raw = new Database(file);
    raw.pragma('journal_mode = DELETE');
    raw
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run('f'.repeat(64), 4102444800000);
    raw.close();
    const header = fs.readFileSync(file).subarray(18, 20);
    expect([...header]).toEqual([1, 1]);
    const before = sha256(file);
    expect(() => openDatabase(file, { migrationsFolder: MIGRATIONS })).toThrow(
      /newer version of Coachbench.*left untouched/,
    );
    expect(sha256(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a database whose applied migration file was edited afterwards, untouched', () => {
    const file = populated(migrationsFolder(realCount()));
    const before = sha256(file);
    const edited = migrationsFolder(realCount());
    const last = journalTags()[realCount() - 1]!;
    fs.appendFileSync(path.join(edited, `${last}.sql`), '\n-- tidied up later\n');
    expect(() => openDatabase(file, { migrationsFolder: edited })).toThrow(
      new RegExp(`${last}\\.sql has been edited since it was applied`),
    );
    expect(sha256(file)).toBe(before);
  });

  it('accepts the same migration files checked out with the other line ending', () => {
    const file = populated(migrationsFolder(realCount()));
    const crlf = migrationsFolder(realCount());
    for (const tag of journalTags()) {
      const sql = path.join(crlf, `${tag}.sql`);
      fs.writeFileSync(sql, fs.readFileSync(sql, 'utf8').replace(/\n/g, '\r\n'));
    }
    const opened = openDatabase(file, { migrationsFolder: crlf });
    expect(opened.migration).toMatchObject({ applied: 0, schemaVersion: realCount() });
    opened.close();
  });

  it('decides what is pending inside its exclusive transaction, so two processes never both apply it', () => {
    const file = populated(migrationsFolder(realCount() - 1));
    let other: ReturnType<typeof openDatabase> | undefined;
    // The other process (the browser mode, say) opens the file while this one is taking its backup.
    const opened = openDatabase(file, {
      migrationsFolder: MIGRATIONS,
      now: () => new Date('2026-03-02T09:00:00Z'),
      onBackupStep: (step) => {
        if (step !== 'verified' || other) return;
        other = openDatabase(file, {
          migrationsFolder: MIGRATIONS,
          now: () => new Date('2026-03-02T10:00:00Z'),
        });
        expect(other.migration.applied).toBe(1);
      },
    });
    expect(opened.migration).toEqual({ applied: 0, schemaVersion: realCount(), backupFile: null });
    expect(other?.migration.backupFile).toMatch(/T10-00-00-000Z-before-migration\.db$/);
    expect(fs.readdirSync(path.join(path.dirname(file), 'backups'))).toEqual([
      path.basename(other!.migration.backupFile!),
    ]);
    other?.close();
    opened.close();
  });

  it('never leaves a half-written file under a backup’s name, and then changes nothing', () => {
    const file = populated(migrationsFolder(realCount() - 1));
    const before = sha256(file);
    const backups = path.join(path.dirname(file), 'backups');
    // As if the disk filled up while copying: the copy is cut short.
    const truncate = (step: string, temporary: string) => {
      if (step === 'copied') fs.truncateSync(temporary, 0);
    };
    expect(() => openDatabase(file, { migrationsFolder: MIGRATIONS, onBackupStep: truncate })).toThrow(
      /Could not back up the database .*does not match the database.*Nothing was changed/,
    );
    expect(fs.readdirSync(backups)).toEqual([]);
    expect(sha256(file)).toBe(before);
    // A kill after the copy: the next start finds the leftover .tmp, replaces it and finishes.
    let leftover = '';
    const kill = (step: string, temporary: string) => {
      if (step !== 'synced') return;
      leftover = temporary;
      fs.copyFileSync(temporary, `${temporary}.kept`);
      throw new Error('killed');
    };
    expect(() => openDatabase(file, { migrationsFolder: MIGRATIONS, onBackupStep: kill })).toThrow(/killed/);
    fs.renameSync(`${leftover}.kept`, leftover);
    expect(fs.readdirSync(backups)).toEqual([path.basename(leftover)]);
    expect(sha256(file)).toBe(before);
    const opened = openDatabase(file, { migrationsFolder: MIGRATIONS });
    expect(opened.migration.applied).toBe(1);
    expect(fs.readdirSync(backups).sort()).toEqual(
      [path.basename(leftover), path.basename(opened.migration.backupFile!)].sort(),
    );
    opened.close();
    // A day later the dead copy is cleared by the next backup.
    const later = path.join(path.dirname(file), 'later.db');
    fs.copyFileSync(file, later);
    const dayAfter = new Date(Date.now() + 24 * 60 * 60 * 1000);
    openDatabase(later, {
      migrationsFolder: migrationsFolder(realCount(), [CHILD_TABLE]),
      now: () => dayAfter,
    }).close();
    expect(fs.readdirSync(backups)).not.toContain(path.basename(leftover));
  });

  it('refuses a file that is not a database, without touching it', () => {
    const file = path.join(tempDir(), 'notes.db');
    fs.writeFileSync(file, 'These are my meeting notes, not a database.\n'.repeat(200));
    const bytes = fs.readFileSync(file);
    expect(() => openDatabase(file, { migrationsFolder: MIGRATIONS })).toThrow(
      /is not a Coachbench database/,
    );
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});

describe('migration 0010_share_packs', () => {
  it('adds the share-pack tables beside a full database, empty, with its checks and references', () => {
    const n = journalTags().indexOf('0010_share_packs');
    expect(n).toBeGreaterThan(0);
    const file = path.join(tempDir(), 'coachbench.db');
    openDatabase(file, { migrationsFolder: migrationsFolder(n) }).close();
    const filling = new Database(file);
    filling.pragma('foreign_keys = ON');
    fillEveryTable(filling, { valueOf: realisticValue });
    const peopleBefore = filling.prepare('SELECT count(*) AS n FROM people').get() as { n: number };
    filling.close();
    const opened = openDatabase(file, { migrationsFolder: migrationsFolder(n + 1) });
    expect(opened.migration.applied).toBe(1);
    const db = opened.sqlite;
    for (const table of [
      'share_pack_exports',
      'share_reply_imports',
      'opened_share_packs',
      'share_pack_responses',
    ])
      expect(db.prepare(`SELECT count(*) AS n FROM "${table}"`).get(), table).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM people').get()).toEqual(peopleBefore);
    const person = (db.prepare('SELECT id FROM people LIMIT 1').get() as { id: string }).id;
    const respond = db.prepare(
      `INSERT INTO share_pack_responses (id, author_id, manager_key, kind, item_id, about, stance, self_level, text, created_at)
       VALUES (?, ?, 'm', 'reply', 'o', 'about', 'agree', ?, 'text', '2026-03-02T09:00:00.000Z')`,
    );
    respond.run('r1', person, 3);
    expect(() => respond.run('r2', person, 5)).toThrow(
      /CHECK constraint failed: share_pack_responses_self_level_range/,
    );
    expect(() => respond.run('r3', 'nobody', null)).toThrow(/FOREIGN KEY/);
    // One opened pack per rep and manager: a newer one replaces it rather than sitting beside it.
    const open = db.prepare(
      `INSERT INTO opened_share_packs (id, opened_by, manager_key, pack_id, exported_at, opened_at, pack)
       VALUES (?, ?, 'manager-1', ?, '2026-03-01T09:00:00.000Z', '2026-03-02T09:00:00.000Z', '{}')`,
    );
    open.run('p1', person, 'pack-1');
    expect(() => open.run('p2', person, 'pack-2')).toThrow(/UNIQUE/);
    opened.close();
  });
});

describe('migration 0011_deals', () => {
  it('adds the deal tables beside every existing row, and holds a deal to its CHECKs', () => {
    const n = journalTags().indexOf('0011_deals');
    const file = path.join(tempDir(), 'coachbench.db');
    openDatabase(file, { migrationsFolder: migrationsFolder(n) }).close();
    const filling = new Database(file);
    filling.pragma('foreign_keys = ON');
    fillEveryTable(filling, { valueOf: realisticValue });
    filling.close();
    const before = counts(file);
    const opened = openDatabase(file, { migrationsFolder: migrationsFolder(n + 1) });
    expect(opened.migration.applied).toBe(1);
    const after = counts(file);
    for (const [table, count] of Object.entries(before)) expect(after[table], table).toBe(count);
    expect(after.deals).toBe(0);
    const { id: repId } = opened.sqlite.prepare('SELECT id FROM people LIMIT 1').get() as { id: string };
    const { id: stageId } = opened.sqlite.prepare('SELECT id FROM stages LIMIT 1').get() as { id: string };
    const insert = (currency: string, outcome: string, closedOn: string | null) =>
      opened.sqlite
        .prepare(
          `INSERT INTO deals (id, rep_id, account, name, value_minor, currency, stage_id, forecast_category,
             outcome, closed_on, opened_on, created_at, updated_at)
           VALUES (?, ?, 'Acme', 'Rollout', 100, ?, ?, 'commit', ?, ?, '2026-01-01', 'x', 'x')`,
        )
        .run(`deal-${currency}-${outcome}`, repId, currency, stageId, outcome, closedOn);
    insert('EUR', 'open', null);
    expect(() => insert('eur', 'open', null)).toThrow(/CHECK/);
    expect(() => insert('USD', 'won', null)).toThrow(/CHECK/);
    expect(() =>
      opened.sqlite
        .prepare(
          `INSERT INTO deal_history (id, deal_id, field, changed_on, reason, created_at)
           VALUES ('h', 'deal-EUR-open', 'stage', '2026-01-02', '  ', 'x')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    opened.close();
  });
});

describe('migration 0015_search_index', () => {
  it('indexes every existing record at the next start, so what was written before is found', async () => {
    const n = journalTags().indexOf('0015_search_index');
    const dir = tempDir();
    const file = path.join(dir, 'coachbench.db');
    // A database of the version before, holding a note, a one-to-one, a call and an observation.
    const before = openDatabase(file, { migrationsFolder: migrationsFolder(n) });
    const at = '2026-02-01T09:00:00.000Z';
    const sqlite = before.sqlite;
    sqlite
      .prepare(
        "INSERT INTO people (id, name, kind, created_at, updated_at) VALUES ('rep-1', 'Tom Fielding', 'rep', ?, ?)",
      )
      .run(at, at);
    sqlite
      .prepare(
        "INSERT INTO notes (id, rep_id, title, doc, text, visibility, created_at, updated_at) VALUES ('note-1', 'rep-1', 'Pipeline', '{\"type\":\"doc\"}', 'The Brenner deal is stuck.', 'shared', ?, ?)",
      )
      .run(at, at);
    sqlite
      .prepare(
        "INSERT INTO one_on_ones (id, rep_id, date, status, created_at, updated_at) VALUES ('o-1', 'rep-1', '2026-02-02', 'held', ?, ?)",
      )
      .run(at, at);
    sqlite
      .prepare(
        "INSERT INTO agenda_items (id, one_on_one_id, text, author, position, created_at) VALUES ('a-1', 'o-1', 'Brenner forecast', 'manager', 0, ?)",
      )
      .run(at);
    const rows = counts(file);
    before.close();

    const core = createCore({
      dbFile: file,
      migrationsFolder: MIGRATIONS,
      transport: 'http',
      appVersion: '0.0.0-test',
      clock: fixedClock(),
      newId: sequentialIds('m'),
      logger: { error() {}, info() {} },
    });
    try {
      expect(core.database.migration.applied).toBe(realCount() - n);
      const answer = await call(core, 'search.query', { text: 'brenner' });
      expect(answer.ok && answer.value.groups.map((g) => [g.kind, g.total])).toEqual([
        ['note', 1],
        ['agendaItem', 1],
      ]);
      // Nothing waits to be indexed, and the records are all still there (the start-up adds the library).
      expect(core.database.sqlite.prepare('SELECT count(*) FROM search_pending').pluck().get()).toBe(0);
      const after = counts(file);
      for (const table of ['people', 'notes', 'one_on_ones', 'agenda_items'])
        expect([table, after[table]]).toEqual([table, rows[table]]);
    } finally {
      core.close();
    }
  });
});

describe('migration 0016_progress_covering_indexes', () => {
  it('widens the observation indexes the progress reads use and indexes commitments by due date, keeping every row, and the team aggregate reads the index alone', () => {
    const n = journalTags().indexOf('0016_progress_covering_indexes');
    expect(n).toBeGreaterThan(0);
    const file = path.join(tempDir(), 'coachbench.db');
    openDatabase(file, { migrationsFolder: migrationsFolder(n) }).close();
    const filling = new Database(file);
    filling.pragma('foreign_keys = ON');
    fillEveryTable(filling, { valueOf: realisticValue });
    const observationsBefore = filling.prepare('SELECT * FROM observations ORDER BY id').all();
    expect(observationsBefore.length).toBeGreaterThan(0);
    filling.close();
    const opened = openDatabase(file, { migrationsFolder: migrationsFolder(n + 1) });
    expect(opened.migration.applied).toBe(1);
    const db = opened.sqlite;
    expect(db.prepare('SELECT * FROM observations ORDER BY id').all()).toEqual(observationsBefore);
    const columns = (index: string) =>
      (db.prepare(`PRAGMA index_info("${index}")`).all() as { name: string }[]).map((c) => c.name);
    const covered = ['level', 'verdict', 'source_kind', 'visibility', 'author_id'];
    expect(columns('observations_rep_date_idx')).toEqual([
      'rep_id',
      'observed_on',
      'behaviour_id',
      ...covered,
    ]);
    expect(columns('observations_rep_behaviour_date_idx')).toEqual([
      'rep_id',
      'behaviour_id',
      'observed_on',
      ...covered,
    ]);
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT rep_id, behaviour_id, count(*), sum(level), max(verdict), max(source_kind)
         FROM observations WHERE rep_id = 'r' AND (author_id IS 'a' OR visibility <> 'private') GROUP BY rep_id, behaviour_id`,
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join('; ')).toMatch(
      /COVERING INDEX observations_rep_behaviour_date_idx/,
    );
    expect(columns('commitments_due_idx')).toEqual(['due_on', 'rep_id', 'status', 'one_on_one_id']);
    opened.close();
  });
});
