import { AppError } from '../../../shared/contract';
import {
  countAttemptsOfVersion,
  findScriptRow,
  findVersion,
  insertVersion,
  listScriptSummaries,
  touchScript,
  updateVersion,
} from '../../../db/repositories/role-plays';
import { nowIso } from '../context';
import { defineDomain, type Handler } from '../registry';
import {
  draftOf,
  readScript,
  refuse,
  scriptProblems,
  storeNewScript,
  versionValues,
} from '../services/role-plays';
import { attempt, attempts, recordAttempt } from './attempts';
import { exportScripts, importScripts, prepareScriptImport } from './file';
import { improvement } from './improvement';

export const listScripts: Handler<'rolePlays.list'> = (input, ctx) =>
  listScriptSummaries(ctx.db, input.includeArchived);

export const getScript: Handler<'rolePlays.get'> = (input, ctx) =>
  readScript(ctx.db, input.id, input.version);

/**
 * Saves a script. Its latest version is rewritten while nobody has practised on it; once an attempt
 * uses it, the edit becomes a new version, so every attempt keeps the script it was run on.
 */
export const saveScript: Handler<'rolePlays.save'> = (input, ctx) => {
  const now = nowIso(ctx.clock);
  const existing = input.id ? findScriptRow(ctx.db, input.id) : undefined;
  if (input.id && !existing) throw new AppError('NOT_FOUND', 'That role-play script no longer exists.');
  // Archived behaviours already on the script may stay; new ones must be active.
  const kept = new Set(existing ? readScript(ctx.db, existing.id).rubric.map((l) => l.behaviourId) : []);
  const issues = scriptProblems(ctx.db, input.script, ['script'], kept);
  if (issues.length > 0) throw refuse(issues, 'The script');
  if (!existing) {
    const id = storeNewScript(ctx.db, ctx.newId, now, input.script);
    ctx.emit('rolePlays.changed', { ids: [id] });
    return readScript(ctx.db, id);
  }
  if (input.revision != null && input.revision !== existing.revision)
    throw new AppError(
      'CONFLICT',
      'This script was changed elsewhere since you opened it; reload it to see the changes, then edit again.',
      { id: existing.id, revision: existing.revision },
    );
  const latest = findVersion(ctx.db, existing.id)!;
  if (countAttemptsOfVersion(ctx.db, latest.id) > 0) {
    insertVersion(
      ctx.db,
      { id: `rpv-${ctx.newId()}`, scriptId: existing.id, number: latest.number + 1, now },
      versionValues(input.script),
    );
  } else {
    updateVersion(ctx.db, latest.id, now, versionValues(input.script));
  }
  touchScript(ctx.db, existing.id, now);
  ctx.emit('rolePlays.changed', { ids: [existing.id] });
  return readScript(ctx.db, existing.id);
};

export const archiveScript: Handler<'rolePlays.archive'> = (input, ctx) => {
  const script = findScriptRow(ctx.db, input.id);
  if (!script) throw new AppError('NOT_FOUND', 'That role-play script no longer exists.', { id: input.id });
  if ((script.archivedAt !== null) !== input.archived) {
    const now = nowIso(ctx.clock);
    touchScript(ctx.db, script.id, now, input.archived ? now : null);
    ctx.emit('rolePlays.changed', { ids: [script.id] });
  }
  return readScript(ctx.db, script.id);
};

export const duplicateScript: Handler<'rolePlays.duplicate'> = (input, ctx) => {
  const source = readScript(ctx.db, input.id);
  const draft = draftOf(source);
  const title = `${source.title} (copy)`.slice(0, 120);
  const issues = scriptProblems(ctx.db, draft, []);
  if (issues.length > 0) throw refuse(issues, 'The script to copy');
  const id = storeNewScript(ctx.db, ctx.newId, nowIso(ctx.clock), { ...draft, title });
  ctx.emit('rolePlays.changed', { ids: [id] });
  return readScript(ctx.db, id);
};

export const rolePlaysDomain = defineDomain('rolePlays', {
  list: listScripts,
  get: getScript,
  save: saveScript,
  archive: archiveScript,
  duplicate: duplicateScript,
  export: exportScripts,
  prepareImport: prepareScriptImport,
  import: importScripts,
  recordAttempt,
  attempts,
  attempt,
  improvement,
});
