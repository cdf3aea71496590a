import type { Observation, PrepBrief } from '../../../shared/contract';
import { addDays, formatDate, today } from '../../../shared/dates';
import { listCallReviewSummaries } from '../../../db/repositories/call-reviews';
import { listNotes } from '../../../db/repositories/notes';
import { latestLevelBefore, listObservations } from '../../../db/repositories/observations';
import { lastHeldOneOnOne, listFocus, nextScheduledOneOnOne } from '../../../db/repositories/one-on-ones';
import { listCommitments } from '../../../db/repositories/commitments';
import { listAgenda } from '../../../db/repositories/agenda';
import { findPerson } from '../../../db/repositories/people';
import { AppError } from '../../../shared/contract';
import type { ReadContext } from '../context';
import type { Handler } from '../registry';
import { accessOf } from '../services/access';
import { goalsOfRep } from '../services/progress';
import { flaggedDeals } from '../services/deals';
import { openRetrospectiveActions } from '../services/retrospective-actions';
import { rolePlaysOfRep } from '../services/role-plays';

/** How far back "recently" reaches for suggestions, and for "since last time" when there was none. */
export const SUGGESTION_WINDOW_DAYS = 42;
const MAX_SUGGESTIONS = 3;

const isGap = (o: Observation) => o.verdict === 'gap' || (o.level !== null && o.level <= 2);
const isGood = (o: Observation) => o.verdict === 'strength' || (o.level !== null && o.level >= 3);

/** A source is one document (a note, a one-to-one, a call…); ad-hoc observations together count as one. */
function sourceKey(o: Observation): string {
  return o.sourceId ? `${o.sourceKind}:${o.sourceId}` : o.sourceKind;
}

function group(observations: Observation[]) {
  const groups = new Map<string, { behaviourId: string; name: string; observations: Observation[] }>();
  for (const o of observations) {
    const g = groups.get(o.behaviourId) ?? {
      behaviourId: o.behaviourId,
      name: o.behaviourName,
      observations: [],
    };
    g.observations.push(o);
    groups.set(o.behaviourId, g);
  }
  return [...groups.values()].sort(
    (a, b) => b.observations.length - a.observations.length || a.name.localeCompare(b.name),
  );
}

/**
 * Suggests up to three behaviours to focus on: those with repeated gaps in the last six weeks, from
 * more than one source weighing more, that have not since been seen done well. Each comes with the
 * reason in words, so the manager can judge it rather than trust it.
 */
function suggest(
  recent: Observation[],
  focusSince: { ids: Set<string>; setOn: string } | null,
  sinceDate: string,
  locale: string,
) {
  const candidates = group(recent.filter((o) => o.observedOn >= sinceDate))
    .map((g) => {
      const gaps = g.observations.filter(isGap);
      const latest = g.observations[0]!;
      const sources = new Set(gaps.map(sourceKey)).size;
      return { ...g, gaps, sources, latestGood: isGood(latest) };
    })
    .filter((g) => g.gaps.length >= 2 && !g.latestGood)
    .sort((a, b) => b.gaps.length + b.sources - (a.gaps.length + a.sources) || a.name.localeCompare(b.name))
    .slice(0, MAX_SUGGESTIONS);
  return candidates.map((g) => {
    const weeks = Math.round(SUGGESTION_WINDOW_DAYS / 7);
    let reason = `gap observed ${g.gaps.length} times in ${weeks} weeks across ${g.sources} source${g.sources === 1 ? '' : 's'}`;
    if (focusSince?.ids.has(g.behaviourId))
      reason += `, no improvement since focus set on ${formatDate(focusSince.setOn, 'dayMonth', locale)}`;
    return { behaviourId: g.behaviourId, name: g.name, reason };
  });
}

export function buildPrepBrief(ctx: ReadContext, repId: string): PrepBrief {
  const rep = findPerson(ctx.db, repId);
  if (!rep) throw new AppError('NOT_FOUND', 'That person no longer exists.', { repId });
  const access = accessOf(ctx);
  access.requireRep(repId);
  const visibleTo = access.scope();
  const asOf = today(ctx.clock);
  const last = lastHeldOneOnOne(ctx.db, repId, asOf);
  const next = nextScheduledOneOnOne(ctx.db, repId, asOf);
  const since = last?.date ?? addDays(asOf, -SUGGESTION_WINDOW_DAYS);
  const openCommitments = listCommitments(ctx.db, { repId, status: 'open' }, asOf);
  // Every observation since that the viewer may read: bounded by the dates, not by a count that would
  // silently cut the brief.
  const sinceObservations = listObservations(ctx.db, { repId, from: since, to: asOf, visibleTo });
  const focusRows = last ? listFocus(ctx.db, last.id) : [];
  const focusIds = new Set(focusRows.map((f) => f.behaviourId));
  const focus = focusRows.map((f) => ({
    behaviourId: f.behaviourId,
    name: f.name,
    setOn: last!.date,
    observations: sinceObservations.filter((o) => o.behaviourId === f.behaviourId),
  }));
  const otherObservations = group(sinceObservations.filter((o) => !focusIds.has(o.behaviourId)));

  const levelChanges: PrepBrief['levelChanges'] = [];
  const groups = group(sinceObservations);
  for (const g of groups) {
    const after = g.observations.find((o) => o.level !== null);
    if (!after) continue;
    const before = latestLevelBefore(ctx.db, repId, g.behaviourId, since, visibleTo);
    if (before === null || before === after.level) continue;
    levelChanges.push({
      behaviourId: g.behaviourId,
      name: g.name,
      before,
      after: after.level!,
      direction: after.level! > before ? 'up' : 'down',
    });
  }

  const stuckSource = next ?? last;
  const stuckItems = stuckSource ? listAgenda(ctx.db, stuckSource.id).filter((i) => i.stuck) : [];
  const windowStart = addDays(asOf, -SUGGESTION_WINDOW_DAYS);
  const recent = listObservations(ctx.db, { repId, from: windowStart, to: asOf, visibleTo });
  return {
    repId,
    repName: rep.name,
    asOf,
    since,
    lastOneOnOne: last ? { id: last.id, date: last.date } : null,
    nextOneOnOne: next ? { id: next.id, date: next.date } : null,
    openCommitments: openCommitments.filter((c) => !c.overdue),
    overdueCommitments: openCommitments.filter((c) => c.overdue),
    focus,
    otherObservations,
    levelChanges,
    recentCallReviews: listCallReviewSummaries(ctx.db, { repId, from: since }).map(
      ({ id, date, account, callTypeName, annotationCount, score }) =>
        access.managesRep(repId)
          ? { id, date, account, callTypeName, annotationCount, score }
          : // The rep: counted from what is shared with them; the score is their managers' working figure.
            {
              id,
              date,
              account,
              callTypeName,
              annotationCount: listObservations(ctx.db, {
                sourceKind: 'call-review',
                sourceId: id,
                limit: 5000,
                visibleTo,
              }).filter((o) => o.anchor?.kind === 'transcript').length,
              score: null,
            },
    ),
    recentNotes: listNotes(ctx.db, repId, access.scope())
      .filter((n) => n.updatedAt.slice(0, 10) >= since)
      .map(({ id, title, updatedAt, observationCount }) => ({ id, title, updatedAt, observationCount })),
    stuckItems,
    suggestions: suggest(
      recent,
      last && focusIds.size > 0 ? { ids: focusIds, setOn: last.date } : null,
      windowStart,
      ctx.locale,
    ),
    goals: goalsOfRep(ctx, repId),
    dealsToReview: dealsToReview(ctx, repId),
    retrospectiveActions: openRetrospectiveActions(ctx, repId).map(
      ({ id, dealId, account, dealName, text, owner, dueOn }) => ({
        id,
        dealId,
        account,
        dealName,
        text,
        owner,
        dueOn,
      }),
    ),
    recentRolePlays: rolePlaysOfRep(ctx, repId, since),
  };
}

/** The rep's flagged open deals, most flags first, at most five: a one-to-one reviews a few, not all. */
function dealsToReview(ctx: ReadContext, repId: string): PrepBrief['dealsToReview'] {
  return flaggedDeals(ctx, { repId, outcome: 'open' })
    .filter((d) => d.flags.length > 0)
    .sort((a, b) => b.flags.length - a.flags.length || b.valueMinor - a.valueMinor)
    .slice(0, 5)
    .map((d) => ({
      dealId: d.id,
      account: d.account,
      name: d.name,
      stageName: d.stageName,
      forecastCategory: d.forecastCategory,
      valueMinor: d.valueMinor,
      currency: d.currency,
      reasons: d.flags.map((f) => f.reason),
    }));
}

export const prepBrief: Handler<'oneOnOnes.prepBrief'> = (input, ctx) => buildPrepBrief(ctx, input.repId);
