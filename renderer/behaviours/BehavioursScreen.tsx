import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeyOf } from '../api/client';
import { apiCache } from '../api/queries';
import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { useApi } from '../app/client-context';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/format';
import { BehaviourForm } from './BehaviourForm';
import { BehaviourRow, type Direction, moveButtonId } from './BehaviourRow';
import { ImportButton, useExportLibrary } from './LibraryTransfer';
import { LibraryToolbar } from './LibraryToolbar';
import {
  type CompetencyGroup,
  groupLibrary,
  isFiltering,
  type LibraryFilter,
  libraryOrder,
  NO_FILTER,
  neverObservedCount,
  namesById,
  swapped,
  withOrder,
} from './library-model';
import { TaxonomyDialog } from './TaxonomyDialog';
import { useLibrary } from './use-library';

function useReorder() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => api.behaviours.reorder({ ids }),
    // Optimistic: the row moves under the manager's hand; a failure puts it back and says so.
    onMutate: async (ids) => {
      await queryClient.cancelQueries({ queryKey: queryKeyOf('library.get', {}), exact: true });
      const cache = apiCache(queryClient);
      const previous = cache.get('library.get', {});
      if (previous) cache.set('library.get', {}, withOrder(previous, ids));
      return { previous };
    },
    // Success is confirmed by `library.changed`; a refusal wrote nothing, so the old order comes back.
    onError: (_error, _ids, context) => {
      if (context?.previous) apiCache(queryClient).set('library.get', {}, context.previous);
    },
  });
}

export function BehavioursScreen() {
  const [, navigate] = useLocation();
  const library = useLibrary();
  const reorder = useReorder();
  const exportLibrary = useExportLibrary();
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const [adding, setAdding] = useState(false);
  const [managingTaxonomy, setManagingTaxonomy] = useState(false);
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string; direction: Direction } | null>(null);

  // Moving a row re-inserts its element, which drops focus; put it back on the button the manager pressed.
  useEffect(() => {
    if (!focusAfterMove) return;
    const { id, direction } = focusAfterMove;
    const pressed = document.getElementById(moveButtonId(id, direction)) as HTMLButtonElement | null;
    const other = document.getElementById(moveButtonId(id, direction === 'up' ? 'down' : 'up'));
    (pressed && !pressed.disabled ? pressed : other)?.focus();
    setFocusAfterMove(null);
  });

  const lib = library.data;
  const groups = lib ? groupLibrary(lib, filter) : [];
  const stageNames = namesById(lib?.stages ?? []);
  const libraryIsEmpty = lib !== undefined && lib.behaviours.length === 0;
  const shown = groups.reduce((n, g) => n + g.behaviours.length, 0);

  function move(group: CompetencyGroup, index: number, direction: Direction) {
    if (!lib) return;
    const behaviour = group.behaviours[index];
    const neighbour = group.behaviours[direction === 'up' ? index - 1 : index + 1];
    if (!behaviour || !neighbour) return;
    reorder.mutate(swapped(libraryOrder(lib), behaviour.id, neighbour.id));
    setFocusAfterMove({ id: behaviour.id, direction });
  }

  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <h1 id="screen-title">Behaviours</h1>
        <div className="actions">
          <button type="button" className="button" onClick={() => setManagingTaxonomy(true)} disabled={!lib}>
            Stages and competencies
          </button>
          <button
            type="button"
            className="button"
            onClick={() => exportLibrary.mutate()}
            disabled={exportLibrary.isPending}
          >
            {exportLibrary.isPending ? 'Exporting…' : 'Export library'}
          </button>
          <ImportButton />
          <button
            type="button"
            className="button button-primary"
            onClick={() => setAdding(true)}
            disabled={!lib}
          >
            Add behaviour
          </button>
        </div>
      </header>

      {lib && !libraryIsEmpty ? (
        <LibraryToolbar
          library={lib}
          filter={filter}
          onChange={setFilter}
          summary={`${
            isFiltering(filter) || filter.showArchived
              ? `${shown} of ${lib.behaviours.length} behaviours`
              : `${shown} behaviours`
          } · ${neverObservedCount(lib)} never observed`}
        />
      ) : null}

      {exportLibrary.isError ? (
        <p className="form-error" role="alert">
          Could not export the library: {errorMessage(exportLibrary.error)}
        </p>
      ) : null}
      {reorder.isError ? (
        <p className="form-error" role="alert">
          Could not move that behaviour: {errorMessage(reorder.error)}
        </p>
      ) : null}

      {library.isPending ? (
        <p className="muted" aria-busy="true">
          Loading the behaviour library…
        </p>
      ) : library.isError ? (
        <p className="form-error" role="alert">
          Could not load the behaviour library: {errorMessage(library.error)}
        </p>
      ) : libraryIsEmpty ? (
        <div className="empty-state">
          <h2>No behaviours in the library yet</h2>
          <p>
            Behaviours are what you look and listen for when you coach. Add your own, or import a library file
            another manager shared with you.
          </p>
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            Add your first behaviour
          </button>
        </div>
      ) : groups.length === 0 ? (
        <div className="no-match">
          <p className="muted">No behaviours match these filters.</p>
          <button type="button" className="button" onClick={() => setFilter(NO_FILTER)}>
            Clear filters
          </button>
        </div>
      ) : (
        groups.map((group) => (
          <section
            key={group.competency.id}
            className="competency-group"
            aria-labelledby={`competency-${group.competency.id}`}
          >
            <h2 id={`competency-${group.competency.id}`} className="group-heading">
              {group.competency.name}
              <span className="group-count" aria-hidden="true">
                {group.behaviours.length}
              </span>
            </h2>
            <ul className="behaviour-list" aria-labelledby={`competency-${group.competency.id}`}>
              {group.behaviours.map((behaviour, index) => (
                <BehaviourRow
                  key={behaviour.id}
                  behaviour={behaviour}
                  stageNames={stageNames}
                  canMoveUp={index > 0}
                  canMoveDown={index < group.behaviours.length - 1}
                  onMove={(direction) => move(group, index, direction)}
                />
              ))}
            </ul>
          </section>
        ))
      )}

      {lib ? (
        <>
          <Dialog title="Add a behaviour" open={adding} onClose={() => setAdding(false)}>
            <BehaviourForm
              library={lib}
              behaviour={null}
              onCancel={() => setAdding(false)}
              onDone={(behaviour) => {
                setAdding(false);
                navigate(`/behaviours/${behaviour.id}`);
              }}
            />
          </Dialog>
          <TaxonomyDialog library={lib} open={managingTaxonomy} onClose={() => setManagingTaxonomy(false)} />
        </>
      ) : null}
    </section>
  );
}
