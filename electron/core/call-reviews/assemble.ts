import {
  AppError,
  type CallReview,
  type CallReviewSummary,
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
import { findBehaviour } from '../../../db/repositories/behaviours';
import { listObservations } from '../../../db/repositories/observations';
import { computeConversationMetrics, findMoments } from '../../../shared/domain/conversation-metrics';
import type { ReadContext } from '../context';
import { readKeywords } from './keywords';
import { accessOf } from '../services/access';

/** A call review about a rep the viewer sees (the rep, or one of their managers). */
export function requireCallReview(ctx: ReadContext, id: string) {
  const row = findCallReview(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'That call review no longer exists.', { id });
  accessOf(ctx).requireRep(row.repId);
  return row;
}

/** A call review the viewer may change: the call's details, speakers and scorecard are its managers'. */
export function requireWritableCallReview(ctx: ReadContext, id: string) {
  const row = requireCallReview(ctx, id);
  accessOf(ctx).requireManages(row.repId, 'this call review');
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
  repId: string,
  callReviewId: string,
  revision: number,
  annotations: CallReview['annotations'],
): Scorecard {
  const saved = readScorecard(ctx.db, callReviewId) ?? { templateId: null, lines: [], submittedAt: null };
  const reviewer = accessOf(ctx).managesRep(repId);
  // A draft is its reviewers' working copy: the rep sees a scorecard once it is submitted, and then only the
  // lines whose observations are shared with them.
  if (!saved.submittedAt && !reviewer) saved.lines = [];
  // Once submitted, the observations are the record: a level changed or removed on the rep's page shows here.
  const recorded = saved.submittedAt
    ? new Map(scorecardObservations(ctx, callReviewId).map((o) => [o.behaviourId, o]))
    : null;
  const hidden = recorded
    ? new Set(
        scorecardObservations(ctx, callReviewId, 'all')
          .filter((o) => !recorded.has(o.behaviourId))
          .map((o) => o.behaviourId),
      )
    : new Set<string>();
  const stored = recorded
    ? saved.lines
        // A line recorded as someone else's private observation is not there for this viewer; one whose
        // observation was deleted stays, unrated, for its reviewers.
        .filter((line) => !hidden.has(line.behaviourId) && (reviewer || recorded.has(line.behaviourId)))
        .map((line) => {
          const o = recorded.get(line.behaviourId);
          return { ...line, level: o ? o.level : null, comment: o ? o.comment : line.comment };
        })
    : saved.lines;
  const lines = stored.map((line) => ({
    behaviourId: line.behaviourId,
    behaviourName: findBehaviour(ctx.db, line.behaviourId)?.name ?? 'Unknown behaviour',
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
export function scorecardObservations(
  ctx: ReadContext,
  callReviewId: string,
  whose: 'visible' | 'all' = 'visible',
) {
  return listObservations(ctx.db, {
    sourceKind: 'call-review',
    sourceId: callReviewId,
    limit: 5000,
    visibleTo: whose === 'all' ? null : accessOf(ctx).scope(),
  }).filter((o) => o.anchor === null);
}

/**
 * A list row as this viewer may see it: the annotation count and score counted from what they can read,
 * not from everyone's (another manager's private scorecard lines are not in a rep's score).
 */
export function visibleCallReviewSummary(ctx: ReadContext, summary: CallReviewSummary): CallReviewSummary {
  if (accessOf(ctx).viewer === null) return summary;
  const annotations = listObservations(ctx.db, {
    sourceKind: 'call-review',
    sourceId: summary.id,
    limit: 5000,
    visibleTo: accessOf(ctx).scope(),
  }).filter((o) => o.anchor?.kind === 'transcript');
  const scorecard = scorecardOf(ctx, summary.repId, summary.id, 1, annotations);
  return {
    ...summary,
    annotationCount: annotations.length,
    score: scorecard.submittedAt ? scorecard.score : null,
    ratedCount: scorecard.submittedAt ? scorecard.ratedCount : summary.ratedCount,
  };
}

export function assembleCallReview(ctx: ReadContext, id: string): CallReview {
  const row = requireCallReview(ctx, id);
  const summary = listCallReviewSummaries(ctx.db, { repId: row.repId }).find((s) => s.id === id)!;
  const participants = listParticipants(ctx.db, id);
  const segments = listSegments(ctx.db, id);
  const annotations = listObservations(ctx.db, {
    sourceKind: 'call-review',
    sourceId: id,
    limit: 5000,
    visibleTo: accessOf(ctx).scope(),
  })
    .filter((o) => o.anchor?.kind === 'transcript')
    .sort((a, b) =>
      a.anchor?.kind === 'transcript' && b.anchor?.kind === 'transcript'
        ? a.anchor.startSegment - b.anchor.startSegment
        : 0,
    );
  const view = metricsView(segments, participants);
  const scorecard = scorecardOf(ctx, row.repId, id, row.revision, annotations);
  return {
    ...summary,
    annotationCount: annotations.length,
    score: scorecard.submittedAt ? scorecard.score : summary.score,
    ratedCount: scorecard.submittedAt ? scorecard.ratedCount : summary.ratedCount,
    transcriptFormat: row.transcriptFormat,
    transcriptFileName: row.transcriptFileName,
    mediaFileName: row.mediaFileName,
    participants,
    segments,
    annotations,
    metrics: computeConversationMetrics(view.segments, view.repSpeakers),
    moments: findMoments(view.segments, view.repSpeakers, readKeywords(ctx)),
    scorecard,
    revision: row.revision,
    createdAt: row.createdAt,
  };
}
