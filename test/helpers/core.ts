import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import type { ApiResult, AppEvent, InputOf, MethodName, OutputOf } from '../../shared/contract';
import type { Clock, Logger } from '../../electron/core/context';
import { type Core, type CoreOptions, createCore } from '../../electron/core/core';

export const MIGRATIONS = path.resolve(__dirname, '../../db/migrations');

/** Set by the global setup: one folder for the whole run, removed when it ends, so no run litters /tmp. */
export const TEST_TMP_ENV = 'COACHBENCH_TEST_TMP';

export function tempDir(prefix = 'coachbench-test-'): string {
  return fs.mkdtempSync(path.join(process.env[TEST_TMP_ENV] ?? os.tmpdir(), prefix));
}

/** A clock that only moves when the test says so. */
export function fixedClock(start = '2026-03-02T09:00:00.000Z'): Clock & { advance(ms: number): void } {
  let now = new Date(start).getTime();
  return { now: () => new Date(now), advance: (ms) => (now += ms) };
}

export function sequentialIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(4, '0')}`;
}

export const silentLogger: Logger & { errors: unknown[] } = {
  errors: [],
  error(message, error) {
    this.errors.push([message, error]);
  },
  info() {},
};

export interface TestCore extends Core {
  file: string;
  events: AppEvent[];
  clock: ReturnType<typeof fixedClock>;
}

/** The import worker the global setup bundled (test/helpers/import-worker-setup.ts). */
export function importWorkerFile(): string {
  return inject('importWorkerFile');
}

/** Set by test/global-setup.ts for the whole run; a process without it builds its own once. */
export const TEMPLATE_DB_ENV = 'COACHBENCH_TEST_TEMPLATE_DB';
let templateFile: string | undefined;

/**
 * A new database, migrated and holding the default library, written as makeCore's fixed clock would write
 * it, then closed (so the WAL is folded into the one file). Copying it costs milliseconds; migrating and
 * seeding a new file costs ~0.2–0.4 s, once per test.
 */
export function buildTemplateDatabase(dir = tempDir('coachbench-template-')): string {
  const file = path.join(dir, 'template.db');
  createCore({
    dbFile: file,
    migrationsFolder: MIGRATIONS,
    transport: 'http',
    appVersion: '0.0.0-test',
    clock: fixedClock(),
    newId: sequentialIds('template'),
    logger: silentLogger,
    dailyBackup: false,
  }).close();
  return file;
}

function templateDatabase(): string {
  const prepared = process.env[TEMPLATE_DB_ENV];
  templateFile ??= prepared && fs.existsSync(prepared) ? prepared : buildTemplateDatabase();
  return templateFile;
}

/** Puts a copy of the prepared template database at `file` (a new, migrated database with the defaults). */
export function copyTemplateDatabase(file: string): string {
  fs.copyFileSync(templateDatabase(), file);
  return file;
}

/**
 * A core on a fresh SQLite file in a temp folder (a copy of the prepared template), with a fixed clock and
 * predictable ids. An existing `file` is reopened as it is.
 */
export function makeCore(
  options: {
    file?: string;
    locale?: string;
    now?: string;
    prepare?: CoreOptions['prepare'];
    /** The ids' prefix: two cores standing for two people's copies must not mint the same ids. */
    idPrefix?: string;
    /** The start-up daily backup (off unless a test is about it: it copies the file). */
    dailyBackup?: boolean;
  } = {},
): TestCore {
  const file = options.file ?? path.join(tempDir(), 'coachbench.db');
  if (!fs.existsSync(file)) copyTemplateDatabase(file);
  const clock = fixedClock(options.now);
  const core = createCore({
    dbFile: file,
    migrationsFolder: MIGRATIONS,
    transport: 'http',
    appVersion: '0.0.0-test',
    locale: options.locale ?? 'en-GB',
    clock,
    newId: sequentialIds(options.idPrefix),
    logger: silentLogger,
    dailyBackup: options.dailyBackup ?? false,
    prepare: {
      ...options.prepare,
      worker: { file: importWorkerFile(), ...options.prepare?.worker },
    },
  });
  const events: AppEvent[] = [];
  core.subscribe((event) => events.push(event));
  return Object.assign(core, { file, events, clock });
}

/** Every row of every user table, to prove that a rejected call changed nothing. */
export function snapshotRows(core: Core): Record<string, unknown[]> {
  const tables = core.database.sqlite
    // The records only. The search index (search_documents, search_pending and the FTS5 tables) is derived
    // from them and is filled a batch at a time in the background after a large write, so it may differ
    // between two copies of the same records for a moment.
    .prepare(
      "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%' ORDER BY name",
    )
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      core.database.sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all(),
    ]),
  );
}

export async function ok<T>(
  promise: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>,
): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(`Expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The dispatcher, typed from the contract for tests. */
export function call<M extends MethodName>(
  core: Core,
  method: M,
  input: InputOf<M>,
): Promise<ApiResult<OutputOf<M>>> {
  return core.dispatcher.call(method, input) as Promise<ApiResult<OutputOf<M>>>;
}

export async function value<M extends MethodName>(
  core: Core,
  method: M,
  input: InputOf<M>,
): Promise<OutputOf<M>> {
  return ok(call(core, method, input));
}

/**
 * Uses the core as this person from now on (the workspace owner): claims an unclaimed copy, or switches
 * to them as Settings does. Every answer after it follows the visibility rule for them.
 */
export async function actAs(core: Core, personId: string): Promise<void> {
  const { owner } = await value(core, 'workspace.get', {});
  if (owner?.id === personId) return;
  if (owner === null) await value(core, 'workspace.claim', { personId });
  else await value(core, 'workspace.switch', { personId });
}

/** The first phase of an import: a transcript read by transcripts.prepare, ready for callReviews.create. */
export async function preparedTranscript(
  core: Core,
  source: InputOf<'transcripts.prepare'>,
): Promise<{ preparedId: string }> {
  const { preparedId } = await value(core, 'transcripts.prepare', source);
  return { preparedId };
}
