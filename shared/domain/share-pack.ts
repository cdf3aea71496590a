import { z } from 'zod';
import { isRealCalendarDate } from '../dates';
import { richTextProblem } from '../rich-text/schema';

/**
 * The two files that carry a rep's coaching between two copies of Coachbench without a server
 * (docs/share-pack.md describes them field by field):
 *
 * - the share pack: what one manager shared with one rep, written by `sharePacks.export` and opened
 *   read-only into the rep's own copy;
 * - the reply file: what the rep answered (replies, self-assessments, talking points), written in the
 *   rep's copy and imported by the manager.
 *
 * Both are JSON (UTF-8, uncompressed, so the rep can read exactly what left the manager's computer).
 * Bump a version only with a reader for the old one.
 */
export const SHARE_PACK_FORMAT = 'coachbench-share-pack';
export const SHARE_PACK_VERSION = 1;
export const SHARE_REPLY_FORMAT = 'coachbench-share-reply';
export const SHARE_REPLY_VERSION = 1;
/** Both files are refused past this size, before they are parsed. */
export const SHARE_FILE_MAX_BYTES = 20_000_000;

const id = z
  .string({ error: 'must be an id (text)' })
  .min(1, 'an id is empty')
  .max(64, 'an id is longer than 64 characters');
const name = z.string({ error: 'must be text' }).min(1, 'is empty').max(200, 'is longer than 200 characters');
const text = (max: number) =>
  z.string({ error: 'must be text' }).max(max, `is longer than ${max} characters`);
const date = z
  .string({ error: 'must be a date like 2026-03-14' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date like 2026-03-14', abort: true })
  .refine(isRealCalendarDate, 'is a date that does not exist');
const instant = z.iso.datetime({ offset: false, error: 'must be an instant like 2026-03-14T09:00:00.000Z' });
const level = z.number({ error: 'must be a level from 1 to 4' }).int().min(1).max(4);
const richText = z
  .custom<{ type: 'doc'; content?: unknown[] }>(() => true)
  .superRefine((doc, ctx) => {
    const problem = richTextProblem(doc);
    if (problem) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  });

const packBehaviour = z
  .object({
    id,
    name,
    definition: text(400),
    competency: name,
    rubric: z.tuple([text(400), text(400), text(400), text(400)], { error: 'must list four levels' }),
  })
  .strict();

const packReply = z
  .object({
    authorName: name,
    stance: z.enum(['agree', 'differ']),
    selfLevel: level.nullable(),
    text: text(2000),
    createdAt: instant,
  })
  .strict();

/** What kind of feedback an observation is, in the rep's words. */
export const PACK_OBSERVATION_KINDS = ['annotation', 'scorecard-line', 'observation'] as const;

const packObservation = z
  .object({
    id,
    kind: z.enum(PACK_OBSERVATION_KINDS),
    behaviourId: id,
    observedOn: date,
    level: level.nullable(),
    verdict: z.enum(['strength', 'gap']).nullable(),
    evidence: text(4000).nullable(),
    comment: text(4000).nullable(),
    annotationType: z.enum(['strength', 'missed-opportunity', 'try-instead', 'question']).nullable(),
    sourceKind: z.string().max(40),
    /** The call, one-to-one or note it came from, when the pack holds it (calls and one-to-ones). */
    sourceId: id.nullable(),
    sourceTitle: text(400).nullable(),
    /** Where in the call's recording, for an annotation. */
    startMs: z.number().int().nonnegative().nullable(),
    authorName: name.nullable(),
    replies: z.array(packReply),
  })
  .strict();

const packOneOnOne = z
  .object({
    id,
    date,
    status: z.enum(['scheduled', 'held', 'cancelled']),
    /** The shared notes only: a manager's private notes never leave their copy. */
    sharedNotes: richText.nullable(),
    agenda: z.array(
      z.object({ id, text: text(2000), author: z.enum(['manager', 'rep']), done: z.boolean() }).strict(),
    ),
    focusBehaviourIds: z.array(id),
    commitments: z.array(
      z
        .object({
          id,
          text: text(2000),
          owner: z.enum(['rep', 'manager']),
          dueOn: date.nullable(),
          status: z.enum(['open', 'done', 'dropped']),
          closedOn: date.nullable(),
        })
        .strict(),
    ),
  })
  .strict();

export const sharePackSchema = z
  .object({
    format: z.literal(SHARE_PACK_FORMAT, {
      error: `This is not a Coachbench share pack (format must be "${SHARE_PACK_FORMAT}")`,
    }),
    version: z.literal(SHARE_PACK_VERSION),
    packId: id,
    exportedAt: instant,
    manager: z.object({ id, name }).strict(),
    rep: z.object({ id, name }).strict(),
    behaviours: z.array(packBehaviour),
    oneOnOnes: z.array(packOneOnOne),
    calls: z.array(z.object({ id, date, account: name, callType: name.nullable() }).strict()),
    observations: z.array(packObservation),
    goals: z.array(
      z
        .object({
          behaviourId: id,
          targetLevel: level,
          setOn: date,
          dueOn: date,
          note: text(2000).nullable(),
        })
        .strict(),
    ),
  })
  .strict()
  .superRefine((pack, ctx) => {
    // Every reference inside the pack leads to something in it: the rep's copy has nothing else to look in.
    const behaviourIds = new Set(pack.behaviours.map((b) => b.id));
    const sources = new Set([...pack.calls.map((c) => c.id), ...pack.oneOnOnes.map((m) => m.id)]);
    pack.observations.forEach((o, i) => {
      if (!behaviourIds.has(o.behaviourId))
        ctx.addIssue({
          code: 'custom',
          path: ['observations', i, 'behaviourId'],
          message: `names behaviour "${o.behaviourId}", which is not in the pack's behaviours`,
        });
      if (o.sourceId !== null && !sources.has(o.sourceId))
        ctx.addIssue({
          code: 'custom',
          path: ['observations', i, 'sourceId'],
          message: `names "${o.sourceId}", which is neither a call nor a one-to-one in the pack`,
        });
    });
    pack.oneOnOnes.forEach((m, i) => {
      m.focusBehaviourIds.forEach((b, j) => {
        if (!behaviourIds.has(b))
          ctx.addIssue({
            code: 'custom',
            path: ['oneOnOnes', i, 'focusBehaviourIds', j],
            message: `names behaviour "${b}", which is not in the pack's behaviours`,
          });
      });
    });
    pack.goals.forEach((g, i) => {
      if (!behaviourIds.has(g.behaviourId))
        ctx.addIssue({
          code: 'custom',
          path: ['goals', i, 'behaviourId'],
          message: `names behaviour "${g.behaviourId}", which is not in the pack's behaviours`,
        });
    });
  });
export type SharePack = z.infer<typeof sharePackSchema>;
export type PackObservation = SharePack['observations'][number];
export type PackOneOnOne = SharePack['oneOnOnes'][number];

/**
 * The rep's answer. `about` repeats what each reply answers, as the pack said it, so an item the
 * manager has since deleted can still be listed in words.
 */
export const shareReplySchema = z
  .object({
    format: z.literal(SHARE_REPLY_FORMAT, {
      error: `This is not a Coachbench reply file (format must be "${SHARE_REPLY_FORMAT}")`,
    }),
    version: z.literal(SHARE_REPLY_VERSION),
    /** The pack it answers. */
    packId: id,
    writtenAt: instant,
    manager: z.object({ id, name }).strict(),
    rep: z.object({ id, name }).strict(),
    replies: z.array(
      z
        .object({
          id,
          observationId: id,
          about: text(400),
          stance: z.enum(['agree', 'differ']),
          selfLevel: level.nullable(),
          text: text(2000).min(1, 'is empty'),
          createdAt: instant,
        })
        .strict(),
    ),
    agendaPoints: z.array(
      z
        .object({
          id,
          oneOnOneId: id,
          about: text(400),
          text: text(2000).min(1, 'is empty'),
          createdAt: instant,
        })
        .strict(),
    ),
  })
  .strict();
export type ShareReply = z.infer<typeof shareReplySchema>;

/** How much a pack holds, as its preview and the export log say. */
export function packCounts(pack: SharePack) {
  return {
    oneOnOnes: pack.oneOnOnes.length,
    observations: pack.observations.length,
    calls: pack.calls.length,
    commitments: pack.oneOnOnes.reduce((n, m) => n + m.commitments.length, 0),
    behaviours: pack.behaviours.length,
    goals: pack.goals.length,
  };
}

/** One problem in a file: where (`observations[3].level`) and what. */
export interface FileProblem {
  path: (string | number)[];
  message: string;
}

export function formatFilePath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : String(part)),
    '',
  );
}

/**
 * Reads a share file: JSON, the right format, a version this build reads, and every field as the
 * schema says. Returns the file or every problem found (at most 20), each with its place.
 */
export function readShareFile<S extends z.ZodType>(
  content: string,
  schema: S,
  format: string,
  version: number,
  what: string,
): { ok: true; value: z.infer<S> } | { ok: false; problems: FileProblem[] } {
  let raw: unknown;
  try {
    // A byte-order mark (added by some editors on Windows) is not part of the JSON.
    raw = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: [], message: `The ${what} is not valid JSON (${(error as Error).message}).` }],
    };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, problems: [{ path: [], message: `The ${what} is not a JSON object.` }] };
  const head = raw as { format?: unknown; version?: unknown };
  if (head.format !== format)
    return {
      ok: false,
      problems: [
        { path: ['format'], message: `This is not a Coachbench ${what} (format must be "${format}").` },
      ],
    };
  if (head.version !== version)
    return {
      ok: false,
      problems: [
        {
          path: ['version'],
          message:
            typeof head.version === 'number' && head.version > version
              ? `This ${what} is version ${head.version}, from a newer Coachbench; this one reads version ${version}.`
              : `Version ${String(head.version)} is not a ${what} version Coachbench knows.`,
        },
      ],
    };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.slice(0, 20).map((issue) => ({
      path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
      message: issue.message,
    })),
  };
}
