// npm run bench: bundles test/bench/bench.ts (with the app's own code) and runs it in plain Node.
// Arguments go to the runner: `npm run bench -- --only reads`; see test/bench/bench.ts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
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
const args = process.argv.slice(2);
const bench = path.join(root, 'build', 'bench.cjs');
const result = spawnSync(process.execPath, [bench, ...args], { stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);

// The browser benchmark (Playwright, Chromium): with every suite, or when --only names "browser".
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? (args[onlyAt + 1] ?? '').toLowerCase() : null;
if (args.includes('--generate') || (only !== null && !only.includes('browser'))) process.exit(0);
const fullDb = spawnSync(process.execPath, [bench, '--print-full-db'], { encoding: 'utf8' });
if (fullDb.status !== 0) process.exit(fullDb.status ?? 1);
const browser = spawnSync(
  process.execPath,
  [
    path.join(root, 'node_modules', '@playwright', 'test', 'cli.js'),
    'test',
    '--config',
    'test/bench/browser/playwright.config.ts',
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BENCH_FULL_DB: fullDb.stdout.trim().split('\n').pop() },
  },
);
const figures = path.join(root, 'build', 'bench', 'browser.json');
if (fs.existsSync(figures)) {
  console.log('\nIn the browser (ms until usable; long tasks over 50 ms meanwhile)');
  for (const f of JSON.parse(fs.readFileSync(figures, 'utf8')))
    console.log(
      `  ${f.what.padEnd(40)} ${String(f.ms).padStart(6)} ms   long tasks: ${f.longTasks.length ? f.longTasks.join(', ') : 'none'}`,
    );
}
process.exit(browser.status ?? 1);
