import {
  DEFAULT_BEHAVIOURS,
  DEFAULT_COMPETENCIES,
  DEFAULT_STAGES,
} from '../../shared/domain/default-library';
import type { Db, Sqlite } from '../../db/open';
import {
  findBehaviour,
  insertBehaviour,
  insertTaxonomy,
  recordBehaviourChange,
} from '../../db/repositories/library';
import { readSetting, writeSetting } from '../../db/repositories/settings';
import { competencies, stages } from '../../db/schema';
import type { Clock } from './context';

const SEEDED_KEY = 'library.seededVersion';

/**
 * Gives a database the default behaviour library once, when it first has the tables for it. A setting
 * records that it happened, so a manager who reshapes the library never sees the defaults come back.
 */
export function seedDefaultLibrary(db: Db, sqlite: Sqlite, clock: Clock): boolean {
  return sqlite.transaction(() => {
    if (readSetting(db, SEEDED_KEY) !== null) return false;
    const now = clock.now().toISOString();
    DEFAULT_STAGES.forEach((s, position) => {
      insertTaxonomy(db, stages, { ...s, position });
    });
    DEFAULT_COMPETENCIES.forEach((c, position) => {
      insertTaxonomy(db, competencies, { ...c, position });
    });
    DEFAULT_BEHAVIOURS.forEach((b, position) => {
      const { stageIds, rubric, methodologies, ...fields } = b;
      insertBehaviour(
        db,
        {
          ...fields,
          rubric: [...rubric],
          methodologies: [...methodologies],
          position,
          archivedAt: null,
          mergedIntoId: null,
          createdAt: now,
          updatedAt: now,
          revision: 1,
        },
        stageIds,
      );
      recordBehaviourChange(db, findBehaviour(db, b.id)!, {
        at: now,
        kind: 'created',
        summary: 'Part of the default library.',
      });
    });
    writeSetting(db, SEEDED_KEY, '1');
    return true;
  })();
}
