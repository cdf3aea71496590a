// Importing a two-hour call: a 3,000-cue WebVTT file through callReviews.create (parse, map speakers,
// write segments, answer with the assembled review). Budget: < 1 s.
import { coreOn, fullDataSet } from '../context';
import { callOk, compare } from '../measure';
import type { Suite } from '../suite';

const IMPORT_BUDGET = 1000;

/** A 3,000-cue call in Zoom's style, from lines a discovery call really has. */
export function twoHourVtt(): string {
  const lines = [
    'Thanks for making the time. Before we start, can I check we still have the full hour?',
    'Yes, we have until half past. Our operations director may drop in for the last twenty minutes.',
    'What happens today when a driver calls in sick at five in the morning?',
    'The planner rebuilds the rota by hand, and usually two deliveries miss their window.',
    'What does a missed window cost you, roughly, in a normal week?',
    'Penalty clauses with two retailers, so somewhere around four thousand pounds a week.',
    'Who else would need to be comfortable with a change like this before it could go ahead?',
    'Finance signs anything over fifty thousand, and IT will want to see the security pack.',
  ];
  const stamp = (ms: number) => new Date(ms).toISOString().slice(11, 23);
  const cues = ['WEBVTT', ''];
  for (let i = 0; i < 3000; i++) {
    const start = i * 2400;
    cues.push(
      String(i + 1),
      `${stamp(start)} --> ${stamp(start + 2300)}`,
      `${i % 2 ? 'Jordan Reyes' : 'Sam Patel'}: ${lines[i % lines.length]}`,
      '',
    );
  }
  return cues.join('\n');
}

export const twoHourImportSuite: Suite = {
  name: 'Transcript import (two-hour call)',
  async run() {
    const core = coreOn(fullDataSet(), { copy: true, label: 'import' });
    const rep = core.database.sqlite
      .prepare("SELECT id, name FROM people WHERE kind = 'rep' AND archived_at IS NULL ORDER BY id LIMIT 1")
      .get() as { id: string; name: string };
    const text = twoHourVtt();
    const measured = await compare({
      what: 'Import a 3,000-line VTT: transcripts.prepare then callReviews.create',
      runs: 8,
      budgetP95Ms: IMPORT_BUDGET,
      app: async () => {
        const preview = await callOk(core, 'transcripts.prepare', {
          fileName: 'two-hours.vtt',
          contentBase64: Buffer.from(text, 'utf8').toString('base64'),
        });
        return callOk(core, 'callReviews.create', {
          repId: rep.id,
          date: '2026-11-20',
          account: 'Pennine Freight',
          callTypeId: 'call-discovery',
          participants: [
            { name: rep.name, side: 'rep' },
            { name: 'Jordan Reyes', side: 'customer' },
          ],
          transcript: { preparedId: preview.preparedId },
          speakerMap: [
            { speaker: 'Sam Patel', participant: 0 },
            { speaker: 'Jordan Reyes', participant: 1 },
          ],
        });
      },
    });
    core.close();
    return [measured];
  },
};
