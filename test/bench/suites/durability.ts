// Durability (issue 17): what synchronous=FULL costs a note save. The same coaching-note save is timed with
// the connection at FULL (what the app runs, db/open.ts) and at NORMAL (what it ran before), alternating
// run by run so both see the same load on the shared machine.
import { performance } from 'node:perf_hooks';
import type { Core } from '../../../electron/core/core';
import { coreOn, quarterDataSet } from '../context';
import { QUICK, callOk } from '../measure';
import type { Measured, Suite } from '../suite';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

async function noteSaves(): Promise<Measured[]> {
  const core: Core = coreOn(quarterDataSet(), { copy: true, label: 'durability' });
  const sqlite = core.database.sqlite;
  const { id } = sqlite.prepare('SELECT id FROM notes ORDER BY id LIMIT 1').get() as { id: string };
  let note = await callOk(core, 'notes.get', { id });
  const runs = QUICK ? 15 : 60;
  const warmup = Math.max(2, Math.floor(runs / 10));
  const samples: Record<'FULL' | 'NORMAL', number[]> = { FULL: [], NORMAL: [] };
  for (let i = 0; i < warmup + runs; i += 1) {
    for (const mode of ['FULL', 'NORMAL'] as const) {
      sqlite.pragma(`synchronous = ${mode}`);
      const doc = { type: 'doc' as const, content: [paragraph(`Ride-along notes, save ${i} (${mode}).`)] };
      const start = performance.now();
      const saved = await callOk(core, 'notes.save', { id, revision: note.revision, title: note.title, doc });
      const ms = performance.now() - start;
      note = saved.note;
      if (i >= warmup) samples[mode].push(ms);
    }
  }
  core.close();
  return [
    {
      what: 'notes.save with synchronous=FULL (the app)',
      samples: samples.FULL,
      note: 'fsync of the WAL per save',
    },
    { what: 'notes.save with synchronous=NORMAL (before)', samples: samples.NORMAL, note: 'for comparison' },
  ];
}

export const durabilitySuite: Suite = {
  name: 'Durability: note save at synchronous=FULL and NORMAL',
  run: noteSaves,
};
