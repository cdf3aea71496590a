import { AppError, type Behaviour, type BehaviourFields, fieldError } from '../../../shared/contract';
import {
  deleteBehaviourRow,
  findBehaviourByName,
  insertBehaviour,
  listBehaviourHistory,
  listBehaviours,
  nextBehaviourPosition,
  recordBehaviourChange,
  setBehaviourPositions,
  setBehaviourStages,
  updateBehaviourRow,
} from '../../../db/repositories/behaviours';
import { findTaxonomy } from '../../../db/repositories/taxonomy';
import { scorecardUsesOf } from '../../../db/repositories/scorecards';
import { moveObservations, repIdsOfBehaviour } from '../../../db/repositories/observations';
import { behaviourLinkCount, moveBehaviourLinks } from '../../../db/repositories/one-on-ones';
import { goalCountOf, moveGoals } from '../../../db/repositories/progress';
import { type HandlerContext, nowIso, type ReadContext } from '../context';
import type { Handler } from '../registry';
import { rolePlayUsesOf } from '../../../db/repositories/role-plays';
import { defineDomain } from '../registry';
import { requireBehaviour } from '../services/library';
import { libraryChanged } from '../services/library';

type ParsedFields = Omit<Required<BehaviourFields>, 'methodologies'> & {
  methodologies: Behaviour['methodologies'];
};

function checkBehaviourFields(ctx: ReadContext, fields: ParsedFields, selfId: string | null): void {
  if (!findTaxonomy(ctx.db, 'competency', fields.competencyId)) {
    throw fieldError('INVALID_INPUT', ['competencyId'], 'Choose a competency from the list.');
  }
  fields.stageIds.forEach((stageId, index) => {
    if (!findTaxonomy(ctx.db, 'stage', stageId))
      throw fieldError('INVALID_INPUT', ['stageIds', index], `Unknown stage "${stageId}".`);
  });
  if (new Set(fields.stageIds).size !== fields.stageIds.length) {
    throw fieldError('INVALID_INPUT', ['stageIds'], 'A stage is listed twice.');
  }
  const clash = findBehaviourByName(ctx.db, fields.name);
  if (clash && clash.id !== selfId)
    throw fieldError('CONFLICT', ['name'], `There is already a behaviour called “${clash.name}”.`);
}

function describeEdit(before: Behaviour, after: ParsedFields): string {
  const parts: string[] = [];
  if (before.name !== after.name) parts.push(`renamed from “${before.name}”`);
  if (before.definition !== after.definition) parts.push('definition changed');
  if (before.rubric.some((level, i) => level !== after.rubric[i])) parts.push('rubric changed');
  if (before.competencyId !== after.competencyId) parts.push('moved to another competency');
  if (before.stageIds.join() !== after.stageIds.join()) parts.push('stages changed');
  if (before.methodologies.join() !== after.methodologies.join()) parts.push('methodologies changed');
  return parts.length > 0 ? `${parts.join('; ')}.` : 'Saved without changes.';
}

export const getBehaviour: Handler<'behaviours.get'> = (input, ctx) => ({
  ...requireBehaviour(ctx, input.id),
  history: listBehaviourHistory(ctx.db, input.id),
});

export const createBehaviour: Handler<'behaviours.create'> = (input, ctx) => {
  checkBehaviourFields(ctx, input, null);
  const now = nowIso(ctx.clock);
  const id = `bhv-${ctx.newId()}`;
  const { stageIds, ...fields } = input;
  insertBehaviour(
    ctx.db,
    {
      id,
      ...fields,
      position: nextBehaviourPosition(ctx.db),
      archivedAt: null,
      mergedIntoId: null,
      createdAt: now,
      updatedAt: now,
      revision: 1,
    },
    stageIds,
  );
  const created = requireBehaviour(ctx, id);
  recordBehaviourChange(ctx.db, created, { at: now, kind: 'created', summary: 'Added to the library.' });
  libraryChanged(ctx, id);
  return created;
};

export const updateBehaviour: Handler<'behaviours.update'> = (input, ctx) => {
  const { id, revision, stageIds, ...fields } = input;
  const current = requireBehaviour(ctx, id);
  if (current.revision !== revision) {
    throw new AppError(
      'CONFLICT',
      `“${current.name}” was changed elsewhere since you opened it. Reload it, then make your change again.`,
    );
  }
  checkBehaviourFields(ctx, input, id);
  const now = nowIso(ctx.clock);
  updateBehaviourRow(ctx.db, id, { ...fields, updatedAt: now });
  setBehaviourStages(ctx.db, id, stageIds);
  const updated = requireBehaviour(ctx, id);
  recordBehaviourChange(ctx.db, updated, { at: now, kind: 'edited', summary: describeEdit(current, input) });
  libraryChanged(ctx, id);
  return updated;
};

export const reorderBehaviours: Handler<'behaviours.reorder'> = (input, ctx) => {
  const all = listBehaviours(ctx.db);
  const known = new Set(all.map((b) => b.id));
  const given = new Set(input.ids);
  if (
    given.size !== input.ids.length ||
    given.size !== known.size ||
    input.ids.some((id) => !known.has(id))
  ) {
    throw fieldError('INVALID_INPUT', ['ids'], 'Give every behaviour exactly once, in the new order.');
  }
  setBehaviourPositions(ctx.db, input.ids);
  libraryChanged(ctx, ...input.ids);
  return listBehaviours(ctx.db);
};

function setArchived(ctx: HandlerContext, id: string, archived: boolean): Behaviour {
  const current = requireBehaviour(ctx, id);
  if ((current.archivedAt !== null) === archived) return current;
  if (!archived && current.mergedIntoId !== null) {
    throw new AppError(
      'CONFLICT',
      `“${current.name}” was merged into another behaviour; its observations live there now.`,
    );
  }
  const now = nowIso(ctx.clock);
  updateBehaviourRow(ctx.db, id, { archivedAt: archived ? now : null, updatedAt: now });
  const updated = requireBehaviour(ctx, id);
  recordBehaviourChange(ctx.db, updated, {
    at: now,
    kind: archived ? 'archived' : 'unarchived',
    summary: archived ? 'Archived: hidden from pickers, observations kept.' : 'Back in the library.',
  });
  libraryChanged(ctx, id);
  return updated;
}

export const archiveBehaviour: Handler<'behaviours.archive'> = (input, ctx) =>
  setArchived(ctx, input.id, true);
export const unarchiveBehaviour: Handler<'behaviours.unarchive'> = (input, ctx) =>
  setArchived(ctx, input.id, false);

export const mergeBehaviours: Handler<'behaviours.merge'> = (input, ctx) => {
  if (input.sourceId === input.targetId)
    throw fieldError('INVALID_INPUT', ['targetId'], 'Choose another behaviour to merge into.');
  const source = requireBehaviour(ctx, input.sourceId);
  const target = requireBehaviour(ctx, input.targetId);
  if (target.archivedAt !== null)
    throw fieldError(
      'INVALID_INPUT',
      ['targetId'],
      `“${target.name}” is archived; merge into an active behaviour.`,
    );
  const now = nowIso(ctx.clock);
  const repIds = repIdsOfBehaviour(ctx.db, source.id);
  const moved = moveObservations(ctx.db, source.id, target.id, now);
  moveBehaviourLinks(ctx.db, source.id, target.id);
  moveGoals(ctx.db, source.id, target.id);
  updateBehaviourRow(ctx.db, source.id, {
    archivedAt: source.archivedAt ?? now,
    mergedIntoId: target.id,
    updatedAt: now,
  });
  recordBehaviourChange(ctx.db, requireBehaviour(ctx, source.id), {
    at: now,
    kind: 'merged',
    summary: `Merged into “${target.name}”; ${moved} observation(s) moved.`,
  });
  recordBehaviourChange(ctx.db, requireBehaviour(ctx, target.id), {
    at: now,
    kind: 'merged',
    summary: `“${source.name}” merged in; ${moved} observation(s) received.`,
  });
  libraryChanged(ctx, source.id, target.id);
  if (moved > 0) ctx.emit('observations.changed', { ids: [], repIds, countsChanged: true });
  return { target: requireBehaviour(ctx, target.id), movedObservations: moved };
};

export const deleteBehaviour: Handler<'behaviours.delete'> = (input, ctx) => {
  const behaviour = requireBehaviour(ctx, input.id);
  if (behaviour.observationCount > 0) {
    throw new AppError(
      'CONFLICT',
      `“${behaviour.name}” has ${behaviour.observationCount} observation(s), so it cannot be deleted. Archive it, or merge it into another behaviour.`,
    );
  }
  if (scorecardUsesOf(ctx.db, behaviour.id) > 0) {
    throw new AppError(
      'CONFLICT',
      `“${behaviour.name}” is on a scorecard, so it cannot be deleted. Take it off the scorecard, or archive it instead.`,
    );
  }
  if (goalCountOf(ctx.db, behaviour.id) > 0) {
    throw new AppError(
      'CONFLICT',
      `“${behaviour.name}” is the subject of a development goal, so it cannot be deleted. Archive it instead.`,
    );
  }
  if (behaviourLinkCount(ctx.db, behaviour.id) > 0) {
    throw new AppError(
      'CONFLICT',
      `“${behaviour.name}” is linked to commitments or one-to-one focus, so it cannot be deleted. Archive it instead.`,
    );
  }
  if (rolePlayUsesOf(ctx.db, behaviour.id) > 0) {
    throw new AppError(
      'CONFLICT',
      `“${behaviour.name}” is used by a role-play script, so it cannot be deleted. Archive it instead.`,
    );
  }
  const mergedFrom = listBehaviours(ctx.db).filter((b) => b.mergedIntoId === behaviour.id);
  if (mergedFrom.length > 0) {
    throw new AppError(
      'CONFLICT',
      `Other behaviours were merged into “${behaviour.name}”; archive it instead.`,
    );
  }
  deleteBehaviourRow(ctx.db, behaviour.id);
  libraryChanged(ctx, behaviour.id);
  return { id: behaviour.id };
};

export const behavioursDomain = defineDomain('behaviours', {
  get: getBehaviour,
  create: createBehaviour,
  update: updateBehaviour,
  reorder: reorderBehaviours,
  archive: archiveBehaviour,
  unarchive: unarchiveBehaviour,
  merge: mergeBehaviours,
  delete: deleteBehaviour,
});
