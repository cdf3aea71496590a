import { countPeople } from '../../../db/repositories/people';
import { giveAuthorlessToManagers } from '../../../db/repositories/workspace';
import { systemClock } from '../context';
import { randomIds } from '../context';
import type { Core } from '../core';
import { type DemoCallCounts, seedDemoCalls } from './calls';
import { type DemoHistoryCounts, seedDemoCoachingHistory } from './coaching-history';
import { seedDemoFocusFollowUps } from './focus-follow-ups';
import { type DemoOneOnOneCounts, seedDemoOneOnOnes } from './one-on-ones-history';
import { seedDemoSharePack } from './share-pack';
import { type DemoProposalCounts, seedDemoProposals } from './proposals';
import { seedDemoLostDeals } from './lost-deals';
import { seedDemoTeam } from './team';
import { type DemoDealCounts, seedDemoDeals } from './deals';
import { type DemoRolePlayCounts, seedDemoRolePlays } from './role-plays';

/** Who the demo opens as. */
export const DEMO_OWNER_KEY = 'marcus';

export type DemoCounts = DemoHistoryCounts &
  DemoOneOnOneCounts &
  DemoCallCounts &
  DemoDealCounts &
  DemoProposalCounts &
  DemoRolePlayCounts & { lostDeals: number; retrospectives: number };

/**
 * Fills a new, empty database with the demo team, its coaching history, its one-to-ones (with what was
 * seen of each focus behaviour around them) and its call reviews, in one transaction: a database is
 * either left as it was (already has data, or a write failed) or holds the whole demo.
 */
export function seedDemo(core: Core, clock = systemClock, newId = randomIds): DemoCounts {
  const { db, sqlite } = core.database;
  return sqlite.transaction(() => {
    const ids = seedDemoTeam({ db, sqlite, clock, newId });
    const context = { db, sqlite, clock, newId, dispatcher: core.dispatcher };
    const history = seedDemoCoachingHistory(context, ids);
    // The one-to-ones read the history's observations to place each rep's last meeting.
    const oneOnOnes = seedDemoOneOnOnes(context, ids);
    // What the manager saw of each focus behaviour around the one-to-one that set it.
    const { followUps } = seedDemoFocusFollowUps(context, ids);
    const calls = seedDemoCalls(context, ids);
    // Each rep's open pipeline, the demo calls' deals linked to their calls.
    const deals = seedDemoDeals(context, ids);
    const proposals = seedDemoProposals(context, ids);
    // Practice on the default scripts, with each rep's scores moving as their story goes.
    const rolePlays = seedDemoRolePlays(context, ids);
    const lost = seedDemoLostDeals(context, ids);
    // Written in one go before anyone is using the copy, the history has no authors yet: each rep's
    // manager wrote theirs. Then the demo opens as Marcus Webb, a front-line manager (Settings switches).
    giveAuthorlessToManagers(db);
    // Emily's share pack, opened and answered, and her answers back in Priya's copy.
    seedDemoSharePack(context, ids);
    const claimed = core.dispatcher.callNow('workspace.claim', { personId: ids.get(DEMO_OWNER_KEY) });
    if (!claimed.ok) throw new Error(`Demo: could not open as ${DEMO_OWNER_KEY}: ${claimed.error.message}`);
    return {
      ...history,
      observations: history.observations + followUps,
      ...oneOnOnes,
      ...calls,
      ...deals,
      ...proposals,
      ...rolePlays,
      ...lost,
      // Every deal row: the open pipeline and the lost deals alike.
      deals: deals.deals + lost.lostDeals,
    };
  })();
}

/** Whether the database holds no one yet, so the demo may be written into it. */
export function isEmptyForDemo(core: Core): boolean {
  return countPeople(core.database.db) === 0;
}
