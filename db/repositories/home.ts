import { sql } from 'drizzle-orm';
import type { HomeCall, HomeWeek } from '../../shared/contract';
import { STUCK_AFTER_CARRIES } from '../../shared/contract/one-on-ones';
import type { ReadScope } from '../../shared/domain/visibility';
import type { ReadableDB } from '../open';

/*
 * The "This week" home reads the whole team at once: one statement per section, never one per rep.
 * Only active reps count: an archived rep's leftovers are history, not this week's work.
 *
 * Observations count only where the viewer may read them (`scope`): the caller keeps the reps the viewer
 * sees, and among those reps' observations the shared ones and the viewer's own private ones are theirs.
 */

/** The visibility rule's scope as an observation condition, for reps the viewer sees. */
const readable = (scope: ReadScope) => sql`(o.visibility = 'shared' OR o.author_id IS ${scope.authorId})`;

/**
 * Calls waiting for the manager: imported with nothing annotated or rated yet, and scorecards with
 * ratings that were never submitted. (Every imported call gets an empty scorecard to fill in, so an
 * unsubmitted scorecard alone does not make a draft.)
 */
export function callsAwaitingReview(db: ReadableDB, scope: ReadScope): HomeCall[] {
  return db.all<HomeCall>(sql`
    SELECT id, repId, repName, date, account, callTypeName,
      CASE WHEN rated THEN 'scorecard-draft' ELSE 'not-reviewed' END AS state
    FROM (
      SELECT c.id, c.rep_id AS repId, p.name AS repName, c.date, c.account, t.name AS callTypeName,
        c.created_at AS createdAt,
        EXISTS (SELECT 1 FROM call_scorecard_lines l WHERE l.call_review_id = c.id AND l.level IS NOT NULL) AS rated,
        EXISTS (SELECT 1 FROM observations o WHERE o.source_kind = 'call-review' AND o.source_id = c.id AND ${readable(scope)}) AS annotated
      FROM call_reviews c
      JOIN people p ON p.id = c.rep_id AND p.archived_at IS NULL
      JOIN call_types t ON t.id = c.call_type_id
      LEFT JOIN call_scorecards s ON s.call_review_id = c.id
      WHERE s.submitted_at IS NULL
    )
    WHERE rated OR NOT annotated
    ORDER BY date DESC, createdAt DESC`);
}

/** Active reps whose latest observation is before `before`, or who have none. */
export function repsObservedBefore(db: ReadableDB, before: string, scope: ReadScope): HomeWeek['unobserved'] {
  return db.all<HomeWeek['unobserved'][number]>(sql`
    SELECT p.id AS repId, p.name AS repName, max(o.observed_on) AS lastObservedOn
    FROM people p LEFT JOIN observations o ON o.rep_id = p.id AND ${readable(scope)}
    WHERE p.kind = 'rep' AND p.archived_at IS NULL
    GROUP BY p.id
    HAVING lastObservedOn IS NULL OR lastObservedOn < ${before}
    ORDER BY lastObservedOn IS NOT NULL, lastObservedOn, p.name COLLATE NOCASE`);
}

/** Open talking points carried STUCK_AFTER_CARRIES times or more, in the meeting that holds them now. */
export function stuckAgendaItems(db: ReadableDB): HomeWeek['stuckItems'] {
  return db.all<HomeWeek['stuckItems'][number]>(sql`
    SELECT a.id, a.text, a.carried_count AS carriedCount, m.id AS oneOnOneId, m.date AS oneOnOneDate,
      p.id AS repId, p.name AS repName
    FROM agenda_items a
    JOIN one_on_ones m ON m.id = a.one_on_one_id AND m.status <> 'cancelled'
    JOIN people p ON p.id = m.rep_id AND p.archived_at IS NULL
    WHERE a.done = 0 AND a.carried_count >= ${STUCK_AFTER_CARRIES}
      AND NOT EXISTS (SELECT 1 FROM agenda_items later WHERE later.carried_from_id = a.id)
    ORDER BY a.carried_count DESC, p.name COLLATE NOCASE, a.position`);
}
