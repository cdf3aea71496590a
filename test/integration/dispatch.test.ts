import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Logger } from '../../electron/core/context';
import { createCore } from '../../electron/core/core';
import { createDispatcher } from '../../electron/core/dispatch';
import { createFileLogger } from '../../electron/core/file-logger';
import { handlers } from '../../electron/core/domains';
import type { Handlers } from '../../electron/core/registry';
import { type AppEvent, contract, type MethodName } from '../../shared/contract';
import {
  call,
  MIGRATIONS,
  makeCore,
  silentLogger,
  snapshotRows,
  type TestCore,
  tempDir,
  value,
} from '../helpers/core';

let core: TestCore;
beforeEach(async () => {
  core = makeCore();
  const m = await value(core, 'people.create', { name: 'Marcus Webb', kind: 'manager' });
  await value(core, 'people.create', { name: 'Tom Fielding', managerId: m.id });
});
afterEach(() => core.close());

/** Inputs that no method accepts: wrong top-level types, and unknown fields (every input is strict). */
const MALFORMED: unknown[] = [42, 'text', [], true, { unexpectedField: 1 }];

describe('the dispatcher', () => {
  const methods = Object.keys(contract) as MethodName[];

  it.each(methods)('%s rejects malformed input with INVALID_INPUT and changes nothing', async (method) => {
    const before = snapshotRows(core);
    for (const input of MALFORMED) {
      const result = await core.dispatcher.call(method, input);
      expect(result, `${method} with ${JSON.stringify(input)}`).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT' },
      });
      if (!result.ok) expect(result.error.details?.issues?.length).toBeGreaterThan(0);
    }
    expect(snapshotRows(core)).toEqual(before);
    expect(core.events).toHaveLength(2);
  });

  it('rejects an unknown method, including names inherited from Object', async () => {
    for (const method of ['people.delete', 'toString', '__proto__', 'constructor', '']) {
      expect(await core.dispatcher.call(method, {})).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_METHOD' },
      });
    }
  });

  it('answers every call in the order it was made, so a list made right after a create includes it', async () => {
    // Nothing is awaited between the calls: each must still see the effect of the ones made before it.
    const created = call(core, 'people.create', { name: 'Ana Ortiz' });
    const listed = call(core, 'people.list', {});
    const archived = call(core, 'people.archive', { id: 'id-0003' });
    const listedAgain = call(core, 'people.list', {});
    const [person, list, , listAgain] = await Promise.all([created, listed, archived, listedAgain]);
    expect(person).toMatchObject({ ok: true, value: { id: 'id-0003', name: 'Ana Ortiz' } });
    const names = (result: typeof list) => (result.ok ? result.value.map((p) => p.name) : []);
    expect(names(list)).toContain('Ana Ortiz');
    expect(names(listAgain)).not.toContain('Ana Ortiz');
  });

  it('runs calls made in one tick back to back: a call a listener makes on an event waits behind them', async () => {
    // The renderer refetches when it hears `people.changed`; here a listener archives the new person as
    // soon as it hears of them. The list made in the same tick as the create must still see the person as
    // the create left them: the listener's call queues behind it instead of cutting in.
    const heard: string[] = [];
    let archived: Promise<unknown> | undefined;
    const unsubscribe = core.subscribe((event) => {
      if (event.name !== 'people.changed') return;
      const { ids } = (event as AppEvent<'people.changed'>).payload;
      heard.push(...ids);
      archived ??= call(core, 'people.archive', { id: ids[0]! });
    });
    const created = call(core, 'people.create', { name: 'Ana Ortiz' });
    const listed = call(core, 'people.list', {});
    // Nothing runs inside the caller's own turn, so a listener cannot re-enter the core there either.
    expect(heard).toEqual([]);
    const [person, list] = await Promise.all([created, listed]);
    expect(person).toMatchObject({ ok: true, value: { id: 'id-0003', name: 'Ana Ortiz' } });
    expect(list.ok && list.value.map((p) => p.name)).toContain('Ana Ortiz');
    expect(await archived).toMatchObject({ ok: true });
    unsubscribe();
    expect(heard).toEqual(['id-0003', 'id-0003']);
    expect((await value(core, 'people.list', {})).map((p) => p.name)).not.toContain('Ana Ortiz');
  });

  it('turns an unexpected failure into INTERNAL without leaking the stack, and rolls back', async () => {
    const before = snapshotRows(core);
    core.database.sqlite.exec(
      "CREATE TRIGGER explode BEFORE INSERT ON people WHEN NEW.name = 'Boom' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END",
    );
    const result = await call(core, 'people.create', { name: 'Boom' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Coachbench hit an internal error. Nothing was saved.' },
    });
    expect(JSON.stringify(result)).not.toContain('disk on fire');
    expect(silentLogger.errors.length).toBeGreaterThan(0);
    expect(snapshotRows(core)).toEqual(before);
  });

  it('answers app.info with the data file and schema version', async () => {
    const info = await value(core, 'app.info', {});
    expect(info).toMatchObject({ name: 'Coachbench', dataFile: core.file, transport: 'http' });
    expect(info.schemaVersion).toBeGreaterThan(0);
  });
});

describe('the dispatcher’s promises', () => {
  it('rolls back a write whose result breaks the contract, so “nothing was saved” is true', async () => {
    const core = makeCore();
    // A start date no calendar has slips past the database but not the output contract.
    const before = snapshotRows(core);
    core.database.sqlite.exec(
      "CREATE TRIGGER corrupt AFTER INSERT ON people BEGIN UPDATE people SET created_at = 'not a time' WHERE id = NEW.id; END",
    );
    const result = await call(core, 'people.create', { name: 'Broken Output' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: 'Coachbench hit an internal error. Nothing was saved.' },
    });
    expect(snapshotRows(core)).toEqual(before);
    core.close();
  });

  it('answers a pathologically nested input with an error, not a crash', async () => {
    const core = makeCore();
    let doc: Record<string, unknown> = { type: 'text', text: 'x' };
    for (let i = 0; i < 20_000; i++) doc = { type: 'paragraph', content: [doc] };
    const result = await core.dispatcher.call('notes.save', {
      id: 'x',
      revision: 1,
      title: 'x',
      doc: { type: 'doc', content: [doc] },
    });
    expect(result.ok).toBe(false);
    core.close();
  });
});

/** A dispatcher over `core`'s database whose `people.create` first runs `before` inside the transaction. */
function dispatcherWith(
  core: TestCore,
  before: (input: { name: string }) => void,
  logger: Logger = silentLogger,
) {
  const wrapped: Handlers = {
    ...handlers,
    'people.create': (input, ctx) => {
      ctx.db.$client.prepare('SELECT count(*) FROM people').get();
      before(input);
      return handlers['people.create'](input, ctx);
    },
  };
  return createDispatcher(
    wrapped,
    {
      db: core.database.db,
      clock: core.clock,
      newId: () => 'fixed-id',
      transport: 'http',
      dataFile: core.file,
      schemaVersion: 1,
      appVersion: 'test',
      readOnlyReason: null,
      locale: 'en-GB',
    },
    () => {},
    logger,
  );
}

describe('the dispatcher with another process on the same file', () => {
  it('takes the write lock first, so a write by the other process cannot stale its snapshot', async () => {
    const core = makeCore();
    // The browser mode's connection: it writes between this mutation's first read and its first write.
    const other = new Database(core.file);
    other.pragma('busy_timeout = 0');
    const otherErrors: string[] = [];
    const dispatcher = dispatcherWith(core, () => {
      try {
        other.exec('CREATE TABLE IF NOT EXISTS written_by_other_process (x)');
      } catch (error) {
        // With the lock held, the other process waits (here: gives up at once) instead of us failing.
        otherErrors.push((error as { code: string }).code);
      }
    });
    const result = await dispatcher.call('people.create', { name: 'Ana Ortiz' });
    expect(result).toMatchObject({ ok: true, value: { name: 'Ana Ortiz' } });
    expect(otherErrors).toEqual(['SQLITE_BUSY']);
    other.close();
    core.close();
  });

  it('answers BUSY with a message saying to try again when the other process holds the lock', async () => {
    const core = makeCore();
    const other = new Database(core.file);
    other.exec('BEGIN IMMEDIATE');
    core.database.sqlite.pragma('busy_timeout = 0');
    const result = await call(core, 'people.create', { name: 'Ana Ortiz' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'BUSY',
        message: expect.stringMatching(/Another Coachbench .* try again in a moment\. Nothing was saved\.$/),
        details: { retryable: true },
      },
    });
    other.exec('ROLLBACK');
    other.close();
    expect(await call(core, 'people.create', { name: 'Ana Ortiz' })).toMatchObject({ ok: true });
    core.close();
  });
});

describe('the dispatcher on a full disk', () => {
  it('says the disk is full and that nothing was saved, not "internal error"', async () => {
    const core = makeCore();
    const sqlite = core.database.sqlite;
    // A database that may not grow by one more page behaves as a full disk does: SQLITE_FULL.
    sqlite.pragma(`max_page_count = ${sqlite.pragma('page_count', { simple: true })}`);
    let result = await call(core, 'people.create', { name: 'Rep 0' });
    for (let i = 1; result.ok && i < 2000; i++) {
      result = await call(core, 'people.create', { name: `Rep ${i} ${'x'.repeat(100)}` });
    }
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'STORAGE',
        message: 'The disk is full: free some space, then try again. Nothing was saved.',
      },
    });
    core.close();
  });
});

describe('the log file', () => {
  it('records which call failed and where, but never what was typed', async () => {
    const core = makeCore();
    const folder = path.join(tempDir(), 'logs');
    const logger = createFileLogger({ folder });
    // JSON.parse quotes its input in its message: the log must not.
    const dispatcher = dispatcherWith(core, (input) => JSON.parse(input.name), logger);
    const secret = 'Confidential: Ana is on a performance plan';
    const result = await dispatcher.call('people.create', { name: secret });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const log = fs.readFileSync(logger.file, 'utf8');
    expect(log).toContain('people.create failed');
    expect(log).toMatch(/SyntaxError \(message withheld: it may quote your data\)\n\s+at /);
    expect(log).not.toContain('Confidential');
    expect(log).not.toContain('performance plan');
    core.close();
  });

  it('is kept by default in logs/ beside the database', async () => {
    const dir = tempDir();
    const core = createCore({
      dbFile: path.join(dir, 'coachbench.db'),
      migrationsFolder: MIGRATIONS,
      transport: 'http',
      appVersion: 'test',
    });
    core.database.sqlite.exec(
      "CREATE TRIGGER explode BEFORE INSERT ON people BEGIN SELECT RAISE(ABORT, 'disk on fire'); END",
    );
    expect(await core.dispatcher.call('people.create', { name: 'Ana Ortiz' })).toMatchObject({ ok: false });
    core.close();
    const log = fs.readFileSync(path.join(dir, 'logs', 'coachbench.log'), 'utf8');
    expect(log).toMatch(
      /ERROR people\.create failed\nSqliteError SQLITE_CONSTRAINT_TRIGGER: disk on fire\n\s+at /,
    );
    expect(log).not.toContain('Ana Ortiz');
  });

  it('rotates at its size limit and keeps three old files', () => {
    const folder = path.join(tempDir(), 'logs');
    const logger = createFileLogger({ folder, maxBytes: 400, keep: 3, now: () => new Date(0) });
    for (let i = 0; i < 40; i++) logger.info(`entry ${String(i).padStart(2, '0')} ${'-'.repeat(40)}`);
    expect(fs.readdirSync(folder).sort()).toEqual([
      'coachbench.log',
      'coachbench.log.1',
      'coachbench.log.2',
      'coachbench.log.3',
    ]);
    for (const name of fs.readdirSync(folder)) {
      expect(fs.statSync(path.join(folder, name)).size).toBeLessThanOrEqual(400);
    }
    expect(fs.readFileSync(path.join(folder, 'coachbench.log'), 'utf8')).toContain('entry 39');
    expect(fs.readFileSync(path.join(folder, 'coachbench.log.1'), 'utf8')).not.toContain('entry 39');
  });
});
