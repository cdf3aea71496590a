import { AppError, fieldError, type Workspace } from '../../../shared/contract';
import { findPerson, insertPerson, listPeople } from '../../../db/repositories/people';
import { writeSetting } from '../../../db/repositories/settings';
import { claimAuthorless, insertOwnerChange, listOwnerChanges } from '../../../db/repositories/workspace';
import { type HandlerContext, nowIso, type ReadContext } from '../context';
import type { Handler } from '../registry';
import { defineDomain } from '../registry';
import { OWNER_KEY, viewerOf } from '../services/access';

/** How many changes of owner Settings lists. */
const CHANGES_SHOWN = 50;

function toWorkspacePerson(p: {
  id: string;
  name: string;
  kind: 'rep' | 'manager';
  title: string | null;
  managerName: string | null;
}) {
  return { id: p.id, name: p.name, kind: p.kind, title: p.title, managerName: p.managerName };
}

function workspaceOf(ctx: ReadContext): Workspace {
  const viewer = viewerOf(ctx);
  const owner = viewer ? findPerson(ctx.db, viewer.id) : undefined;
  return {
    owner: owner ? toWorkspacePerson(owner) : null,
    changes: listOwnerChanges(ctx.db, CHANGES_SHOWN),
  };
}

function activePerson(ctx: ReadContext, id: string) {
  const person = findPerson(ctx.db, id);
  if (!person) throw fieldError('INVALID_INPUT', ['personId'], 'That person does not exist.');
  if (person.archivedAt !== null)
    throw fieldError('INVALID_INPUT', ['personId'], `${person.name} is archived; choose someone active.`);
  return person;
}

function setOwner(ctx: HandlerContext, kind: 'claimed' | 'switched', fromId: string | null, toId: string) {
  writeSetting(ctx.db, OWNER_KEY, toId);
  insertOwnerChange(ctx.db, {
    id: ctx.newId(),
    changedAt: nowIso(ctx.clock),
    kind,
    fromPersonId: fromId,
    toPersonId: toId,
  });
  ctx.emit('workspace.changed', {});
}

export const getWorkspace: Handler<'workspace.get'> = (_input, ctx) => workspaceOf(ctx);

export const workspacePeople: Handler<'workspace.people'> = (_input, ctx) =>
  listPeople(ctx.db, { status: 'active', kind: 'all', search: '' }).map(toWorkspacePerson);

export const claimWorkspace: Handler<'workspace.claim'> = (input, ctx) => {
  const current = viewerOf(ctx);
  if (current) {
    const name = findPerson(ctx.db, current.id)?.name ?? 'someone';
    throw new AppError(
      'CONFLICT',
      `This copy of Coachbench is already ${name}’s. To change who is using it, go to Settings.`,
    );
  }
  let personId: string;
  if (input.newPerson) {
    const now = nowIso(ctx.clock);
    personId = ctx.newId();
    insertPerson(ctx.db, {
      id: personId,
      name: input.newPerson.name,
      kind: input.newPerson.kind,
      title: input.newPerson.title,
      team: null,
      managerId: null,
      region: null,
      segment: null,
      startDate: null,
      email: null,
      archivedAt: null,
      createdAt: now,
      updatedAt: now,
      revision: 1,
    });
    ctx.emit('people.changed', { ids: [personId] });
  } else {
    personId = activePerson(ctx, input.personId!).id;
  }
  claimAuthorless(ctx.db, personId);
  setOwner(ctx, 'claimed', null, personId);
  return workspaceOf(ctx);
};

export const switchOwner: Handler<'workspace.switch'> = (input, ctx) => {
  const current = viewerOf(ctx);
  if (!current)
    throw new AppError('CONFLICT', 'No one has said who is using this copy yet: choose at first run.');
  const person = activePerson(ctx, input.personId);
  if (person.id === current.id)
    throw fieldError('INVALID_INPUT', ['personId'], `You are already using Coachbench as ${person.name}.`);
  setOwner(ctx, 'switched', current.id, person.id);
  return workspaceOf(ctx);
};

export const workspaceDomain = defineDomain('workspace', {
  get: getWorkspace,
  people: workspacePeople,
  claim: claimWorkspace,
  switch: switchOwner,
});
