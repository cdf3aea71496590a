import {
  AppError,
  type CallReview,
  type Observation,
  type CallReviewSummary,
  SEGMENT_PAGE_SIZE,
  type Participant,
  type Scorecard,
} from '../../../shared/contract';
import {
  dismissedMomentKeys,
  findCallReview,
  listCallReviewSummaries,
  listParticipants,
  listSegments,
  listSegmentsByParticipant,
  readAnalysis,
  writeAnalysis,
} from '../../../db/repositories/call-reviews';
import { readScorecard, scoreOf } from '../../../db/repositories/scorecards';
import { findBehaviourRef } from '../../../db/repositories/behaviours';
import { listObservations } from '../../../db/repositories/observations';
import {
  computeConversationMetrics,
  levelFromAnnotations,
} from '../../../shared/domain/conversation-metrics';
import { analyseTranscript, keyedMoments, repSide, type TranscriptAnalysis } from '../transcripts/analysis';
import type { HandlerContext, ReadContext } from '../context';
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

function scorecardOf(
  ctx: ReadContext,
  repId: string,
  callReviewId: string,
  revision: number,
  annotations: CallReview['annotations'],
  observations: Observation[],
): Scorecard {
  const saved = readScorecard(ctx.db, callReviewId) ?? { templateId: null, lines: [], submittedAt: null };
  const reviewer = accessOf(ctx).managesRep(repId);
  // A draft is its reviewers' working copy: the rep sees a scorecard once it is submitted, and then only the
  // lines whose observations are shared with them.
  if (!saved.submittedAt && !reviewer) saved.lines = [];
  // Once submitted, the observations are the record: a level changed or removed on the rep's page shows here.
  const recorded = saved.submittedAt
    ? new Map(observations.filter((o) => o.anchor === null).map((o) => [o.behaviourId, o]))
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
  const lines = stored.map((line) => {
    const evidence = annotations.filter((a) => a.behaviourId === line.behaviourId);
    return {
      behaviourId: line.behaviourId,
      behaviourName: findBehaviourRef(ctx.db, line.behaviourId)?.name ?? 'Unknown behaviour',
      weight: line.weight,
      critical: line.critical,
      level: line.level,
      comment: line.comment,
      evidenceCount: evidence.length,
      annotations: evidence.map((a) => ({
        id: a.id,
        level: a.level,
        verdict: a.verdict,
        quote: a.evidence,
        segmentIndex: a.anchor?.kind === 'transcript' ? a.anchor.startSegment : 0,
      })),
      suggestedLevel: levelFromAnnotations(evidence),
    };
  });
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
    visibleTo: whose === 'all' ? null : accessOf(ctx).scope(),
  }).filter((o) => o.anchor === null);
}

/**
 * A list row as this viewer may see it: the annotation count and score counted from what they can read,
 * not from everyone's (another manager's private scorecard lines are not in a rep's score).
 */
export function visibleCallReviewSummary(ctx: ReadContext, summary: CallReviewSummary): CallReviewSummary {
  if (accessOf(ctx).viewer === null) return summary;
  const observations = listObservations(ctx.db, {
    sourceKind: 'call-review',
    sourceId: summary.id,
    visibleTo: accessOf(ctx).scope(),
  });
  const annotations = observations.filter((o) => o.anchor?.kind === 'transcript');
  const scorecard = scorecardOf(ctx, summary.repId, summary.id, 1, annotations, observations);
  return {
    ...summary,
    annotationCount: annotations.length,
    score: scorecard.submittedAt ? scorecard.score : null,
    ratedCount: scorecard.submittedAt ? scorecard.ratedCount : summary.ratedCount,
  };
}

type FoundMoment = Omit<CallReview['moments'][number], 'dismissed'>;

/** Each moment with whether the manager dismissed it (dismissals are read every time, never kept). */
function withDismissals(ctx: ReadContext, id: string, moments: FoundMoment[]): CallReview['moments'] {
  const dismissed = dismissedMomentKeys(ctx.db, id);
  return moments.map(({ key, ...m }) => ({ key, dismissed: dismissed.has(key), ...m }));
}

/** The call's suggested moments, each with its key and whether the manager dismissed it. */
export function callMoments(ctx: ReadContext, id: string): CallReview['moments'] {
  return analysisOf(ctx, id, listParticipants(ctx.db, id)).moments;
}

interface Analysis {
  segmentCount: number;
  metrics: CallReview['metrics'];
  moments: CallReview['moments'];
}

/**
 * The call's line count, metrics and moments: as kept at import (and at each change of who spoke) when
 * the keyword lists are the ones they were found with; otherwise worked out from every line (a call
 * imported before analyses were kept, or moments after the lists changed).
 */
function analysisOf(ctx: ReadContext, id: string, participants: Participant[]): Analysis {
  const stored = readAnalysis(ctx.db, id);
  const keywords = readKeywords(ctx);
  const keywordsJson = JSON.stringify(keywords);
  if (stored && stored.keywords === keywordsJson)
    return {
      segmentCount: stored.segmentCount,
      metrics: JSON.parse(stored.metrics) as CallReview['metrics'],
      moments: withDismissals(ctx, id, JSON.parse(stored.moments) as FoundMoment[]),
    };
  const spoken = listSegmentsByParticipant(ctx.db, id);
  const repSpeakers = repSide(participants);
  return {
    segmentCount: spoken.length,
    metrics: stored
      ? (JSON.parse(stored.metrics) as CallReview['metrics'])
      : computeConversationMetrics(spoken, repSpeakers),
    moments: withDismissals(ctx, id, keyedMoments(spoken, repSpeakers, keywords)),
  };
}

/**
 * Keeps a call's analysis, in the mutation that changed its lines or who spoke them: `analysis` when the
 * caller has it (worked out in the import worker), or worked out here from the stored lines.
 */
export function keepAnalysis(ctx: HandlerContext, id: string, analysis?: TranscriptAnalysis): void {
  writeAnalysis(
    ctx.db,
    id,
    analysis ??
      analyseTranscript(
        listSegmentsByParticipant(ctx.db, id),
        listParticipants(ctx.db, id),
        readKeywords(ctx),
      ),
  );
}

export function assembleCallReview(ctx: ReadContext, id: string): CallReview {
  const row = requireCallReview(ctx, id);
  const summary = listCallReviewSummaries(ctx.db, { id })[0]!;
  const participants = listParticipants(ctx.db, id);
  // Only the first page of lines is read; the metrics and moments come kept from the import.
  const segments = listSegments(ctx.db, id, 0, SEGMENT_PAGE_SIZE);
  const analysis = analysisOf(ctx, id, participants);
  // The call's observations the viewer may read, read once: anchored ones are annotations, the others
  // its scorecard's.
  const observations = listObservations(ctx.db, {
    sourceKind: 'call-review',
    sourceId: id,
    visibleTo: accessOf(ctx).scope(),
  });
  const annotations = observations
    .filter((o) => o.anchor?.kind === 'transcript')
    .sort((a, b) =>
      a.anchor?.kind === 'transcript' && b.anchor?.kind === 'transcript'
        ? a.anchor.startSegment - b.anchor.startSegment
        : 0,
    );
  const scorecard = scorecardOf(ctx, row.repId, id, row.revision, annotations, observations);
  return {
    ...summary,
    annotationCount: annotations.length,
    score: scorecard.submittedAt ? scorecard.score : summary.score,
    ratedCount: scorecard.submittedAt ? scorecard.ratedCount : summary.ratedCount,
    transcriptFormat: row.transcriptFormat,
    transcriptFileName: row.transcriptFileName,
    mediaFileName: row.mediaFileName,
    participants,
    segmentCount: analysis.segmentCount,
    segments,
    annotations,
    metrics: analysis.metrics,
    moments: analysis.moments,
    scorecard,
    revision: row.revision,
    createdAt: row.createdAt,
  };
}

/**
 * Announces a review its mutation wrote and returns it: the event carries the revision the answer has,
 * so the window that made the change (which puts the answer in its cache) does not read it again.
 */
export function reviewChanged(ctx: HandlerContext, review: CallReview): CallReview {
  ctx.emit('callReviews.changed', {
    ids: [review.id],
    repIds: [review.repId],
    revisions: { [review.id]: review.revision },
  });
  return review;
}
