import { z } from 'zod';
import { idSchema } from './common';
import type { Contract, MethodName } from './index';

const ids = z.array(idSchema);

/**
 * Pushed from the core to every window after a mutation commits. Named `domain.pastTense`.
 *
 * Each event says as precisely as is cheap what changed, because the renderer refetches from it
 * (`renderer/api/invalidation.ts`): an autosave that announced "the whole one-to-one changed" would make
 * every open screen about that rep reload on every keystroke pause.
 */
export const eventSchemas = {
  'people.changed': z.object({ ids }),
  /** Behaviours, stages or competencies. */
  'library.changed': z.object({ ids }),
  /**
   * Observations created, edited, re-anchored or deleted; `repIds` are the reps they are about.
   * `countsChanged` is false when observations were only edited in place (a quote refreshed by an
   * autosave, an anchor lost, a date moved), so per-behaviour counts did not move.
   */
  'observations.changed': z.object({ ids, repIds: ids, countsChanged: z.boolean() }),
  /** A note was created or saved; `revisions` maps each note id to its revision after the write. */
  'notes.changed': z.object({ ids, repIds: ids, revisions: z.record(idSchema, z.number().int()) }),
  /** Who is using this copy changed: every answer may differ now. */
  'workspace.changed': z.object({}),
  /**
   * A call review's details, speakers, scorecard or annotations changed. `revisions` is there when the
   * review itself was written (its revision after the write); annotations change no revision.
   */
  'callReviews.changed': z.object({
    ids,
    repIds: ids,
    revisions: z.record(idSchema, z.number().int()).optional(),
  }),
  'callReviews.keywordsChanged': z.object({}),
  /**
   * A one-to-one's date, status, agenda or focus changed, or one was created (`ids`), or a rep's cadence
   * was set (`ids` empty). Not sent for notes: see `oneOnOnes.notesSaved`.
   */
  'oneOnOnes.changed': z.object({ ids, repIds: ids }),
  /** The shared or private notes of a one-to-one were saved, now at `revision`. */
  'oneOnOnes.notesSaved': z.object({
    id: idSchema,
    repId: idSchema,
    part: z.enum(['shared', 'private']),
    revision: z.number().int(),
  }),
  'commitments.changed': z.object({ ids, oneOnOneIds: ids, repIds: ids }),
  'templates.changed': z.object({ ids }),
  'callTypes.changed': z.object({ ids }),
  'scorecardTemplates.changed': z.object({ ids }),
  /** Development goals: the ids of the goals and the reps they belong to. */
  'progress.changed': z.object({ ids, repIds: ids }),
  /**
   * Share packs: an export or a reply import for the reps named (the manager's log), or, with `repIds`
   * empty, a pack opened or answered in the rep's own space.
   */
  'sharePacks.changed': z.object({ repIds: ids }),
  /** Deals: their facts, history, card, contacts or links; `repIds` are the reps whose deals they are. */
  'deals.changed': z.object({ ids, repIds: ids }),
  /** A stage's exit criteria changed: every deal's flags may differ. */
  'deals.criteriaChanged': z.object({ ids }),
  /** Deal reviews of one-to-ones: picked, recorded, committed to, or a finding added. */
  'dealReviews.changed': z.object({ ids, oneOnOneIds: ids, repIds: ids }),
  /** Loss reasons created, renamed, archived or reordered. */
  'lossReasons.changed': z.object({ ids }),
  /** A lost deal's loss record, retrospective, timeline or action items; `ids` are deal ids. */
  'lostDeals.changed': z.object({ ids, repIds: ids }),
  /** Proposal reviews: details, versions, annotations or checklists of these reviews changed. */
  'proposals.changed': z.object({ ids, repIds: ids }),
  /** Role-play scripts created, edited (a new version or in place), archived or imported. */
  'rolePlays.changed': z.object({ ids }),
  /** Practice attempts recorded: their ids, the reps they are about and the scripts they ran. */
  'rolePlays.attemptsChanged': z.object({ ids, repIds: ids, scriptIds: ids }),
  /** The search index was rebuilt from the records: any search may answer differently. */
  'search.rebuilt': z.object({ records: z.number().int().nonnegative() }),
  /** A backup was taken, the backup folder changed, or a restore was chosen or cancelled. */
  'backups.changed': z.object({}),
};
export type EventName = keyof typeof eventSchemas;
export type EventPayload<E extends EventName> = z.infer<(typeof eventSchemas)[E]>;
export interface AppEvent<E extends EventName = EventName> {
  name: E;
  payload: EventPayload<E>;
}

export type MutationName = {
  [M in MethodName]: Contract[M]['kind'] extends 'mutation' ? M : never;
}[MethodName];
/** Reads: what screens cache. An import's first phase (`prepare`) is not one: it reads a file, not the data. */
export type QueryName = {
  [M in MethodName]: Contract[M]['kind'] extends 'query' ? M : never;
}[MethodName];

/**
 * The events each mutation may emit: a new mutation does not compile until it says what it announces,
 * and the dispatcher refuses (as an internal error, rolling the write back) a handler that emits an
 * event its mutation did not declare. Whoever reads a domain learns of every write to it this way.
 */
export const mutationEvents = {
  'people.create': ['people.changed'],
  'people.update': ['people.changed'],
  'people.archive': ['people.changed'],
  'people.unarchive': ['people.changed'],
  'workspace.claim': ['workspace.changed', 'people.changed'],
  'workspace.switch': ['workspace.changed'],
  'behaviours.create': ['library.changed'],
  'behaviours.update': ['library.changed'],
  'behaviours.reorder': ['library.changed'],
  'behaviours.archive': ['library.changed'],
  'behaviours.unarchive': ['library.changed'],
  'behaviours.merge': ['library.changed', 'observations.changed'],
  'behaviours.delete': ['library.changed'],
  'observations.create': ['observations.changed', 'callReviews.changed'],
  'observations.update': ['observations.changed', 'callReviews.changed'],
  'observations.unanchor': ['observations.changed', 'callReviews.changed'],
  'observations.reply': ['observations.changed', 'callReviews.changed'],
  'observations.delete': ['observations.changed', 'callReviews.changed'],
  'notes.create': ['notes.changed'],
  'notes.save': ['notes.changed', 'observations.changed'],
  'oneOnOnes.setCadence': ['oneOnOnes.changed'],
  'oneOnOnes.create': ['oneOnOnes.changed', 'observations.changed'],
  'oneOnOnes.update': ['oneOnOnes.changed'],
  'oneOnOnes.saveNotes': ['oneOnOnes.notesSaved', 'observations.changed'],
  'oneOnOnes.setFocus': ['oneOnOnes.changed'],
  'oneOnOnes.addToNext': ['oneOnOnes.changed'],
  'progress.createGoal': ['progress.changed'],
  'progress.updateGoal': ['progress.changed'],
  'progress.deleteGoal': ['progress.changed'],
  'callReviews.create': ['callReviews.changed'],
  'callReviews.update': ['callReviews.changed', 'observations.changed'],
  'callReviews.assignSpeaker': ['callReviews.changed'],
  'callReviews.dismissMoment': ['callReviews.changed'],
  'callReviews.annotate': ['observations.changed', 'callReviews.changed'],
  'callReviews.saveScorecard': ['callReviews.changed', 'observations.changed'],
  'callReviews.setKeywords': ['callReviews.keywordsChanged'],
  'agenda.add': ['oneOnOnes.changed'],
  'agenda.update': ['oneOnOnes.changed'],
  'agenda.remove': ['oneOnOnes.changed'],
  'agenda.applyTemplate': ['oneOnOnes.changed'],
  'templates.save': ['templates.changed'],
  'commitments.create': ['commitments.changed'],
  'commitments.update': ['commitments.changed'],
  'commitments.setStatus': ['commitments.changed'],
  'callTypes.save': ['callTypes.changed'],
  'scorecardTemplates.save': ['scorecardTemplates.changed'],
  'library.import': ['library.changed'],
  'stages.create': ['library.changed'],
  'stages.update': ['library.changed'],
  'stages.reorder': ['library.changed'],
  'competencies.create': ['library.changed'],
  'competencies.update': ['library.changed'],
  'sharePacks.export': ['sharePacks.changed'],
  'sharePacks.open': ['sharePacks.changed'],
  'sharePacks.respond': ['sharePacks.changed'],
  'sharePacks.importReplies': [
    'sharePacks.changed',
    'observations.changed',
    'callReviews.changed',
    'oneOnOnes.changed',
  ],
  'deals.create': ['deals.changed'],
  'deals.update': ['deals.changed'],
  'deals.move': ['deals.changed'],
  'deals.close': ['deals.changed'],
  'deals.link': ['deals.changed'],
  'deals.unlink': ['deals.changed'],
  'deals.saveAnswer': ['deals.changed'],
  'deals.clearAnswer': ['deals.changed'],
  'deals.saveContacts': ['deals.changed'],
  'deals.saveExitCriteria': ['deals.criteriaChanged'],
  'deals.import': ['deals.changed', 'lostDeals.changed'],
  'dealReviews.add': ['dealReviews.changed', 'deals.changed'],
  'dealReviews.remove': ['dealReviews.changed', 'deals.changed'],
  'dealReviews.save': ['dealReviews.changed', 'deals.changed'],
  'dealReviews.commit': ['dealReviews.changed', 'deals.changed', 'commitments.changed'],
  'dealReviews.addFinding': ['dealReviews.changed', 'deals.changed', 'observations.changed'],
  'lossReasons.create': ['lossReasons.changed'],
  'lossReasons.update': ['lossReasons.changed'],
  'lossReasons.archive': ['lossReasons.changed'],
  'lossReasons.unarchive': ['lossReasons.changed'],
  'lossReasons.reorder': ['lossReasons.changed'],
  'lostDeals.saveQuickForm': ['lostDeals.changed'],
  'lostDeals.recordView': ['lostDeals.changed'],
  'lostDeals.saveRetrospective': ['lostDeals.changed', 'observations.changed'],
  'lostDeals.saveTimeline': ['lostDeals.changed'],
  'lostDeals.saveActions': ['lostDeals.changed'],
  'proposals.create': ['proposals.changed'],
  'proposals.update': ['proposals.changed'],
  'proposals.addVersion': ['proposals.changed', 'observations.changed'],
  'proposals.annotate': ['proposals.changed', 'observations.changed'],
  'proposals.reanchor': ['proposals.changed', 'observations.changed'],
  'proposals.reply': ['proposals.changed'],
  'proposals.resolve': ['proposals.changed'],
  'proposals.deleteAnnotation': ['proposals.changed'],
  'proposals.saveChecklist': ['proposals.changed', 'observations.changed'],
  'rolePlays.save': ['rolePlays.changed'],
  'rolePlays.archive': ['rolePlays.changed'],
  'rolePlays.duplicate': ['rolePlays.changed'],
  'rolePlays.import': ['rolePlays.changed'],
  'rolePlays.recordAttempt': ['rolePlays.attemptsChanged', 'rolePlays.changed', 'observations.changed'],
  'search.rebuild': ['search.rebuilt'],
  'backups.create': ['backups.changed'],
  'backups.setFolder': ['backups.changed'],
  'backups.restore': ['backups.changed'],
  'backups.cancelRestore': ['backups.changed'],
} as const satisfies { [M in MutationName]: readonly EventName[] };
