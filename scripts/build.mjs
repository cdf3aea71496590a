// Builds everything the app runs: the renderer (Vite) and the Node/Electron bundles (esbuild).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// What the bundles are made from. A change to any of these (or a file added to or removed from their
// folders, which changes the folder's time) makes the build stale.
const SOURCES = [
  'renderer',
  'electron',
  'shared',
  'db',
  'vite.config.mts',
  'package.json',
  'package-lock.json',
];
const STAMP = path.join(root, 'build', '.sources-time');

function newestSourceTime() {
  let newest = 0;
  const visit = (file) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) return;
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) for (const entry of fs.readdirSync(file)) visit(path.join(file, entry));
  };
  for (const source of SOURCES) visit(path.join(root, source));
  return newest;
}

/** Whether build/ was made from the sources as they are now. */
export function isBuildCurrent() {
  if (!fs.existsSync(STAMP)) return false;
  return Number(fs.readFileSync(STAMP, 'utf8')) >= newestSourceTime();
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
  const sourcesTime = newestSourceTime();
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
  ]);
  fs.writeFileSync(STAMP, String(sourcesTime));
  if (!quiet) console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildAll().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
