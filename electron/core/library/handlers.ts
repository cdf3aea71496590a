import { importLibrary } from './import';
import {
  LIBRARY_FILE_FORMAT,
  LIBRARY_FILE_VERSION,
  type LibraryFile,
} from '../../../shared/domain/library-file';
import { defineDomain } from '../registry';
import { nowIso } from '../context';
import { listBehaviours } from '../../../db/repositories/behaviours';
import type { Stage } from '../../../shared/contract';
import { listTaxonomy } from '../../../db/repositories/taxonomy';
import type { Handler } from '../registry';
export const getLibrary: Handler<'library.get'> = (_input, ctx) => ({
  stages: listTaxonomy(ctx.db, 'stage'),
  competencies: listTaxonomy(ctx.db, 'competency'),
  behaviours: listBehaviours(ctx.db),
});

export const exportLibrary: Handler<'library.export'> = (_input, ctx) => {
  const exportedAt = nowIso(ctx.clock);
  const taxonomy = (items: Stage[]) => items.map(({ id, name, description }) => ({ id, name, description }));
  const file: LibraryFile = {
    format: LIBRARY_FILE_FORMAT,
    version: LIBRARY_FILE_VERSION,
    exportedAt,
    stages: taxonomy(listTaxonomy(ctx.db, 'stage')),
    competencies: taxonomy(listTaxonomy(ctx.db, 'competency')),
    behaviours: listBehaviours(ctx.db)
      .filter((b) => b.mergedIntoId === null)
      .map((b) => ({
        id: b.id,
        name: b.name,
        definition: b.definition,
        competencyId: b.competencyId,
        stageIds: b.stageIds,
        methodologies: b.methodologies,
        rubric: b.rubric,
        archived: b.archivedAt !== null,
      })),
  };
  return {
    fileName: `coachbench-behaviours-${exportedAt.slice(0, 10)}.json`,
    json: `${JSON.stringify(file, null, 2)}\n`,
  };
};

export const libraryDomain = defineDomain('library', {
  get: getLibrary,
  export: exportLibrary,
  import: importLibrary,
});
