import { AppError, fieldError, type Participant } from '../../../shared/contract';
import {
  insertCallReview,
  insertParticipants,
  insertChunks,
  listCallReviewSummaries,
  updateCallReviewRow,
} from '../../../db/repositories/call-reviews';
import { writeScorecard } from '../../../db/repositories/scorecards';
import { listScorecardTemplates } from '../../../db/repositories/scorecard-templates';
import { listCallTypes } from '../../../db/repositories/call-types';
import { findBehaviourRef } from '../../../db/repositories/behaviours';
import { listObservations, updateObservationRow } from '../../../db/repositories/observations';
import { findPerson } from '../../../db/repositories/people';
import { today } from '../../../shared/dates';
import { nowIso, type ReadContext } from '../context';
import type { Handler } from '../registry';
import {
  assembleCallReview,
  keepAnalysis,
  requireCallReview,
  requireWritableCallReview,
  reviewChanged,
  visibleCallReviewSummary,
} from './assemble';
import { accessOf } from '../services/access';
import { transcriptRows } from '../transcripts/commit';
import type { CreateCallDerived } from '../prepare/before-commit';
import { readKeywords } from './keywords';
import {
  listParticipants,
  countSegments,
  listSegments,
  setSegmentsParticipant,
} from '../../../db/repositories/call-reviews';

export const listCallReviews: Handler<'callReviews.list'> = (input, ctx) => {
  const access = accessOf(ctx);
  const page = { repId: input.repId, limit: input.limit, offset: input.offset };
  // No one has claimed this copy yet: every call is visible.
  if (access.viewer === null) return listCallReviewSummaries(ctx.db, page);
  // Whom the viewer sees is decided in SQL, before the page is cut (on the date index), so a page is never
  // cut short by a filter, and only its rows are counted again for this viewer.
  const repIds = access.scope().sharedRepIds ?? [];
  return listCallReviewSummaries(ctx.db, { ...page, repIds }).map((s) => visibleCallReviewSummary(ctx, s));
};

export const getCallReview: Handler<'callReviews.get'> = (input, ctx) => assembleCallReview(ctx, input.id);

export const listCallSegments: Handler<'callReviews.segments'> = (input, ctx) => {
  const row = requireCallReview(ctx, input.id);
  return {
    segmentCount: countSegments(ctx.db, row.id),
    segments: listSegments(ctx.db, row.id, input.from, input.limit),
  };
};

function checkCallDate(ctx: ReadContext, date: string): void {
  if (date > today(ctx.clock))
    throw fieldError('INVALID_INPUT', ['date'], 'A call cannot be dated in the future.');
}

/** Imports a call in one transaction: a transcript that fails to parse, or a bad mapping, writes nothing. */
export const createCallReview: Handler<'callReviews.create'> = (input, ctx) => {
  const rep = findPerson(ctx.db, input.repId);
  if (!rep) throw fieldError('INVALID_INPUT', ['repId'], 'That person does not exist.');
  if (rep.archivedAt !== null) throw fieldError('INVALID_INPUT', ['repId'], `${rep.name} is archived.`);
  accessOf(ctx).requireManages(rep.id, 'their call reviews');
  checkCallDate(ctx, input.date);
  const callType = listCallTypes(ctx.db).find((t) => t.id === input.callTypeId);
  if (!callType) throw fieldError('INVALID_INPUT', ['callTypeId'], 'Choose a call type from the list.');
  // Read and checked by transcripts.prepare, in a worker: only the writing happens in this transaction.
  const parsed = ctx.prepared.use('transcripts.prepare', input.transcript.preparedId, [
    'transcript',
    'preparedId',
  ]);

  // The transcript's rows and analysis, when worked out in the import worker before this transaction
  // (prepare/before-commit.ts) for this transcript; otherwise they are worked out below.
  const derived = ctx.derived as CreateCallDerived | undefined;
  const ready =
    derived !== undefined &&
    derived.preparedId === input.transcript.preparedId &&
    derived.participantIds.length === input.participants.length
      ? derived
      : undefined;
  const participants: Participant[] = input.participants.map((p, i) => ({
    id: ready ? ready.participantIds[i]! : ctx.newId(),
    ...p,
  }));
  const mapping = new Map<string, string | null>();
  input.speakerMap.forEach((entry, index) => {
    if (entry.participant !== null && entry.participant >= participants.length) {
      throw fieldError(
        'INVALID_INPUT',
        ['speakerMap', index, 'participant'],
        `“${entry.speaker}” is mapped to a participant who is not in the list.`,
      );
    }
    mapping.set(entry.speaker, entry.participant === null ? null : participants[entry.participant]!.id);
  });
  const unmapped = parsed.speakers.filter((speaker) => !mapping.has(speaker));
  if (unmapped.length > 0) {
    throw fieldError(
      'INVALID_INPUT',
      ['speakerMap'],
      `Say who ${unmapped.map((s) => `“${s}”`).join(', ')} is: every speaker in the transcript needs a participant (or “nobody”).`,
    );
  }
  const repParticipant = participants.find((p) => p.side === 'rep')!;
  // A transcript without speaker names (plain captions, a recorder's SRT) imports with every line spoken
  // by nobody yet: the manager says who spoke afterwards (callReviews.assignSpeaker). One with names must
  // say which of them is the rep, or the metrics would silently count the rep as the customer.
  if (parsed.speakers.length > 0 && ![...mapping.values()].includes(repParticipant.id)) {
    throw fieldError(
      'INVALID_INPUT',
      ['speakerMap'],
      `Map one of the transcript’s speakers to ${repParticipant.name}, the rep, so the metrics know which side is which.`,
    );
  }

  const now = nowIso(ctx.clock);
  const id = ctx.newId();
  insertCallReview(ctx.db, {
    id,
    repId: rep.id,
    date: input.date,
    account: input.account,
    deal: input.deal,
    callTypeId: callType.id,
    transcriptFormat: parsed.format,
    transcriptFileName: parsed.fileName,
    mediaFileName: input.mediaFileName,
    durationMs: parsed.durationMs,
    createdAt: now,
    updatedAt: now,
    revision: 1,
  });
  insertParticipants(ctx.db, id, participants);
  const rows =
    ready?.rows ??
    transcriptRows(
      parsed,
      participants,
      (speaker) => (speaker === null ? null : (mapping.get(speaker) ?? null)),
      readKeywords(ctx),
    );
  insertChunks(ctx.db, id, rows.chunks);
  const template = listScorecardTemplates(ctx.db).find((t) => t.callTypeIds.includes(callType.id));
  writeScorecard(
    ctx.db,
    id,
    {
      templateId: template?.id ?? null,
      lines: (template?.lines ?? [])
        .filter((l) => findBehaviourRef(ctx.db, l.behaviourId)?.archivedAt === null)
        .map((l) => ({ ...l, level: null, comment: null, observationId: null })),
      submittedAt: null,
    },
    now,
  );
  // The metrics and moments are worked out once, at import, and kept for every read.
  keepAnalysis(ctx, id, rows.analysis);
  return reviewChanged(ctx, assembleCallReview(ctx, id));
};

export const updateCallReview: Handler<'callReviews.update'> = (input, ctx) => {
  const row = requireWritableCallReview(ctx, input.id);
  if (row.revision !== input.revision)
    throw new AppError(
      'CONFLICT',
      'This call review was changed in another window. Reload it, then make your change again.',
    );
  if (!listCallTypes(ctx.db).some((t) => t.id === input.callTypeId))
    throw fieldError('INVALID_INPUT', ['callTypeId'], 'Choose a call type from the list.');
  checkCallDate(ctx, input.date);
  if (input.date !== row.date) {
    // The call's observations happened on the call's date: they move with it.
    // Every observation of the call, whoever wrote it: the date is the call's, not a judgement.
    const all = { sourceKind: 'call-review', sourceId: row.id, visibleTo: null } as const;
    for (const o of listObservations(ctx.db, all)) {
      updateObservationRow(ctx.db, o.id, { observedOn: input.date, updatedAt: nowIso(ctx.clock) });
    }
    ctx.emit('observations.changed', { ids: [], repIds: [row.repId], countsChanged: false });
  }
  updateCallReviewRow(ctx.db, row.id, {
    date: input.date,
    account: input.account,
    deal: input.deal,
    callTypeId: input.callTypeId,
    mediaFileName: input.mediaFileName,
    updatedAt: nowIso(ctx.clock),
  });
  return reviewChanged(ctx, assembleCallReview(ctx, row.id));
};

/** Says who spoke a run of lines, for files without speaker names or to correct a wrong label. */
export const assignSpeaker: Handler<'callReviews.assignSpeaker'> = (input, ctx) => {
  const row = requireWritableCallReview(ctx, input.id);
  if (row.revision !== input.revision)
    throw new AppError(
      'CONFLICT',
      'This call review was changed in another window. Reload it, then make your change again.',
    );
  if (
    input.participantId !== null &&
    !listParticipants(ctx.db, row.id).some((p) => p.id === input.participantId)
  )
    throw fieldError('INVALID_INPUT', ['participantId'], 'Choose one of the call’s participants.');
  const lineCount = countSegments(ctx.db, row.id);
  if (input.toSegment >= lineCount)
    throw fieldError(
      'INVALID_INPUT',
      ['toSegment'],
      `The transcript has ${lineCount} lines; the selection points past its end.`,
    );
  setSegmentsParticipant(ctx.db, row.id, input.fromSegment, input.toSegment, input.participantId);
  // Who spoke changes the metrics and the rep's questions and monologues: worked out again and kept.
  keepAnalysis(ctx, row.id);
  updateCallReviewRow(ctx.db, row.id, { updatedAt: nowIso(ctx.clock) });
  return reviewChanged(ctx, assembleCallReview(ctx, row.id));
};
