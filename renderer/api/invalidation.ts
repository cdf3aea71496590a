import type { AppEvent, EventName, EventPayload, InputOf, OutputOf, QueryName } from '../../shared/contract';

/**
 * Whether a cached read is stale after an event: `'all'` for every input of the method, or a test on the
 * event, the read's input and its cached answer (undefined when nothing is cached yet).
 */
type Rule<E extends EventName, Q extends QueryName> =
  | 'all'
  | ((payload: EventPayload<E>, input: InputOf<Q>, cached: OutputOf<Q> | undefined) => boolean);

type Rules = { [E in EventName]: { [Q in QueryName]?: Rule<E, Q> } };

/** A read about one rep (or about every rep, when its input names none) is stale if the event names it. */
const forRep = (p: { repIds: string[] }, input: { repId?: string | undefined }) =>
  input.repId === undefined || p.repIds.includes(input.repId);

/** A record read by id is stale if the rep it is about (known once it is cached) is named. */
const cachedRep = (p: { repIds: string[] }, _input: unknown, cached: { repId: string } | undefined) =>
  cached === undefined || p.repIds.includes(cached.repId);

/**
 * THE table: for every event the core sends, which reads it makes stale. A new event does not compile
 * until it has a row; a new query does not compile until some row names it or `NEVER_STALE` does (see
 * `everyReadIsCovered` below). Mutations reach this table through the events they declare
 * (`mutationEvents` in shared/contract/events.ts), which the dispatcher enforces.
 *
 * Rules are as narrow as the events allow, because an invalidated read that is on screen is refetched:
 * an autosave must not reload what it did not change.
 */
export const invalidations = {
  'people.changed': {
    'progress.rep': 'all',
    'progress.team': 'all',
    'progress.coaching': 'all',
    'progress.behaviour': 'all',
    'home.week': 'all',
    'people.list': 'all',
    'people.get': 'all',
    'workspace.get': 'all',
    'workspace.people': 'all',
    'observations.list': 'all',
    'observations.get': 'all',
    'oneOnOnes.overview': 'all',
    'oneOnOnes.get': (p, _i, cached) => cached === undefined || p.ids.includes(cached.repId),
    'oneOnOnes.prepBrief': (p, i) => p.ids.includes(i.repId),
    'callReviews.list': 'all',
    'callReviews.get': (p, _i, cached) => cached === undefined || p.ids.includes(cached.repId),
    'deals.list': 'all',
    'deals.get': 'all',
    'deals.forTarget': 'all',
    'lostDeals.list': 'all',
    'lostDeals.get': 'all',
    'lostDeals.dashboard': 'all',
    'proposals.list': 'all',
    'proposals.get': (p, _i, cached) => cached === undefined || p.ids.includes(cached.review.repId),
    'proposals.export': 'all',
    'rolePlays.attempts': (p, i) => p.ids.includes(i.repId),
    'rolePlays.attempt': (p, _i, cached) => cached === undefined || p.ids.includes(cached.repId),
    'rolePlays.improvement': (p, i) => p.ids.includes(i.repId),
    // Every write that changes words a search finds (core/services/search.ts keeps the index).
    'search.query': 'all',
  },
  'library.changed': {
    // Behaviour names on annotations and checklist lines.
    'proposals.get': 'all',
    'proposals.export': 'all',
    'progress.rep': 'all',
    'progress.team': 'all',
    'progress.coaching': 'all',
    'progress.behaviour': 'all',
    'library.get': 'all',
    'library.export': 'all',
    'behaviours.get': 'all',
    'observations.list': 'all',
    'observations.get': 'all',
    'oneOnOnes.get': 'all',
    'oneOnOnes.prepBrief': 'all',
    'commitments.list': 'all',
    'callReviews.get': 'all',
    'scorecardTemplates.list': 'all',
    // A deal shows its stage's name and position.
    'deals.exitCriteria': 'all',
    'deals.list': 'all',
    'deals.get': 'all',
    'deals.forTarget': 'all',
    // Stage and behaviour names.
    'lostDeals.get': 'all',
    'lostDeals.dashboard': 'all',
    // Scripts show behaviour names on their rubric and beats.
    'rolePlays.list': 'all',
    'rolePlays.get': 'all',
    'rolePlays.export': 'all',
    'rolePlays.attempts': 'all',
    'rolePlays.attempt': 'all',
    'rolePlays.improvement': 'all',
    'search.query': 'all',
  },
  'observations.changed': {
    // An observation deleted elsewhere unlinks the annotation or checklist line that recorded it.
    'proposals.get': (p, _i, cached) => cached === undefined || p.repIds.includes(cached.review.repId),
    'progress.rep': 'all',
    'progress.team': 'all',
    'progress.coaching': 'all',
    'progress.behaviour': 'all',
    'home.week': 'all',
    'observations.list': forRep,
    'observations.get': (p, i) => p.ids.length === 0 || p.ids.includes(i.id),
    // Behaviours show how often they were observed; a quote refreshed in place changes no count.
    'library.get': (p) => p.countsChanged,
    'behaviours.get': (p) => p.countsChanged,
    'notes.list': forRep,
    'oneOnOnes.get': cachedRep,
    'oneOnOnes.prepBrief': forRep,
    'people.get': (p, i) => p.countsChanged && p.repIds.includes(i.id),
    // Behaviours tagged in retrospectives.
    'lostDeals.dashboard': (p) => p.countsChanged,
    'rolePlays.improvement': forRep,
    'search.query': 'all',
  },
  'notes.changed': {
    'notes.list': forRep,
    // The note's own save already put its answer in the cache: only a newer revision is news.
    'notes.get': (p, i, cached) =>
      p.ids.includes(i.id) && (cached === undefined || cached.revision < (p.revisions[i.id] ?? 0)),
    'oneOnOnes.prepBrief': forRep,
    // A deal's links show its notes' titles.
    'deals.get': 'all',
    'search.query': 'all',
  },
  // Who is using this copy changed: what they may see differs in every answer about the team.
  'workspace.changed': {
    'sharePacks.log': 'all',
    'sharePacks.opened': 'all',
    'sharePacks.replyFile': 'all',
    'proposals.list': 'all',
    'proposals.get': 'all',
    'proposals.compare': 'all',
    'proposals.original': 'all',
    'proposals.export': 'all',
    'behaviours.get': 'all',
    'callReviews.get': 'all',
    'callReviews.keywords': 'all',
    'callReviews.list': 'all',
    'callReviews.segments': 'all',
    'callTypes.list': 'all',
    'commitments.completion': 'all',
    'commitments.list': 'all',
    'home.week': 'all',
    'library.export': 'all',
    'library.get': 'all',
    'notes.get': 'all',
    'notes.list': 'all',
    'observations.get': 'all',
    'observations.list': 'all',
    'oneOnOnes.exportMarkdown': 'all',
    'oneOnOnes.get': 'all',
    'oneOnOnes.list': 'all',
    'oneOnOnes.overview': 'all',
    'oneOnOnes.prepBrief': 'all',
    'people.get': 'all',
    'people.list': 'all',
    'progress.behaviour': 'all',
    'progress.coaching': 'all',
    'progress.rep': 'all',
    'progress.team': 'all',
    'scorecardTemplates.list': 'all',
    'templates.list': 'all',
    'workspace.get': 'all',
    'workspace.people': 'all',
    'deals.list': 'all',
    'deals.get': 'all',
    'deals.forTarget': 'all',
    'lostDeals.list': 'all',
    'lostDeals.get': 'all',
    'lostDeals.dashboard': 'all',
    'rolePlays.attempts': 'all',
    'rolePlays.attempt': 'all',
    'rolePlays.improvement': 'all',
    'search.query': 'all',
  },
  'callReviews.changed': {
    'home.week': 'all',
    'callReviews.list': forRep,
    // A review a mutation wrote comes with its new revision: the window that wrote it holds it already.
    'callReviews.get': (p, i, cached) =>
      p.ids.includes(i.id) &&
      !(cached !== undefined && cached.revision >= (p.revisions?.[i.id] ?? Number.POSITIVE_INFINITY)),
    // Later pages of a long transcript: who spoke a line changes when lines are assigned to speakers.
    'callReviews.segments': (p, i) => p.ids.includes(i.id),
    'oneOnOnes.prepBrief': forRep,
    // A deal's links show its calls' accounts and dates.
    'deals.get': 'all',
    'search.query': 'all',
  },
  'callReviews.keywordsChanged': {
    'home.week': 'all',
    'callReviews.keywords': 'all',
    'callReviews.get': 'all',
  },
  'oneOnOnes.changed': {
    'progress.rep': 'all',
    'progress.team': 'all',
    'progress.coaching': 'all',
    'progress.behaviour': 'all',
    'home.week': 'all',
    'oneOnOnes.overview': 'all',
    'oneOnOnes.list': forRep,
    // Agenda items carry over between a rep's meetings, so any of the rep's meetings may show the change.
    'oneOnOnes.get': cachedRep,
    'oneOnOnes.exportMarkdown': 'all',
    'oneOnOnes.prepBrief': forRep,
    // A focus set at a one-to-one changes the script suggested for it.
    'rolePlays.improvement': forRep,
    'search.query': 'all',
  },
  'oneOnOnes.notesSaved': {
    'oneOnOnes.get': (p, i, cached) =>
      // A private part the viewer may not read is null in their answer: nothing of it to refetch.
      i.id === p.id && (cached === undefined || (cached[p.part]?.revision ?? p.revision) < p.revision),
    'oneOnOnes.exportMarkdown': (p, i) => i.id === p.id,
    'search.query': 'all',
  },
  'commitments.changed': {
    'progress.rep': 'all',
    'progress.team': 'all',
    'progress.coaching': 'all',
    'progress.behaviour': 'all',
    'home.week': 'all',
    'commitments.list': forRep,
    'commitments.completion': forRep,
    'oneOnOnes.overview': 'all',
    'oneOnOnes.list': forRep,
    'oneOnOnes.get': cachedRep,
    'oneOnOnes.exportMarkdown': 'all',
    'oneOnOnes.prepBrief': forRep,
    'search.query': 'all',
  },
  'templates.changed': {
    'templates.list': 'all',
  },
  'callTypes.changed': {
    'callTypes.list': 'all',
    'callReviews.list': 'all',
    'callReviews.get': 'all',
    'scorecardTemplates.list': 'all',
  },
  'scorecardTemplates.changed': {
    'scorecardTemplates.list': 'all',
    'callReviews.get': 'all',
  },
  // Development goals: the rep's progress, the team view, a behaviour's breakdown and the prep brief.
  'progress.changed': {
    'progress.rep': forRep,
    'progress.team': 'all',
    'progress.behaviour': 'all',
    'oneOnOnes.prepBrief': forRep,
  },
  'sharePacks.changed': {
    'sharePacks.log': forRep,
    // The rep's own space: opened packs and what they wrote back (the event names no rep there).
    'sharePacks.opened': (p) => p.repIds.length === 0,
    'sharePacks.replyFile': (p) => p.repIds.length === 0,
  },
  'deals.changed': {
    'deals.handover': (p, i) => p.ids.includes(i.id),
    'dealReviews.list': 'all',
    'oneOnOnes.prepBrief': forRep,
    'deals.list': forRep,
    'deals.get': (p, i) => p.ids.includes(i.id),
    'deals.forTarget': 'all',
    'lostDeals.list': 'all',
    'lostDeals.get': (p, i) => p.ids.includes(i.dealId),
    'lostDeals.dashboard': 'all',
  },
  'lossReasons.changed': {
    'lossReasons.list': 'all',
    'lossReasons.history': (p, i) => p.ids.includes(i.id),
    // A renamed reason shows its name now beside the name a deal was recorded with.
    'lostDeals.list': 'all',
    'lostDeals.get': 'all',
    'lostDeals.dashboard': 'all',
  },
  'lostDeals.changed': {
    'lostDeals.list': 'all',
    'lostDeals.get': (p, i) => p.ids.includes(i.dealId),
    'lostDeals.dashboard': 'all',
    // Open action items of a retrospective are in the rep's prep brief.
    'oneOnOnes.prepBrief': forRep,
  },
  'dealReviews.changed': {
    'dealReviews.list': (p, i) => p.oneOnOneIds.includes(i.oneOnOneId),
    'oneOnOnes.prepBrief': forRep,
  },
  'deals.criteriaChanged': {
    'deals.list': 'all',
    'deals.get': 'all',
    'deals.forTarget': 'all',
    'deals.exitCriteria': 'all',
    'dealReviews.list': 'all',
    'deals.handover': 'all',
  },
  // A review's details, versions, annotations, replies or checklist.
  'proposals.changed': {
    'proposals.list': forRep,
    'proposals.get': (p, i) => p.ids.includes(i.id),
    'proposals.compare': 'all',
    'proposals.export': (p, i) => p.ids.includes(i.id),
  },
  'rolePlays.changed': {
    'rolePlays.list': 'all',
    'rolePlays.get': (p, i) => p.ids.includes(i.id),
    'rolePlays.export': (p, i) => i.ids.some((id) => p.ids.includes(id)),
    // Suggestions name scripts, and leave archived ones out.
    'rolePlays.improvement': 'all',
  },
  'rolePlays.attemptsChanged': {
    // The version practised now counts an attempt (its next edit makes a new version).
    'rolePlays.get': (p, i) => p.scriptIds.includes(i.id),
    'rolePlays.attempts': forRep,
    'rolePlays.improvement': forRep,
    'oneOnOnes.prepBrief': forRep,
  },
  'search.rebuilt': {
    'search.query': 'all',
  },
  'backups.changed': {
    'backups.status': 'all',
  },
} satisfies Rules;

/** Reads no write can make stale: facts about this launch, and pure functions of their input. */
const NEVER_STALE = ['app.info'] as const satisfies readonly QueryName[];

type Covered =
  | { [E in EventName]: keyof (typeof invalidations)[E] }[EventName]
  | (typeof NEVER_STALE)[number];
type Uncovered = Exclude<QueryName, Covered>;
/** Fails to compile, naming the reads, when a query is in neither the table nor NEVER_STALE. */
const everyReadIsCovered: [Uncovered] extends [never] ? true : { addToInvalidations: Uncovered } = true;
void everyReadIsCovered;

/** What invalidateFor needs of TanStack's QueryClient (typed here so Node tests need not load React). */
export interface ReadCache {
  getQueryCache(): {
    findAll(filters: {
      queryKey: readonly unknown[];
    }): { queryKey: readonly unknown[]; state: { data: unknown } }[];
  };
  invalidateQueries(filters: { queryKey: readonly unknown[]; exact: true }): Promise<void>;
}

/** Marks stale every cached read the event touches; those on screen refetch. Returns how many. */
export function invalidateFor(queryClient: ReadCache, event: AppEvent): number {
  const rules = invalidations[event.name] as Record<string, Rule<EventName, QueryName> | undefined>;
  let count = 0;
  for (const [method, rule] of Object.entries(rules)) {
    if (!rule) continue;
    for (const query of queryClient.getQueryCache().findAll({ queryKey: [method] })) {
      const input = query.queryKey[1] as never;
      const stale = rule === 'all' || rule(event.payload as never, input, query.state.data as never);
      if (!stale) continue;
      count += 1;
      void queryClient.invalidateQueries({ queryKey: query.queryKey, exact: true });
    }
  }
  return count;
}
