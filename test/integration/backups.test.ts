import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { RichTextDoc } from '../../shared/contract';
import { type BackupFile, backupFileName, backupsToKeep, listBackups } from '../../db/backups';
import { call, makeCore, type TestCore, tempDir, value } from '../helpers/core';

const cores: TestCore[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});
function open(options: Parameters<typeof makeCore>[0] = {}): TestCore {
  const core = makeCore(options);
  cores.push(core);
  return core;
}
const doc = (text: string): RichTextDoc =>
  ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }) as RichTextDoc;

function backup(at: string, reason: BackupFile['reason'] = 'daily'): BackupFile {
  const takenAt = new Date(at);
  const name = backupFileName(takenAt, reason);
  return { name, file: name, takenAt, reason, bytes: 1 };
}

describe('the backup rotation', () => {
  it('keeps 7 daily, 4 weekly and 12 monthly backups, and every one taken before a migration or restore', () => {
    // A backup every day for 400 days, plus one before a migration long ago.
    const start = Date.UTC(2025, 0, 1, 9);
    const backups = Array.from({ length: 400 }, (_, i) =>
      backup(new Date(start + i * 86_400_000).toISOString()),
    );
    const migration = backup('2024-06-01T10:00:00.000Z', 'before-migration');
    const keep = backupsToKeep([...backups, migration]);
    const kept = [...backups]
      .filter((b) => keep.has(b.name))
      .map((b) => b.takenAt.toISOString().slice(0, 10));
    expect(keep.has(migration.name)).toBe(true);
    // The last 7 days (2026-01-29 … 2026-02-04), the Mondays' weeks before, the months before that.
    expect(kept.slice(-7)).toEqual([
      '2026-01-29',
      '2026-01-30',
      '2026-01-31',
      '2026-02-01',
      '2026-02-02',
      '2026-02-03',
      '2026-02-04',
    ]);
    const months = new Set(kept.map((d) => d.slice(0, 7)));
    expect(months.size).toBe(12);
    // Newest of each: 7 days, the 4 weeks' newest (3 of them outside those days), 12 months' newest.
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(kept.length).toBeGreaterThanOrEqual(12);
    // Two backups the same day: only the newer is a "daily".
    const sameDay = [backup('2026-02-04T08:00:00.000Z', 'manual'), backup('2026-02-04T18:00:00.000Z')];
    expect([...backupsToKeep(sameDay)]).toEqual([sameDay[1]!.name]);
  });
});

describe('backups', () => {
  it('backs up now into the folder, verified, listed newest first', async () => {
    const core = open();
    const status = await value(core, 'backups.create', {});
    expect(status.defaultFolder).toBe(true);
    expect(status.backups).toHaveLength(1);
    expect(status.backups[0]!.reason).toBe('manual');
    const file = path.join(status.folder, status.backups[0]!.name);
    const copy = new Database(file, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) FROM behaviours').pluck().get()).toBeGreaterThan(0);
    copy.close();
    expect(core.events.map((e) => e.name)).toEqual(['backups.changed']);
    core.clock.advance(60_000);
    const again = await value(core, 'backups.create', {});
    // Two backups the same day: the rotation keeps the newer one as that day's.
    expect(again.backups.map((b) => b.takenAt)).toEqual(['2026-03-02T09:01:00.000Z']);
  });

  it('keeps older backups when a new one cannot be written', async () => {
    const core = open();
    await value(core, 'backups.create', {});
    const folder = (await value(core, 'backups.status', {})).folder;
    const before = fs.readdirSync(folder);
    // The folder replaced by a file: nothing can be written there.
    const elsewhere = path.join(tempDir(), 'not-a-folder');
    fs.writeFileSync(elsewhere, 'x');
    const refused = await call(core, 'backups.setFolder', { folder: path.join(elsewhere, 'backups') });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.code).toBe('INVALID_INPUT');
      expect(refused.error.details?.issues?.[0]?.path).toEqual(['folder']);
    }
    const relative = await call(core, 'backups.setFolder', { folder: 'backups-here' });
    expect(relative.ok).toBe(false);
    expect(fs.readdirSync(folder)).toEqual(before);
  });

  it('writes to a folder the user chose, and goes back to the default', async () => {
    const core = open();
    const chosen = path.join(tempDir(), 'my backups');
    const moved = await value(core, 'backups.setFolder', { folder: chosen });
    expect(moved).toMatchObject({ folder: chosen, defaultFolder: false, backups: [] });
    await value(core, 'backups.create', {});
    expect(listBackups(chosen)).toHaveLength(1);
    const back = await value(core, 'backups.setFolder', { folder: null });
    expect(back.defaultFolder).toBe(true);
  });

  it('backs up at start-up once a day', () => {
    const dir = tempDir();
    const file = path.join(dir, 'coachbench.db');
    open({ file, dailyBackup: true }).close();
    expect(listBackups(path.join(dir, 'backups')).map((b) => b.reason)).toEqual(['daily']);
    open({ file, dailyBackup: true, now: '2026-03-02T20:00:00.000Z' }).close();
    expect(listBackups(path.join(dir, 'backups'))).toHaveLength(1);
    open({ file, dailyBackup: true, now: '2026-03-03T10:00:00.000Z' }).close();
    expect(listBackups(path.join(dir, 'backups'))).toHaveLength(2);
  });

  it('restores a chosen backup at the next start, the current database backed up first', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'coachbench.db');
    const core = open({ file });
    const rep = await value(core, 'people.create', { name: 'Tom Fielding', kind: 'rep', managerId: null });
    const { backups } = await value(core, 'backups.create', {});
    const note = await value(core, 'notes.create', { repId: rep.id, title: 'Written after the backup' });
    await value(core, 'notes.save', {
      id: note.id,
      revision: note.revision,
      title: note.title,
      doc: doc('Later'),
    });
    const chosen = await value(core, 'backups.restore', { name: backups[0]!.name });
    expect(chosen.pendingRestore).toBe(backups[0]!.name);
    core.close();

    const reopened = open({ file, now: '2026-03-02T10:00:00.000Z' });
    expect(await value(reopened, 'notes.list', { repId: rep.id })).toEqual([]);
    const status = await value(reopened, 'backups.status', {});
    expect(status.pendingRestore).toBeNull();
    const previous = status.backups.find((b) => b.reason === 'before-restore')!;
    const copy = new Database(path.join(status.folder, previous.name), { readonly: true });
    expect(copy.prepare('SELECT title FROM notes').pluck().all()).toEqual(['Written after the backup']);
    copy.close();
  });

  it('refuses to restore a damaged backup, and changes nothing', async () => {
    const core = open();
    const { folder, backups } = await value(core, 'backups.create', {});
    const damaged = path.join(folder, backupFileName(new Date('2026-03-01T00:00:00.000Z'), 'manual'));
    const bytes = fs.readFileSync(path.join(folder, backups[0]!.name));
    bytes.fill(0x41, 4096, 12_288);
    fs.writeFileSync(damaged, bytes);
    const refused = await call(core, 'backups.restore', { name: path.basename(damaged) });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/cannot be restored/);
    expect((await value(core, 'backups.status', {})).pendingRestore).toBeNull();
    const unknown = await call(core, 'backups.restore', { name: '../../etc/passwd' });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.code).toBe('INVALID_INPUT');
  });
});
