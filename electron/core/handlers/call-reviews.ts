import {
  AppError,
  type CallReview,
  fieldError,
  type KeywordLists,
  type Participant,
  type Scorecard,
  type Segment,
} from '../../../shared/contract';
import {
  computeConversationMetrics,
  DEFAULT_MOMENT_KEYWORDS,
  findMoments,
} from '../../../shared/domain/conversation-metrics';
import {
  findCallReview,
  insertCallReview,
  insertParticipants,
  insertSegments,
  listCallReviewSummaries,
  listCallTypes,
  listParticipants,
  listScorecardTemplates,
  listSegments,
  readScorecard,
  saveCallType,
  saveScorecardTemplate,
  type StoredScorecardLine,
  scoreOf,
  updateCallReviewRow,
  writeScorecard,
} from '../../../db/repositories/call-reviews';
import { findBehaviour } from '../../../db/repositories/library';
import {
  deleteObservationRow,
  listObservations,
  updateObservationRow,
} from '../../../db/repositories/observations';
import { findPerson } from '../../../db/repositories/people';
import { readSetting, writeSetting } from '../../../db/repositories/settings';
import { parseTranscript, type TranscriptSource } from '../transcripts';
import { type HandlerContext, localToday, nowIso } from '../context';
import type { Handler } from '../dispatch';
import { observationsChanged, recordObservation } from './observations';

const KEYWORDS_KEY = 'callReviews.keywords';

export function requireCallReview(ctx: HandlerContext, id: string) {
  const row = findCallReview(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'That call review no longer exists.', { id });
  return row;
}

function readKeywords(ctx: HandlerContext): KeywordLists {
  const stored = readSetting(ctx.db, KEYWORDS_KEY);
  return stored ? (JSON.parse(stored) as KeywordLists) : { ...DEFAULT_MOMENT_KEYWORDS };
}

function sourceOf(input: {
  fileName?: string | null;
  contentBase64?: string | null;
  text?: string | null;
  notSpeakers?: string[] | undefined;
  asPlainText?: boolean | undefined;
}): TranscriptSource {
  const source: TranscriptSource = {};
  if (input.fileName) source.fileName = input.fileName;
  if (input.contentBase64 != null) source.bytes = Buffer.from(input.contentBase64, 'base64');
  if (input.text != null) source.text = input.text;
  Object.assign(source, { notSpeakers: input.notSpeakers, asPlainText: input.asPlainText });
  return source;
}

function durationOf(segments: { startMs: number | null; endMs: number | null }[]): number | null {
  // Loops, not Math.max(...): a long transcript would overflow the call stack.
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const s of segments) {
    if (s.startMs !== null) first = Math.min(first, s.startMs);
    const end = s.endMs ?? s.startMs;
    if (end !== null) last = Math.max(last, end);
  }
  return first === Number.POSITIVE_INFINITY ? null : last - first;
}

/**
 * Teams .docx and stamped text give start times only. Each line then lasts until the next one starts
 * (the last: about 150 words a minute, at least a second), so talk time and pace can be measured rather
 * than shown as unavailable. Files with no times at all stay without times.
 */
export function fillEndTimes<T extends { startMs: number | null; endMs: number | null; text: string }>(
  segments: T[],
): T[] {
  if (
    segments.length === 0 ||
    segments.some((s) => s.startMs === null) ||
    segments.some((s) => s.endMs !== null)
  )
    return segments;
  return segments.map((s, i) => {
    const next = segments[i + 1];
    const words = s.text.split(/\s+/).filter(Boolean).length;
    const end = next ? Math.max(s.startMs!, next.startMs!) : s.startMs! + Math.max(1000, words * 400);
    return { ...s, endMs: end };
  });
}

/** Speaker labels on our side (the rep and colleagues), for the metrics. */
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
  ctx: HandlerContext,
  callReviewId: string,
  revision: number,
  annotations: CallReview['annotations'],
): Scorecard {
  const saved = readScorecard(ctx.db, callReviewId) ?? { templateId: null, lines: [], submittedAt: null };
  // Once submitted, the observations are the record: a level changed or removed on the rep's page shows here.
  const recorded = saved.submittedAt
    ? new Map(scorecardObservations(ctx, callReviewId).map((o) => [o.behaviourId, o]))
    : null;
  const stored = recorded
    ? saved.lines.map((line) => {
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
function scorecardObservations(ctx: HandlerContext, callReviewId: string) {
  return listObservations(ctx.db, { sourceKind: 'call-review', sourceId: callReviewId, limit: 5000 }).filter(
    (o) => o.anchor === null,
  );
}

export function assembleCallReview(ctx: HandlerContext, id: string): CallReview {
  const row = requireCallReview(ctx, id);
  const summary = listCallReviewSummaries(ctx.db, { repId: row.repId }).find((s) => s.id === id)!;
  const participants = listParticipants(ctx.db, id);
  const segments = listSegments(ctx.db, id);
  const annotations = listObservations(ctx.db, { sourceKind: 'call-review', sourceId: id, limit: 5000 })
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
    scorecard: scorecardOf(ctx, id, row.revision, annotations),
    revision: row.revision,
    createdAt: row.createdAt,
  };
}

export const listCallTypesHandler: Handler<'callTypes.list'> = (_input, ctx) => listCallTypes(ctx.db);

export const saveCallTypeHandler: Handler<'callTypes.save'> = (input, ctx) => {
  const types = listCallTypes(ctx.db);
  const existing = input.id ? types.find((t) => t.id === input.id) : undefined;
  if (input.id && !existing) throw new AppError('NOT_FOUND', 'That call type no longer exists.');
  const clash = types.find((t) => t.name.toLowerCase() === input.name.toLowerCase() && t.id !== input.id);
  if (clash) throw fieldError('CONFLICT', ['name'], `There is already a call type called “${clash.name}”.`);
  const type = {
    id: existing?.id ?? `call-${ctx.newId()}`,
    name: input.name,
    position: existing?.position ?? types.length,
  };
  saveCallType(ctx.db, type);
  return type;
};

export const previewTranscript: Handler<'transcripts.preview'> = (input, ctx) => {
  void ctx;
  const parsed = parseTranscript(sourceOf(input));
  const speakers = parsed.speakers.map((label) => {
    const own = parsed.segments.filter((s) => s.speaker === label);
    return {
      label,
      segments: own.length,
      words: own.reduce((n, s) => n + s.text.split(/\s+/).filter(Boolean).length, 0),
    };
  });
  return {
    format: parsed.format,
    encoding: parsed.encoding,
    segmentCount: parsed.segments.length,
    durationMs: durationOf(parsed.segments),
    speakers,
    warnings: parsed.warnings,
    firstSegments: parsed.segments.slice(0, 6).map((s) => ({ ...s, participantId: null })),
  };
};

export const listCallReviews: Handler<'callReviews.list'> = (input, ctx) =>
  listCallReviewSummaries(ctx.db, { repId: input.repId });

export const getCallReview: Handler<'callReviews.get'> = (input, ctx) => assembleCallReview(ctx, input.id);

function checkCallDate(ctx: HandlerContext, date: string): void {
  if (date > localToday(ctx.clock))
    throw fieldError('INVALID_INPUT', ['date'], 'A call cannot be dated in the future.');
}

/** Imports a call in one transaction: a transcript that fails to parse, or a bad mapping, writes nothing. */
export const createCallReview: Handler<'callReviews.create'> = (input, ctx) => {
  const rep = findPerson(ctx.db, input.repId);
  if (!rep) throw fieldError('INVALID_INPUT', ['repId'], 'That person does not exist.');
  if (rep.archivedAt !== null) throw fieldError('INVALID_INPUT', ['repId'], `${rep.name} is archived.`);
  checkCallDate(ctx, input.date);
  const callType = listCallTypes(ctx.db).find((t) => t.id === input.callTypeId);
  if (!callType) throw fieldError('INVALID_INPUT', ['callTypeId'], 'Choose a call type from the list.');
  const parsed = parseTranscript(sourceOf(input.transcript));
  const timed = fillEndTimes(parsed.segments);

  const participants: Participant[] = input.participants.map((p) => ({ id: ctx.newId(), ...p }));
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
  if (![...mapping.values()].includes(repParticipant.id)) {
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
    transcriptFileName: input.transcript.fileName ?? null,
    mediaFileName: input.mediaFileName,
    durationMs: durationOf(timed),
    createdAt: now,
    updatedAt: now,
    revision: 1,
  });
  insertParticipants(ctx.db, id, participants);
  insertSegments(
    ctx.sqlite,
    id,
    timed.map((s) => ({ ...s, participantId: s.speaker === null ? null : (mapping.get(s.speaker) ?? null) })),
  );
  const template = listScorecardTemplates(ctx.db).find((t) => t.callTypeIds.includes(callType.id));
  writeScorecard(
    ctx.db,
    id,
    {
      templateId: template?.id ?? null,
      lines: (template?.lines ?? [])
        .filter((l) => findBehaviour(ctx.db, l.behaviourId)?.archivedAt === null)
        .map((l) => ({ ...l, level: null, comment: null, observationId: null })),
      submittedAt: null,
    },
    now,
  );
  ctx.emit('callReviews.changed', { ids: [id], repIds: [rep.id] });
  return assembleCallReview(ctx, id);
};

export const updateCallReview: Handler<'callReviews.update'> = (input, ctx) => {
  const row = requireCallReview(ctx, input.id);
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
    for (const o of listObservations(ctx.db, { sourceKind: 'call-review', sourceId: row.id, limit: 5000 })) {
      updateObservationRow(ctx.db, o.id, { observedOn: input.date, updatedAt: nowIso(ctx.clock) });
    }
    ctx.emit('observations.changed', { ids: [], repIds: [row.repId] });
  }
  updateCallReviewRow(ctx.db, row.id, {
    date: input.date,
    account: input.account,
    deal: input.deal,
    callTypeId: input.callTypeId,
    mediaFileName: input.mediaFileName,
    updatedAt: nowIso(ctx.clock),
  });
  ctx.emit('callReviews.changed', { ids: [row.id], repIds: [row.repId] });
  return assembleCallReview(ctx, row.id);
};

/** The exact words between two points of an immutable transcript, segments joined by a space. */
export function quoteOf(
  segments: Segment[],
  a: { startSegment: number; startOffset: number; endSegment: number; endOffset: number },
): string {
  const parts: string[] = [];
  for (let i = a.startSegment; i <= a.endSegment; i++) {
    const text = segments[i]!.text;
    parts.push(
      text.slice(i === a.startSegment ? a.startOffset : 0, i === a.endSegment ? a.endOffset : text.length),
    );
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

export const annotateCall: Handler<'callReviews.annotate'> = (input, ctx) => {
  const row = requireCallReview(ctx, input.callReviewId);
  const segments = listSegments(ctx.db, row.id);
  const a = input.anchor;
  const start = segments[a.startSegment];
  const end = segments[a.endSegment];
  if (!start || !end)
    throw fieldError(
      'INVALID_INPUT',
      ['anchor'],
      `The transcript has ${segments.length} lines; the selection points past its end.`,
    );
  if (a.startOffset > start.text.length || a.endOffset > end.text.length) {
    throw fieldError(
      'INVALID_INPUT',
      ['anchor'],
      'The selection points past the end of a line of the transcript.',
    );
  }
  const quote = quoteOf(segments, a);
  if (quote === '')
    throw fieldError('INVALID_INPUT', ['anchor'], 'Select some words of the transcript to annotate.');
  return recordObservation(ctx, {
    repId: row.repId,
    behaviourId: input.behaviourId,
    observedOn: row.date,
    level: input.level,
    verdict: input.verdict,
    evidence: quote,
    anchor: {
      kind: 'transcript',
      documentId: row.id,
      ...a,
      startMs: start.startMs,
      endMs: end.endMs ?? end.startMs,
    },
    annotationType: input.annotationType,
    comment: input.comment,
    sourceKind: 'call-review',
    sourceId: row.id,
    visibility: input.visibility,
  });
};

/**
 * Saves the scorecard. Submitting records one observation per rated line, updates the ones recorded by an
 * earlier submission, and deletes those whose line is now N/A; a low rating needs its reason.
 */
export const saveScorecard: Handler<'callReviews.saveScorecard'> = (input, ctx) => {
  const row = requireCallReview(ctx, input.id);
  if (row.revision !== input.revision)
    throw new AppError(
      'CONFLICT',
      'This call review was changed in another window. Reload it, then make your change again.',
    );
  const seen = new Set<string>();
  input.lines.forEach((line, index) => {
    if (seen.has(line.behaviourId))
      throw fieldError(
        'INVALID_INPUT',
        ['lines', index, 'behaviourId'],
        'This behaviour is on the scorecard twice.',
      );
    seen.add(line.behaviourId);
    if (!findBehaviour(ctx.db, line.behaviourId))
      throw fieldError(
        'INVALID_INPUT',
        ['lines', index, 'behaviourId'],
        'Choose behaviours from the library.',
      );
    if (input.submit && line.level !== null && line.level <= 2 && !line.comment) {
      throw fieldError(
        'INVALID_INPUT',
        ['lines', index, 'comment'],
        'Say why this is low: what happened, or what was missing?',
      );
    }
  });
  if (input.templateId && !listScorecardTemplates(ctx.db).some((t) => t.id === input.templateId)) {
    throw fieldError('INVALID_INPUT', ['templateId'], 'That scorecard template does not exist.');
  }
  const now = nowIso(ctx.clock);
  // Reconciled against the observations this call's scorecard actually recorded (unanchored, from this
  // call): one may have been deleted or edited elsewhere since, or left behind by a draft.
  const recorded = new Map(scorecardObservations(ctx, row.id).map((o) => [o.behaviourId, o]));
  const lines: StoredScorecardLine[] = input.lines.map((line) => ({
    ...line,
    observationId: recorded.get(line.behaviourId)?.id ?? null,
  }));
  if (input.submit) {
    const changed: string[] = [];
    for (const line of lines) {
      const existing = recorded.get(line.behaviourId);
      if (line.level === null) {
        if (existing) {
          deleteObservationRow(ctx.db, existing.id);
          changed.push(existing.id);
        }
        line.observationId = null;
      } else if (existing) {
        updateObservationRow(ctx.db, existing.id, {
          level: line.level,
          verdict: null,
          comment: line.comment,
          observedOn: row.date,
          updatedAt: now,
        });
        changed.push(existing.id);
      } else {
        line.observationId = recordObservation(ctx, {
          repId: row.repId,
          behaviourId: line.behaviourId,
          observedOn: row.date,
          level: line.level,
          verdict: null,
          evidence: null,
          anchor: null,
          comment: line.comment,
          sourceKind: 'call-review',
          sourceId: row.id,
          visibility: 'private',
        }).id;
      }
    }
    // Lines taken off the scorecard take their observations with them.
    const onCard = new Set(lines.map((l) => l.behaviourId));
    for (const o of recorded.values()) {
      if (!onCard.has(o.behaviourId)) {
        deleteObservationRow(ctx.db, o.id);
        changed.push(o.id);
      }
    }
    if (changed.length > 0)
      observationsChanged(
        ctx,
        changed.map((id) => ({ id, repId: row.repId })),
      );
  }
  writeScorecard(
    ctx.db,
    row.id,
    {
      templateId: input.templateId,
      lines,
      submittedAt: input.submit ? now : (readScorecard(ctx.db, row.id)?.submittedAt ?? null),
    },
    now,
  );
  updateCallReviewRow(ctx.db, row.id, { updatedAt: now });
  ctx.emit('callReviews.changed', { ids: [row.id], repIds: [row.repId] });
  return assembleCallReview(ctx, row.id);
};

export const listScorecardTemplatesHandler: Handler<'scorecardTemplates.list'> = (_input, ctx) =>
  listScorecardTemplates(ctx.db);

export const saveScorecardTemplateHandler: Handler<'scorecardTemplates.save'> = (input, ctx) => {
  const templates = listScorecardTemplates(ctx.db);
  if (input.id && !templates.some((t) => t.id === input.id))
    throw new AppError('NOT_FOUND', 'That scorecard template no longer exists.');
  const types = new Set(listCallTypes(ctx.db).map((t) => t.id));
  input.callTypeIds.forEach((id, index) => {
    if (!types.has(id)) throw fieldError('INVALID_INPUT', ['callTypeIds', index], 'Unknown call type.');
  });
  const seenLines = new Set<string>();
  input.lines.forEach((line, index) => {
    if (seenLines.has(line.behaviourId))
      throw fieldError(
        'INVALID_INPUT',
        ['lines', index, 'behaviourId'],
        'This behaviour is on the scorecard twice.',
      );
    seenLines.add(line.behaviourId);
    const behaviour = findBehaviour(ctx.db, line.behaviourId);
    if (behaviour && behaviour.archivedAt !== null) {
      throw fieldError(
        'INVALID_INPUT',
        ['lines', index, 'behaviourId'],
        `“${behaviour.name}” is archived; choose an active behaviour.`,
      );
    }
  });
  input.lines.forEach((line, index) => {
    if (!findBehaviour(ctx.db, line.behaviourId))
      throw fieldError(
        'INVALID_INPUT',
        ['lines', index, 'behaviourId'],
        'Choose behaviours from the library.',
      );
  });
  const template = {
    id: input.id ?? `scorecard-${ctx.newId()}`,
    name: input.name,
    callTypeIds: input.callTypeIds,
    lines: input.lines,
  };
  saveScorecardTemplate(ctx.db, template, nowIso(ctx.clock));
  return template;
};

export const getKeywords: Handler<'callReviews.keywords'> = (_input, ctx) => readKeywords(ctx);

export const setKeywords: Handler<'callReviews.setKeywords'> = (input, ctx) => {
  writeSetting(ctx.db, KEYWORDS_KEY, JSON.stringify(input));
  return input;
};
