import { describe, expect, it } from 'vitest';
import { findMoments, type TranscriptSegment } from '../../shared/domain/conversation-metrics';

const lines = (...texts: [string, string][]): TranscriptSegment[] =>
  texts.map(([speaker, text], index) => ({
    index,
    speaker,
    startMs: index * 10_000,
    endMs: index * 10_000 + 9_000,
    text,
  }));
const kinds = (segments: TranscriptSegment[]) =>
  findMoments(segments, ['rep'])
    .filter((m) => m.kind === 'concession' || m.kind === 'nextStep')
    .map((m) => [m.segmentIndex, m.kind, m.term]);

describe('moments: concessions and dated next steps (issue 13)', () => {
  it('flags a price given away or asked for, in words or figures', () => {
    expect(
      kinds(
        lines(
          ['buyer', "We'd like fifteen percent off the licences."],
          ['rep', 'I could do 10% discount if you sign this quarter.'],
          ['rep', 'We can waive the setup fee.'],
          ['rep', "I'll throw in a month free."],
          ['buyer', 'Can you match their price?'],
          ['buyer', 'Agency drivers cost us about forty percent more.'],
        ),
      ),
    ).toEqual([
      [0, 'concession', 'fifteen percent off'],
      [1, 'concession', '10% discount'],
      [2, 'concession', 'waive the setup fee'],
      [3, 'concession', 'throw in a month free'],
      [4, 'concession', 'match their price'],
    ]);
  });

  it('finds a next step by a meeting verb and a day, and not by "schedules" alone', () => {
    expect(
      kinds(
        lines(
          ['rep', 'Could we hold fifteen minutes on Thursday at nine to check it together?'],
          ['buyer', 'The bottom ten stores are the ones with the messiest schedules.'],
          ['rep', 'Let me share my screen and show you the scheduler.'],
          ['rep', 'Could I book in next Wednesday at two?'],
          ['buyer', 'We meet on the first Tuesday of every month.'],
          ['rep', "I'll send the summary by Friday."],
        ),
      ),
    ).toEqual([
      [0, 'nextStep', 'hold fifteen minutes on Thursday'],
      [3, 'nextStep', 'book in next Wednesday'],
      [4, 'nextStep', 'meet on the first Tuesday'],
      [5, 'nextStep', 'send the summary by Friday'],
    ]);
  });
});
