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
  /** The search index was rebuilt from the records: any search may answer differently. */
  'search.rebuilt': z.object({ documents: z.number().int().nonnegative() }),
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
  'search.rebuild': ['search.rebuilt'],
  'backups.create': ['backups.changed'],
  'backups.setFolder': ['backups.changed'],
  'backups.restore': ['backups.changed'],
  'backups.cancelRestore': ['backups.changed'],
} as const satisfies { [M in MutationName]: readonly EventName[] };
