import { AppError, type Observation } from '../../../shared/contract';
import {
  type PackObservation,
  SHARE_PACK_FORMAT,
  SHARE_PACK_VERSION,
  packCounts,
  type SharePack,
  sharePackSchema,
} from '../../../shared/domain/share-pack';
import { listAgenda } from '../../../db/repositories/agenda';
import { listBehaviours } from '../../../db/repositories/behaviours';
import { listCallReviewSummaries } from '../../../db/repositories/call-reviews';
import { listCommitments } from '../../../db/repositories/commitments';
import { listObservations } from '../../../db/repositories/observations';
import { listFocus, listOneOnOneSummaries, readNotes } from '../../../db/repositories/one-on-ones';
import { findPerson } from '../../../db/repositories/people';
import { listGoals } from '../../../db/repositories/progress';
import { insertPackExport, listPackExports, listReplyImports } from '../../../db/repositories/share-packs';
import { listTaxonomy } from '../../../db/repositories/taxonomy';
import { plainTextOf } from '../../../shared/rich-text/behaviour-tags';
import { today } from '../../../shared/dates';
import { nowIso, type ReadContext } from '../context';
import type { Handler } from '../registry';
import { accessOf } from '../services/access';

function kindOf(o: Observation): PackObservation['kind'] {
  if (o.annotationType !== null || o.anchor?.kind === 'transcript') return 'annotation';
  if (o.sourceKind === 'call-review') return 'scorecard-line';
  return 'observation';
}

/**
 * One rep's shared coaching history, as the share pack carries it. Only what is *shared* goes in: the
 * query asks for what the rep may read, and every record is checked again for `visibility: 'shared'`,
 * because the rep may read their own private records too and a pack must hold none. Private one-to-one
 * notes, private observations, private scorecard comments (the scorecard itself is not copied: its lines
 * travel as the shared observations they recorded) and notes never enter it.
 */
export function buildPack(
  ctx: ReadContext,
  repId: string,
  manager: { id: string; name: string },
  packId: string,
): SharePack {
  const rep = findPerson(ctx.db, repId)!;
  const observations = listObservations(ctx.db, {
    repId,
    visibleTo: { authorId: repId, sharedRepIds: [repId] },
  }).filter((o) => o.visibility === 'shared' && o.repId === repId);

  const asOf = today(ctx.clock);
  const oneOnOnes: SharePack['oneOnOnes'] = listOneOnOneSummaries(ctx.db, repId).map((m) => {
    const shared = readNotes(ctx.db, m.id, 'shared');
    return {
      id: m.id,
      date: m.date,
      status: m.status,
      sharedNotes: shared && plainTextOf(shared.doc).trim() !== '' ? shared.doc : null,
      agenda: listAgenda(ctx.db, m.id).map((a) => ({
        id: a.id,
        text: a.text,
        author: a.author,
        done: a.done,
      })),
      focusBehaviourIds: listFocus(ctx.db, m.id).map((f) => f.behaviourId),
      commitments: listCommitments(ctx.db, { oneOnOneId: m.id }, asOf).map((c) => ({
        id: c.id,
        text: c.text,
        owner: c.owner,
        dueOn: c.dueOn,
        status: c.status,
        closedOn: c.closedOn,
      })),
    };
  });
  const meetingIds = new Set(oneOnOnes.map((m) => m.id));

  const callIds = new Set(
    observations.filter((o) => o.sourceKind === 'call-review' && o.sourceId).map((o) => o.sourceId!),
  );
  const calls = listCallReviewSummaries(ctx.db, { repId })
    .filter((c) => callIds.has(c.id))
    .map((c) => ({ id: c.id, date: c.date, account: c.account, callType: c.callTypeName }));

  const goals = listGoals(ctx.db, repId).map((g) => ({
    behaviourId: g.behaviourId,
    targetLevel: g.targetLevel,
    setOn: g.setOn,
    dueOn: g.dueOn,
    note: g.note,
  }));

  const named = new Set([
    ...observations.map((o) => o.behaviourId),
    ...oneOnOnes.flatMap((m) => m.focusBehaviourIds),
    ...goals.map((g) => g.behaviourId),
  ]);
  const competencies = new Map(listTaxonomy(ctx.db, 'competency').map((c) => [c.id, c.name]));
  const behaviours = listBehaviours(ctx.db)
    .filter((b) => named.has(b.id))
    .map((b) => ({
      id: b.id,
      name: b.name,
      definition: b.definition,
      competency: competencies.get(b.competencyId) ?? 'Other',
      rubric: b.rubric,
    }));

  return {
    format: SHARE_PACK_FORMAT,
    version: SHARE_PACK_VERSION,
    packId,
    exportedAt: nowIso(ctx.clock),
    manager,
    rep: { id: rep.id, name: rep.name },
    behaviours,
    oneOnOnes,
    calls,
    observations: observations.map((o) => ({
      id: o.id,
      kind: kindOf(o),
      behaviourId: o.behaviourId,
      observedOn: o.observedOn,
      level: o.level,
      verdict: o.verdict,
      evidence: o.evidence,
      comment: o.comment,
      annotationType: o.annotationType,
      sourceKind: o.sourceKind,
      sourceId: o.sourceId && (callIds.has(o.sourceId) || meetingIds.has(o.sourceId)) ? o.sourceId : null,
      sourceTitle: o.sourceTitle,
      startMs: o.anchor?.kind === 'transcript' ? o.anchor.startMs : null,
      authorName: o.authorName,
      replies: o.replies.map((r) => ({
        authorName: r.authorName,
        stance: r.stance,
        selfLevel: r.selfLevel,
        text: r.text,
        createdAt: r.createdAt,
      })),
    })),
    goals,
  };
}

function fileSlug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'rep'
  );
}

export const exportPack: Handler<'sharePacks.export'> = (input, ctx) => {
  const access = accessOf(ctx);
  if (access.viewer === null)
    throw new AppError('CONFLICT', 'Say who you are (in Settings) before sharing: a pack names who sent it.');
  const rep = findPerson(ctx.db, input.repId);
  if (!rep) throw new AppError('NOT_FOUND', 'That person no longer exists.', { repId: input.repId });
  access.requireManages(rep.id, 'what is shared with them');
  if (rep.kind !== 'rep')
    throw new AppError('INVALID_INPUT', `${rep.name} is a manager; share packs are for reps.`);
  const manager = findPerson(ctx.db, access.viewer!.id)!;
  const packId = ctx.newId();
  const pack = buildPack(ctx, rep.id, { id: manager.id, name: manager.name }, packId);
  // The file the rep opens is checked there by this schema: refuse to write one it would refuse.
  const checked = sharePackSchema.safeParse(pack);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new AppError(
      'INTERNAL',
      `The share pack could not be written: ${issue.path.join('.')} ${issue.message}. Nothing was exported.`,
    );
  }
  const fileName = `coachbench-share-${fileSlug(rep.name)}-${pack.exportedAt.slice(0, 10)}.json`;
  const counts = packCounts(pack);
  insertPackExport(ctx.db, {
    id: packId,
    repId: rep.id,
    exportedBy: manager.id,
    exportedAt: pack.exportedAt,
    fileName,
    counts,
  });
  ctx.emit('sharePacks.changed', { repIds: [rep.id] });
  return {
    fileName,
    content: `${JSON.stringify(pack, null, 2)}\n`,
    export: {
      id: packId,
      repId: rep.id,
      repName: rep.name,
      exportedAt: pack.exportedAt,
      exportedByName: manager.name,
      fileName,
      counts,
    },
  };
};

/** The export log and the reply imports: the rep's managers see them (what left, what came back). */
export const packLog: Handler<'sharePacks.log'> = (input, ctx) => {
  const access = accessOf(ctx);
  access.requireRep(input.repId);
  if (!access.managesRep(input.repId)) return { exports: [], replyImports: [] };
  return {
    exports: listPackExports(ctx.db, input.repId),
    replyImports: listReplyImports(ctx.db, input.repId),
  };
};
