import {
  AppError,
  type FieldIssue,
  type RichTextDoc,
  type RolePlayPersona,
  type RolePlayScript,
  type RolePlayScriptDraft,
} from '../../../shared/contract';
import { scriptIssues, situationTextOf } from '../../../shared/domain/role-play';
import { plainTextOf } from '../../../shared/rich-text/schema';
import type { ReadableDB, WritableDB } from '../../../db/open';
import { findBehaviourRef } from '../../../db/repositories/behaviours';
import { findTaxonomy } from '../../../db/repositories/taxonomy';
import {
  findScriptRow,
  findVersion,
  insertScript,
  insertVersion,
  listAttempts,
  listVersions,
  type VersionValues,
} from '../../../db/repositories/role-plays';
import { type HandlerContext, nowIso, type ReadContext } from '../context';
import { accessOf } from './access';

/**
 * What is wrong with a script against this library: unknown or archived behaviours, an unknown stage,
 * and how its beats hang together (shared/domain/role-play.ts). `prefix` places the paths (the field of
 * the input, or a script of an imported file).
 */
export function scriptProblems(
  db: ReadableDB,
  draft: Pick<RolePlayScriptDraft, 'beats' | 'rubric' | 'stageId'>,
  prefix: (string | number)[],
  keep: ReadonlySet<string> = new Set(),
): FieldIssue[] {
  const issues: FieldIssue[] = scriptIssues(draft).map((i) => ({ ...i, path: [...prefix, ...i.path] }));
  const checkBehaviour = (id: string, path: (string | number)[]) => {
    const behaviour = findBehaviourRef(db, id);
    if (!behaviour)
      issues.push({ path: [...prefix, ...path], message: `“${id}” is not a behaviour in your library.` });
    else if (behaviour.archivedAt !== null && !keep.has(id))
      issues.push({
        path: [...prefix, ...path],
        message: `“${behaviour.name}” is archived; choose an active behaviour.`,
      });
  };
  draft.rubric.forEach((line, i) => {
    checkBehaviour(line.behaviourId, ['rubric', i, 'behaviourId']);
  });
  draft.beats.forEach((beat, i) => {
    beat.behaviourIds.forEach((id, b) => {
      checkBehaviour(id, ['beats', i, 'behaviourIds', b]);
    });
  });
  if (draft.stageId !== null && !findTaxonomy(db, 'stage', draft.stageId))
    issues.push({ path: [...prefix, 'stageId'], message: 'That sales stage does not exist.' });
  return issues;
}

export function refuse(issues: FieldIssue[], what: string): AppError {
  const first = issues[0]!;
  return new AppError(
    'INVALID_INPUT',
    issues.length === 1 ? first.message : `${what} has ${issues.length} problems. First: ${first.message}`,
    { issues },
  );
}

export function versionValues(draft: RolePlayScriptDraft): VersionValues {
  return {
    title: draft.title,
    situation: draft.situation,
    situationText: situationTextOf(draft.situation, plainTextOf),
    persona: draft.persona,
    objectives: draft.objectives,
    difficulty: draft.difficulty,
    stageId: draft.stageId,
    beats: draft.beats,
    rubric: draft.rubric.map((l) => ({ behaviourId: l.behaviourId, levels: l.levels })),
  };
}

/** Writes a new script at version 1; checked by the caller. Used by saving, duplicating, importing and seeding. */
export function storeNewScript(
  db: WritableDB,
  newId: () => string,
  now: string,
  draft: RolePlayScriptDraft,
  seedId: string | null = null,
): string {
  const id = `rps-${newId()}`;
  insertScript(db, { id, seedId, now });
  insertVersion(db, { id: `rpv-${newId()}`, scriptId: id, number: 1, now }, versionValues(draft));
  return id;
}

/** A script as the contract answers it, at a version or its latest. */
export function readScript(db: ReadableDB, id: string, version?: number): RolePlayScript {
  const script = findScriptRow(db, id);
  const row = script && findVersion(db, id, version);
  if (!script || !row)
    throw new AppError(
      'NOT_FOUND',
      script ? `This script has no version ${version}.` : 'That role-play script no longer exists.',
      { id },
    );
  const versions = listVersions(db, id);
  return {
    id,
    versionId: row.id,
    version: row.number,
    latestVersion: versions.at(-1)!.number,
    versions: versions.map(({ number, createdAt, attemptCount }) => ({ number, createdAt, attemptCount })),
    title: row.title,
    situation: row.situation,
    situationText: row.situationText,
    persona: row.persona,
    objectives: row.objectives,
    difficulty: row.difficulty,
    stageId: row.stageId,
    stageName: row.stageName,
    beats: row.beats,
    rubric: row.rubric,
    archived: script.archivedAt !== null,
    seedId: script.seedId,
    revision: script.revision,
    updatedAt: script.updatedAt,
  };
}

/** A draft as a script version holds it: for duplicating and exporting. */
export function draftOf(script: RolePlayScript): RolePlayScriptDraft {
  return {
    title: script.title,
    situation: script.situation,
    persona: script.persona,
    objectives: script.objectives,
    difficulty: script.difficulty,
    stageId: script.stageId,
    beats: script.beats,
    rubric: script.rubric.map(({ behaviourId, levels }) => ({ behaviourId, levels })),
  };
}

const paragraphs = (...texts: string[]): RichTextDoc => ({
  type: 'doc',
  content: texts
    .filter((t) => t.trim() !== '')
    .map((t) => ({ type: 'paragraph', content: [{ type: 'text', text: t.trim() }] })),
});

/**
 * A draft role-play from a moment that went wrong (a lost deal's retrospective, a call): the persona and
 * situation as given, one beat with the customer's words at that moment, and the behaviours to practise
 * as its rubric. The manager finishes it in the editor (model answer, branches, level descriptions).
 */
export function createDraftScript(
  ctx: HandlerContext,
  input: {
    title: string;
    persona: RolePlayPersona;
    situation: string;
    /** What the customer said or did at the moment to replay. */
    moment: string;
    behaviourIds: string[];
  },
): RolePlayScript {
  if (input.behaviourIds.length === 0)
    throw new AppError('INVALID_INPUT', 'Name at least one behaviour to practise in the role-play.');
  const draft: RolePlayScriptDraft = {
    title: input.title,
    situation: paragraphs(...input.situation.split(/\n{2,}/)),
    persona: input.persona,
    objectives: ['Handle the moment that went wrong differently, and move the conversation forward.'],
    difficulty: 2,
    stageId: null,
    beats: [
      {
        id: 'moment',
        customerLine: input.moment,
        direction: null,
        modelAnswer: 'To write: what a strong response does at this moment.',
        behaviourIds: input.behaviourIds.slice(0, 6),
        branches: [],
        next: null,
      },
    ],
    rubric: input.behaviourIds.slice(0, 6).map((behaviourId) => ({
      behaviourId,
      levels: [
        'Not yet: the moment goes as it did in the deal.',
        'Developing: notices the moment but does not change its course.',
        'Consistent: handles the moment as the model answer does.',
        'Role model: handles it and turns it into a step forward agreed by the customer.',
      ],
    })),
  };
  const issues = scriptProblems(ctx.db, draft, []);
  if (issues.length > 0) throw refuse(issues, 'The draft role-play');
  const id = storeNewScript(ctx.db, ctx.newId, nowIso(ctx.clock), draft);
  ctx.emit('rolePlays.changed', { ids: [id] });
  return readScript(ctx.db, id);
}

/** A rep's practice since a date that the viewer may read, newest first: for the prep brief. */
export function rolePlaysOfRep(ctx: ReadContext, repId: string, since: string) {
  return accessOf(ctx)
    .visible(listAttempts(ctx.db, { repId }))
    .filter((a) => a.practisedOn >= since)
    .map(({ id, scriptId, title, version, mode, practisedOn, average }) => ({
      id,
      scriptId,
      title,
      version,
      mode,
      practisedOn,
      average,
    }));
}
