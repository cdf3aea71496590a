import { z } from 'zod';
import { mutation, query } from './define';
import { importReportSchema, librarySchema } from './behaviours';
import { emptyInput } from './common';

export const libraryMethods = {
  'library.get': query(
    'The whole library: stages, competencies and behaviours, in order.',
    emptyInput,
    librarySchema,
  ),
  'library.export': query(
    'The library as a versioned JSON file to share with other managers.',
    emptyInput,
    z.object({ fileName: z.string(), json: z.string() }),
  ),
  'library.import': mutation(
    'Merges a library file by stable id. With dryRun, reports what would change and writes nothing. Any problem: nothing is imported.',
    z
      .object({
        json: z.string().max(10_000_000, 'The file is larger than 10 MB'),
        dryRun: z.boolean().default(false),
      })
      .strict(),
    importReportSchema,
  ),
};
