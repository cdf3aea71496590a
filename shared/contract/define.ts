import type { z } from 'zod';

/**
 * A query reads; a mutation writes. The dispatcher runs mutations one at a time,
 * each inside a single SQLite transaction, so a failure never leaves half a write.
 */
export type MethodKind = 'query' | 'mutation';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  kind: MethodKind;
  summary: string;
  input: I;
  output: O;
}

export function query<I extends z.ZodType, O extends z.ZodType>(summary: string, input: I, output: O) {
  return { kind: 'query', summary, input, output } as const satisfies MethodSpec<I, O>;
}

export function mutation<I extends z.ZodType, O extends z.ZodType>(summary: string, input: I, output: O) {
  return { kind: 'mutation', summary, input, output } as const satisfies MethodSpec<I, O>;
}
