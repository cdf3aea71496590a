import { AppError, type FieldIssue, richTextDocSchema, scriptDraftSchema } from '../../../shared/contract';
import {
  formatFilePath,
  ROLE_PLAY_FILE_FORMAT,
  ROLE_PLAY_FILE_VERSION,
  type RolePlayFile,
  readRolePlayFile,
} from '../../../shared/domain/role-play-file';
import { nowIso } from '../context';
import type { Handler } from '../registry';
import { draftOf, readScript, scriptProblems, storeNewScript } from '../services/role-plays';
import { prepareScriptImport } from './prepare';

export { prepareScriptImport };

export const exportScripts: Handler<'rolePlays.export'> = (input, ctx) => {
  const exportedAt = nowIso(ctx.clock);
  const file: RolePlayFile = {
    format: ROLE_PLAY_FILE_FORMAT,
    version: ROLE_PLAY_FILE_VERSION,
    exportedAt,
    scripts: input.ids.map((id) => draftOf(readScript(ctx.db, id))),
  };
  const fileName =
    input.ids.length === 1
      ? `${
          file.scripts[0]!.title.replace(/[^A-Za-z0-9]+/g, '-')
            .replace(/^-|-$/g, '')
            .toLowerCase() || 'role-play'
        }.json`
      : `coachbench-role-plays-${exportedAt.slice(0, 10)}.json`;
  return { fileName, json: `${JSON.stringify(file, null, 2)}\n` };
};

function invalid(issues: FieldIssue[]): AppError {
  const first = issues[0]!;
  const where = formatFilePath(first.path);
  return new AppError(
    'INVALID_INPUT',
    `The script file has ${issues.length === 1 ? 'a problem' : `${issues.length} problems`}, so nothing was imported. ${issues.length > 1 ? 'First: ' : ''}${where ? `${where}: ` : ''}${first.message}`,
    { issues },
  );
}

/**
 * Adds every script of a prepared file as a new script, or none: the file was read and its shape
 * checked in the worker; what needs the database (behaviours, stages) and the rich-text schema is
 * checked here, all of it before the first write.
 */
export const importScripts: Handler<'rolePlays.import'> = (input, ctx) => {
  const kept = ctx.prepared.use('rolePlays.prepareImport', input.preparedId, ['preparedId']);
  const again = readRolePlayFile(kept.json);
  if ('issues' in again) throw invalid(again.issues);
  const issues: FieldIssue[] = [];
  const drafts = again.file.scripts.flatMap((script, n) => {
    const situation = richTextDocSchema.safeParse(script.situation);
    if (!situation.success)
      for (const i of situation.error.issues)
        issues.push({
          path: ['scripts', n, 'situation', ...(i.path as (string | number)[])],
          message: i.message,
        });
    const draft = scriptDraftSchema.safeParse(script);
    if (!draft.success) return [];
    issues.push(...scriptProblems(ctx.db, draft.data, ['scripts', n]));
    return [draft.data];
  });
  if (issues.length > 0) throw invalid(issues);
  const now = nowIso(ctx.clock);
  const created = drafts.map((draft) => ({
    id: storeNewScript(ctx.db, ctx.newId, now, draft),
    title: draft.title,
  }));
  ctx.emit('rolePlays.changed', { ids: created.map((c) => c.id) });
  return { created };
};
