import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listParticipants, listSegmentsByParticipant } from '../../db/repositories/call-reviews';
import { TRANSCRIPT_CHUNK_LINES } from '../../db/schema';
import { IN_PLACE_LINES } from '../../electron/core/prepare/before-commit';
import type { InputOf } from '../../shared/contract';
import { computeConversationMetrics } from '../../shared/domain/conversation-metrics';
import { bigVtt } from '../helpers/big-transcript';
import { call, makeCore, preparedTranscript, type TestCore, value } from '../helpers/core';

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

describe('importing a long transcript', () => {
  const createInput = (repId: string, preparedId: string): InputOf<'callReviews.create'> => ({
    repId,
    date: '2026-02-24',
    account: 'Acme',
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

  it('works out its rows off the core’s thread: calls made after the commit are answered before it', async () => {
    const rep = await value(core, 'people.create', { name: 'Sam Patel' });
    const { preparedId } = await preparedTranscript(core, { fileName: 'long.vtt', text: bigVtt(10_000) });
    const finished: string[] = [];
    const create = call(core, 'callReviews.create', createInput(rep.id, preparedId)).then((r) => {
      finished.push('callReviews.create');
      return r;
    });
    const list = call(core, 'callTypes.list', {}).then((r) => {
      finished.push('callTypes.list');
      return r;
    });
    const person = call(core, 'people.create', { name: 'Tom Becker' }).then((r) => {
      finished.push('people.create');
      return r;
    });
    let roundTrips = 0;
    while (!finished.includes('callReviews.create')) {
      await call(core, 'callTypes.list', {});
      await new Promise((resolve) => setImmediate(resolve));
      roundTrips += 1;
    }
    expect(finished).toEqual(['callTypes.list', 'people.create', 'callReviews.create']);
    expect((await list).ok && (await person).ok).toBe(true);
    const review = await create;
    if (!review.ok) throw new Error(review.error.message);
    expect(roundTrips).toBeGreaterThan(3);
    // What the worker worked out is what the lines say.
    callId = review.value.id;
    expect(review.value.segmentCount).toBe(10_000);
    expect(review.value.metrics).toEqual(fresh());
    expect(review.value.participants.map((p) => p.name)).toEqual(['Sam Patel', 'Jordan Reyes']);
    const page = await value(core, 'callReviews.segments', { id: callId, from: 9_998, limit: 5 });
    expect(page.segments.map((s) => [s.index, s.participantId])).toEqual([
      [9_998, review.value.participants[0]!.id],
      [9_999, review.value.participants[1]!.id],
    ]);
  });

  it('is still imported, in the transaction, when the worker cannot do that work', async () => {
    const broken = makeCore({ prepare: { worker: { file: '/nowhere/import-worker.cjs' } } });
    try {
      const rep = await value(broken, 'people.create', { name: 'Sam Patel' });
      // Read in place (as start-up seeding does): the worker is missing, so only the commit's step fails.
      const prepared = broken.dispatcher.callNow('transcripts.prepare', {
        fileName: 'long.vtt',
        text: bigVtt(IN_PLACE_LINES + 500),
      }) as { ok: true; value: { preparedId: string } };
      const review = await value(
        broken,
        'callReviews.create',
        createInput(rep.id, prepared.value.preparedId),
      );
      expect(review.segmentCount).toBe(IN_PLACE_LINES + 500);
      expect(review.metrics).toEqual(
        computeConversationMetrics(
          listSegmentsByParticipant(broken.database.db, review.id),
          review.participants.filter((p) => p.side !== 'customer').map((p) => p.id),
        ),
      );
    } finally {
      broken.close();
    }
  });
});
