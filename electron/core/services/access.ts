import { AppError } from '../../../shared/contract';
import {
  type AboutRep,
  canRead,
  canWrite,
  inDirectory,
  managerChain,
  managesRep,
  type ReadScope,
  readScope,
  seesRep,
  type Viewer,
} from '../../../shared/domain/visibility';
import { findPerson, listReportingLines } from '../../../db/repositories/people';
import { readSetting } from '../../../db/repositories/settings';
import type { ReadContext } from '../context';

/** The settings key holding the workspace owner: the person using this copy (the viewer of every call). */
export const OWNER_KEY = 'currentPersonId';

/**
 * The visibility rule (shared/domain/visibility.ts) bound to one call: who is looking and everyone's
 * reporting line, read once. Every handler that answers or changes something about a person asks this,
 * so a hidden record is left out of the answer (never sent for a screen to filter) and a write to it is
 * refused.
 */
export interface Access {
  viewer: Viewer;
  managersOf(repId: string): string[];
  canRead(item: AboutRep): boolean;
  canWrite(item: AboutRep): boolean;
  seesRep(repId: string): boolean;
  managesRep(repId: string): boolean;
  /** Whether the person is in the viewer's part of the team (see inDirectory). */
  inDirectory(personId: string): boolean;
  /** The rule as a filter for queries that count or limit in SQL. */
  scope(): ReadScope;
  visible<T extends AboutRep>(items: readonly T[]): T[];
  /** Refuses a read about a rep the viewer does not see. */
  requireRep(repId: string): void;
  /** Refuses changing a shared record about a rep the viewer does not manage. */
  requireManages(repId: string, what: string): void;
  requireWrite(item: AboutRep, what: string): void;
}

const cache = new WeakMap<ReadContext, Access>();

export function viewerOf(ctx: ReadContext): Viewer {
  const id = readSetting(ctx.db, OWNER_KEY);
  return id !== null && findPerson(ctx.db, id) ? { id } : null;
}

export function accessOf(ctx: ReadContext): Access {
  const cached = cache.get(ctx);
  if (cached) return cached;
  const viewer = viewerOf(ctx);
  const lines = listReportingLines(ctx.db);
  const managerOf = new Map(lines.map((l) => [l.id, l.managerId]));
  const chains = new Map<string, string[]>();
  const managersOf = (repId: string) => {
    let chain = chains.get(repId);
    if (!chain) {
      chain = managerChain(repId, (id) => managerOf.get(id) ?? null);
      chains.set(repId, chain);
    }
    return chain;
  };
  let scope: ReadScope | undefined;
  const nameOf = (id: string) => findPerson(ctx.db, id)?.name ?? 'this person';
  const access: Access = {
    viewer,
    managersOf,
    canRead: (item) => canRead(viewer, item, managersOf(item.repId)),
    canWrite: (item) => canWrite(viewer, item, managersOf(item.repId)),
    seesRep: (repId) => seesRep(viewer, repId, managersOf(repId)),
    managesRep: (repId) => managesRep(viewer, repId, managersOf(repId)),
    inDirectory: (personId) =>
      inDirectory(viewer, personId, managersOf(personId), viewer ? managersOf(viewer.id) : []),
    scope: () => {
      scope ??= readScope(viewer, lines, managersOf);
      return scope;
    },
    visible: (items) => items.filter((item) => access.canRead(item)),
    requireRep(repId) {
      // Someone outside the viewer's part of the team is not there at all, not even by name.
      if (!access.inDirectory(repId))
        throw new AppError('NOT_FOUND', 'That person no longer exists.', { id: repId });
      if (!access.seesRep(repId)) {
        const name = nameOf(repId);
        throw new AppError('FORBIDDEN', `Only ${name} and their managers can see ${name}’s coaching.`, {
          repId,
        });
      }
    },
    requireManages(repId, what) {
      access.requireRep(repId);
      if (!access.managesRep(repId)) {
        throw new AppError('FORBIDDEN', `Only ${nameOf(repId)}’s managers can change ${what}.`, { repId });
      }
    },
    requireWrite(item, what) {
      if (access.canWrite(item)) return;
      access.requireRep(item.repId);
      if (item.visibility === 'private')
        throw new AppError('FORBIDDEN', `${what} is private to its author; only they can change it.`);
      throw new AppError(
        'FORBIDDEN',
        access.seesRep(item.repId)
          ? `Only ${nameOf(item.repId)}’s managers can change ${what.toLowerCase()}.`
          : `Only ${nameOf(item.repId)} and their managers can change ${what.toLowerCase()}.`,
      );
    },
  };
  cache.set(ctx, access);
  return access;
}
