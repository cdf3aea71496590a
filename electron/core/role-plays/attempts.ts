import { AppError, fieldError, type FieldIssue } from '../../../shared/contract';
import { today } from '../../../shared/dates';
import { pathIssue } from '../../../shared/domain/role-play';
import { findPerson } from '../../../db/repositories/people';
import { findBehaviourRef } from '../../../db/repositories/behaviours';
import {
  findAttempt,
  findScriptRow,
  findVersion,
  insertAttempt,
  listAttempts,
} from '../../../db/repositories/role-plays';
import { nowIso } from '../context';
import type { Handler } from '../registry';
import { accessOf } from '../services/access';
import { recordObservation } from '../services/observations';

/**
 * Records a finished practice. The path must be a walk the script version allows, marks only name beats
 * on it, and the rubric is scored whole: one level per target behaviour. Each score becomes an
 * observation (source: role-play), so practice shows in the rep's progress and next prep brief.
 */
export const recordAttempt: Handler<'rolePlays.recordAttempt'> = (input, ctx) => {
  const script = findScriptRow(ctx.db, input.scriptId);
  if (!script) throw fieldError('NOT_FOUND', ['scriptId'], 'That role-play script no longer exists.');
  if (script.archivedAt !== null)
    throw fieldError('INVALID_INPUT', ['scriptId'], 'This script is archived; bring it back to practise it.');
  const version = findVersion(ctx.db, script.id, input.version);
  if (!version)
    throw fieldError('INVALID_INPUT', ['version'], `This script has no version ${input.version}.`);
  for (const line of version.rubric) {
    const behaviour = findBehaviourRef(ctx.db, line.behaviourId);
    if (behaviour?.archivedAt != null)
      throw fieldError(
        'INVALID_INPUT',
        ['version'],
        `“${behaviour.name}” on this script’s rubric is archived; edit the script to choose an active behaviour, then practise it.`,
      );
  }
  const rep = findPerson(ctx.db, input.repId);
  if (!rep) throw fieldError('INVALID_INPUT', ['repId'], 'That person does not exist.');
  if (rep.archivedAt !== null)
    throw fieldError(
      'INVALID_INPUT',
      ['repId'],
      `${rep.name} is archived; unarchive them to record practice.`,
    );
  const access = accessOf(ctx);
  access.requireRep(rep.id);
  if (input.mode === 'manager-run' && !access.managesRep(rep.id))
    throw fieldError('FORBIDDEN', ['mode'], `Only ${rep.name}’s managers can record a practice they ran.`);
  if (input.mode === 'self-practice' && access.viewer !== null && access.viewer.id !== rep.id)
    throw fieldError('FORBIDDEN', ['mode'], `Only ${rep.name} can record their own self-practice.`);
  if (input.practisedOn > today(ctx.clock))
    throw fieldError('INVALID_INPUT', ['practisedOn'], 'A practice cannot be dated in the future.');

  const issue = pathIssue(version.beats, input.path);
  if (issue) throw fieldError('INVALID_INPUT', issue.path, issue.message);
  const onPath = new Set(input.path.map((s) => s.beatId));
  const marked = new Set<string>();
  input.marks.forEach((m, i) => {
    if (!onPath.has(m.beatId))
      throw fieldError(
        'INVALID_INPUT',
        ['marks', i, 'beatId'],
        `Beat “${m.beatId}” was not part of this practice.`,
      );
    if (marked.has(m.beatId))
      throw fieldError('INVALID_INPUT', ['marks', i, 'beatId'], `Beat “${m.beatId}” is marked twice.`);
    marked.add(m.beatId);
  });

  const rubric = new Map(version.rubric.map((l) => [l.behaviourId, l]));
  const issues: FieldIssue[] = [];
  const scored = new Set<string>();
  input.scores.forEach((s, i) => {
    if (!rubric.has(s.behaviourId))
      issues.push({
        path: ['scores', i, 'behaviourId'],
        message: 'This behaviour is not on the script’s rubric.',
      });
    else if (scored.has(s.behaviourId))
      issues.push({ path: ['scores', i, 'behaviourId'], message: 'This behaviour is scored twice.' });
    scored.add(s.behaviourId);
  });
  for (const line of version.rubric)
    if (!scored.has(line.behaviourId))
      issues.push({ path: ['scores'], message: `Score “${line.behaviourName}” before finishing.` });
  if (issues.length > 0) throw new AppError('INVALID_INPUT', issues[0]!.message, { issues });

  const id = ctx.newId();
  insertAttempt(ctx.db, {
    id,
    scriptId: script.id,
    versionId: version.id,
    repId: rep.id,
    authorId: access.viewer?.id ?? null,
    mode: input.mode,
    visibility: input.visibility,
    practisedOn: input.practisedOn,
    durationSeconds: input.durationSeconds,
    path: input.path,
    marks: input.marks,
    comment: input.comment,
    createdAt: nowIso(ctx.clock),
    scores: input.scores.map((s) => ({ behaviourId: s.behaviourId, level: s.level, comment: s.comment })),
  });
  for (const score of input.scores) {
    recordObservation(ctx, {
      repId: rep.id,
      behaviourId: score.behaviourId,
      observedOn: input.practisedOn,
      level: score.level,
      verdict: null,
      evidence: null,
      anchor: null,
      comment: score.comment,
      sourceKind: 'role-play',
      sourceId: id,
      visibility: input.visibility,
    });
  }
  ctx.emit('rolePlays.attemptsChanged', { ids: [id], repIds: [rep.id], scriptIds: [script.id] });
  // The version now has an attempt: its next edit makes a new version.
  ctx.emit('rolePlays.changed', { ids: [script.id] });
  return findAttempt(ctx.db, id)!;
};

export const attempts: Handler<'rolePlays.attempts'> = (input, ctx) => {
  const access = accessOf(ctx);
  access.requireRep(input.repId);
  return access.visible(listAttempts(ctx.db, input));
};

export const attempt: Handler<'rolePlays.attempt'> = (input, ctx) => {
  const found = findAttempt(ctx.db, input.id);
  if (!found || !accessOf(ctx).canRead(found))
    throw new AppError('NOT_FOUND', 'That practice attempt no longer exists.', { id: input.id });
  return found;
};
