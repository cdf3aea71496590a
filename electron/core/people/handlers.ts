import { AppError, fieldError, type Person, type PersonDetail } from '../../../shared/contract';
import {
  findPerson,
  findPersonByEmail,
  insertPerson,
  listDirectReports,
  listPeople,
  updatePerson,
  wouldCreateCycle,
} from '../../../db/repositories/people';
import { type HandlerContext, nowIso, type ReadContext } from '../context';
import type { Handler } from '../registry';
import { defineDomain } from '../registry';
import { accessOf } from '../services/access';

/** A person in the viewer's part of the team; anyone else is answered as not there. */
function requirePerson(ctx: ReadContext, id: string): Person {
  const person = findPerson(ctx.db, id);
  if (!person || !accessOf(ctx).inDirectory(person.id))
    throw new AppError('NOT_FOUND', 'That person no longer exists.', { id });
  return person;
}

interface FieldsToCheck {
  managerId: string | null;
  email: string | null;
}

function checkRelations(ctx: ReadContext, fields: FieldsToCheck, self: Person | null): void {
  if (fields.managerId !== null) {
    if (self && fields.managerId === self.id) {
      throw fieldError('INVALID_INPUT', ['managerId'], 'A person cannot be their own manager.');
    }
    const manager = findPerson(ctx.db, fields.managerId);
    if (!manager) throw fieldError('INVALID_INPUT', ['managerId'], 'The chosen manager does not exist.');
    if (manager.kind !== 'manager' && self?.managerId !== fields.managerId) {
      throw fieldError(
        'INVALID_INPUT',
        ['managerId'],
        `${manager.name} is a rep; choose a manager (or make ${manager.name} a manager first).`,
      );
    }
    const unchanged = self?.managerId === fields.managerId;
    if (manager.archivedAt !== null && !unchanged) {
      throw fieldError(
        'INVALID_INPUT',
        ['managerId'],
        `${manager.name} is archived; choose an active manager.`,
      );
    }
    if (self && wouldCreateCycle(ctx.db, self.id, fields.managerId)) {
      throw fieldError(
        'INVALID_INPUT',
        ['managerId'],
        `${manager.name} reports to ${self.name}, directly or through others; a person cannot manage their own manager.`,
      );
    }
  }
  if (fields.email !== null) {
    const other = findPersonByEmail(ctx.db, fields.email);
    if (other && other.id !== self?.id) {
      throw fieldError('CONFLICT', ['email'], `${other.name} already uses this email address.`);
    }
  }
}

function emitChanged(ctx: HandlerContext, ...ids: string[]): void {
  ctx.emit('people.changed', { ids });
}

export const listPeopleHandler: Handler<'people.list'> = (input, ctx) => {
  const access = accessOf(ctx);
  return listPeople(ctx.db, input).filter((p) => access.inDirectory(p.id));
};

export const getPerson: Handler<'people.get'> = (input, ctx): PersonDetail => {
  const person = requirePerson(ctx, input.id);
  const access = accessOf(ctx);
  return {
    ...person,
    directReports: listDirectReports(ctx.db, person.id).filter((p) => access.inDirectory(p.id)),
  };
};

export const createPerson: Handler<'people.create'> = (input, ctx) => {
  checkRelations(ctx, input, null);
  const now = nowIso(ctx.clock);
  const id = ctx.newId();
  insertPerson(ctx.db, { id, ...input, archivedAt: null, createdAt: now, updatedAt: now, revision: 1 });
  emitChanged(ctx, id);
  // Whoever adds a person sees what they added, even someone for another manager's team.
  return findPerson(ctx.db, id)!;
};

export const updatePersonHandler: Handler<'people.update'> = (input, ctx) => {
  const { id, revision, ...fields } = input;
  const current = requirePerson(ctx, id);
  if (current.revision !== revision) {
    throw new AppError(
      'CONFLICT',
      `${current.name} was changed elsewhere since you opened this form. Reload to see the latest version, then make your change again.`,
      { currentRevision: current.revision },
    );
  }
  checkRelations(ctx, fields, current);
  if (current.kind === 'manager' && fields.kind === 'rep') {
    const reports = listDirectReports(ctx.db, id).filter((r) => r.archivedAt === null);
    if (reports.length > 0) {
      throw fieldError(
        'INVALID_INPUT',
        ['kind'],
        `${current.name} manages ${reports.map((r) => r.name).join(', ')}; give them another manager first.`,
      );
    }
  }
  updatePerson(ctx.db, id, revision, { ...fields, updatedAt: nowIso(ctx.clock) });
  emitChanged(ctx, id);
  return requirePerson(ctx, id);
};

function setArchived(ctx: HandlerContext, id: string, archived: boolean): Person {
  const current = requirePerson(ctx, id);
  if ((current.archivedAt !== null) === archived) return current;
  const now = nowIso(ctx.clock);
  updatePerson(ctx.db, id, current.revision, { archivedAt: archived ? now : null, updatedAt: now });
  emitChanged(ctx, id);
  return requirePerson(ctx, id);
}

export const archivePerson: Handler<'people.archive'> = (input, ctx) => setArchived(ctx, input.id, true);
export const unarchivePerson: Handler<'people.unarchive'> = (input, ctx) => setArchived(ctx, input.id, false);

export const peopleDomain = defineDomain('people', {
  list: listPeopleHandler,
  get: getPerson,
  create: createPerson,
  update: updatePersonHandler,
  archive: archivePerson,
  unarchive: unarchivePerson,
});
