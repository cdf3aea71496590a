// npm run bench: figures for the operations a user waits on. Prints a table; budgets live in the issues.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../../electron/core/core';
import { startBridge } from '../../electron/http/server';

const root = path.resolve(__dirname, '..');
const migrationsFolder = path.join(root, 'db', 'migrations');

interface Figure {
  what: string;
  value: string;
}
const figures: Figure[] = [];

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function time(what: string, runs: number, fn: () => Promise<unknown> | unknown): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  figures.push({
    what,
    value: `median ${percentile(samples, 50).toFixed(2)} ms, p95 ${percentile(samples, 95).toFixed(2)} ms (${runs} runs)`,
  });
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coachbench-bench-'));
  const dbFile = path.join(dir, 'coachbench.db');
  const silent = { error: console.error, info: () => {} };

  let start = performance.now();
  let core = createCore({ dbFile, migrationsFolder, transport: 'http', appVersion: 'bench', logger: silent });
  figures.push({
    what: 'open + migrate a new database',
    value: `${(performance.now() - start).toFixed(1)} ms`,
  });

  const managers: string[] = [];
  for (let m = 0; m < 25; m++) {
    const r = await core.dispatcher.call('people.create', { name: `Manager ${m}`, kind: 'manager' });
    if (r.ok) managers.push((r.value as { id: string }).id);
  }
  let n = 0;
  await time('people.create (one transaction each)', 500, () =>
    core.dispatcher.call('people.create', {
      name: `Rep ${n++}`,
      title: 'Account Executive',
      team: n % 2 ? 'Enterprise' : 'Mid-market',
      region: ['London', 'Nordics', 'DACH', 'Iberia'][n % 4],
      managerId: managers[n % managers.length],
      startDate: '2025-01-06',
    }),
  );
  await time('people.list, 525 people', 200, () => core.dispatcher.call('people.list', { status: 'all' }));
  await time('people.list with a search', 200, () =>
    core.dispatcher.call('people.list', { status: 'all', search: 'nord' }),
  );
  core.close();

  start = performance.now();
  core = createCore({ dbFile, migrationsFolder, transport: 'http', appVersion: 'bench', logger: silent });
  figures.push({
    what: 'reopen an existing database',
    value: `${(performance.now() - start).toFixed(1)} ms`,
  });

  const staticDir = path.join(root, 'build', 'renderer');
  const bridge = await startBridge({ core, staticDir });
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${bridge.token}` };
  await time('HTTP round trip: people.list, 525 people', 100, async () => {
    const response = await fetch(`${bridge.url}api/people.list`, {
      method: 'POST',
      headers,
      body: '{"status":"all"}',
    });
    await response.json();
  });
  await bridge.close();
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });

  const width = Math.max(...figures.map((f) => f.what.length));
  console.log('\nCoachbench benchmark');
  for (const f of figures) console.log(`  ${f.what.padEnd(width)}  ${f.value}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
