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

  // A two-hour call: 3,000 cues, about 20,000 words (budget: import under 2 s).
  const words = 'so tell me how your team handles forecasting today and what happens when a deal slips'.split(
    ' ',
  );
  const cues: string[] = ['WEBVTT', ''];
  for (let i = 0; i < 3000; i++) {
    const start = i * 2400;
    const stamp = (ms: number) => new Date(ms).toISOString().slice(11, 23);
    const text = Array.from({ length: 6 + (i % 3) }, (_, w) => words[(i + w) % words.length]).join(' ');
    cues.push(
      String(i + 1),
      `${stamp(start)} --> ${stamp(start + 2300)}`,
      `${i % 2 ? 'Jordan Reyes' : 'Sam Patel'}: ${text}.`,
      '',
    );
  }
  const vtt = cues.join('\n');
  const rep = (await core.dispatcher.call('people.create', { name: 'Sam Patel' })) as {
    ok: true;
    value: { id: string };
  };
  let callId = '';
  await time('callReviews.create, 2-hour call (3,000 cues; budget 2 s)', 5, async () => {
    const result = (await core.dispatcher.call('callReviews.create', {
      repId: rep.value.id,
      date: '2026-01-15',
      account: 'Bench Ltd',
      callTypeId: 'call-discovery',
      participants: [
        { name: 'Sam Patel', side: 'rep' },
        { name: 'Jordan Reyes', side: 'customer' },
      ],
      transcript: { fileName: 'two-hours.vtt', text: vtt },
      speakerMap: [
        { speaker: 'Sam Patel', participant: 0 },
        { speaker: 'Jordan Reyes', participant: 1 },
      ],
    })) as { ok: boolean; value: { id: string }; error?: unknown };
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    callId = result.value.id;
  });
  await time('callReviews.get, 2-hour call (metrics and moments included)', 20, () =>
    core.dispatcher.call('callReviews.get', { id: callId }),
  );
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
