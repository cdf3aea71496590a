import { randomUUID } from 'node:crypto';
import type { AppEvent, EventName, EventPayload } from '../../shared/contract';
import type { ReadableDB, WritableDB } from '../../db/open';
import type { Clock } from '../../shared/dates';
import type { KeptOf } from './prepare/jobs';
import type { PrepareMethod } from './prepare/types';

export { type Clock, systemClock } from '../../shared/dates';

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
  /** The user's locale (BCP 47), for the dates the core writes into text: exports, reasons. */
  locale: string;
  /** Electron's own build of better-sqlite3, for the core's second connections (checking a backup). */
  nativeBinding?: string;
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
  /**
   * What the method's step before its transaction worked out off the core's thread
   * (prepare/before-commit.ts), or undefined when it has none or it could not be done: the handler then
   * does that work in place.
   */
  derived?: unknown;
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
