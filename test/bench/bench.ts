// npm run bench: runs every suite in suites.ts, prints p50/p95 beside the raw-SQLite figure, the ratio
// and the budget, and writes build/bench/<time>.json (and latest.json) so runs can be compared.
//
//   npm run bench                       every suite
//   npm run bench -- --only reads,save  suites whose name contains one of the words
//   BENCH_QUICK=1 npm run bench         fewer runs, for iterating
//   npm run bench -- --generate         only generate (or find cached) the data sets
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { percentile, QUICK } from './measure';
import { fullDataSet, quarterDataSet, root } from './context';
import type { Measured } from './suite';
import { suites } from './suites';
import { memoryProbe } from './suites/memory';

interface Row {
  suite: string;
  what: string;
  runs: number;
  p50: number | null;
  p95: number | null;
  rawP50: number | null;
  rawP95: number | null;
  /** App p50 over raw p50. */
  ratio: number | null;
  budgetP95Ms: number | null;
  withinBudget: boolean | null;
  note: string | null;
}

function row(suite: string, m: Measured): Row {
  const has = m.samples.length > 0;
  const p50 = has ? percentile(m.samples, 50) : null;
  const p95 = has ? percentile(m.samples, 95) : null;
  const rawP50 = m.raw?.length ? percentile(m.raw, 50) : null;
  const rawP95 = m.raw?.length ? percentile(m.raw, 95) : null;
  return {
    suite,
    what: m.what,
    runs: m.samples.length,
    p50,
    p95,
    rawP50,
    rawP95,
    ratio: p50 !== null && rawP50 !== null && rawP50 > 0 ? p50 / rawP50 : null,
    budgetP95Ms: m.budgetP95Ms ?? null,
    withinBudget: m.budgetP95Ms !== undefined && p95 !== null ? p95 < m.budgetP95Ms : null,
    note: m.note ?? null,
  };
}

const ms = (v: number | null) => (v === null ? '' : v < 10 ? v.toFixed(2) : v.toFixed(1));

function print(rows: Row[], previous: Map<string, Row>): void {
  const table = [
    ['operation', 'p50 ms', 'p95 ms', 'raw p50', 'raw p95', 'ratio', 'budget p95', '', 'was p95'],
    ...rows.map((r) => [
      r.what,
      ms(r.p50),
      ms(r.p95),
      ms(r.rawP50),
      ms(r.rawP95),
      r.ratio === null ? '' : `${r.ratio.toFixed(2)}×`,
      r.budgetP95Ms === null ? '' : `< ${r.budgetP95Ms}`,
      r.withinBudget === null ? '' : r.withinBudget ? 'ok' : 'OVER',
      ms(previous.get(`${r.suite}\u0000${r.what}`)?.p95 ?? null),
    ]),
  ];
  const widths = table[0]!.map((_, c) => Math.max(...table.map((line) => line[c]!.length)));
  for (const [i, line] of table.entries()) {
    console.log(
      line.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '),
    );
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  for (const r of rows.filter((r) => r.note)) console.log(`  ${r.what}: ${r.note}`);
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 1e9),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--memory-probe')) {
    memoryProbe();
    return;
  }
  if (args.includes('--print-full-db')) {
    console.log(fullDataSet().file);
    return;
  }
  if (args.includes('--generate')) {
    fullDataSet();
    quarterDataSet();
    return;
  }
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? (args[onlyAt + 1] ?? '').toLowerCase().split(',').filter(Boolean) : [];
  const chosen = suites.filter(
    (s) => only.length === 0 || only.some((word) => s.name.toLowerCase().includes(word)),
  );
  // "browser" is run by scripts/bench.mjs after this runner, with Playwright.
  if (chosen.length === 0 && only.every((word) => word === 'browser')) return;
  if (chosen.length === 0)
    throw new Error(`No suite matches ${only.join(', ')}: ${suites.map((s) => s.name).join('; ')}`);

  const outDir = path.join(root, 'build', 'bench');
  fs.mkdirSync(outDir, { recursive: true });
  const latest = path.join(outDir, 'latest.json');
  const previous = new Map<string, Row>();
  if (fs.existsSync(latest))
    for (const r of (JSON.parse(fs.readFileSync(latest, 'utf8')) as { rows: Row[] }).rows)
      previous.set(`${r.suite}\u0000${r.what}`, r);

  const rows: Row[] = [];
  for (const suite of chosen) {
    console.log(`\n${suite.name}`);
    const started = Date.now();
    const measured = await suite.run();
    const suiteRows = measured.map((m) => row(suite.name, m));
    rows.push(...suiteRows);
    print(suiteRows, previous);
    console.log(`  (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  if (only.length === 0 || only.some((w) => 'memory'.includes(w))) {
    // The core's own peak, in a process of its own: this one also holds the raw side and the samples.
    const probe = execFileSync(process.execPath, [__filename, '--memory-probe'], { encoding: 'utf8' });
    const result = JSON.parse(probe.trim().split('\n').pop()!) as { maxRssMb: number; heapUsedMb: number };
    const memoryRow: Row = {
      suite: 'Memory',
      what: 'Peak memory of the core (open, every screen read once)',
      runs: 1,
      p50: null,
      p95: null,
      rawP50: null,
      rawP95: null,
      ratio: null,
      budgetP95Ms: null,
      withinBudget: null,
      note: `max RSS ${result.maxRssMb} MB, heap after ${result.heapUsedMb} MB`,
    };
    rows.push(memoryRow);
    console.log(`\n${memoryRow.what}: ${memoryRow.note}`);
  }
  const report = { at: new Date().toISOString(), quick: QUICK, machine: machine(), rows };
  const file = path.join(outDir, `${report.at.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(latest, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(root, file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
