import { z } from 'zod';
import { emptyInput, idSchema, isoDateSchema } from './common';
import { mutation, query } from './define';

/**
 * What a search finds, one result group each. Later domains (proposals, retrospectives, role-play
 * scripts) append their kind here and a target below, then register a source in
 * db/repositories/search.ts (see docs/architecture.md, "Search").
 */
export const SEARCH_KINDS = [
  'note',
  'oneOnOneNotes',
  'agendaItem',
  'commitment',
  'observation',
  'annotation',
  'transcript',
  'behaviour',
] as const;
export const searchKindSchema = z.enum(SEARCH_KINDS, { error: 'Unknown kind of result' });
export type SearchKind = z.infer<typeof searchKindSchema>;

/** Where a result opens: the exact place, down to the transcript line. */
export const searchTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('note'), repId: idSchema, noteId: idSchema }),
  z.object({ kind: z.literal('oneOnOneNotes'), oneOnOneId: idSchema, part: z.enum(['shared', 'private']) }),
  z.object({ kind: z.literal('agendaItem'), oneOnOneId: idSchema, agendaItemId: idSchema }),
  z.object({ kind: z.literal('commitment'), oneOnOneId: idSchema, commitmentId: idSchema }),
  z.object({ kind: z.literal('observation'), repId: idSchema, observationId: idSchema }),
  z.object({ kind: z.literal('annotation'), callReviewId: idSchema, observationId: idSchema }),
  z.object({
    kind: z.literal('transcript'),
    callReviewId: idSchema,
    /** The line's index in the transcript. */
    segment: z.number().int().nonnegative(),
    startMs: z.number().int().nonnegative().nullable(),
  }),
  z.object({ kind: z.literal('behaviour'), behaviourId: idSchema }),
]);
export type SearchTarget = z.infer<typeof searchTargetSchema>;

/**
 * A stretch of a snippet: the words that matched are `match: true`. Plain text, never markup, so a note
 * holding `<script>` is shown as those characters (shared/domain/search-snippet.ts cuts them).
 */
export const snippetPartSchema = z.object({ text: z.string(), match: z.boolean() });
export type SnippetPart = z.infer<typeof snippetPartSchema>;

export const searchResultSchema = z.object({
  /** The index document's id: stable until the record is edited or the index rebuilt. */
  id: z.string(),
  kind: searchKindSchema,
  /** The record's title (a note's, a behaviour's name, a transcript line's speaker), matches marked. */
  title: z.array(snippetPartSchema),
  repId: idSchema.nullable(),
  repName: z.string().nullable(),
  occurredOn: isoDateSchema.nullable(),
  snippet: z.array(snippetPartSchema),
  target: searchTargetSchema,
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export const searchGroupSchema = z.object({
  kind: searchKindSchema,
  /** Every visible match of this kind; `results` holds the best `limitPerKind` of them. */
  total: z.number().int().nonnegative(),
  /**
   * True when the search stopped at the newest matches it looks at (SEARCH_CAP, a few thousand): there
   * may be older ones, and `total` counts only those looked at. More words or a filter narrow it.
   */
  more: z.boolean(),
  results: z.array(searchResultSchema),
});
export type SearchGroup = z.infer<typeof searchGroupSchema>;

export const SEARCH_TEXT_MAX = 200;

export const searchQueryInputSchema = z
  .object({
    text: z
      .string({ error: 'Type something to search for' })
      .max(SEARCH_TEXT_MAX, `A search can be at most ${SEARCH_TEXT_MAX} characters`),
    kinds: z.array(searchKindSchema).max(SEARCH_KINDS.length).optional(),
    repId: idSchema.optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    limitPerKind: z.number().int().min(1).max(100).default(20),
  })
  .strict()
  .refine((i) => i.from === undefined || i.to === undefined || i.from <= i.to, {
    message: 'The start date must be on or before the end date',
    path: ['to'],
  });

export const searchMethods = {
  'search.query': query(
    'Finds notes, agenda points, commitments, observations, transcript lines and behaviours by their words: each word matches as a prefix, accents ignored; results grouped by kind, best first, with the matching words marked. Private records of others are never found.',
    searchQueryInputSchema,
    z.object({
      groups: z.array(searchGroupSchema),
      /** Records still waiting to be indexed (a large history after an update or a rebuild): results may miss them. */
      indexing: z.number().int().nonnegative(),
    }),
  ),
  'search.rebuild': mutation(
    'Rebuilds the search index from the records themselves (repairs an index that drifted): a small history at once, a large one a batch at a time while the app goes on answering.',
    emptyInput,
    z.object({ records: z.number().int().nonnegative() }),
  ),
};
