import { transcriptRowsJob } from '../transcripts/commit';
import { prepareProposal } from '../proposals/prepare';
import { prepareTranscript } from '../transcripts/prepare';
import { preparePackOpen, prepareReplyFile } from '../share-packs/prepare';
import { prepareDealImport } from '../deals/import-prepare';
import { prepareScriptImport } from '../role-plays/prepare';
import type { PrepareJob, PrepareMethod } from './types';

/**
 * Every prepare job, by method: the worker entry (worker.ts) runs them, and nothing else is bundled into
 * it, so a job must not import the database or a handler. A prepare method the contract declares but
 * this table forgets fails to compile here.
 */
export const prepareJobs = {
  'transcripts.prepare': prepareTranscript,
  'sharePacks.prepareOpen': preparePackOpen,
  'sharePacks.prepareReplies': prepareReplyFile,
  'deals.prepareImport': prepareDealImport,
  'rolePlays.prepareImport': prepareScriptImport,
  'proposals.prepare': prepareProposal,
} satisfies { [M in PrepareMethod]: PrepareJob<M> };

/** What a prepare keeps for its commit: `ctx.prepared.use('transcripts.prepare', id)` returns this. */
export type KeptOf<M extends PrepareMethod> = Awaited<ReturnType<(typeof prepareJobs)[M]>>['kept'];

/**
 * Work a commit has done off the core's thread before its transaction (prepare/before-commit.ts): pure
 * like the prepare jobs, run by the same worker entry, answered as `kept`.
 */
export const commitJobs = {
  'transcripts.rows': transcriptRowsJob,
};

export type CommitJob = keyof typeof commitJobs;
