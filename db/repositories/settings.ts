import { eq } from 'drizzle-orm';
import type { ReadableDB, WritableDB } from '../open';
import { prepared } from '../prepared';
import { settings } from '../schema';

export function readSetting(db: ReadableDB, key: string): string | null {
  return prepared<{ value: string }>(db, 'SELECT value FROM settings WHERE key = ?').get(key)?.value ?? null;
}

export function writeSetting(db: WritableDB, key: string, value: string | null): void {
  if (value === null) {
    db.delete(settings).where(eq(settings.key, key)).run();
    return;
  }
  db.insert(settings)
    .values({ key, value })
    .onConflictDoUpdate({ target: settings.key, set: { value } })
    .run();
}
