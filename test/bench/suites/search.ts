// Search on the full five-year data set (about 800,000 indexed passages: notes, one-to-ones, agenda
// points, commitments, observations, transcript lines, behaviours), through the real dispatcher.
// Budget (issue 17): p95 < 50 ms a query. Also reports how long indexing the existing history takes the
// first time a database is opened with migration 0015 (the core's start-up drain), and a full rebuild.
import { performance } from 'node:perf_hooks';
import { coreOn, fullDataSet } from '../context';
import { callOk, compare, figure } from '../measure';
import type { Measured, Suite } from '../suite';

const BUDGET = 50;

export const searchSuite: Suite = {
  name: 'Search (full data set)',
  async run() {
    const data = fullDataSet();
    const out: Measured[] = [];
    const opening = performance.now();
    const core = coreOn(data, { copy: true, label: 'search' });
    const openedMs = performance.now() - opening;
    const sqlite = core.database.sqlite;
    const documents = sqlite.prepare('SELECT count(*) FROM search_documents').pluck().get() as number;
    out.push(
      figure(
        'Open the data set (index drained if the cache predates it)',
        `${Math.round(openedMs)} ms, ${documents} documents indexed`,
      ),
    );
    // As the data set's owner (a manager at the top): the visibility rule applies as in the app.
    const rep = sqlite
      .prepare('SELECT rep_id FROM observations GROUP BY rep_id ORDER BY count(*) DESC LIMIT 1')
      .pluck()
      .get() as string;
    const runs = 40;
    const query = async (what: string, input: Parameters<typeof callOk<'search.query'>>[2]) => {
      const answer = await callOk(core, 'search.query', input);
      const found = answer.groups.reduce((n, g) => n + g.total, 0);
      out.push(
        await compare({
          what,
          runs,
          budgetP95Ms: BUDGET,
          app: () => callOk(core, 'search.query', input),
          note: `${found} matches`,
        }),
      );
    };
    await query('search.query: a common word ("budget")', { text: 'budget' });
    await query('search.query: a two-letter prefix ("pr")', { text: 'pr' });
    await query('search.query: two words ("price objection")', { text: 'price objection' });
    await query('search.query: a rare word ("zebra")', { text: 'zebra' });
    await query('search.query: one rep, last year ("pricing")', {
      text: 'pricing',
      repId: rep,
      from: '2025-12-01',
    });
    await query('search.query: transcripts only ("timeline")', { text: 'timeline', kinds: ['transcript'] });
    const rebuilding = performance.now();
    const rebuilt = await callOk(core, 'search.rebuild', {});
    out.push(
      figure(
        'search.rebuild (whole index)',
        `${Math.round(performance.now() - rebuilding)} ms, ${rebuilt.records} records`,
      ),
    );
    core.close();
    return out;
  },
};
