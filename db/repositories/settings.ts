import { eq } from 'drizzle-orm';
import type { ReadableDB, WritableDB } from '../open';
import { settings } from '../schema';

export function readSetting(db: ReadableDB, key: string): string | null {
  return (
    db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get()?.value ?? null
  );
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
