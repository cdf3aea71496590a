import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureStatements } from '../helpers/query-capture';
import { actAs, makeCore, preparedTranscript, type TestCore, value } from '../helpers/core';

// The calls list for a claimed workspace: whom the viewer sees is part of the SQL, so a page reads (and
// counts for this viewer) only its own calls, however many calls the team has.

const VTT = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nSam: What does a missed delivery cost you?\n';

let core: TestCore;
let people: { manager: string; other: string; mine: string; theirs: string };
beforeEach(async () => {
  core = makeCore();
  const person = async (name: string, kind: 'rep' | 'manager', managerId: string | null) =>
    (await value(core, 'people.create', { name, kind, managerId })).id;
  const manager = await person('Marcus Webb', 'manager', null);
  const other = await person('Priya Raman', 'manager', null);
  people = {
    manager,
    other,
    mine: await person('Tom Fielding', 'rep', manager),
    theirs: await person('Emily Chen', 'rep', other),
  };
  // Twelve calls a month apart, alternating between Marcus's rep and Priya's.
  for (let i = 0; i < 12; i++) {
    const mine = i % 2 === 0;
    await actAs(core, mine ? manager : other);
    await value(core, 'callReviews.create', {
      repId: mine ? people.mine : people.theirs,
      date: `2025-${String(i + 1).padStart(2, '0')}-10`,
      account: `Account ${i}`,
      callTypeId: 'call-discovery',
      participants: [
        { name: 'Sam', side: 'rep' },
        { name: 'Jo', side: 'customer' },
      ],
      transcript: await preparedTranscript(core, { fileName: 'call.vtt', text: VTT }),
      speakerMap: [{ speaker: 'Sam', participant: 0 }],
    });
  }
});
afterEach(() => core.close());

describe('callReviews.list for a viewer', () => {
  it('pages the calls of the reps they see, newest first, in SQL', async () => {
    await actAs(core, people.manager);
    const all = await value(core, 'callReviews.list', {});
    expect(all.map((c) => c.account)).toEqual([
      'Account 10',
      'Account 8',
      'Account 6',
      'Account 4',
      'Account 2',
      'Account 0',
    ]);
    expect((await value(core, 'callReviews.list', { limit: 2, offset: 2 })).map((c) => c.account)).toEqual([
      'Account 6',
      'Account 4',
    ]);
    expect((await value(core, 'callReviews.list', { repId: people.theirs })).map((c) => c.account)).toEqual(
      [],
    );
  });

  it('reads the observations of the page’s calls only', async () => {
    await actAs(core, people.manager);
    const capture = captureStatements();
    try {
      const page = await capture.during(() => value(core, 'callReviews.list', { limit: 2 }));
      expect(page).toHaveLength(2);
      // Each row of the page is counted for the viewer (its annotations and score): two rows, two reads.
      const reads = capture.captured.filter((s) => s.caller === 'listObservations (observations.ts)');
      expect(reads.length).toBe(2);
      const summaries = capture.captured.filter(
        (s) => s.caller === 'listCallReviewSummaries (call-reviews.ts)',
      );
      expect(summaries.length).toBe(1);
    } finally {
      capture.restore();
    }
  });
});
