// Run in a child process by the runner: opens the core on the full data set, makes every read a screen
// makes once, and prints the process's peak resident memory.
import { coreOn, fullDataSet } from '../context';

export function memoryProbe(): void {
  const core = coreOn(fullDataSet(), { copy: true, label: 'memory' });
  const sqlite = core.database.sqlite;
  const rep = sqlite
    .prepare("SELECT id FROM people WHERE kind = 'rep' AND archived_at IS NULL ORDER BY id LIMIT 1")
    .get() as { id: string };
  const longest = sqlite
    .prepare(
      'SELECT call_review_id AS id FROM transcript_chunks GROUP BY call_review_id ORDER BY sum(line_count) DESC LIMIT 1',
    )
    .get() as { id: string };
  const meeting = sqlite
    .prepare('SELECT id FROM one_on_ones WHERE rep_id = ? ORDER BY date DESC LIMIT 1')
    .get(rep.id) as { id: string };
  const calls: [string, unknown][] = [
    ['people.list', {}],
    ['people.get', { id: rep.id }],
    ['observations.list', { repId: rep.id }],
    ['notes.list', { repId: rep.id }],
    ['oneOnOnes.overview', {}],
    ['oneOnOnes.list', { repId: rep.id }],
    ['oneOnOnes.get', { id: meeting.id }],
    ['oneOnOnes.prepBrief', { repId: rep.id }],
    ['library.get', {}],
    ['callReviews.list', {}],
    ['callReviews.get', { id: longest.id }],
  ];
  for (const [method, input] of calls) {
    const result = core.dispatcher.callNow(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  }
  const heapUsedMb = Math.round(process.memoryUsage().heapUsed / 1e6);
  core.close();
  console.log(JSON.stringify({ maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), heapUsedMb }));
}
