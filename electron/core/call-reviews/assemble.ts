import {
  AppError,
  type CallReview,
  type CallReviewSummary,
  type Observation,
  type Participant,
  type Scorecard,
  type Segment,
} from '../../../shared/contract';
import {
  findCallReview,
  listCallReviewSummaries,
  listParticipants,
  listSegments,
} from '../../../db/repositories/call-reviews';
import { readScorecard, scoreOf } from '../../../db/repositories/scorecards';
import { findBehaviourRef } from '../../../db/repositories/behaviours';
import { listObservations } from '../../../db/repositories/observations';
import { computeConversationMetrics, findMoments } from '../../../shared/domain/conversation-metrics';
import type { ReadContext } from '../context';
import { readKeywords } from './keywords';
export function requireCallReview(ctx: ReadContext, id: string) {
  const row = findCallReview(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'That call review no longer exists.', { id });
  return row;
}

/**
 * The transcript as the metrics see it: each line spoken by its participant (not its label, which two
 * people may share), and lines mapped to nobody (a bot, "Recording started") spoken by no side at all.
 */
function metricsView(segments: Segment[], participants: Participant[]) {
  return {
    segments: segments.map((s) => ({ ...s, speaker: s.participantId })),
    repSpeakers: participants.filter((p) => p.side !== 'customer').map((p) => p.id),
  };
}

function scorecardOf(
  ctx: ReadContext,
  callReviewId: string,
  revision: number,
  annotations: CallReview['annotations'],
  observations: Observation[],
): Scorecard {
  const saved = readScorecard(ctx.db, callReviewId) ?? { templateId: null, lines: [], submittedAt: null };
  // Once submitted, the observations are the record: a level changed or removed on the rep's page shows here.
  const recorded = saved.submittedAt
    ? new Map(observations.filter((o) => o.anchor === null).map((o) => [o.behaviourId, o]))
    : null;
  const stored = recorded
    ? saved.lines.map((line) => {
        const o = recorded.get(line.behaviourId);
        return { ...line, level: o ? o.level : null, comment: o ? o.comment : line.comment };
      })
    : saved.lines;
  const lines = stored.map((line) => ({
    behaviourId: line.behaviourId,
    behaviourName: findBehaviourRef(ctx.db, line.behaviourId)?.name ?? 'Unknown behaviour',
    weight: line.weight,
    critical: line.critical,
    level: line.level,
    comment: line.comment,
    evidenceCount: annotations.filter((a) => a.behaviourId === line.behaviourId).length,
  }));
  return {
    templateId: saved.templateId,
    lines,
    submittedAt: saved.submittedAt,
    score: scoreOf(stored),
    ratedCount: stored.filter((l) => l.level !== null).length,
    criticalGap: stored.some((l) => l.critical && l.level !== null && l.level <= 2),
    revision,
  };
}

/** Observations a call's scorecard recorded: from the call, without an anchor in its transcript. */
export function scorecardObservations(ctx: ReadContext, callReviewId: string) {
  return listObservations(ctx.db, { sourceKind: 'call-review', sourceId: callReviewId, limit: 5000 }).filter(
    (o) => o.anchor === null,
  );
}

export function assembleCallReview(ctx: ReadContext, id: string): CallReview {
  const row = requireCallReview(ctx, id);
  const [summary] = listCallReviewSummaries(ctx.db, { id }) as [CallReviewSummary];
  const participants = listParticipants(ctx.db, id);
  const segments = listSegments(ctx.db, id);
  // The call's observations, read once: anchored ones are annotations, the others its scorecard's.
  const observations = listObservations(ctx.db, { sourceKind: 'call-review', sourceId: id, limit: 5000 });
  const annotations = observations
    .filter((o) => o.anchor?.kind === 'transcript')
    .sort((a, b) =>
      a.anchor?.kind === 'transcript' && b.anchor?.kind === 'transcript'
        ? a.anchor.startSegment - b.anchor.startSegment
        : 0,
    );
  const view = metricsView(segments, participants);
  return {
    ...summary,
    transcriptFormat: row.transcriptFormat,
    transcriptFileName: row.transcriptFileName,
    mediaFileName: row.mediaFileName,
    participants,
    segments,
    annotations,
    metrics: computeConversationMetrics(view.segments, view.repSpeakers),
    moments: findMoments(view.segments, view.repSpeakers, readKeywords(ctx)),
    scorecard: scorecardOf(ctx, id, row.revision, annotations, observations),
    revision: row.revision,
    createdAt: row.createdAt,
  };
}
