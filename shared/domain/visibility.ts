/**
 * Who may see and change what is recorded about a person. This file is the one rule: the core asks it
 * before every answer and every write, and nothing else decides. Pure: it is given the facts (who is
 * looking, what the record is, who manages the rep) and says yes or no.
 *
 * - private: its author only;
 * - shared: its author, the rep it is about, and that rep's managers (their managers too, all the way up);
 * - nothing about a rep reaches a peer rep, or a manager outside the rep's line.
 *
 * Writes follow the same rule with one difference: a rep reads what is shared with them but changes only
 * what they wrote themselves (their agenda points, their own commitments, their replies).
 */

export type Visibility = 'private' | 'shared';

/** The person using the app, or null while no one has said who they are (an unclaimed workspace). */
export type Viewer = { id: string } | null;

/** Anything recorded about a rep. */
export interface AboutRep {
  /** Whom it is about. */
  repId: string;
  visibility: Visibility;
  /** Who wrote it; null when it was recorded before anyone said who they were. */
  authorId: string | null;
}

/** Each person's manager, to walk up a reporting line. */
export type ManagerOf = (personId: string) => string | null;

/**
 * The rep's managers, nearest first, up to the top. Stops at a repeated person, so a damaged reporting
 * line (a cycle the core would refuse to create) cannot loop.
 */
export function managerChain(repId: string, managerOf: ManagerOf): string[] {
  const chain: string[] = [];
  const seen = new Set([repId]);
  for (let id = managerOf(repId); id !== null && !seen.has(id); id = managerOf(id)) {
    chain.push(id);
    seen.add(id);
  }
  return chain;
}

/**
 * Whether the viewer sees what is shared about this rep: the rep themselves, anyone above them in the
 * reporting line, or an unclaimed workspace (before its owner is chosen nothing has an author to
 * protect but shared records are still the workspace's).
 */
export function seesRep(viewer: Viewer, repId: string, managersOfRep: readonly string[]): boolean {
  if (viewer === null) return true;
  return viewer.id === repId || managersOfRep.includes(viewer.id);
}

/** Whether the viewer manages the rep (is above them in the line), which is what changing a shared record needs. */
export function managesRep(viewer: Viewer, repId: string, managersOfRep: readonly string[]): boolean {
  if (viewer === null) return true;
  return viewer.id !== repId && managersOfRep.includes(viewer.id);
}

/**
 * Whether a person appears to the viewer at all (lists, pickers, their page): themselves, the people they
 * manage all the way down, and their own managers up the line. A peer rep, or another manager's team, is
 * not there.
 */
export function inDirectory(
  viewer: Viewer,
  personId: string,
  managersOfPerson: readonly string[],
  managersOfViewer: readonly string[],
): boolean {
  if (viewer === null) return true;
  return (
    viewer.id === personId || managersOfPerson.includes(viewer.id) || managersOfViewer.includes(personId)
  );
}

function isAuthor(viewer: Viewer, item: AboutRep): boolean {
  return (viewer?.id ?? null) === item.authorId;
}

export function canRead(viewer: Viewer, item: AboutRep, managersOfRep: readonly string[]): boolean {
  if (isAuthor(viewer, item)) return true;
  if (item.visibility === 'private') return false;
  return seesRep(viewer, item.repId, managersOfRep);
}

export function canWrite(viewer: Viewer, item: AboutRep, managersOfRep: readonly string[]): boolean {
  if (isAuthor(viewer, item)) return seesRep(viewer, item.repId, managersOfRep);
  if (item.visibility === 'private') return false;
  return managesRep(viewer, item.repId, managersOfRep);
}

/**
 * The same rule as a filter a query can apply before it counts or limits: what `canRead` allows, for a
 * viewer, given the reps whose shared records they see (`seesRep`), computed once per answer.
 * `sharedRepIds` null means every rep (an unclaimed workspace).
 */
export interface ReadScope {
  authorId: string | null;
  sharedRepIds: readonly string[] | null;
}

export function readScope(
  viewer: Viewer,
  people: readonly { id: string }[],
  managersOf: (repId: string) => readonly string[],
): ReadScope {
  if (viewer === null) return { authorId: null, sharedRepIds: null };
  return {
    authorId: viewer.id,
    sharedRepIds: people.filter((p) => seesRep(viewer, p.id, managersOf(p.id))).map((p) => p.id),
  };
}

/** `canRead` restated through a scope: the test checks the two agree on every case of the table. */
export function inScope(scope: ReadScope, item: AboutRep): boolean {
  if (item.authorId === scope.authorId) return true;
  if (item.visibility === 'private') return false;
  return scope.sharedRepIds === null || scope.sharedRepIds.includes(item.repId);
}
