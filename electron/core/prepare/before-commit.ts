import type { MethodName, ParsedInputOf } from '../../../shared/contract';
import { readKeywords } from '../call-reviews/keywords';
import type { HandlerContext } from '../context';
import type { TranscriptRows, TranscriptRowsRequest } from '../transcripts/commit';
import type { PackedTranscript } from '../transcripts/prepare';
import type { CommitJob } from './jobs';
import type { PrepareMethod } from './types';

/**
 * Steps some commits take before their transaction, off the core's thread, so that the transaction (which
 * holds the one thread every call is served on) is only writing. Committing a 100,000-line transcript
 * encodes its rows and works out its metrics and moments: ~0.5 s of processor time, done in the import
 * worker while other calls go on being answered.
 *
 * A step must not write, and its answer must not decide anything the handler does not check again: it
 * runs outside the queue, so the database may change before the transaction. The dispatcher puts the
 * mutation in the queue once its step is done (so it is ordered as if sent then); if the step fails or
 * has nothing to do it answers undefined and the handler does the work in its transaction, as before.
 */
export interface BeforeCommitTools {
  /** The facts a read needs; the database must only be read. */
  context: Omit<HandlerContext, 'emit' | 'prepared'>;
  /** What a prepare kept under `preparedId`, still held for the commit; undefined if it is gone. */
  kept(method: PrepareMethod, preparedId: string): unknown;
  /** Runs a commit job (prepare/jobs.ts) in the import worker. */
  runJob(job: CommitJob, input: unknown): Promise<unknown>;
}

type BeforeCommit<M extends MethodName> = (
  input: ParsedInputOf<M>,
  tools: BeforeCommitTools,
) => Promise<unknown>;

/**
 * Below this many lines a transcript's rows are worked out in the transaction: the work costs about 12 ms
 * of processor time per 1,000 lines (profiled on the 100,000-line bench file), so up to ~60 ms here, and a
 * worker's start-up (tens of milliseconds, far more on a loaded machine) costs as much as a small call's
 * whole import (the two-hour, 3,000-line call's budget is 1 s).
 */
export const IN_PLACE_LINES = 5000;

/** What callReviews.create's step hands its handler: the participants' ids, and the transcript's rows for them. */
export interface CreateCallDerived {
  preparedId: string;
  participantIds: string[];
  rows: TranscriptRows;
}

const createCall: BeforeCommit<'callReviews.create'> = async (input, tools) => {
  const preparedId = input.transcript.preparedId;
  const packed = tools.kept('transcripts.prepare', preparedId) as PackedTranscript | undefined;
  if (!packed || packed.count < IN_PLACE_LINES) return undefined;
  // The ids the participants will have: the rows name who spoke each line by them.
  const participants = input.participants.map((p) => ({ id: tools.context.newId(), side: p.side }));
  const request: TranscriptRowsRequest = {
    packed,
    participants,
    mapping: input.speakerMap.map((entry) => [
      entry.speaker,
      entry.participant === null ? null : (participants[entry.participant]?.id ?? null),
    ]),
    keywords: readKeywords(tools.context),
  };
  const rows = (await tools.runJob('transcripts.rows', request)) as TranscriptRows;
  const derived: CreateCallDerived = { preparedId, participantIds: participants.map((p) => p.id), rows };
  return derived;
};

export const beforeCommitSteps: { [M in MethodName]?: BeforeCommit<M> } = {
  'callReviews.create': createCall,
};
