// The figures `npm run bench` printed before the large data set existed, on a new database: creating
// people one transaction at a time, listing 525 people, a two-hour call, reopening, the HTTP bridge.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startBridge } from '../../../electron/http/server';
import { openCore, root, scratchDir } from '../context';
import { callOk, compare, figure } from '../measure';
import type { Measured, Suite } from '../suite';
import { twoHourVtt } from './transcript-import';

export const basicsSuite: Suite = {
  name: 'Basics (new database)',
  async run() {
    const out: Measured[] = [];
    const dbFile = path.join(scratchDir('basics'), 'coachbench.db');
    let core = openCore(dbFile);
    const managers: string[] = [];
    for (let m = 0; m < 25; m++)
      managers.push((await callOk(core, 'people.create', { name: `Manager ${m}`, kind: 'manager' })).id);
    let n = 0;
    out.push(
      await compare({
        what: 'people.create (one transaction each)',
        runs: 500,
        app: () =>
          callOk(core, 'people.create', {
            name: `Rep ${n++}`,
            title: 'Account Executive',
            team: n % 2 ? 'Enterprise' : 'Mid-market',
            region: ['London', 'Nordics', 'DACH', 'Iberia'][n % 4],
            managerId: managers[n % managers.length],
            startDate: '2025-01-06',
          }),
      }),
    );
    out.push(
      await compare({
        what: 'people.list, ~580 people',
        runs: 200,
        app: () => callOk(core, 'people.list', { status: 'all' }),
      }),
    );
    out.push(
      await compare({
        what: 'people.list with a search',
        runs: 200,
        app: () => callOk(core, 'people.list', { status: 'all', search: 'nord' }),
      }),
    );
    const rep = await callOk(core, 'people.create', { name: 'Sam Patel' });
    const { preparedId } = await callOk(core, 'transcripts.prepare', {
      fileName: 'two-hours.vtt',
      contentBase64: Buffer.from(twoHourVtt(), 'utf8').toString('base64'),
    });
    const review = await callOk(core, 'callReviews.create', {
      repId: rep.id,
      date: '2026-01-15',
      account: 'Bench Ltd',
      callTypeId: 'call-discovery',
      participants: [
        { name: 'Sam Patel', side: 'rep' },
        { name: 'Jordan Reyes', side: 'customer' },
      ],
      transcript: { preparedId },
      speakerMap: [
        { speaker: 'Sam Patel', participant: 0 },
        { speaker: 'Jordan Reyes', participant: 1 },
      ],
    });
    out.push(
      await compare({
        what: 'callReviews.get, 2-hour call (metrics and moments included)',
        runs: 20,
        app: () => callOk(core, 'callReviews.get', { id: review.id }),
      }),
    );
    core.close();
    const start = performance.now();
    core = openCore(dbFile);
    out.push(figure('Reopen an existing small database', `${(performance.now() - start).toFixed(1)} ms`));
    const bridge = await startBridge({ core, staticDir: path.join(root, 'build', 'renderer') });
    const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${bridge.token}` };
    out.push(
      await compare({
        what: 'HTTP round trip: people.list, ~580 people',
        runs: 100,
        app: async () => {
          const response = await fetch(`${bridge.url}api/people.list`, {
            method: 'POST',
            headers,
            body: '{"status":"all"}',
          });
          await response.json();
        },
      }),
    );
    await bridge.close();
    core.close();
    return out;
  },
};
