import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallReview } from '../../shared/contract';
import { call, makeCore, preparedTranscript, snapshotRows, type TestCore, value } from '../helpers/core';

// Captions from a recorder: times, no speaker names (the shape of most SRT and YouTube exports).
const SPEAKERLESS_SRT = `1
00:00:01,000 --> 00:00:04,000
Thanks for making the time today.

2
00:00:04,500 --> 00:00:09,000
Happy to. We have about thirty minutes.

3
00:00:09,500 --> 00:00:14,000
What made you look at this now?

4
00:00:14,500 --> 00:00:21,000
Our renewal is in March and the current tool keeps losing orders.
`;

let core: TestCore;
let repId: string;
beforeEach(async () => {
  core = makeCore();
  repId = (await value(core, 'people.create', { name: 'Priya Shah' })).id;
});
afterEach(() => core.close());

async function importSpeakerless() {
  return value(core, 'callReviews.create', {
    repId,
    date: '2026-02-24',
    account: 'Acme Logistics',
    callTypeId: 'call-discovery',
    participants: [
      { name: 'Priya Shah', side: 'rep' },
      { name: 'Tom Becker', side: 'customer' },
    ],
    transcript: await preparedTranscript(core, { fileName: 'recorder.srt', text: SPEAKERLESS_SRT }),
    speakerMap: [],
  });
}

describe('call reviews: transcripts without speaker names', () => {
  it('imports with every line spoken by nobody, and per-side metrics unavailable', async () => {
    const review = await importSpeakerless();
    expect(review.segments).toHaveLength(4);
    expect(review.segments.every((s) => s.participantId === null)).toBe(true);
    expect(review.metrics.speakersKnown).toBe(false);
    expect(review.metrics.talk.repShare).toBeNull();
  });

  it('still needs the rep mapped when the transcript names its speakers', async () => {
    const result = await call(core, 'callReviews.create', {
      repId,
      date: '2026-02-24',
      account: 'Acme Logistics',
      callTypeId: 'call-discovery',
      participants: [
        { name: 'Priya Shah', side: 'rep' },
        { name: 'Tom Becker', side: 'customer' },
      ],
      transcript: await preparedTranscript(core, {
        text: 'Priya: Hello there.\nTom: Hi Priya.\nPriya: Shall we start?\nTom: Yes.',
      }),
      speakerMap: [
        { speaker: 'Priya', participant: null },
        { speaker: 'Tom', participant: 1 },
      ],
    });
    expect(result.ok).toBe(false);
  });

  it('assigns a run of lines to a participant, and the metrics follow', async () => {
    const review = await importSpeakerless();
    const [rep, customer] = [
      review.participants.find((p) => p.side === 'rep')!,
      review.participants.find((p) => p.side === 'customer')!,
    ];
    let updated: CallReview = await value(core, 'callReviews.assignSpeaker', {
      id: review.id,
      revision: review.revision,
      fromSegment: 0,
      toSegment: 0,
      participantId: rep.id,
    });
    updated = await value(core, 'callReviews.assignSpeaker', {
      id: review.id,
      revision: updated.revision,
      fromSegment: 1,
      toSegment: 1,
      participantId: customer.id,
    });
    updated = await value(core, 'callReviews.assignSpeaker', {
      id: review.id,
      revision: updated.revision,
      fromSegment: 2,
      toSegment: 3,
      participantId: rep.id,
    });
    expect(updated.segments.map((s) => s.participantId)).toEqual([rep.id, customer.id, rep.id, rep.id]);
    expect(updated.metrics.speakersKnown).toBe(true);
    expect(updated.metrics.repQuestions.total).toBe(1);
    expect(updated.metrics.talk.repShare).toBeGreaterThan(0.5);

    // Back to nobody: the lines leave both sides.
    const cleared = await value(core, 'callReviews.assignSpeaker', {
      id: review.id,
      revision: updated.revision,
      fromSegment: 0,
      toSegment: 3,
      participantId: null,
    });
    expect(cleared.metrics.speakersKnown).toBe(false);
  });

  it('refuses a stale revision, a stranger, or lines past the end, and writes nothing', async () => {
    const review = await importSpeakerless();
    const before = snapshotRows(core);
    const base = { id: review.id, revision: review.revision, fromSegment: 0, toSegment: 1 };
    const other = await value(core, 'callReviews.create', {
      repId,
      date: '2026-02-25',
      account: 'Other',
      callTypeId: 'call-discovery',
      participants: [
        { name: 'Priya Shah', side: 'rep' },
        { name: 'Someone Else', side: 'customer' },
      ],
      transcript: await preparedTranscript(core, { fileName: 'b.srt', text: SPEAKERLESS_SRT }),
      speakerMap: [],
    });
    const afterOther = snapshotRows(core);
    const stranger = other.participants[1]!.id;
    for (const input of [
      { ...base, revision: review.revision + 5, participantId: null },
      { ...base, participantId: stranger },
      { ...base, toSegment: 4, participantId: null },
      { ...base, fromSegment: 2, toSegment: 1, participantId: null },
    ]) {
      const result = await call(core, 'callReviews.assignSpeaker', input);
      expect(result.ok).toBe(false);
    }
    expect(snapshotRows(core)).toEqual(afterOther);
    expect(before).not.toEqual(afterOther);
  });
});
