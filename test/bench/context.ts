// What the suites share: the repository root, the cached generated databases and a core opened on a
// private copy of one, with the generated history's clock.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkQueryOutputsFromEnv, type Core, createCore } from '../../electron/core/core';
import { type BenchDatabase, benchDatabase, copyOf } from './data/cache';
import { BENCH_NOW, type BenchDataSpec, benchClock, FULL_SIZE, QUARTER_SIZE } from './data/generate';

// The bundle runs from build/; the sources' root is one up.
export const root = path.resolve(__dirname, '..');
export const migrationsFolder = path.join(root, 'db', 'migrations');
export const cacheDir =
  process.env.BENCH_CACHE_DIR ?? path.join(root, 'node_modules', '.cache', 'coachbench-bench');
export const silentLogger = {
  error: (message: string, error?: unknown) => console.error(message, error),
  info: () => {},
};

const databases = new Map<string, BenchDatabase>();

export function dataSet(spec: BenchDataSpec): BenchDatabase {
  let database = databases.get(spec.name);
  if (!database) {
    database = benchDatabase({ spec, cacheDir, migrationsFolder, log: (line) => console.log(line) });
    databases.set(spec.name, database);
  }
  return database;
}

export const fullDataSet = () => dataSet(FULL_SIZE);
export const quarterDataSet = () => dataSet(QUARTER_SIZE);

/** A temporary folder removed when the process exits. */
export function scratchDir(label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `coachbench-bench-${label}-`));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function openCore(dbFile: string): Core {
  return createCore({
    dbFile,
    migrationsFolder,
    transport: 'http',
    appVersion: 'bench',
    clock: benchClock,
    logger: silentLogger,
    // As the shipped app runs (COACHBENCH_CHECK_OUTPUTS=1 measures with every answer checked).
    checkQueryOutputs: checkQueryOutputsFromEnv(),
  });
}

/** A core on a private copy of the data set (suites that write), or on the cached file (read-only suites). */
export function coreOn(database: BenchDatabase, options: { copy: boolean; label: string }): Core {
  return openCore(options.copy ? copyOf(database, scratchDir(options.label)) : database.file);
}

export const BENCH_TODAY = BENCH_NOW.toISOString().slice(0, 10);
