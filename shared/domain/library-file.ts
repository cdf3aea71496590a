import { z } from 'zod';
import { METHODOLOGIES } from './default-library';

/** The shareable behaviour-library file. Bump the version only with a reader for the old one. */
export const LIBRARY_FILE_FORMAT = 'coachbench-behaviour-library';
export const LIBRARY_FILE_VERSION = 1;

const text = (max: number, label: string) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .min(1, `${label} is empty`)
    .max(max, `${label} is longer than ${max} characters`);
const id = z
  .string({ error: 'id must be text' })
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/,
    'id must be 1–64 letters, digits, dots, colons, dashes or underscores',
  );

const taxonomyItem = z
  .object({ id, name: text(80, 'name'), description: z.string().max(400).nullable().default(null) })
  .strict();

export const libraryFileSchema = z
  .object({
    format: z.literal(LIBRARY_FILE_FORMAT, {
      error: `This is not a Coachbench behaviour library (format must be "${LIBRARY_FILE_FORMAT}")`,
    }),
    version: z.number({ error: 'version must be a number' }),
    exportedAt: z.string().optional(),
    stages: z.array(taxonomyItem, { error: 'stages must be a list' }),
    competencies: z.array(taxonomyItem, { error: 'competencies must be a list' }),
    behaviours: z.array(
      z
        .object({
          id,
          name: text(80, 'name'),
          definition: text(400, 'definition'),
          competencyId: id,
          stageIds: z.array(id).min(1, 'a behaviour needs at least one stage'),
          methodologies: z
            .array(z.enum(METHODOLOGIES as unknown as ['MEDDPICC', 'SPIN', 'Challenger', 'Sandler', 'BANT']))
            .default([]),
          rubric: z.tuple(
            [text(400, 'level 1'), text(400, 'level 2'), text(400, 'level 3'), text(400, 'level 4')],
            {
              error: 'A rubric has exactly four levels',
            },
          ),
          archived: z.boolean().default(false),
        })
        .strict(),
      { error: 'behaviours must be a list' },
    ),
  })
  .strict();
export type LibraryFile = z.infer<typeof libraryFileSchema>;
export type LibraryFileInput = z.input<typeof libraryFileSchema>;
