import { defineDomain } from '../registry';
import { listScorecardTemplates, saveScorecardTemplate } from '../../../db/repositories/scorecard-templates';
import { listCallTypes } from '../../../db/repositories/call-types';
import { nowIso } from '../context';
import { findBehaviour } from '../../../db/repositories/behaviours';
import { AppError, fieldError } from '../../../shared/contract';
import type { Handler } from '../registry';
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
  ctx.emit('scorecardTemplates.changed', { ids: [template.id] });
  return template;
};

export const scorecardTemplatesDomain = defineDomain('scorecardTemplates', {
  list: listScorecardTemplatesHandler,
  save: saveScorecardTemplateHandler,
});
