// npm run bench: bundles test/bench/bench.ts (with the app's own code) and runs it in plain Node.
// Arguments go to the runner: `npm run bench -- --only reads`; see test/bench/bench.ts.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildAll } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await buildAll({ quiet: true });
await build({
  absWorkingDir: root,
  entryPoints: ['test/bench/bench.ts'],
  outfile: 'build/bench.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['better-sqlite3'],
  logLevel: 'warning',
});
const result = spawnSync(
  process.execPath,
  [path.join(root, 'build', 'bench.cjs'), ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
