import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listParticipants, listSegmentsByParticipant } from '../../db/repositories/call-reviews';
import { TRANSCRIPT_CHUNK_LINES } from '../../db/schema';
import { computeConversationMetrics } from '../../shared/domain/conversation-metrics';
import { bigVtt } from '../helpers/big-transcript';
import { makeCore, preparedTranscript, type TestCore, value } from '../helpers/core';

// A call's metrics and moments are worked out when it is imported (and when who spoke changes) and kept:
// opening the call reads its first page of lines and the kept analysis, not every line.
const LINES = 2 * TRANSCRIPT_CHUNK_LINES + 500;

let core: TestCore;
let callId: string;
beforeEach(async () => {
  core = makeCore();
  const rep = await value(core, 'people.create', { name: 'Sam Patel' });
  const review = await value(core, 'callReviews.create', {
    repId: rep.id,
    date: '2026-02-24',
    account: 'Acme',
    callTypeId: 'call-discovery',
    participants: [
      { name: 'Sam Patel', side: 'rep' },
      { name: 'Jordan Reyes', side: 'customer' },
    ],
    transcript: await preparedTranscript(core, { fileName: 'long.vtt', text: bigVtt(LINES) }),
    speakerMap: [
      { speaker: 'Sam Patel', participant: 0 },
      { speaker: 'Jordan Reyes', participant: 1 },
    ],
  });
  callId = review.id;
});
afterEach(() => core.close());

const stored = () =>
  core.database.sqlite
    .prepare(
      'SELECT segment_count AS segmentCount, metrics FROM call_review_analyses WHERE call_review_id = ?',
    )
    .get(callId) as { segmentCount: number; metrics: string } | undefined;

/** The metrics worked out afresh from every stored line. */
const fresh = () =>
  computeConversationMetrics(
    listSegmentsByParticipant(core.database.db, callId),
    listParticipants(core.database.db, callId)
      .filter((p) => p.side !== 'customer')
      .map((p) => p.id),
  );

describe('a call’s kept analysis', () => {
  it('is written at import, in chunks of lines, and is what opening the call answers', async () => {
    const chunks = core.database.sqlite
      .prepare(
        'SELECT first_idx AS firstIdx, line_count AS lineCount FROM transcript_chunks WHERE call_review_id = ?',
      )
      .all(callId);
    expect(chunks).toEqual([
      { firstIdx: 0, lineCount: 1000 },
      { firstIdx: 1000, lineCount: 1000 },
      { firstIdx: 2000, lineCount: 500 },
    ]);
    expect(stored()?.segmentCount).toBe(LINES);
    const review = await value(core, 'callReviews.get', { id: callId });
    expect(review.metrics).toEqual(fresh());
    expect(review.segmentCount).toBe(LINES);
    // Read from the kept row, not worked out again: a figure changed there shows in the answer.
    const kept = JSON.parse(stored()!.metrics);
    kept.words.rep = 123456;
    core.database.sqlite
      .prepare('UPDATE call_review_analyses SET metrics = ? WHERE call_review_id = ?')
      .run(JSON.stringify(kept), callId);
    expect((await value(core, 'callReviews.get', { id: callId })).metrics.words.rep).toBe(123456);
  });

  it('is worked out from the lines for a call without one (imported before analyses were kept)', async () => {
    const before = await value(core, 'callReviews.get', { id: callId });
    core.database.sqlite.prepare('DELETE FROM call_review_analyses').run();
    const after = await value(core, 'callReviews.get', { id: callId });
    expect(after.metrics).toEqual(before.metrics);
    expect(after.moments).toEqual(before.moments);
    expect(after.segmentCount).toBe(LINES);
  });

  it('is worked out again when who spoke changes', async () => {
    const review = await value(core, 'callReviews.get', { id: callId });
    const customer = review.participants.find((p) => p.side === 'customer')!;
    const changed = await value(core, 'callReviews.assignSpeaker', {
      id: callId,
      revision: review.revision,
      fromSegment: 990,
      toSegment: 2100,
      participantId: customer.id,
    });
    expect(changed.metrics).toEqual(fresh());
    expect(changed.metrics.words.rep).toBeLessThan(review.metrics.words.rep);
    expect(JSON.parse(stored()!.metrics)).toEqual(fresh());
  });

  it('finds the moments afresh with keyword lists changed since the import', async () => {
    const review = await value(core, 'callReviews.get', { id: callId });
    expect(review.moments.filter((m) => m.kind === 'competitor')).toEqual([]);
    const lists = await value(core, 'callReviews.keywords', {});
    await value(core, 'callReviews.setKeywords', { ...lists, competitor: ['forecasting'] });
    const after = await value(core, 'callReviews.get', { id: callId });
    // bigVtt's lines are cut from one sentence: "forecasting" is in some of them.
    expect(after.moments.filter((m) => m.kind === 'competitor').length).toBeGreaterThan(0);
  });
});
