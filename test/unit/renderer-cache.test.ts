// The QueryClient @tanstack/react-query re-exports; its React types would not compile in the Node project.
import { QueryClient } from '@tanstack/query-core';
import { describe, expect, it } from 'vitest';
import { createClient, queryKeyOf } from '../../renderer/api/client';
import { invalidateFor } from '../../renderer/api/invalidation';
import type { Transport } from '../../renderer/api/transport-types';
import type { AppEvent } from '../../shared/contract';

/** A cache holding the given reads, none of them stale yet. */
function cacheWith(entries: [Parameters<typeof queryKeyOf>[0], unknown, unknown][]): QueryClient {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY } },
  });
  for (const [method, input, data] of entries)
    queryClient.setQueryData(queryKeyOf(method, input as never), data);
  return queryClient;
}

const stale = (queryClient: QueryClient) =>
  queryClient
    .getQueryCache()
    .findAll()
    .filter((q) => q.isStale())
    .map((q) => JSON.stringify(q.queryKey))
    .sort();

describe('the event → read table', () => {
  it('an observation makes its rep’s prep brief and lists stale, and no other rep’s', () => {
    const cache = cacheWith([
      ['oneOnOnes.prepBrief', { repId: 'tom' }, {}],
      ['oneOnOnes.prepBrief', { repId: 'ana' }, {}],
      ['observations.list', { repId: 'tom' }, []],
      ['observations.list', {}, []],
      ['people.list', {}, []],
    ]);
    invalidateFor(cache, {
      name: 'observations.changed',
      payload: { ids: ['o1'], repIds: ['tom'], countsChanged: true },
    });
    expect(stale(cache)).toEqual(
      [
        ['observations.list', {}],
        ['observations.list', { repId: 'tom' }],
        ['oneOnOnes.prepBrief', { repId: 'tom' }],
      ]
        .map((k) => JSON.stringify(k))
        .sort(),
    );
  });

  it('a note save at the revision already cached reloads nothing; a newer one reloads the note', () => {
    const cache = cacheWith([['notes.get', { id: 'n1' }, { id: 'n1', repId: 'tom', revision: 4 }]]);
    const saved = (revision: number): AppEvent => ({
      name: 'notes.changed',
      payload: { ids: ['n1'], repIds: ['tom'], revisions: { n1: revision } },
    });
    expect(invalidateFor(cache, saved(4))).toBe(0);
    expect(invalidateFor(cache, saved(5))).toBe(1);
  });

  it('one-to-one notes saved at the cached revision leave the meeting alone', () => {
    const meeting = { id: 'm1', repId: 'tom', shared: { revision: 3 }, private: { revision: 1 } };
    const cache = cacheWith([['oneOnOnes.get', { id: 'm1' }, meeting]]);
    const notes = (part: 'shared' | 'private', revision: number): AppEvent => ({
      name: 'oneOnOnes.notesSaved',
      payload: { id: 'm1', repId: 'tom', part, revision },
    });
    expect(invalidateFor(cache, notes('shared', 3))).toBe(0);
    expect(invalidateFor(cache, notes('private', 2))).toBe(1);
  });

  it('a quote refreshed in place does not reload the library’s counts', () => {
    const cache = cacheWith([['library.get', {}, {}]]);
    const event = (countsChanged: boolean): AppEvent => ({
      name: 'observations.changed',
      payload: { ids: ['o1'], repIds: ['tom'], countsChanged },
    });
    expect(invalidateFor(cache, event(false))).toBe(0);
    expect(invalidateFor(cache, event(true))).toBe(1);
  });
});

describe('call reviews', () => {
  it('a review written at the revision cached is not read again; an annotation elsewhere is', () => {
    const cache = cacheWith([['callReviews.get', { id: 'c1' }, { id: 'c1', repId: 'tom', revision: 7 }]]);
    const changed = (revisions?: Record<string, number>): AppEvent => ({
      name: 'callReviews.changed',
      payload: { ids: ['c1'], repIds: ['tom'], ...(revisions ? { revisions } : {}) },
    });
    expect(invalidateFor(cache, changed({ c1: 7 }))).toBe(0);
    expect(invalidateFor(cache, changed({ c1: 8 }))).toBe(1);
    expect(invalidateFor(cache, changed())).toBe(1);
  });
});

describe('the client', () => {
  it('holds back events while its own mutation is answering, and delivers them after the answer', async () => {
    let answer: (value: unknown) => void = () => {};
    let push: (event: AppEvent) => void = () => {};
    const transport: Transport = {
      kind: 'http',
      call: () => new Promise((resolve) => (answer = resolve as never)),
      onEvent: (listener) => {
        push = listener;
        return () => {};
      },
    };
    const client = createClient(transport);
    const order: string[] = [];
    client.onEvent((event) => order.push(`event ${event.name}`));

    const saving = client.call('workspace.switch', { personId: 'p-1' }).then(() => order.push('answer'));
    push({ name: 'workspace.changed', payload: {} });
    expect(order).toEqual([]);
    answer({ ok: true, value: { owner: null, changes: [] } });
    await saving;
    await new Promise((done) => setTimeout(done, 0));
    expect(order).toEqual(['answer', 'event workspace.changed']);

    // With nothing of its own in flight, events go straight through.
    push({ name: 'people.changed', payload: { ids: [] } });
    expect(order.at(-1)).toBe('event people.changed');
  });
});
