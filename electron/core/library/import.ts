import { AppError, type Behaviour, type FieldIssue, type ImportReport } from '../../../shared/contract';
import {
  LIBRARY_FILE_VERSION,
  type LibraryFile,
  libraryFileSchema,
} from '../../../shared/domain/library-file';
import {
  insertBehaviour,
  listBehaviours,
  recordBehaviourChange,
  setBehaviourPositions,
  setBehaviourStages,
  updateBehaviourRow,
} from '../../../db/repositories/behaviours';
import { insertTaxonomy, listTaxonomy, updateTaxonomy } from '../../../db/repositories/taxonomy';
import { type HandlerContext, nowIso } from '../context';
import { issuesFromZod } from '../dispatch';
import type { Handler } from '../registry';
import { requireBehaviour } from '../services/library';

function invalid(issues: FieldIssue[]): AppError {
  const first = issues[0]!;
  const where = (i: FieldIssue) => formatPath(i.path);
  return new AppError(
    'INVALID_INPUT',
    `The library file has ${issues.length} problem(s), so nothing was imported. First: ${where(first) ? `${where(first)}: ` : ''}${first.message}`,
    { issues },
  );
}

/** `behaviours[3].rubric` — where in the file a problem is. */
export function formatPath(path: (string | number)[]): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part),
    '',
  );
}

function parseFile(json: string): LibraryFile {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw invalid([{ path: [], message: `The file is not valid JSON (${(error as Error).message}).` }]);
  }
  if (
    raw &&
    typeof raw === 'object' &&
    'version' in raw &&
    typeof raw.version === 'number' &&
    raw.version !== LIBRARY_FILE_VERSION
  ) {
    throw invalid([
      {
        path: ['version'],
        message:
          raw.version > LIBRARY_FILE_VERSION
            ? `This file is version ${raw.version}, from a newer Coachbench; this one reads version ${LIBRARY_FILE_VERSION}.`
            : `Version ${raw.version} is not a library file version Coachbench knows.`,
      },
    ]);
  }
  const parsed = libraryFileSchema.safeParse(raw);
  if (!parsed.success) throw invalid(issuesFromZod(parsed.error).map((i) => ({ ...i, message: i.message })));
  return parsed.data;
}

function crossCheck(ctx: HandlerContext, file: LibraryFile): void {
  const issues: FieldIssue[] = [];
  const stageIds = new Set([...listTaxonomy(ctx.db, 'stage').map((s) => s.id)]);
  const competencyIds = new Set([...listTaxonomy(ctx.db, 'competency').map((c) => c.id)]);
  const duplicates = (list: { id: string; name: string }[], key: string) => {
    const ids = new Map<string, number>();
    const names = new Map<string, number>();
    list.forEach((item, index) => {
      if (ids.has(item.id))
        issues.push({
          path: [key, index, 'id'],
          message: `The id "${item.id}" is used twice (also at ${key}[${ids.get(item.id)}]).`,
        });
      ids.set(item.id, index);
      const lower = item.name.toLowerCase();
      if (names.has(lower))
        issues.push({
          path: [key, index, 'name'],
          message: `The name “${item.name}” is used twice (also at ${key}[${names.get(lower)}]).`,
        });
      names.set(lower, index);
    });
  };
  const clashes = (
    list: { id: string; name: string }[],
    key: 'stages' | 'competencies',
    existing: { id: string; name: string }[],
  ) => {
    const fileIds = new Set(list.map((i) => i.id));
    list.forEach((item, index) => {
      const other = existing.find(
        (e) => e.name.toLowerCase() === item.name.toLowerCase() && e.id !== item.id && !fileIds.has(e.id),
      );
      if (other)
        issues.push({
          path: [key, index, 'name'],
          message: `“${item.name}” is already the name of another ${key === 'stages' ? 'stage' : 'competency'} in this library.`,
        });
    });
  };
  clashes(file.stages, 'stages', listTaxonomy(ctx.db, 'stage'));
  clashes(file.competencies, 'competencies', listTaxonomy(ctx.db, 'competency'));
  duplicates(file.stages, 'stages');
  duplicates(file.competencies, 'competencies');
  duplicates(file.behaviours, 'behaviours');
  for (const s of file.stages) stageIds.add(s.id);
  for (const c of file.competencies) competencyIds.add(c.id);
  const existing = listBehaviours(ctx.db);
  const fileIds = new Set(file.behaviours.map((b) => b.id));
  file.behaviours.forEach((b, index) => {
    if (!competencyIds.has(b.competencyId)) {
      issues.push({
        path: ['behaviours', index, 'competencyId'],
        message: `Unknown competency "${b.competencyId}".`,
      });
    }
    if (new Set(b.stageIds).size !== b.stageIds.length) {
      issues.push({ path: ['behaviours', index, 'stageIds'], message: 'A stage is listed twice.' });
    }
    b.stageIds.forEach((stageId, s) => {
      if (!stageIds.has(stageId))
        issues.push({ path: ['behaviours', index, 'stageIds', s], message: `Unknown stage "${stageId}".` });
    });
    const clash = existing.find(
      (e) => e.name.toLowerCase() === b.name.toLowerCase() && e.id !== b.id && !fileIds.has(e.id),
    );
    if (clash)
      issues.push({
        path: ['behaviours', index, 'name'],
        message: `“${b.name}” is already the name of another behaviour in this library.`,
      });
  });
  if (issues.length > 0) throw invalid(issues);
}

/** Whether the items both lists share appear in a different order. */
function relativeOrderDiffers(fileIds: string[], currentIds: string[]): boolean {
  const inFile = new Set(fileIds);
  const inCurrent = new Set(currentIds);
  return !sameList(
    fileIds.filter((id) => inCurrent.has(id)),
    currentIds.filter((id) => inFile.has(id)),
  );
}

function sameList(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function importTaxonomy(
  ctx: HandlerContext,
  kind: 'stage' | 'competency',
  items: LibraryFile['stages'],
  report: ImportReport,
  apply: boolean,
): void {
  const current = listTaxonomy(ctx.db, kind);
  const byId = new Map(current.map((s) => [s.id, s]));
  const order = [
    ...items.map((i) => i.id),
    ...current.map((s) => s.id).filter((id) => !items.some((i) => i.id === id)),
  ];
  items.forEach((item, position) => {
    const existing = byId.get(item.id);
    if (!existing) {
      report.added.push({ kind, id: item.id, name: item.name });
      if (apply) insertTaxonomy(ctx.db, kind, { ...item, position });
      return;
    }
    const fields = [
      ...(existing.name !== item.name ? ['name'] : []),
      ...(existing.description !== item.description ? ['description'] : []),
    ];
    // Order is compared as a whole list (relativeOrderDiffers): one insertion would otherwise "change" everything after it.
    if (fields.length === 0) report.unchanged += 1;
    else report.changed.push({ kind, id: item.id, name: item.name, fields });
  });
  if (
    relativeOrderDiffers(
      items.map((i) => i.id),
      current.map((s) => s.id),
    )
  )
    report.reordered = true;
  if (apply)
    order.forEach((id, position) => {
      const item = items.find((i) => i.id === id);
      updateTaxonomy(
        ctx.db,
        kind,
        id,
        item ? { name: item.name, description: item.description, position } : { position },
      );
    });
}

function behaviourDiff(existing: Behaviour, item: LibraryFile['behaviours'][number]): string[] {
  return [
    ...(existing.name !== item.name ? ['name'] : []),
    ...(existing.definition !== item.definition ? ['definition'] : []),
    ...(existing.competencyId !== item.competencyId ? ['competency'] : []),
    ...(!sameList(existing.stageIds, item.stageIds) ? ['stages'] : []),
    ...(!sameList(existing.methodologies, item.methodologies) ? ['methodologies'] : []),
    ...(!sameList(existing.rubric, item.rubric) ? ['rubric'] : []),
    // A merged behaviour stays archived: its observations live in the behaviour it was merged into.
    ...(existing.mergedIntoId === null && (existing.archivedAt !== null) !== item.archived
      ? ['archived']
      : []),
  ];
}

export const importLibrary: Handler<'library.import'> = (input, ctx) => {
  const file = parseFile(input.json);
  crossCheck(ctx, file);
  const apply = !input.dryRun;
  const report: ImportReport = { applied: apply, added: [], changed: [], unchanged: 0, reordered: false };
  importTaxonomy(ctx, 'stage', file.stages, report, apply);
  importTaxonomy(ctx, 'competency', file.competencies, report, apply);

  const now = nowIso(ctx.clock);
  const current = listBehaviours(ctx.db);
  if (
    relativeOrderDiffers(
      file.behaviours.map((b) => b.id),
      current.map((b) => b.id),
    )
  )
    report.reordered = true;
  const byId = new Map(current.map((b) => [b.id, b]));
  const touched: string[] = [];
  file.behaviours.forEach((item, position) => {
    const existing = byId.get(item.id);
    const { stageIds, archived, ...fields } = item;
    if (!existing) {
      report.added.push({ kind: 'behaviour', id: item.id, name: item.name });
      if (!apply) return;
      insertBehaviour(
        ctx.db,
        {
          ...fields,
          position,
          archivedAt: archived ? now : null,
          mergedIntoId: null,
          createdAt: now,
          updatedAt: now,
          revision: 1,
        },
        stageIds,
      );
      recordBehaviourChange(ctx.db, requireBehaviour(ctx, item.id), {
        at: now,
        kind: 'imported',
        summary: 'Added by a library import.',
      });
      touched.push(item.id);
      return;
    }
    const changed = behaviourDiff(existing, item);
    if (changed.length === 0) {
      report.unchanged += 1;
      return;
    }
    report.changed.push({ kind: 'behaviour', id: item.id, name: item.name, fields: changed });
    if (!apply) return;
    updateBehaviourRow(ctx.db, item.id, {
      ...fields,
      archivedAt:
        existing.mergedIntoId !== null ? existing.archivedAt : archived ? (existing.archivedAt ?? now) : null,
      updatedAt: now,
    });
    setBehaviourStages(ctx.db, item.id, stageIds);
    recordBehaviourChange(ctx.db, requireBehaviour(ctx, item.id), {
      at: now,
      kind: 'imported',
      summary: `Changed by a library import: ${changed.join(', ')}${existing.name !== item.name ? ` (was “${existing.name}”)` : ''}.`,
    });
    touched.push(item.id);
  });
  if (apply) {
    // Behaviours not in the file keep their relative order, after the file's own.
    const inFile = new Set(file.behaviours.map((b) => b.id));
    setBehaviourPositions(ctx.db, [
      ...file.behaviours.map((b) => b.id),
      ...current.map((b) => b.id).filter((id) => !inFile.has(id)),
    ]);
    if (touched.length > 0 || report.added.length > 0 || report.changed.length > 0 || report.reordered)
      ctx.emit('library.changed', { ids: touched });
  }
  return report;
};
