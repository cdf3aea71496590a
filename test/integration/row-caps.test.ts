import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Anchor } from '../../shared/contract';
import { insertObservation } from '../../db/repositories/observations';
import { makeCore, preparedTranscript, type TestCore, value } from '../helpers/core';

// Lists that once stopped at a fixed number of rows (2,000 in the prep brief, 5,000 in a call review,
// 50 when looking for a rep's level before a focus was set) without saying so. Each test puts one row
// more than the old cap in the database and expects to see every one.

let core: TestCore;
let repId: string;
beforeEach(async () => {
  core = makeCore(); // today: 2 March 2026
  repId = (await value(core, 'people.create', { name: 'Tom Fielding' })).id;
});
afterEach(() => core.close());

const IMPLICATION = 'bhv-asks-implication-questions';
const ECONOMIC_BUYER = 'bhv-identifies-economic-buyer';

/** Writes many observations in one transaction, as a long history would hold them. */
function observeMany(
  count: number,
  make: (i: number) => {
    behaviourId: string;
    observedOn: string;
    level?: number;
    verdict?: 'gap' | 'strength';
    sourceKind?: 'ad-hoc' | 'call-review';
    sourceId?: string;
    anchor?: Anchor;
  },
) {
  const { db, sqlite } = core.database;
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const o = make(i);
      insertObservation(db, {
        id: `bulk-${i}`,
        repId,
        behaviourId: o.behaviourId,
        behaviourNameThen: o.behaviourId,
        observedOn: o.observedOn,
        level: o.level ?? null,
        verdict: o.verdict ?? null,
        evidence: null,
        anchor: o.anchor ?? null,
        anchorState: o.anchor ? 'anchored' : null,
        annotationType: o.anchor ? 'question' : null,
        comment: null,
        sourceKind: o.sourceKind ?? 'ad-hoc',
        sourceId: o.sourceId ?? null,
        authorId: null,
        visibility: 'private',
        createdAt: `2026-02-01T09:00:${String(i % 60).padStart(2, '0')}.000Z`,
        updatedAt: '2026-02-01T09:00:00.000Z',
        revision: 1,
      });
    }
  })();
}

const day = (i: number) => `2026-02-${String(3 + (i % 26)).padStart(2, '0')}`;

describe('lists without a silent cap', () => {
  it('the prep brief counts every observation since the last one-to-one, 2,001 of them', async () => {
    await value(core, 'oneOnOnes.create', { repId, date: '2026-02-02' });
    observeMany(2001, (i) => ({ behaviourId: IMPLICATION, observedOn: day(i), verdict: 'gap' }));
    const brief = await value(core, 'oneOnOnes.prepBrief', { repId });
    expect(brief.since).toBe('2026-02-02');
    const group = brief.otherObservations.find((g) => g.behaviourId === IMPLICATION);
    expect(group?.observations).toHaveLength(2001);
    expect(brief.suggestions[0]?.reason).toMatch(/^gap observed 2001 times/);
  });

  it('finds the level before the last one-to-one however many unrated observations came after it', async () => {
    await value(core, 'oneOnOnes.create', { repId, date: '2026-02-02' });
    // A level 3 in December, then 60 verdicts without a level in January, then a level 1 since.
    await value(core, 'observations.create', {
      repId,
      behaviourId: ECONOMIC_BUYER,
      observedOn: '2025-12-15',
      level: 3,
    });
    observeMany(60, (i) => ({
      behaviourId: ECONOMIC_BUYER,
      observedOn: `2026-01-${String(1 + (i % 30)).padStart(2, '0')}`,
      verdict: 'strength',
    }));
    await value(core, 'observations.create', {
      repId,
      behaviourId: ECONOMIC_BUYER,
      observedOn: '2026-02-20',
      level: 1,
    });
    const brief = await value(core, 'oneOnOnes.prepBrief', { repId });
    expect(brief.levelChanges).toEqual([
      expect.objectContaining({ behaviourId: ECONOMIC_BUYER, before: 3, after: 1, direction: 'down' }),
    ]);
  });

  it('a one-to-one opens with every piece of evidence on last time’s focus, 51 of them', async () => {
    const feb2 = await value(core, 'oneOnOnes.create', { repId, date: '2026-02-02' });
    await value(core, 'oneOnOnes.setFocus', { id: feb2.id, behaviourIds: [IMPLICATION] });
    observeMany(51, (i) => ({ behaviourId: IMPLICATION, observedOn: day(i % 20), level: 2 }));
    const next = await value(core, 'oneOnOnes.create', { repId, date: '2026-02-27' });
    expect(next.previousFocus.map((f) => f.evidence.length)).toEqual([51]);
  });

  it('a call review shows, counts and moves every one of its 5,001 annotations', async () => {
    const review = await value(core, 'callReviews.create', {
      repId,
      date: '2026-02-24',
      account: 'Acme',
      callTypeId: 'call-discovery',
      participants: [
        { name: 'Tom Fielding', side: 'rep' },
        { name: 'Tom Becker', side: 'customer' },
      ],
      transcript: await preparedTranscript(core, {
        fileName: 'acme.txt',
        text: 'Tom Fielding: What made you look at this now?\nTom Becker: Our forecast.\n',
      }),
      speakerMap: [
        { speaker: 'Tom Fielding', participant: 0 },
        { speaker: 'Tom Becker', participant: 1 },
      ],
    });
    observeMany(5001, () => ({
      behaviourId: IMPLICATION,
      observedOn: '2026-02-24',
      verdict: 'gap',
      sourceKind: 'call-review',
      sourceId: review.id,
      anchor: {
        kind: 'transcript',
        documentId: review.id,
        startSegment: 0,
        startOffset: 0,
        endSegment: 0,
        endOffset: 4,
        startMs: null,
        endMs: null,
      },
    }));
    const again = await value(core, 'callReviews.get', { id: review.id });
    expect(again.annotations).toHaveLength(5001);
    expect(again.annotationCount).toBe(5001);
    await value(core, 'callReviews.update', {
      id: review.id,
      revision: again.revision,
      date: '2026-02-25',
      account: 'Acme',
      deal: null,
      callTypeId: 'call-discovery',
      mediaFileName: null,
    });
    const moved = core.database.sqlite
      .prepare("SELECT count(*) AS n FROM observations WHERE source_id = ? AND observed_on = '2026-02-25'")
      .get(review.id) as { n: number };
    expect(moved.n).toBe(5001);
  });
});
