import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallReview } from '../../shared/contract';
import { call, makeCore, preparedTranscript, snapshotRows, type TestCore, value } from '../helpers/core';

const fixtures = path.resolve(__dirname, '../fixtures/transcripts');
const fixture = (name: string) => fs.readFileSync(path.join(fixtures, name));

let core: TestCore;
let repId: string;
beforeEach(async () => {
  core = makeCore();
  repId = (await value(core, 'people.create', { name: 'Priya Shah' })).id;
});
afterEach(() => core.close());

const participants = [
  { name: 'Priya Shah', side: 'rep' as const },
  { name: 'Tom Becker', side: 'customer' as const, title: 'Head of Sales Operations' },
  { name: 'Dana Lee', side: 'customer' as const, title: 'Finance' },
];
const speakerMap = [
  { speaker: 'Priya Shah', participant: 0 },
  { speaker: 'Tom Becker', participant: 1 },
  { speaker: 'dana lee', participant: 2 },
];

async function importZoom(extra: Record<string, unknown> = {}) {
  return call(core, 'callReviews.create', {
    repId,
    date: '2026-02-24',
    account: 'Acme Logistics',
    deal: 'Acme – sales ops platform',
    callTypeId: 'call-discovery',
    participants,
    transcript: await preparedTranscript(core, {
      fileName: 'zoom.vtt',
      contentBase64: fixture('zoom.vtt').toString('base64'),
    }),
    speakerMap,
    ...extra,
  } as never);
}

async function imported(): Promise<CallReview> {
  const result = await importZoom();
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as CallReview;
}

describe('call reviews: import', () => {
  it('previews a transcript without writing, then imports it with speakers mapped to participants', async () => {
    const before = snapshotRows(core);
    const preview = await value(core, 'transcripts.prepare', {
      fileName: 'zoom.vtt',
      contentBase64: fixture('zoom.vtt').toString('base64'),
    });
    expect(preview).toMatchObject({ format: 'vtt', segmentCount: 8, durationMs: 41_880 });
    expect(preview.speakers.map((s) => s.label)).toEqual(['Priya Shah', 'Tom Becker', 'dana lee']);
    expect(snapshotRows(core)).toEqual(before);

    const review = await imported();
    expect(review).toMatchObject({
      account: 'Acme Logistics',
      callTypeName: 'Discovery',
      transcriptFormat: 'vtt',
      durationMs: 41_880,
    });
    expect(review.segments).toHaveLength(8);
    const dana = review.participants.find((p) => p.name === 'Dana Lee')!;
    expect(review.segments[4]).toMatchObject({
      speaker: 'dana lee',
      participantId: dana.id,
      startMs: 24_400,
      endMs: 29_100,
    });
    expect(review.scorecard.templateId).toBe('scorecard-discovery');
    expect(review.scorecard.lines.every((l) => l.level === null)).toBe(true);
    expect(await value(core, 'callReviews.list', { repId })).toHaveLength(1);
  });

  it('computes the conversation metrics, and suggests moments', async () => {
    const review = await imported();
    expect(review.metrics.hasTimes).toBe(true);
    expect(review.metrics.talk.basis).toBe('duration');
    expect(review.metrics.repQuestions.total).toBe(2);
    expect(review.metrics.paceWpm).not.toBeNull();
    expect(review.moments.map((m) => m.kind)).toEqual(
      expect.arrayContaining(['question', 'pricing', 'nextStep']),
    );
    // Competitors are the team's own list: once set, their mentions become moments too.
    await value(core, 'callReviews.setKeywords', {
      ...(await value(core, 'callReviews.keywords', {})),
      competitor: ['Contoso'],
    });
    const again = await value(core, 'callReviews.get', { id: review.id });
    expect(again.moments.filter((m) => m.kind === 'competitor').map((m) => m.term)).toEqual(['Contoso']);
  });

  it('leaves lines mapped to nobody out of both sides', async () => {
    const text = [
      'Recording Bot: This meeting is being recorded and will be shared with all attendees of the meeting today.',
      'Priya Shah: What made you look at this now?',
      'Tom Becker: Our forecast is always wrong.',
    ].join('\n');
    const result = await call(core, 'callReviews.create', {
      repId,
      date: '2026-02-24',
      account: 'Acme',
      callTypeId: 'call-discovery',
      participants: participants.slice(0, 2),
      transcript: await preparedTranscript(core, { text }),
      speakerMap: [...speakerMap.slice(0, 2), { speaker: 'Recording Bot', participant: null }],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.metrics.words).toEqual({ rep: 7, customer: 5, unattributed: 16 });
    expect(result.value.metrics.longestCustomerStory?.words).toBe(5);
  });

  it('shows time-based metrics as unavailable for a transcript without times', async () => {
    const text =
      'Priya Shah: What made you look at this now?\nTom Becker: Our forecast is always wrong.\nPriya Shah: How wrong, in money?\n';
    const result = await call(core, 'callReviews.create', {
      repId,
      date: '2026-02-24',
      account: 'Acme',
      callTypeId: 'call-discovery',
      participants: participants.slice(0, 2),
      transcript: await preparedTranscript(core, { text }),
      speakerMap: speakerMap.slice(0, 2),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.metrics).toMatchObject({
      hasTimes: false,
      paceWpm: null,
      interactivity: null,
      talk: { basis: 'words' },
    });
    expect(result.value.durationMs).toBeNull();
  });

  it('gives start-only transcripts their end times from the next line', async () => {
    const result = await call(core, 'callReviews.create', {
      repId,
      date: '2026-02-24',
      account: 'Acme',
      callTypeId: 'call-discovery',
      participants: participants.slice(0, 2),
      transcript: await preparedTranscript(core, {
        fileName: 'stamped.txt',
        contentBase64: fixture('stamped.txt').toString('base64'),
      }),
      speakerMap: speakerMap.slice(0, 2),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const [first, second] = result.value.segments;
    expect(first).toMatchObject({ startMs: 5_000, endMs: 12_000 });
    expect(second!.startMs).toBe(12_000);
    expect(result.value.metrics.hasTimes).toBe(true);
  });

  it.each([
    ['no-good-cue.vtt', /line 4: cue 1 ends at 00:00:07.000, before it starts/],
    ['binary.vtt', /not a text file|binary/i],
    ['empty.vtt', /empty|no speech/i],
    ['bad-utf8-with-mark.txt', /UTF-8/],
  ])('refuses %s with a clear message and writes nothing', async (file, message) => {
    const before = snapshotRows(core);
    const result = await call(core, 'transcripts.prepare', {
      fileName: file,
      contentBase64: fixture(file).toString('base64'),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(message);
    expect(snapshotRows(core)).toEqual(before);
  });

  it('passes the manager’s answers to the preview through: the encoding read, labels that are not speakers', async () => {
    const preview = await value(core, 'transcripts.prepare', {
      fileName: 'windows-1252.srt',
      contentBase64: fixture('windows-1252.srt').toString('base64'),
    });
    expect(preview.encoding).toBe('Windows-1252 (Western European)');
    expect(preview.speakers.map((s) => [s.label, s.segments])).toEqual([
      ['Priya Shah', 1],
      ['Zoë Müller', 1],
    ]);
    const rejected = await value(core, 'transcripts.prepare', {
      fileName: 'windows-1252.srt',
      contentBase64: fixture('windows-1252.srt').toString('base64'),
      notSpeakers: ['Zoë Müller'],
    });
    expect(rejected.speakers.map((s) => s.label)).toEqual(['Priya Shah']);
    expect(rejected.firstSegments[1]!.text).toBe('Zoë Müller: Très bien, merci. « À bientôt » !');
    const pasted = await value(core, 'transcripts.prepare', { text: 'Ana: Hi.', asPlainText: true });
    expect(pasted.encoding).toBeNull();
  });

  it('stores cue text as plain text, never markup', async () => {
    const preview = await value(core, 'transcripts.prepare', {
      fileName: 'x.vtt',
      contentBase64: fixture('html-injection.vtt').toString('base64'),
    });
    for (const s of preview.firstSegments) expect(s.text).not.toMatch(/<|>/);
  });

  it('needs every speaker mapped, exactly one rep, and a rep among the speakers', async () => {
    const missing = await importZoom({ speakerMap: speakerMap.slice(0, 2) });
    expect(missing).toMatchObject({ ok: false, error: { message: expect.stringMatching(/“dana lee”/) } });
    const tworeps = await importZoom({ participants: participants.map((p) => ({ ...p, side: 'rep' })) });
    expect(tworeps).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/exactly one participant as the rep/) },
    });
    const noRepVoice = await importZoom({
      speakerMap: speakerMap.map((m) => (m.participant === 0 ? { ...m, participant: 1 } : m)),
    });
    expect(noRepVoice).toMatchObject({ ok: false, error: { message: expect.stringMatching(/the rep/) } });
    expect(snapshotRows(core).call_reviews).toEqual([]);
  });
});

describe('call reviews: annotations and scorecard', () => {
  it('annotates a passage across cues: exact quote, segment anchor and times, and it survives a reload', async () => {
    const review = await imported();
    // From "Is the budget" in cue 6 to "CFO" in cue 7.
    const s5 = review.segments[5]!.text;
    const s6 = review.segments[6]!.text;
    const annotation = await value(core, 'callReviews.annotate', {
      callReviewId: review.id,
      anchor: {
        startSegment: 5,
        startOffset: s5.indexOf('Is the budget'),
        endSegment: 6,
        endOffset: s6.indexOf('CFO') + 3,
      },
      annotationType: 'missed-opportunity',
      behaviourId: 'bhv-asks-how-purchase-is-funded',
      level: 2,
      comment: 'Asked if budget was approved, not where the money comes from.',
    });
    expect(annotation).toMatchObject({
      evidence: 'Is the budget already approved? Not yet: we need to take it to our CFO',
      annotationType: 'missed-opportunity',
      sourceKind: 'call-review',
      sourceId: review.id,
      observedOn: '2026-02-24',
      anchor: { kind: 'transcript', startSegment: 5, endSegment: 6, startMs: 29_500, endMs: 37_000 },
    });
    core.close();
    core = makeCore({ file: core.file });
    const again = await value(core, 'callReviews.get', { id: review.id });
    expect(again.annotations.map((a) => a.evidence)).toEqual([annotation.evidence]);
    expect(again.annotationCount).toBe(1);
    const onRep = await value(core, 'observations.list', { repId, sourceKind: 'call-review' });
    expect(onRep.map((o) => o.sourceTitle)).toEqual(['Call with Acme Logistics on 2026-02-24']);
  });

  it('refuses anchors outside the transcript', async () => {
    const review = await imported();
    const past = await call(core, 'callReviews.annotate', {
      callReviewId: review.id,
      anchor: { startSegment: 7, startOffset: 0, endSegment: 40, endOffset: 3 },
      annotationType: 'question',
      behaviourId: 'bhv-asks-how-purchase-is-funded',
      verdict: 'gap',
    });
    expect(past).toMatchObject({ ok: false, error: { details: { issues: [{ path: ['anchor'] }] } } });
    const backwards = await call(core, 'callReviews.annotate', {
      callReviewId: review.id,
      anchor: { startSegment: 3, startOffset: 5, endSegment: 3, endOffset: 2 },
      annotationType: 'question',
      behaviourId: 'bhv-asks-how-purchase-is-funded',
      verdict: 'gap',
    });
    expect(backwards).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('scores the call: one observation per rated line, a reason for low ratings, resubmission updates them', async () => {
    const review = await imported();
    const lines = review.scorecard.lines.map((l) => ({
      behaviourId: l.behaviourId,
      weight: l.weight,
      critical: l.critical,
      level: null as number | null,
      comment: null as string | null,
    }));
    lines[0]!.level = 4;
    lines[2]!.level = 2; // implication questions, critical, weight 2
    const noReason = await call(core, 'callReviews.saveScorecard', {
      id: review.id,
      revision: review.revision,
      templateId: review.scorecard.templateId,
      lines,
      submit: true,
    });
    expect(noReason).toMatchObject({
      ok: false,
      error: { details: { issues: [{ path: ['lines', 2, 'comment'] }] } },
    });
    lines[2]!.comment = 'Went to the demo after the first pain point.';
    const scored = await value(core, 'callReviews.saveScorecard', {
      id: review.id,
      revision: review.revision,
      templateId: review.scorecard.templateId,
      lines,
      submit: true,
    });
    expect(scored.scorecard).toMatchObject({ ratedCount: 2, criticalGap: true });
    expect(scored.scorecard.score).toBeCloseTo((1 * 4 + 2 * 2) / 3, 5);
    let observations = await value(core, 'observations.list', { repId, sourceKind: 'call-review' });
    expect(observations.map((o) => [o.behaviourId, o.level]).sort()).toEqual(
      [
        [lines[0]!.behaviourId, 4],
        [lines[2]!.behaviourId, 2],
      ].sort(),
    );
    lines[2]!.level = 3;
    lines[0]!.level = null;
    const rescored = await value(core, 'callReviews.saveScorecard', {
      id: review.id,
      revision: scored.revision,
      templateId: scored.scorecard.templateId,
      lines,
      submit: true,
    });
    observations = await value(core, 'observations.list', { repId, sourceKind: 'call-review' });
    expect(observations.map((o) => [o.behaviourId, o.level])).toEqual([[lines[2]!.behaviourId, 3]]);
    expect(rescored.scorecard.score).toBe(3);
    const stale = await call(core, 'callReviews.saveScorecard', {
      id: review.id,
      revision: review.revision,
      templateId: null,
      lines,
      submit: false,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('keeps the scorecard and its observations in step when they are changed elsewhere or by a draft', async () => {
    const review = await imported();
    const lines = review.scorecard.lines.map((l) => ({
      behaviourId: l.behaviourId,
      weight: l.weight,
      critical: l.critical,
      level: 3 as number | null,
      comment: null as string | null,
    }));
    let current = await value(core, 'callReviews.saveScorecard', {
      id: review.id,
      revision: review.revision,
      templateId: review.scorecard.templateId,
      lines,
      submit: true,
    });
    const count = async () =>
      (await value(core, 'observations.list', { repId, sourceKind: 'call-review' })).length;
    expect(await count()).toBe(lines.length);
    // Deleted on the rep's page: the line shows as not rated, and resubmitting records it again.
    const one = (await value(core, 'observations.list', { repId, sourceKind: 'call-review' }))[0]!;
    await value(core, 'observations.delete', { id: one.id });
    current = await value(core, 'callReviews.get', { id: review.id });
    expect(current.scorecard.lines.find((l) => l.behaviourId === one.behaviourId)?.level).toBeNull();
    current = await value(core, 'callReviews.saveScorecard', {
      id: review.id,
      revision: current.revision,
      templateId: current.scorecard.templateId,
      lines,
      submit: true,
    });
    expect(await count()).toBe(lines.length);
    // A draft without a line, then a submission: the line's observation goes, nothing is duplicated.
    const fewer = lines.slice(1);
    current = await value(core, 'callReviews.saveScorecard', {
      id: review.id,
      revision: current.revision,
      templateId: current.scorecard.templateId,
      lines: fewer,
      submit: false,
    });
    current = await value(core, 'callReviews.saveScorecard', {
      id: review.id,
      revision: current.revision,
      templateId: current.scorecard.templateId,
      lines: fewer,
      submit: true,
    });
    expect(await count()).toBe(fewer.length);
    current = await value(core, 'callReviews.saveScorecard', {
      id: review.id,
      revision: current.revision,
      templateId: current.scorecard.templateId,
      lines,
      submit: true,
    });
    expect(await count()).toBe(lines.length);
    // A level changed on the rep's page shows on the scorecard.
    const obs = (await value(core, 'observations.list', { repId, sourceKind: 'call-review' }))[0]!;
    await value(core, 'observations.update', {
      id: obs.id,
      revision: obs.revision,
      behaviourId: obs.behaviourId,
      observedOn: obs.observedOn,
      level: 1,
      comment: 'Revisited.',
      visibility: 'private',
    });
    current = await value(core, 'callReviews.get', { id: review.id });
    expect(current.scorecard.lines.find((l) => l.behaviourId === obs.behaviourId)).toMatchObject({
      level: 1,
      comment: 'Revisited.',
    });
  });

  it('counts only a submitted scorecard in the call’s score', async () => {
    const review = await imported();
    const lines = review.scorecard.lines.map((l) => ({
      behaviourId: l.behaviourId,
      weight: l.weight,
      critical: l.critical,
      level: 4 as number | null,
      comment: null,
    }));
    await value(core, 'callReviews.saveScorecard', {
      id: review.id,
      revision: review.revision,
      templateId: review.scorecard.templateId,
      lines,
      submit: false,
    });
    expect((await value(core, 'callReviews.list', { repId }))[0]!.score).toBeNull();
  });

  it('shows the call in the rep’s next prep brief', async () => {
    const review = await imported();
    const brief = await value(core, 'oneOnOnes.prepBrief', { repId });
    expect(brief.recentCallReviews).toEqual([
      expect.objectContaining({ id: review.id, account: 'Acme Logistics', callTypeName: 'Discovery' }),
    ]);
  });
});
