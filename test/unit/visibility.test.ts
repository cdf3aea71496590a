import { describe, expect, it } from 'vitest';
import {
  type AboutRep,
  canRead,
  canWrite,
  inDirectory,
  inScope,
  managerChain,
  readScope,
  type Viewer,
} from '../../shared/domain/visibility';

// Claire heads sales; Marcus and Priya report to her; Tom reports to Marcus, Emily to Priya.
const MANAGER: Record<string, string | null> = {
  claire: null,
  marcus: 'claire',
  priya: 'claire',
  tom: 'marcus',
  emily: 'priya',
};
const managersOf = (id: string) => managerChain(id, (p) => MANAGER[p] ?? null);
const people = Object.keys(MANAGER).map((id) => ({ id }));

const tomPrivateByMarcus: AboutRep = { repId: 'tom', visibility: 'private', authorId: 'marcus' };
const tomSharedByMarcus: AboutRep = { repId: 'tom', visibility: 'shared', authorId: 'marcus' };
const tomSharedByTom: AboutRep = { repId: 'tom', visibility: 'shared', authorId: 'tom' };
const tomPrivateByTom: AboutRep = { repId: 'tom', visibility: 'private', authorId: 'tom' };
const tomSharedNoAuthor: AboutRep = { repId: 'tom', visibility: 'shared', authorId: null };
const tomPrivateNoAuthor: AboutRep = { repId: 'tom', visibility: 'private', authorId: null };

const as = (id: string | null): Viewer => (id === null ? null : { id });

// [viewer, item, can read, can write]
const TABLE: [string | null, AboutRep, boolean, boolean][] = [
  // Private: the author only.
  ['marcus', tomPrivateByMarcus, true, true],
  ['priya', tomPrivateByMarcus, false, false],
  ['claire', tomPrivateByMarcus, false, false],
  ['tom', tomPrivateByMarcus, false, false],
  ['emily', tomPrivateByMarcus, false, false],
  [null, tomPrivateByMarcus, false, false],
  // Shared: the rep and their line of managers, all the way up.
  ['marcus', tomSharedByMarcus, true, true],
  ['claire', tomSharedByMarcus, true, true],
  ['tom', tomSharedByMarcus, true, false],
  ['priya', tomSharedByMarcus, false, false],
  ['emily', tomSharedByMarcus, false, false],
  [null, tomSharedByMarcus, true, true],
  // What the rep wrote and shared (a reply, an agenda point): the rep changes it, their managers read it.
  ['tom', tomSharedByTom, true, true],
  ['marcus', tomSharedByTom, true, true],
  ['emily', tomSharedByTom, false, false],
  ['tom', tomPrivateByTom, true, true],
  ['marcus', tomPrivateByTom, false, false],
  // Shared records with no author (one-to-ones, commitments a manager set): managers change them.
  ['marcus', tomSharedNoAuthor, true, true],
  ['tom', tomSharedNoAuthor, true, false],
  ['priya', tomSharedNoAuthor, false, false],
  // Private with no author: only an unclaimed workspace (the claim gives them an author).
  [null, tomPrivateNoAuthor, true, true],
  ['marcus', tomPrivateNoAuthor, false, false],
  ['tom', tomPrivateNoAuthor, false, false],
];

describe('the visibility rule', () => {
  it.each(TABLE)('%s reading/writing %o: read %s, write %s', (viewer, item, read, write) => {
    expect(canRead(as(viewer), item, managersOf(item.repId))).toBe(read);
    expect(canWrite(as(viewer), item, managersOf(item.repId))).toBe(write);
  });

  it('a query scope allows exactly what canRead allows, for every viewer and record', () => {
    const items: AboutRep[] = [];
    for (const repId of Object.keys(MANAGER))
      for (const authorId of [...Object.keys(MANAGER), null])
        for (const visibility of ['private', 'shared'] as const) items.push({ repId, authorId, visibility });
    for (const viewerId of [...Object.keys(MANAGER), null]) {
      const viewer = as(viewerId);
      const scope = readScope(viewer, people, managersOf);
      for (const item of items)
        expect(inScope(scope, item), `${viewerId} on ${JSON.stringify(item)}`).toBe(
          canRead(viewer, item, managersOf(item.repId)),
        );
    }
  });

  it.each([
    // [viewer, person, listed]
    ['tom', 'tom', true],
    ['tom', 'marcus', true],
    ['tom', 'claire', true],
    ['tom', 'emily', false],
    ['tom', 'priya', false],
    ['marcus', 'tom', true],
    ['marcus', 'emily', false],
    ['marcus', 'priya', false],
    ['claire', 'emily', true],
    [null, 'emily', true],
  ] as const)('%s has %s in their directory: %s', (viewer, person, listed) => {
    expect(inDirectory(as(viewer), person, managersOf(person), viewer ? managersOf(viewer) : [])).toBe(
      listed,
    );
  });

  it('walks a reporting line up and stops on a cycle', () => {
    expect(managersOf('tom')).toEqual(['marcus', 'claire']);
    expect(managerChain('a', (id) => ({ a: 'b', b: 'c', c: 'a' })[id] ?? null)).toEqual(['b', 'c']);
  });
});
