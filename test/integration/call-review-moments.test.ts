import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallReview } from '../../shared/contract';
import { call, makeCore, preparedTranscript, type TestCore, value } from '../helpers/core';

const zoom = fs.readFileSync(path.resolve(__dirname, '../fixtures/transcripts/zoom.vtt')).toString('base64');

let core: TestCore;
let review: CallReview;
beforeEach(async () => {
  core = makeCore();
  const repId = (await value(core, 'people.create', { name: 'Priya Shah' })).id;
  review = (await value(core, 'callReviews.create', {
    repId,
    date: '2026-02-24',
    account: 'Acme Logistics',
    callTypeId: 'call-discovery',
    participants: [
      { name: 'Priya Shah', side: 'rep' },
      { name: 'Tom Becker', side: 'customer' },
    ],
    transcript: await preparedTranscript(core, { fileName: 'zoom.vtt', contentBase64: zoom }),
    speakerMap: [
      { speaker: 'Priya Shah', participant: 0 },
      { speaker: 'Tom Becker', participant: 1 },
      { speaker: 'dana lee', participant: 1 },
    ],
  } as never)) as CallReview;
});
afterEach(() => core.close());

describe('call reviews: dismissing a suggested moment', () => {
  it('keeps a dismissal across reads, and can bring the moment back', async () => {
    const moment = review.moments[0]!;
    expect(review.moments.every((m) => !m.dismissed)).toBe(true);
    await value(core, 'callReviews.dismissMoment', { id: review.id, key: moment.key, dismissed: true });
    const again = await value(core, 'callReviews.get', { id: review.id });
    expect(again.moments.filter((m) => m.dismissed).map((m) => m.key)).toEqual([moment.key]);
    expect(again.moments).toHaveLength(review.moments.length);
    await value(core, 'callReviews.dismissMoment', { id: review.id, key: moment.key, dismissed: false });
    expect((await value(core, 'callReviews.get', { id: review.id })).moments.some((m) => m.dismissed)).toBe(
      false,
    );
  });

  it('refuses a moment the call does not have, on the key', async () => {
    const result = await call(core, 'callReviews.dismissMoment', {
      id: review.id,
      key: 'pricing:99:Nothing like this was said',
      dismissed: true,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { issues: [{ path: ['key'] }] } },
    });
  });
});

describe('call reviews: a scorecard line reads the annotations already made', () => {
  it('lists the line’s annotations with their passages and suggests a level from them', async () => {
    const line = review.scorecard.lines[0]!;
    expect(line).toMatchObject({ annotations: [], suggestedLevel: null });
    const annotate = (segment: number, level: 1 | 2 | 3 | 4) =>
      value(core, 'callReviews.annotate', {
        callReviewId: review.id,
        anchor: { startSegment: segment, startOffset: 0, endSegment: segment, endOffset: 5 },
        annotationType: 'missed-opportunity',
        behaviourId: line.behaviourId,
        level,
      });
    const first = await annotate(2, 1);
    const second = await annotate(4, 2);
    const scored = (await value(core, 'callReviews.get', { id: review.id })).scorecard.lines[0]!;
    expect(scored.annotations.map((a) => [a.id, a.level, a.segmentIndex])).toEqual([
      [first.id, 1, 2],
      [second.id, 2, 4],
    ]);
    expect(scored.annotations[0]!.quote).toBe(review.segments[2]!.text.slice(0, 5));
    expect(scored.suggestedLevel).toBe(2);
    // A suggestion, never a rating: the line stays unrated until the manager confirms it.
    expect(scored.level).toBeNull();
  });
});
