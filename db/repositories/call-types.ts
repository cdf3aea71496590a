import { asc } from 'drizzle-orm';
import type { CallType } from '../../shared/contract';
import type { ReadableDB, WritableDB } from '../open';
import { callTypes } from '../schema';

export function listCallTypes(db: ReadableDB): CallType[] {
  return db.select().from(callTypes).orderBy(asc(callTypes.position)).all();
}

export function saveCallType(db: WritableDB, row: CallType): void {
  db.insert(callTypes)
    .values(row)
    .onConflictDoUpdate({ target: callTypes.id, set: { name: row.name } })
    .run();
}
