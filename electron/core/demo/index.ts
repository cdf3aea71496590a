import { systemClock } from '../context';
import { randomIds } from '../context';
import type { Core } from '../core';
import { type DemoHistoryCounts, seedDemoCoachingHistory } from './coaching-history';
import { seedDemoTeam } from './team';

/**
 * Fills a new, empty database with the demo team and its coaching history, in one transaction: a
 * database is either left as it was (already has data, or a write failed) or holds the whole demo.
 */
export function seedDemo(core: Core, clock = systemClock, newId = randomIds): DemoHistoryCounts {
  const { db, sqlite } = core.database;
  return sqlite.transaction(() => {
    const ids = seedDemoTeam({ db, sqlite, clock, newId });
    return seedDemoCoachingHistory({ db, sqlite, clock, newId, dispatcher: core.dispatcher }, ids);
  })();
}
