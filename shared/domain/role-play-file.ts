import { z } from 'zod';
import { scriptFieldsShape } from './role-play-schemas';
import { type ScriptIssue, scriptIssues } from './role-play';

/** The shareable role-play script file. Bump the version only with a reader for the old one. */
export const ROLE_PLAY_FILE_FORMAT = 'coachbench-role-play-scripts';
export const ROLE_PLAY_FILE_VERSION = 1;

export const rolePlayFileSchema = z
  .object({
    format: z.literal(ROLE_PLAY_FILE_FORMAT, {
      error: `This is not a Coachbench role-play file (format must be "${ROLE_PLAY_FILE_FORMAT}")`,
    }),
    version: z.literal(ROLE_PLAY_FILE_VERSION, {
      error: `This file is version ${ROLE_PLAY_FILE_VERSION} of the format only; it may come from a newer Coachbench`,
    }),
    exportedAt: z.string().optional(),
    scripts: z
      .array(
        z
          .object({
            ...scriptFieldsShape,
            // Only its outline here: the core checks the document against the rich-text schema on commit.
            situation: z
              .object({ type: z.literal('doc', { error: 'situation must be a rich-text document' }) })
              .passthrough(),
          })
          .strict(),
        { error: 'scripts must be a list' },
      )
      .min(1, 'The file holds no scripts')
      .max(200, 'At most 200 scripts in one file'),
  })
  .strict();
export type RolePlayFile = z.infer<typeof rolePlayFileSchema>;

/** `scripts[3].beats[0].next` — where in the file a problem is. */
export function formatFilePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, part) =>
      typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part),
    '',
  );
}

/**
 * Reads a script file: its JSON, its shape, and how each script's beats hang together. Every problem
 * comes back with where it is, so the whole file can be fixed in one go; nothing is read half.
 */
export function readRolePlayFile(json: string): { file: RolePlayFile } | { issues: ScriptIssue[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { issues: [{ path: [], message: `The file is not valid JSON (${(error as Error).message})` }] };
  }
  const parsed = rolePlayFileSchema.safeParse(raw);
  if (!parsed.success)
    return {
      issues: parsed.error.issues
        .slice(0, 50)
        .map((i) => ({ path: i.path as (string | number)[], message: i.message })),
    };
  const issues = parsed.data.scripts.flatMap((script, n) =>
    scriptIssues(script).map((i) => ({ path: ['scripts', n, ...i.path], message: i.message })),
  );
  return issues.length > 0 ? { issues } : { file: parsed.data };
}
