import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEGMENT_PAGE_SIZE } from '../../shared/contract';
import { bigVtt } from '../helpers/big-transcript';
import { call, makeCore, preparedTranscript, type TestCore, value } from '../helpers/core';

// A transcript longer than callReviews.get carries: the first page comes with the call, the rest from
// callReviews.segments; metrics and annotations still cover every line.
const LINES = SEGMENT_PAGE_SIZE + 1000;

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

describe('a transcript longer than one page', () => {
  it('comes with its first page and its line count; the metrics count every line', async () => {
    const review = await value(core, 'callReviews.get', { id: callId });
    expect(review.segmentCount).toBe(LINES);
    expect(review.segments).toHaveLength(SEGMENT_PAGE_SIZE);
    expect(review.segments.at(-1)!.index).toBe(SEGMENT_PAGE_SIZE - 1);
    // bigVtt alternates Sam and Jordan, 8 to 11 words a line: every line is in the word counts.
    let words = 0;
    for (let i = 0; i < LINES; i++) words += 8 + (i % 4);
    expect(review.metrics.words.rep + review.metrics.words.customer).toBe(words);
  });

  it('gives the other lines a page at a time', async () => {
    const page = await value(core, 'callReviews.segments', {
      id: callId,
      from: SEGMENT_PAGE_SIZE,
      limit: 2000,
    });
    expect(page.segmentCount).toBe(LINES);
    expect(page.segments.map((s) => s.index)).toEqual(
      Array.from({ length: 1000 }, (_, i) => SEGMENT_PAGE_SIZE + i),
    );
    expect(page.segments[0]).toMatchObject({ speaker: 'Sam Patel', startMs: SEGMENT_PAGE_SIZE * 2400 });
    expect(
      (await value(core, 'callReviews.segments', { id: callId, from: LINES, limit: 10 })).segments,
    ).toEqual([]);
    expect(
      await call(core, 'callReviews.segments', { id: callId, from: 0, limit: SEGMENT_PAGE_SIZE + 1 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await call(core, 'callReviews.segments', { id: 'nope', from: 0, limit: 10 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('annotates a line past the first page, quoting it exactly', async () => {
    const line = SEGMENT_PAGE_SIZE + 500;
    const [target, next] = (await value(core, 'callReviews.segments', { id: callId, from: line, limit: 2 }))
      .segments;
    const cut = next!.text.indexOf(' ');
    const observation = await value(core, 'callReviews.annotate', {
      callReviewId: callId,
      anchor: { startSegment: line, startOffset: 0, endSegment: line + 1, endOffset: cut },
      annotationType: 'strength',
      behaviourId: 'bhv-asks-how-purchase-is-funded',
      verdict: 'strength',
    });
    expect(observation.evidence).toBe(`${target!.text} ${next!.text.slice(0, cut)}`);
    expect(observation.anchor).toMatchObject({ startSegment: line, startMs: line * 2400 });
    expect(
      await call(core, 'callReviews.annotate', {
        callReviewId: callId,
        anchor: { startSegment: LINES - 1, startOffset: 0, endSegment: LINES, endOffset: 1 },
        annotationType: 'strength',
        behaviourId: 'bhv-asks-how-purchase-is-funded',
        verdict: 'strength',
      }),
    ).toMatchObject({
      ok: false,
      error: { message: `The transcript has ${LINES} lines; the selection points past its end.` },
    });
  });
});
