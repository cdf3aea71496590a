import { z } from 'zod';
import { idSchema } from './common';

/** Pushed from the core to every window after a mutation commits. Named `domain.pastTense`. */
export const eventSchemas = {
  'people.changed': z.object({ ids: z.array(idSchema) }),
  'library.changed': z.object({ ids: z.array(idSchema) }),
  'observations.changed': z.object({ ids: z.array(idSchema), repIds: z.array(idSchema) }),
  'notes.changed': z.object({ ids: z.array(idSchema) }),
  /** Who is using this copy changed: every answer may differ now. */
  'workspace.changed': z.object({}),
  'callReviews.changed': z.object({ ids: z.array(idSchema), repIds: z.array(idSchema) }),
  'oneOnOnes.changed': z.object({ ids: z.array(idSchema), repIds: z.array(idSchema) }),
};
export type EventName = keyof typeof eventSchemas;
export type EventPayload<E extends EventName> = z.infer<(typeof eventSchemas)[E]>;
export interface AppEvent<E extends EventName = EventName> {
  name: E;
  payload: EventPayload<E>;
}
