import path from 'node:path';
import { type OpenedDatabase, openDatabase } from '../../db/open';
import type { AppEvent } from '../../shared/contract';
import { systemLocale } from '../../shared/dates';
import { type Clock, consoleLogger, type Logger, randomIds, systemClock } from './context';
import { createDispatcher, DEFAULT_PREPARE, type Dispatcher } from './dispatch';
import type { PreparedLimits } from './prepare/store';
import type { WorkerLimits } from './prepare/worker-runner';
import { handlers } from './domains';
import { createFileLogger } from './file-logger';
import { seedCallReviewDefaults, seedDefaultLibrary, seedDefaultTemplates } from './services/library-seed';
import { seedExitCriteria } from './services/deal-seed';
import { seedDefaultLossReasons } from './services/loss-reasons-seed';
import { seedDefaultRolePlays } from './services/role-play-seed';
import { drainSearchBacklog, searchBacklog, syncSearchIndex } from './services/search';
import { applyPendingRestore, backupIfDue } from './services/backups';

export interface CoreOptions {
  dbFile: string;
  migrationsFolder: string;
  transport: 'ipc' | 'http';
  appVersion: string;
  clock?: Clock;
  newId?: () => string;
  /** Defaults to the console plus a rotating log file in `logs/` beside the database. */
  logger?: Logger;
  nativeBinding?: string;
  /** Back up at start-up when the newest backup is more than a day old (default true; tests opt in). */
  dailyBackup?: boolean;
  backupDir?: string;
  /** The user's locale (BCP 47) for dates the core writes into text; this computer's by default. */
  locale?: string;
  /**
   * Imports' first phase (core/prepare/): where the bundled import worker is (by default beside the
   * bundle running the core), its limits, and how many prepared results are kept for how long.
   */
  prepare?: { worker?: Partial<WorkerLimits>; store?: Partial<PreparedLimits> };
  /** See DispatcherOptions.checkQueryOutputs; on unless said otherwise. */
  checkQueryOutputs?: boolean;
}

/** Whether the shipped app (desktop or browser mode) checks query answers: only when asked to. */
export function checkQueryOutputsFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.COACHBENCH_CHECK_OUTPUTS === '1';
}

export interface Core {
  dispatcher: Dispatcher;
  database: OpenedDatabase;
  /** Listen to events pushed after mutations commit; returns the unsubscribe function. */
  subscribe(listener: (event: AppEvent) => void): () => void;
  close(): void;
}

/** The application core: plain Node, no Electron. Both transports wrap exactly this. */
export function createCore(options: CoreOptions): Core {
  const clock = options.clock ?? systemClock;
  const logger =
    options.logger ??
    (options.dbFile === ':memory:'
      ? consoleLogger
      : createFileLogger({ folder: path.join(path.dirname(path.resolve(options.dbFile)), 'logs') }));
  let database: OpenedDatabase;
  try {
    // A backup the user chose to restore goes in place before anything opens the file.
    const restored = applyPendingRestore(
      options.dbFile === ':memory:' ? ':memory:' : path.resolve(options.dbFile),
      { now: clock.now(), ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) },
    );
    if (restored) {
      logger.info(
        `Restored ${restored.restored}; the database as it was before is backed up in ${restored.previous ?? '(none)'}`,
      );
    }
  } catch (error) {
    logger.error('Could not restore the chosen backup', error);
  }
  try {
    database = openDatabase(options.dbFile, {
      migrationsFolder: options.migrationsFolder,
      backupDir: options.backupDir,
      nativeBinding: options.nativeBinding,
      now: () => clock.now(),
    });
  } catch (error) {
    logger.error('Could not open the database', error);
    throw error;
  }
  if (database.readOnlyReason !== null) {
    // The defaults were written when the database was created or last updated; nothing can be added now.
    logger.info(`Database opened read-only: ${database.readOnlyReason}`);
  } else {
    try {
      seedDefaultLibrary(database.db, clock);
      seedDefaultTemplates(database.db, clock);
      seedCallReviewDefaults(database.db, clock);
      seedExitCriteria(database.db, clock);
      seedDefaultLossReasons(database.db, clock);
      seedDefaultRolePlays(database.db, clock);
      // Records a migration marked for the search index (0015 marks every existing one): a small history
      // is indexed now, a large one a batch at a time once the core answers calls (below).
      const db = database.db;
      db.$client.transaction(() => syncSearchIndex(db)).immediate();
    } catch (error) {
      database.close();
      logger.error('Could not write the default library', error);
      throw error;
    }
  }
  if (database.migration.backupFile) {
    logger.info(`Database updated; the previous version was backed up to ${database.migration.backupFile}`);
  }
  const listeners = new Set<(event: AppEvent) => void>();
  const publish = (event: AppEvent) => {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch (error) {
        logger.error('An event listener failed', error);
      }
    }
  };
  const base = {
    db: database.db,
    clock,
    newId: options.newId ?? randomIds,
    transport: options.transport,
    dataFile: database.file,
    schemaVersion: database.migration.schemaVersion,
    appVersion: options.appVersion,
    readOnlyReason: database.readOnlyReason,
    locale: options.locale ?? systemLocale(),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  };
  if (options.dailyBackup ?? true) {
    try {
      const file = backupIfDue(base);
      if (file) logger.info(`Daily backup written to ${file}`);
    } catch (error) {
      // Starting matters more than today's backup; Settings shows when the last one was taken.
      logger.error('Could not take the daily backup', error);
    }
  }
  const dispatcher = createDispatcher(
    handlers,
    {
      db: database.db,
      clock,
      newId: options.newId ?? randomIds,
      transport: options.transport,
      dataFile: database.file,
      schemaVersion: database.migration.schemaVersion,
      appVersion: options.appVersion,
      readOnlyReason: database.readOnlyReason,
      locale: options.locale ?? systemLocale(),
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    },
    publish,
    logger,
    {
      checkQueryOutputs: options.checkQueryOutputs ?? true,
      prepare: {
        worker: { ...DEFAULT_PREPARE.worker, ...options.prepare?.worker },
        store: { ...DEFAULT_PREPARE.store, ...options.prepare?.store },
      },
    },
  );
  // The search backlog (a large history after the update that added search, or a rebuild) is indexed a
  // batch at a time in the queue, between the calls, so the app answers while it indexes.
  let closed = false;
  let draining = false;
  const drainBacklog = () => {
    if (draining || closed || database.readOnlyReason !== null) return;
    draining = true;
    const step = (): void => {
      dispatcher
        .background(() =>
          closed ? 0 : database.db.$client.transaction(() => drainSearchBacklog(database.db)).immediate(),
        )
        .then(
          (read) => {
            if (read > 0 && !closed) setTimeout(step, 0);
            else draining = false;
          },
          (error: unknown) => {
            draining = false;
            logger.error('Could not index the search backlog; a rebuild in Settings repairs it', error);
          },
        );
    };
    step();
  };
  if (database.readOnlyReason === null && searchBacklog(database.db) > 0) drainBacklog();
  // A rebuild marks every record; a write that marked more than one transaction indexes leaves the rest.
  listeners.add((event) => {
    if (event.name === 'search.rebuilt' || (!draining && !closed && searchBacklog(database.db) > 0))
      drainBacklog();
  });
  return {
    dispatcher,
    database,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed = true;
      listeners.clear();
      database.close();
    },
  };
}
