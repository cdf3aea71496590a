import { dealReviewSource } from '../../../db/repositories/deal-reviews';
import { today } from '../../../shared/dates';
import { type HandlerContext, nowIso, type ReadContext } from '../context';
import {
  type Anchor,
  type AnnotationType,
  AppError,
  type Observation,
  type SourceKind,
  fieldError,
} from '../../../shared/contract';
import { findNote } from '../../../db/repositories/notes';
import { findObservation, insertObservation } from '../../../db/repositories/observations';
import { findPerson } from '../../../db/repositories/people';
import { findBehaviourRef } from '../../../db/repositories/behaviours';
import { findCallReview } from '../../../db/repositories/call-reviews';
import { findOneOnOne } from '../../../db/repositories/one-on-ones';
import { findDeal } from '../../../db/repositories/deals';
import { findProposalReview } from '../../../db/repositories/proposals';
import { findAttemptRef } from '../../../db/repositories/role-plays';
import { accessOf } from './access';

/** An observation the viewer may read; one private to someone else is answered as not there. */
export function requireObservation(ctx: ReadContext, id: string): Observation {
  const observation = findObservation(ctx.db, id);
  if (!observation || !accessOf(ctx).canRead(observation))
    throw new AppError('NOT_FOUND', 'That observation no longer exists.', { id });
  return observation;
}

/** An observation the viewer may change: their own, or a shared one about a rep they manage. */
export function requireWritableObservation(ctx: ReadContext, id: string): Observation {
  const observation = requireObservation(ctx, id);
  accessOf(ctx).requireWrite(observation, 'This observation');
  return observation;
}

export function activeBehaviour(ctx: ReadContext, behaviourId: string, unchangedFrom?: string) {
  const behaviour = findBehaviourRef(ctx.db, behaviourId);
  if (!behaviour) throw fieldError('INVALID_INPUT', ['behaviourId'], 'Choose a behaviour from the library.');
  if (behaviour.archivedAt !== null && behaviourId !== unchangedFrom) {
    throw fieldError(
      'INVALID_INPUT',
      ['behaviourId'],
      `“${behaviour.name}” is archived; choose an active behaviour.`,
    );
  }
  return behaviour;
}

export function checkDate(ctx: ReadContext, observedOn: string): void {
  if (observedOn > today(ctx.clock))
    throw fieldError('INVALID_INPUT', ['observedOn'], 'An observation cannot be dated in the future.');
}

/** A call review's annotation count and scorecard change with its observations: say so to its lists too. */
export function callReviewChanged(
  ctx: HandlerContext,
  o: { sourceKind: string; sourceId: string | null; repId: string },
): void {
  if (o.sourceKind === 'call-review' && o.sourceId)
    ctx.emit('callReviews.changed', { ids: [o.sourceId], repIds: [o.repId] });
}

export function observationsChanged(
  ctx: HandlerContext,
  observations: { id: string; repId: string }[],
  countsChanged: boolean,
): void {
  ctx.emit('observations.changed', {
    ids: observations.map((o) => o.id),
    repIds: [...new Set(observations.map((o) => o.repId))],
    countsChanged,
  });
}

/** The document an observation's source names, with its rep: checked so evidence never crosses reps. */
function sourceDocument(ctx: ReadContext, kind: SourceKind, id: string): { repId: string } | undefined {
  if (kind === 'note') return findNote(ctx.db, id);
  if (kind === 'one-on-one') return findOneOnOne(ctx.db, id);
  if (kind === 'call-review') return findCallReview(ctx.db, id);
  if (kind === 'deal-review') return dealReviewSource(ctx.db, id);
  // A retrospective is its deal's (one per lost deal, with the deal's id).
  if (kind === 'retrospective') return findDeal(ctx.db, id);
  if (kind === 'proposal') return findProposalReview(ctx.db, id);
  if (kind === 'role-play') return findAttemptRef(ctx.db, id);
  return undefined;
}

const SOURCE_NAMES: Record<SourceKind, string> = {
  note: 'note',
  'one-on-one': 'one-to-one',
  'call-review': 'call review',
  'ad-hoc': 'source',
  'deal-review': 'deal review',
  retrospective: 'retrospective',
  proposal: 'proposal review',
  'role-play': 'role-play attempt',
};

const ANCHOR_KINDS: Record<SourceKind, { kind: 'mark' | 'transcript'; parts?: string[] } | null> = {
  note: { kind: 'mark', parts: ['body'] },
  'one-on-one': { kind: 'mark', parts: ['shared', 'private'] },
  'call-review': { kind: 'transcript' },
  'ad-hoc': null,
  'deal-review': null,
  retrospective: { kind: 'mark', parts: ['body'] },
  // A proposal's passage is held by its annotation or checklist line (proposal_annotations), not here.
  proposal: null,
  'role-play': null,
};

export interface ObservationRecord {
  repId: string;
  behaviourId: string;
  observedOn: string;
  level: number | null;
  verdict: 'strength' | 'gap' | null;
  evidence: string | null;
  anchor: Anchor | null;
  annotationType?: AnnotationType | null;
  comment: string | null;
  sourceKind: SourceKind;
  sourceId: string | null;
  visibility: 'private' | 'shared';
}

/**
 * Records an observation after checking everything it points at: an active rep, an active behaviour, a
 * date not in the future, a source document about the same rep, and an anchor into that document.
 * Every feature that creates observations (quick capture, tags, annotations, scorecards) goes through here.
 */
export function recordObservation(ctx: HandlerContext, input: ObservationRecord): Observation {
  const rep = findPerson(ctx.db, input.repId);
  if (!rep) throw fieldError('INVALID_INPUT', ['repId'], 'That person does not exist.');
  if (rep.archivedAt !== null) {
    throw fieldError(
      'INVALID_INPUT',
      ['repId'],
      `${rep.name} is archived; unarchive them to record observations.`,
    );
  }
  const behaviour = activeBehaviour(ctx, input.behaviourId);
  checkDate(ctx, input.observedOn);
  if (input.sourceKind === 'ad-hoc') {
    if (input.sourceId !== null)
      throw fieldError('INVALID_INPUT', ['sourceId'], 'An ad-hoc observation has no source document.');
  } else {
    const name = SOURCE_NAMES[input.sourceKind];
    const source =
      input.sourceId === null ? undefined : sourceDocument(ctx, input.sourceKind, input.sourceId);
    if (!source) throw fieldError('INVALID_INPUT', ['sourceId'], `That ${name} does not exist.`);
    if (source.repId !== rep.id) {
      throw fieldError('INVALID_INPUT', ['sourceId'], `That ${name} is about someone else, not ${rep.name}.`);
    }
  }
  if (input.anchor !== null) {
    const expected = ANCHOR_KINDS[input.sourceKind];
    const part = input.anchor.kind === 'mark' ? input.anchor.part : undefined;
    const fits =
      expected !== null &&
      input.anchor.kind === expected.kind &&
      input.anchor.documentId === input.sourceId &&
      (expected.parts === undefined || (part !== undefined && expected.parts.includes(part)));
    if (!fits)
      throw fieldError(
        'INVALID_INPUT',
        ['anchor'],
        'The anchor must point into the observation’s own source document.',
      );
  }
  const access = accessOf(ctx);
  const authorId = access.viewer?.id ?? null;
  access.requireWrite({ repId: rep.id, visibility: input.visibility, authorId }, 'An observation');
  const now = nowIso(ctx.clock);
  const id = ctx.newId();
  insertObservation(ctx.db, {
    id,
    repId: rep.id,
    behaviourId: behaviour.id,
    behaviourNameThen: behaviour.name,
    observedOn: input.observedOn,
    level: input.level,
    verdict: input.verdict,
    evidence: input.evidence,
    anchor: input.anchor,
    anchorState: input.anchor ? 'anchored' : null,
    annotationType: input.annotationType ?? null,
    comment: input.comment,
    sourceKind: input.sourceKind,
    sourceId: input.sourceId,
    authorId,
    visibility: input.visibility,
    createdAt: now,
    updatedAt: now,
    revision: 1,
  });
  observationsChanged(ctx, [{ id, repId: rep.id }], true);
  callReviewChanged(ctx, { ...input, repId: rep.id });
  return requireObservation(ctx, id);
}
