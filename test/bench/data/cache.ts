// The generated databases are cached between runs, keyed by the generator's version, the data set's
// spec (seed and size) and the migrations, so a schema change or a new generator rebuilds them.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  type BenchDataSpec,
  GENERATOR_VERSION,
  type GeneratedCounts,
  generateBenchDatabase,
} from './generate';

export interface BenchDatabase {
  file: string;
  spec: BenchDataSpec;
  counts: GeneratedCounts;
  /** Seconds it took to generate, when it was generated on this run or recorded in the cache. */
  generatedInSeconds: number;
  fromCache: boolean;
}

function migrationsHash(migrationsFolder: string): string {
  const hash = createHash('sha256');
  for (const name of fs
    .readdirSync(migrationsFolder)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    hash.update(name);
    hash.update(fs.readFileSync(path.join(migrationsFolder, name)));
  }
  return hash.digest('hex').slice(0, 12);
}

export function cacheKey(spec: BenchDataSpec, migrationsFolder: string): string {
  return `v${GENERATOR_VERSION}-${spec.name}-${spec.seed}-${spec.reps}r${spec.managers}m${spec.years}y${spec.callsPerRep}c-${migrationsHash(migrationsFolder)}`;
}

/** The cached database for `spec`, generated first if there is none. */
export function benchDatabase(options: {
  spec: BenchDataSpec;
  cacheDir: string;
  migrationsFolder: string;
  log?: (line: string) => void;
}): BenchDatabase {
  const log = options.log ?? (() => {});
  const key = cacheKey(options.spec, options.migrationsFolder);
  const dir = path.join(options.cacheDir, key);
  const file = path.join(dir, 'coachbench.db');
  const manifest = path.join(dir, 'manifest.json');
  if (fs.existsSync(manifest) && fs.existsSync(file)) {
    const saved = JSON.parse(fs.readFileSync(manifest, 'utf8')) as {
      counts: GeneratedCounts;
      seconds: number;
    };
    return {
      file,
      spec: options.spec,
      counts: saved.counts,
      generatedInSeconds: saved.seconds,
      fromCache: true,
    };
  }
  // Generated beside the cache entry and renamed into place: an interrupted run leaves no half database.
  const work = `${dir}.partial-${process.pid}`;
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  log(
    `Generating the ${options.spec.name} data set (${options.spec.reps} reps, ${options.spec.years} years) into ${dir}`,
  );
  const start = performance.now();
  const counts = generateBenchDatabase({
    file: path.join(work, 'coachbench.db'),
    spec: options.spec,
    migrationsFolder: options.migrationsFolder,
    log,
  });
  const seconds = (performance.now() - start) / 1000;
  for (const extra of ['backups', 'logs'])
    fs.rmSync(path.join(work, extra), { recursive: true, force: true });
  fs.writeFileSync(
    path.join(work, 'manifest.json'),
    `${JSON.stringify({ key, counts, seconds }, null, 2)}\n`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(work, dir);
  log(`Generated in ${seconds.toFixed(0)} s: ${JSON.stringify(counts)}`);
  return { file, spec: options.spec, counts, generatedInSeconds: seconds, fromCache: false };
}

/** A private copy of a cached database, so a benchmark that writes never changes the cache. */
export function copyOf(database: BenchDatabase, toDir: string): string {
  fs.mkdirSync(toDir, { recursive: true });
  const target = path.join(toDir, 'coachbench.db');
  fs.copyFileSync(database.file, target);
  return target;
}
