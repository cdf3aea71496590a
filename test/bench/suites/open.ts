// Opening the app's database: the migration check on an up-to-date five-year database (every launch),
// and a new database created and migrated (first launch). Budget: open + migration check < 300 ms.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { copyOf } from '../data/cache';
import { fullDataSet, openCore, scratchDir } from '../context';
import { figure, QUICK } from '../measure';
import type { Measured, Suite } from '../suite';

const OPEN_BUDGET = 300;

function timeOpen(file: string): number {
  const start = performance.now();
  const core = openCore(file);
  const ms = performance.now() - start;
  core.close();
  return ms;
}

export const openSuite: Suite = {
  name: 'Open and migration check',
  async run() {
    const data = fullDataSet();
    const file = copyOf(data, scratchDir('open'));
    const runs = QUICK ? 5 : 15;
    const existing: number[] = [];
    for (let i = 0; i < runs; i++) existing.push(timeOpen(file));
    const fresh: number[] = [];
    for (let i = 0; i < runs; i++) fresh.push(timeOpen(path.join(scratchDir('new'), 'coachbench.db')));
    const bytes = fs.statSync(file).size;
    return [
      {
        what: 'Open + migration check, five-year database',
        samples: existing,
        budgetP95Ms: OPEN_BUDGET,
        note: 'includes the default-library check',
      },
      { what: 'Create + migrate + seed a new database', samples: fresh },
      figure(
        'Database size, full data set',
        `${(bytes / 1e6).toFixed(0)} MB: ${Object.entries(data.counts)
          .map(([k, v]) => `${v.toLocaleString('en-GB')} ${k}`)
          .join(', ')}; generated in ${data.generatedInSeconds.toFixed(0)} s`,
      ),
    ] satisfies Measured[];
  },
};
