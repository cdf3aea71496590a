import { randomUUID } from 'node:crypto';
import type { AppEvent, EventName, EventPayload } from '../../shared/contract';
import type { ReadableDB, WritableDB } from '../../db/open';
import type { KeptOf } from './prepare/jobs';
import type { PrepareMethod } from './prepare/types';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
export const randomIds = (): string => randomUUID();

export interface Logger {
  error(message: string, error?: unknown): void;
  info(message: string): void;
}

export const consoleLogger: Logger = {
  error: (message, error) => console.error(`[coachbench] ${message}`, error ?? ''),
  info: (message) => console.log(`[coachbench] ${message}`),
};

/** What a query handler gets: a database it can only read, and the facts about this launch. */
export interface ReadContext {
  db: ReadableDB;
  clock: Clock;
  transport: 'ipc' | 'http';
  dataFile: string;
  schemaVersion: number;
  appVersion: string;
  /** Why the database is open read-only, or null; the dispatcher refuses every mutation while it is set. */
  readOnlyReason: string | null;
}

/**
 * What a mutation handler gets, inside its transaction: a writable database, ids, and events, which are
 * delivered only after the transaction commits.
 */
export interface HandlerContext extends ReadContext {
  db: WritableDB;
  newId: () => string;
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
  prepared: PreparedImports;
}

/** The results prepare methods keep in memory, for the mutation that commits them. */
export interface PreparedImports {
  /**
   * What `method` kept under `preparedId`. An unknown or expired id throws NOT_FOUND with the contract's
   * message for that import, at `path` in the input. The result is forgotten once this transaction
   * commits, and kept if it rolls back, so a commit refused for a wrong field can be sent again.
   */
  use<M extends PrepareMethod>(method: M, preparedId: string, path: (string | number)[]): KeptOf<M>;
}

export type EventSink = (event: AppEvent) => void;

export function nowIso(clock: Clock): string {
  return clock.now().toISOString();
}

/**
 * The calendar date on this machine's clock, `YYYY-MM-DD`, plus `offsetDays`. The core runs on the
 * user's own computer, so its local date is the user's "today" (UTC would be a day off in the evening
 * west of Greenwich and the morning east of it).
 */
export function localToday(clock: Clock, offsetDays = 0): string {
  const now = clock.now();
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
