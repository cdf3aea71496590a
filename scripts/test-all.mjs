// npm test: everything CI runs, in order, ending with the one line CI reads: "N passed, N failed".
// Typecheck and lint count as one check each; vitest and Playwright report their own test counts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'test-results');
fs.mkdirSync(results, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(label, command, args) {
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: result.status === 0, seconds };
}

function check(label, command, args) {
  const { ok, seconds } = run(label, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${label}: ${ok ? 'passed' : 'FAILED'} (${seconds} s)`);
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

check('typecheck', bin('tsc'), ['-p', 'tsconfig.node.json', '--noEmit']);
check('typecheck (renderer)', bin('tsc'), ['-p', 'tsconfig.web.json', '--noEmit']);
// Browser tests run code in the page (page.evaluate), so they see DOM types; the app's Node code does not.
check('typecheck (browser tests)', bin('tsc'), ['-p', 'tsconfig.e2e.json', '--noEmit']);
check('lint', bin('biome'), ['check', '.']);

{
  const file = path.join(results, 'vitest.json');
  fs.rmSync(file, { force: true });
  const { ok, seconds } = run('vitest (unit + integration)', bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  const report = readJson(file);
  if (report) {
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + report.numTodoTests;
    lines.push(`vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed (${seconds} s)`);
  } else {
    totals.failed += 1;
    lines.push(`vitest: no report (exit ${ok ? 0 : 'non-zero'})`);
  }
  if (!ok && report && report.numFailedTests === 0) {
    totals.failed += 1;
    lines.push('vitest: exited non-zero without a failed test (a file failed to load?)');
  }
}

{
  const file = path.join(results, 'e2e.json');
  fs.rmSync(file, { force: true });
  const { ok, seconds } = run('playwright (end-to-end in Chromium)', bin('playwright'), ['test']);
  const report = readJson(file);
  if (report?.stats) {
    const { expected, unexpected, flaky, skipped } = report.stats;
    totals.passed += expected + flaky;
    totals.failed += unexpected;
    totals.skipped += skipped;
    lines.push(
      `playwright: ${expected + flaky} passed, ${unexpected} failed, ${skipped} skipped (${seconds} s)`,
    );
    if (!ok && unexpected === 0) {
      totals.failed += 1;
      lines.push('playwright: exited non-zero without a failed test (global setup or a file failed?)');
    }
  } else {
    totals.failed += 1;
    lines.push(`playwright: no report (exit ${ok ? 0 : 'non-zero'})`);
  }
}

console.log('\n=== summary ===');
for (const line of lines) console.log(line);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
