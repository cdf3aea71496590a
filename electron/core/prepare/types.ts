import type { Contract, MethodName, OutputOf, ParsedInputOf } from '../../../shared/contract';

/** The methods whose first phase is a prepare (`transcripts.prepare`, later documents, CSV, share packs). */
export type PrepareMethod = {
  [M in MethodName]: Contract[M]['kind'] extends 'prepare' ? M : never;
}[MethodName];

/** What a prepare answers before the dispatcher adds `preparedId` and `expiresAt`. */
export type PreviewOf<M extends PrepareMethod> = Omit<OutputOf<M>, 'preparedId' | 'expiresAt'>;

/**
 * What a prepare job hands back from its worker: the preview to answer, the result kept for the commit
 * (structured-cloneable; typed arrays in `transfer` move without a copy), and its size in bytes, for the
 * store's cap.
 */
export interface PreparedResult<Preview, Kept> {
  preview: Preview;
  kept: Kept;
  bytes: number;
  transfer: ArrayBuffer[];
}

/**
 * A prepare job: pure, with no database and no core context, so that it can run in a worker thread (or,
 * for start-up seeding only, in place). It throws (or rejects with) an AppError for a file it refuses.
 * A job may be asynchronous (mammoth and pdf.js are): the worker awaits it; running one in place
 * (`callNow`) needs a synchronous job.
 */
export type PrepareJob<M extends PrepareMethod, Kept = unknown> = (
  input: ParsedInputOf<M>,
) => PreparedResult<PreviewOf<M>, Kept> | Promise<PreparedResult<PreviewOf<M>, Kept>>;
