import { AppError } from '../../../shared/contract/errors';
import type { ParsedInputOf } from '../../../shared/contract';
import { formatFilePath, readRolePlayFile } from '../../../shared/domain/role-play-file';
import type { PreparedResult, PreviewOf } from '../prepare/types';

type Input = ParsedInputOf<'rolePlays.prepareImport'>;
type Preview = PreviewOf<'rolePlays.prepareImport'>;

/**
 * The prepare job of rolePlays.prepareImport, run in the import worker: reads the JSON and checks the
 * file's shape and how each script's beats hang together. It keeps the text (the commit reads it again
 * in a moment, cheaper than cloning the parsed tree) and answers the scripts it found, or every problem
 * with where it is.
 */
export function prepareScriptImport(input: Input): PreparedResult<Preview, { json: string }> {
  const read = readRolePlayFile(input.json);
  if ('issues' in read) {
    const first = read.issues[0]!;
    const where = formatFilePath(first.path);
    throw new AppError(
      'INVALID_INPUT',
      `The script file has ${read.issues.length === 1 ? 'a problem' : `${read.issues.length} problems`}, so nothing can be imported. ${read.issues.length > 1 ? 'First: ' : ''}${where ? `${where}: ` : ''}${first.message}`,
      { issues: read.issues },
    );
  }
  return {
    preview: {
      scripts: read.file.scripts.map((s) => ({
        title: s.title,
        beatCount: s.beats.length,
        rubricCount: s.rubric.length,
      })),
    },
    kept: { json: input.json },
    bytes: input.json.length * 2,
    transfer: [],
  };
}
