// Opens the screens a manager opens, in Chromium, on the full five-year data set served by the built
// app (as `npm run serve` ships it), and records how long each takes to be usable and every long task
// (> 50 ms) on the main thread meanwhile. Writes build/bench/browser.json for the runner to print.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, type Page, test } from '@playwright/test';

const root = path.resolve(__dirname, '../../..');
const dbSource = process.env.BENCH_FULL_DB;

interface Figure {
  what: string;
  ms: number;
  longTasks: number[];
}

async function startServer(dbFile: string): Promise<{ url: string; stop(): Promise<void> }> {
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, 'build', 'server.cjs'), '--db', dbFile],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    url,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

/** Long tasks since the last call, from a PerformanceObserver installed before the app loads. */
async function takeLongTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    const tasks = w.__longTasks.splice(0);
    return tasks.map((d) => Math.round(d));
  });
}

test('screens on the five-year data set', async ({ page }) => {
  test.skip(!dbSource, 'BENCH_FULL_DB is set by npm run bench');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coachbench-bench-browser-'));
  const dbFile = path.join(dir, 'coachbench.db');
  fs.copyFileSync(dbSource!, dbFile);
  const sqlite = new Database(dbFile, { readonly: true });
  const rep = sqlite
    .prepare(
      'SELECT p.id, p.name FROM people p JOIN one_on_ones o ON o.rep_id = p.id WHERE p.archived_at IS NULL GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1',
    )
    .get() as { id: string; name: string };
  const longCall = sqlite
    .prepare(
      'SELECT call_review_id AS id, sum(line_count) AS n FROM transcript_chunks GROUP BY call_review_id HAVING n >= 3000 ORDER BY n LIMIT 1',
    )
    .get() as { id: string; n: number };
  const longNote = sqlite
    .prepare(
      "SELECT n.one_on_one_id AS id, length(n.text) AS chars FROM one_on_one_notes n WHERE n.part = 'shared' ORDER BY chars DESC LIMIT 1",
    )
    .get() as { id: string; chars: number };
  sqlite.close();
  const server = await startServer(dbFile);
  const figures: Figure[] = [];
  try {
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const measure = async (what: string, go: () => Promise<unknown>, ready: () => Promise<unknown>) => {
      await takeLongTasks(page).catch(() => []);
      const start = Date.now();
      await go();
      await ready();
      // Let the frame after the content paint before reading the long tasks.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      figures.push({ what, ms: Date.now() - start, longTasks: await takeLongTasks(page) });
    };

    await measure(
      'Team screen usable, from cold',
      () => page.goto(server.url),
      () => expect(page.getByRole('table', { name: 'Team members' }).getByRole('row').nth(20)).toBeVisible(),
    );
    const base = server.url.split('#')[0];
    await measure(
      'Rep page',
      () => page.getByRole('link', { name: rep.name, exact: true }).first().click(),
      () => expect(page.getByRole('heading', { name: rep.name, level: 1 })).toBeVisible(),
    );
    for (const [tab, ready] of [
      ['Observations', () => expect(page.getByRole('list').first()).toBeVisible()],
      ['Notes', () => expect(page.getByRole('heading', { name: /notes/i }).first()).toBeVisible()],
      ['One-to-ones', () => expect(page.getByText(/Last met/).first()).toBeVisible()],
      ['Calls', () => expect(page.getByRole('table').first()).toBeVisible()],
    ] as const) {
      await measure(
        `Rep page, ${tab} tab`,
        () =>
          page
            .getByRole('navigation', { name: `About ${rep.name}` })
            .getByRole('link', { name: tab, exact: true })
            .click(),
        ready,
      );
    }
    await measure(
      'Prep brief',
      () => page.goto(`${base}#/one-to-ones/prep/${rep.id}`),
      () => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
    );
    await measure(
      'Calls screen (every call)',
      () => page.goto(`${base}#/calls`),
      () => expect(page.getByRole('table').getByRole('row').nth(10)).toBeVisible(),
    );
    await measure(
      `Call review, ${longCall.n} lines`,
      () => page.goto(`${base}#/calls/${longCall.id}`),
      () => expect(page.getByLabel(`Transcript, ${longCall.n} lines`)).toBeVisible(),
    );

    // Typing at the end of a ~3,000-word note: from each key event to the start of the next frame.
    await page.goto(`${base}#/one-to-ones/${longNote.id}`);
    const editor = page.getByLabel('Shared notes', { exact: true });
    await expect(editor).toBeVisible();
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.evaluate(() => {
      const w = window as unknown as { __keyToFrame: number[] };
      w.__keyToFrame = [];
      document.addEventListener(
        'keydown',
        (event) => {
          requestAnimationFrame(() => w.__keyToFrame.push(performance.now() - event.timeStamp));
        },
        { capture: true },
      );
    });
    await takeLongTasks(page);
    await page.keyboard.type(' and we agreed she would bring the Fellgate numbers next time', { delay: 60 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    const keyToFrame = await page.evaluate(
      () => (window as unknown as { __keyToFrame: number[] }).__keyToFrame,
    );
    const sorted = [...keyToFrame].sort((a, b) => a - b);
    const at = (p: number) =>
      Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!);
    figures.push({
      what: `Typing in a ${longNote.chars.toLocaleString('en-GB')}-character note, key to next frame: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms (${sorted.length} keys)`,
      ms: at(0.95),
      longTasks: await takeLongTasks(page),
    });
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(path.join(root, 'build', 'bench'), { recursive: true });
    fs.writeFileSync(
      path.join(root, 'build', 'bench', 'browser.json'),
      `${JSON.stringify(figures, null, 2)}\n`,
    );
  }
});
