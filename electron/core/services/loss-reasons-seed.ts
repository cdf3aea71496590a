import { DEFAULT_LOSS_REASONS } from '../../../shared/domain/default-loss-reasons';
import type { WritableDB } from '../../../db/open';
import {
  findLossReason,
  insertLossReason,
  recordLossReasonChange,
} from '../../../db/repositories/loss-reasons';
import { readSetting, writeSetting } from '../../../db/repositories/settings';
import type { Clock } from '../context';

const SEEDED_KEY = 'lossReasons.seededVersion';

/**
 * Gives a database the default loss reasons once. A setting records that it happened, so a manager who
 * archives or renames them never sees the defaults come back. Takes the write lock at BEGIN for the same
 * reason as the library seed (two processes may open one file at once).
 */
export function seedDefaultLossReasons(db: WritableDB, clock: Clock): void {
  const seed = db.$client.transaction(() => {
    if (readSetting(db, SEEDED_KEY) !== null) return;
    const now = clock.now().toISOString();
    DEFAULT_LOSS_REASONS.forEach((reason, position) => {
      insertLossReason(db, { ...reason, position, now });
      recordLossReasonChange(db, findLossReason(db, reason.id)!, {
        at: now,
        kind: 'created',
        previousName: null,
      });
    });
    writeSetting(db, SEEDED_KEY, '1');
  });
  seed.immediate();
}
