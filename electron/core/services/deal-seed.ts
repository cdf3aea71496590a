import { DEFAULT_EXIT_CRITERIA } from '../../../shared/domain/qualification';
import type { WritableDB } from '../../../db/open';
import { replaceExitCriteria } from '../../../db/repositories/deals';
import { readSetting, writeSetting } from '../../../db/repositories/settings';
import { findTaxonomy } from '../../../db/repositories/taxonomy';
import type { Clock } from '../context';

const EXIT_CRITERIA_KEY = 'exitCriteria.seededVersion';

/**
 * The essay's stage exit criteria, written once for the default stages that exist. Editable, and never
 * re-added once seeded: a manager who clears a stage's criteria keeps it clear.
 */
export function seedExitCriteria(db: WritableDB, clock: Clock): void {
  const seed = db.$client.transaction(() => {
    if (readSetting(db, EXIT_CRITERIA_KEY) !== null) return;
    const now = clock.now().toISOString();
    for (const [stageId, criteria] of Object.entries(DEFAULT_EXIT_CRITERIA)) {
      if (!findTaxonomy(db, 'stage', stageId)) continue;
      replaceExitCriteria(
        db,
        stageId,
        criteria.map((c, position) => ({
          id: `exit-${stageId.replace(/^stage-/, '')}-${position + 1}`,
          stageId,
          text: c.text,
          questionId: c.questionId,
          position,
          updatedAt: now,
        })),
      );
    }
    writeSetting(db, EXIT_CRITERIA_KEY, '1');
  });
  seed.immediate();
}
