// One interface for every part of `npm run bench`. Each domain's benchmark lives in its own file in
// test/bench/ and is listed in test/bench/suites.ts; the runner (test/bench/bench.ts) prints p50/p95,
// the raw-SQLite figure beside it where there is one, the ratio and the budget, and writes JSON.
export interface Measured {
  /** What was measured, as a user would say it ("open the prep brief"). */
  what: string;
  /** Milliseconds per run, through the real dispatcher (or the HTTP bridge / browser, if stated). */
  samples: number[];
  /** The best hand-written better-sqlite3 query for the same answer, same number of runs. */
  raw?: number[];
  /** p95 budget in ms, from the issue that set it. */
  budgetP95Ms?: number;
  /** Anything else worth printing (bytes, rows, peak memory). */
  note?: string;
}

export interface Suite {
  name: string;
  run(): Promise<Measured[]>;
}
