import { z } from 'zod';

/**
 * A query reads; a mutation writes. The dispatcher runs mutations one at a time,
 * each inside a single SQLite transaction, so a failure never leaves half a write.
 * A prepare is the first phase of an import (transcripts, documents, CSV, share packs): it reads and
 * checks a file in a worker thread, outside the queue and outside any transaction, keeps the result in
 * memory and answers a preview with a `preparedId`; a mutation then commits that id in one short
 * transaction. It writes nothing and reads no database.
 */
export type MethodKind = 'query' | 'mutation' | 'prepare';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  kind: MethodKind;
  summary: string;
  input: I;
  output: O;
  /** A prepare's message for a preparedId that is gone (see `prepare`). */
  expired?: string;
}

export function query<I extends z.ZodType, O extends z.ZodType>(summary: string, input: I, output: O) {
  return { kind: 'query', summary, input, output } as const satisfies MethodSpec<I, O>;
}

export function mutation<I extends z.ZodType, O extends z.ZodType>(summary: string, input: I, output: O) {
  return { kind: 'mutation', summary, input, output } as const satisfies MethodSpec<I, O>;
}

/** The answer every prepare adds to its preview: the id a mutation commits, and until when it can. */
export const preparedSchema = z.object({
  preparedId: z.string().min(1),
  /** After this instant the prepared result is gone and the file must be chosen again. */
  expiresAt: z.string(),
});

/**
 * The first phase of an import. `expired` is what its commit answers for a preparedId that is unknown,
 * expired or pushed out by newer previews ("The transcript preview expired; choose the file again.").
 */
export function prepare<I extends z.ZodType, S extends z.ZodRawShape>(
  summary: string,
  input: I,
  preview: z.ZodObject<S>,
  expired: string,
) {
  return {
    kind: 'prepare',
    summary,
    input,
    output: z.object({ ...preview.shape, ...preparedSchema.shape }),
    expired,
  } as const satisfies MethodSpec;
}
