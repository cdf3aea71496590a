import { prepareTranscript } from '../transcripts/prepare';
import { prepareScriptImport } from '../role-plays/prepare';
import type { PrepareJob, PrepareMethod } from './types';

/**
 * Every prepare job, by method: the worker entry (worker.ts) runs them, and nothing else is bundled into
 * it, so a job must not import the database or a handler. A prepare method the contract declares but
 * this table forgets fails to compile here.
 */
export const prepareJobs = {
  'transcripts.prepare': prepareTranscript,
  'rolePlays.prepareImport': prepareScriptImport,
} satisfies { [M in PrepareMethod]: PrepareJob<M> };

/** What a prepare keeps for its commit: `ctx.prepared.use('transcripts.prepare', id)` returns this. */
export type KeptOf<M extends PrepareMethod> = ReturnType<(typeof prepareJobs)[M]>['kept'];
