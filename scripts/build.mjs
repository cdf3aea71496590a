// Builds everything the app runs: the renderer (Vite) and the Node/Electron bundles (esbuild).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// What the bundles are made from. The build is stale when a file among these is newer than the build, or
// was added, removed or renamed. Folder times are not used: tests that drop a probe file into a folder
// and remove it again change them without changing the app.
const SOURCES = [
  'renderer',
  'electron',
  'shared',
  'db',
  'vite.config.mts',
  'package.json',
  'package-lock.json',
];
const STAMP = path.join(root, 'build', '.sources');
export const IMPORT_WORKER_ENTRY = 'electron/core/prepare/worker.ts';
const IMPORT_WORKER_OUTFILES = ['build/electron/import-worker.cjs', 'build/import-worker.cjs'];

function sourcesFingerprint() {
  let newest = 0;
  const files = [];
  const visit = (file) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(file)) visit(path.join(file, entry));
      return;
    }
    newest = Math.max(newest, stat.mtimeMs);
    files.push(path.relative(root, file));
  };
  for (const source of SOURCES) visit(path.join(root, source));
  return { newest, files: createHash('sha256').update(files.sort().join('\n')).digest('hex') };
}

/** Whether build/ was made from the sources as they are now. */
export function isBuildCurrent() {
  if (!fs.existsSync(STAMP)) return false;
  const built = JSON.parse(fs.readFileSync(STAMP, 'utf8'));
  const now = sourcesFingerprint();
  return built.newest >= now.newest && built.files === now.files;
}

/**
 * `npm start` and `npm run serve` build only when a source changed: a second start is instant, and it does
 * not rewrite build/ under a server that is already running from it.
 */
export async function buildIfStale() {
  if (!isBuildCurrent()) await buildAll({ quiet: true });
}

export async function buildAll({ quiet = false } = {}) {
  const started = Date.now();
  // The time is read before building, so a file saved during the build leaves the build stale.
  const sources = sourcesFingerprint();
  fs.rmSync(STAMP, { force: true });
  await viteBuild({ configFile: path.join(root, 'vite.config.mts'), logLevel: quiet ? 'error' : 'warn' });
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'linked',
    // better-sqlite3 is a native module and electron is provided by the runtime.
    external: ['electron', 'better-sqlite3'],
    logLevel: 'warning',
    absWorkingDir: root,
  };
  await Promise.all([
    esbuild({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'build/electron/main.cjs' }),
    esbuild({
      ...common,
      entryPoints: ['electron/preload/preload.ts'],
      outfile: 'build/electron/preload.cjs',
    }),
    esbuild({ ...common, entryPoints: ['electron/http/cli.ts'], outfile: 'build/server.cjs' }),
    // The import worker (electron/core/prepare/worker.ts) sits beside each bundle that runs the core,
    // which starts it from its own folder.
    ...IMPORT_WORKER_OUTFILES.map((outfile) =>
      esbuild({ ...common, entryPoints: [IMPORT_WORKER_ENTRY], outfile }),
    ),
  ]);
  fs.writeFileSync(STAMP, JSON.stringify(sources));
  if (!quiet) console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildAll().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
