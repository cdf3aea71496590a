import { AppError, type ParsedInputOf } from '../../../shared/contract';
import {
  type FileProblem,
  formatFilePath,
  readShareFile,
  SHARE_PACK_FORMAT,
  SHARE_PACK_VERSION,
  SHARE_REPLY_FORMAT,
  SHARE_REPLY_VERSION,
  packCounts,
  type SharePack,
  type ShareReply,
  sharePackSchema,
  shareReplySchema,
} from '../../../shared/domain/share-pack';
import type { PreparedResult, PreviewOf } from '../prepare/types';

/*
 * The prepare jobs of share packs and reply files: they run in the import worker, so they read nothing
 * but the file (no database). What the file names is checked against this copy at commit.
 */

function refuse(what: string, problems: FileProblem[]): AppError {
  const first = problems[0]!;
  const where = formatFilePath(first.path);
  return new AppError(
    'INVALID_INPUT',
    `The ${what} has ${problems.length === 20 ? 'at least 20' : problems.length} problem(s), so nothing was opened. First: ${where ? `${where}: ` : ''}${first.message}`,
    {
      issues: problems.map((p) => ({
        path: p.path,
        message: `${formatFilePath(p.path) || 'file'}: ${p.message}`,
      })),
    },
  );
}

export function preparePackOpen(
  input: ParsedInputOf<'sharePacks.prepareOpen'>,
): PreparedResult<PreviewOf<'sharePacks.prepareOpen'>, SharePack> {
  const read = readShareFile(
    input.content,
    sharePackSchema,
    SHARE_PACK_FORMAT,
    SHARE_PACK_VERSION,
    'share pack',
  );
  if (!read.ok) throw refuse('share pack', read.problems);
  const pack = read.value;
  return {
    preview: {
      packId: pack.packId,
      managerName: pack.manager.name,
      repName: pack.rep.name,
      exportedAt: pack.exportedAt,
      counts: packCounts(pack),
    },
    kept: pack,
    bytes: input.content.length * 2,
    transfer: [],
  };
}

export function prepareReplyFile(
  input: ParsedInputOf<'sharePacks.prepareReplies'>,
): PreparedResult<PreviewOf<'sharePacks.prepareReplies'>, ShareReply> {
  const read = readShareFile(
    input.content,
    shareReplySchema,
    SHARE_REPLY_FORMAT,
    SHARE_REPLY_VERSION,
    'reply file',
  );
  if (!read.ok) throw refuse('reply file', read.problems);
  const file = read.value;
  return {
    preview: {
      packId: file.packId,
      managerName: file.manager.name,
      repId: file.rep.id,
      repName: file.rep.name,
      writtenAt: file.writtenAt,
      replies: file.replies.map((r) => ({ about: r.about, stance: r.stance, text: r.text })),
      agendaPoints: file.agendaPoints.map((p) => ({ about: p.about, text: p.text })),
    },
    kept: file,
    bytes: input.content.length * 2,
    transfer: [],
  };
}
