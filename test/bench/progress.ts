// Progress: a rep's Progress tab and the team heat map on a large history (budget: each under 50 ms).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../../electron/core/core';
import { generator } from '../../electron/core/demo/support';
import type { Measured, Suite } from './suite';

const REPS = 40;
const OBSERVATIONS_PER_REP = 500;
const RUNS = 30;

function sample(runs: number, fn: () => unknown): number[] {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

export const progressSuite: Suite = {
  name: 'progress',
  async run(): Promise<Measured[]> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coachbench-bench-progress-'));
    const core = createCore({
      dbFile: path.join(dir, 'coachbench.db'),
      // Bundled into build/bench.cjs like the runner, so the repository root is one folder up.
      migrationsFolder: path.resolve(__dirname, '..', 'db', 'migrations'),
      transport: 'http',
      appVersion: 'bench',
      logger: { error: console.error, info: () => {} },
    });
    try {
      const { sqlite } = core.database;
      const behaviours = (sqlite.prepare('SELECT id FROM behaviours').all() as { id: string }[]).map(
        (b) => b.id,
      );
      const random = generator(0x5eed);
      const now = new Date().toISOString();
      const insertPerson = sqlite.prepare(
        "INSERT INTO people (id, name, kind, created_at, updated_at) VALUES (?, ?, 'rep', ?, ?)",
      );
      const insertObservation = sqlite.prepare(
        `INSERT INTO observations (id, rep_id, behaviour_id, behaviour_name_then, observed_on, level, verdict,
          source_kind, visibility, created_at, updated_at) VALUES (?, ?, ?, 'x', ?, ?, ?, 'ad-hoc', 'private', ?, ?)`,
      );
      const insertMeeting = sqlite.prepare(
        "INSERT INTO one_on_ones (id, rep_id, date, status, created_at, updated_at) VALUES (?, ?, ?, 'held', ?, ?)",
      );
      const insertFocus = sqlite.prepare(
        'INSERT INTO one_on_one_focus (one_on_one_id, behaviour_id, position) VALUES (?, ?, 0)',
      );
      const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
      sqlite.transaction(() => {
        for (let r = 0; r < REPS; r++) {
          const repId = `rep-${r}`;
          insertPerson.run(repId, `Rep ${r}`, now, now);
          for (let o = 0; o < OBSERVATIONS_PER_REP; o++) {
            const verdict = random() < 0.2 ? (random() < 0.5 ? 'strength' : 'gap') : null;
            insertObservation.run(
              `obs-${r}-${o}`,
              repId,
              behaviours[Math.floor(random() * behaviours.length)],
              day(Math.floor(random() * 730)),
              verdict ? null : 1 + Math.floor(random() * 4),
              verdict,
              now,
              now,
            );
          }
          for (let m = 0; m < 52; m++) {
            insertMeeting.run(`m-${r}-${m}`, repId, day(m * 14 + 1), now, now);
            insertFocus.run(`m-${r}-${m}`, behaviours[Math.floor(random() * behaviours.length)]);
          }
        }
      })();
      const size = `${REPS} reps × ${OBSERVATIONS_PER_REP} observations over two years`;
      const callNow = (method: 'progress.rep' | 'progress.team' | 'progress.coaching', input: object) => {
        const result = core.dispatcher.callNow(method, input as never);
        if (!result.ok) throw new Error(JSON.stringify(result.error));
      };
      return [
        {
          what: 'progress.rep: a rep’s Progress tab (500 observations)',
          samples: sample(RUNS, () => callNow('progress.rep', { repId: 'rep-7' })),
          budgetP95Ms: 50,
          note: size,
        },
        {
          what: 'progress.team: the team heat map and coverage',
          samples: sample(RUNS, () => callNow('progress.team', {})),
          budgetP95Ms: 50,
          note: size,
        },
        {
          what: 'progress.coaching: did coaching work, whole team',
          samples: sample(10, () => callNow('progress.coaching', { weeks: 6 })),
          note: `${size}, 52 focus periods per rep`,
        },
      ];
    } finally {
      core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
