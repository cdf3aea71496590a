// Every read a screen makes when it opens, on the full five-year data set, through the real dispatcher,
// beside the best raw better-sqlite3 query for the same answer. Budget: p95 < 50 ms (a 3,000-line call
// review < 100 ms), and within 1.5× of raw.
import { addDays } from '../../../shared/dates';
import { BENCH_TODAY, coreOn, fullDataSet } from '../context';
import { callOk, compare } from '../measure';
import { rawQueries } from '../raw';
import type { Measured, Suite } from '../suite';

const READ_BUDGET = 50;
const LONG_CALL_BUDGET = 100;

export const screenReadsSuite: Suite = {
  name: 'Screen reads (full data set)',
  async run() {
    const data = fullDataSet();
    const core = coreOn(data, { copy: true, label: 'reads' });
    const sqlite = core.database.sqlite;
    const raw = rawQueries(sqlite);
    // The rep with the longest history, their last held one-to-one, a typical call and the longest one.
    const rep = sqlite
      .prepare(
        'SELECT p.id, p.name FROM people p JOIN one_on_ones o ON o.rep_id = p.id WHERE p.archived_at IS NULL GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1',
      )
      .get() as { id: string; name: string };
    const meeting = sqlite
      .prepare("SELECT id FROM one_on_ones WHERE rep_id = ? AND status = 'held' ORDER BY date DESC LIMIT 1")
      .get(rep.id) as { id: string };
    const lines = sqlite
      .prepare(
        'SELECT call_review_id AS id, sum(line_count) AS n FROM transcript_chunks GROUP BY call_review_id ORDER BY n',
      )
      .all() as { id: string; n: number }[];
    const typicalCall = lines[Math.floor(lines.length / 2)]!;
    // The budget is set for a two-hour call of about 3,000 lines; the longest generated call is longer.
    const longCall = lines.find((c) => c.n >= 3000) ?? lines[lines.length - 1]!;
    const longestCall = lines[lines.length - 1]!;
    const runs = 40;
    const out: Measured[] = [];
    const read = async (
      what: string,
      app: () => Promise<unknown>,
      rawFn: () => unknown,
      budget = READ_BUDGET,
      note?: string,
    ) => {
      out.push(
        await compare({ what, runs, budgetP95Ms: budget, app, raw: rawFn, ...(note ? { note } : {}) }),
      );
    };

    await read(
      'Team screen: people.list (active)',
      () => callOk(core, 'people.list', { status: 'active', kind: 'all', search: '' }),
      () => raw.teamList(),
    );
    await read(
      'Rep page header: people.get',
      () => callOk(core, 'people.get', { id: rep.id }),
      () => raw.person(rep.id),
    );
    await read(
      'Rep page overview: observations.list (latest 5)',
      () => callOk(core, 'observations.list', { repId: rep.id, limit: 5 }),
      () => raw.observations(rep.id, 5),
    );
    await read(
      'Observations tab: observations.list (500)',
      () => callOk(core, 'observations.list', { repId: rep.id }),
      () => raw.observations(rep.id, 500),
    );
    await read(
      'Notes tab: notes.list',
      () => callOk(core, 'notes.list', { repId: rep.id }),
      () => raw.notes(rep.id),
    );
    await read(
      'One-to-ones screen: oneOnOnes.overview (all reps)',
      () => callOk(core, 'oneOnOnes.overview', {}),
      () => raw.overview(BENCH_TODAY),
    );
    await read(
      'One-to-ones tab: overview + list + open commitments + completion',
      () =>
        Promise.all([
          callOk(core, 'oneOnOnes.overview', {}),
          callOk(core, 'oneOnOnes.list', { repId: rep.id }),
          callOk(core, 'commitments.list', { repId: rep.id, status: 'open' }),
          callOk(core, 'commitments.completion', { repId: rep.id }),
        ]),
      () => [
        raw.overview(BENCH_TODAY),
        raw.oneOnOnes(rep.id),
        raw.openCommitments(rep.id),
        raw.allCommitments(rep.id),
      ],
    );
    await read(
      'Calls tab: callReviews.list (rep)',
      () => callOk(core, 'callReviews.list', { repId: rep.id }),
      () => raw.callList(rep.id, 100),
    );
    // A build without paging (the baseline) answers the page's input with INVALID_INPUT: it lists all.
    const paged = (await core.dispatcher.call('callReviews.list', { limit: 50 })).ok;
    await read(
      paged
        ? 'Calls screen: callReviews.list (first page of 50)'
        : 'Calls screen: callReviews.list (unpaged)',
      () => callOk(core, 'callReviews.list', (paged ? { limit: 50 } : {}) as { repId?: string }),
      () => raw.callList(null, 50),
    );
    await read(
      'A one-to-one: oneOnOnes.get',
      () => callOk(core, 'oneOnOnes.get', { id: meeting.id }),
      () => raw.oneOnOne(meeting.id),
    );
    await read(
      'Prep brief: oneOnOnes.prepBrief',
      () => callOk(core, 'oneOnOnes.prepBrief', { repId: rep.id }),
      () => raw.prepBrief(rep.id, BENCH_TODAY, addDays(BENCH_TODAY, -42), addDays(BENCH_TODAY, -42)),
    );
    await read(
      'Behaviours library: library.get',
      () => callOk(core, 'library.get', {}),
      () => raw.library(),
    );
    await read(
      `A call review: callReviews.get (${typicalCall.n} lines)`,
      () => callOk(core, 'callReviews.get', { id: typicalCall.id }),
      () => raw.callReview(typicalCall.id),
    );
    await read(
      `A long call review: callReviews.get (${longCall.n} lines)`,
      () => callOk(core, 'callReviews.get', { id: longCall.id }),
      () => raw.callReview(longCall.id),
      LONG_CALL_BUDGET,
    );
    if (longestCall.id !== longCall.id)
      out.push(
        await compare({
          what: `The longest call review: callReviews.get (${longestCall.n} lines)`,
          runs: 15,
          app: () => callOk(core, 'callReviews.get', { id: longestCall.id }),
          raw: () => raw.callReview(longestCall.id),
        }),
      );
    core.close();
    return out;
  },
};
