import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeyOf } from '../api/client';
import { apiCache } from '../api/queries';
import { useEffect, useState } from 'react';
import type { Library, Stage } from '../../shared/contract';
import { useApi } from '../app/client-context';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/format';
import { KIND_NAMES, type TaxonomyKind, TaxonomyEditor } from './TaxonomyEditor';

const byPosition = (a: Stage, b: Stage) => a.position - b.position;

function useStageReorder() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => api.stages.reorder({ ids }),
    onMutate: async (ids) => {
      await queryClient.cancelQueries({ queryKey: queryKeyOf('library.get', {}), exact: true });
      const cache = apiCache(queryClient);
      const previous = cache.get('library.get', {});
      if (previous) {
        const rank = new Map(ids.map((id, index) => [id, index]));
        cache.set(
          'library.get',
          {},
          {
            ...previous,
            stages: previous.stages.map((s) => ({ ...s, position: rank.get(s.id) ?? s.position })),
          },
        );
      }
      return { previous };
    },
    onError: (_error, _ids, context) => {
      if (context?.previous) apiCache(queryClient).set('library.get', {}, context.previous);
    },
  });
}

const moveId = (id: string, direction: 'up' | 'down') => `stage-move-${direction}-${id}`;
const editId = (id: string) => `taxonomy-edit-${id}`;

interface TaxonomyListProps {
  kind: TaxonomyKind;
  items: Stage[];
  onMove?: (index: number, direction: 'up' | 'down') => void;
}

function TaxonomyList({ kind, items, onMove }: TaxonomyListProps) {
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [returnFocusTo, setReturnFocusTo] = useState<string | null>(null);
  const names = KIND_NAMES[kind];
  const headingId = `taxonomy-${kind}`;
  const addId = `taxonomy-add-${kind}`;

  // Closing an inline editor removes the focused field; hand focus back to the button that opened it.
  useEffect(() => {
    if (!returnFocusTo) return;
    document.getElementById(returnFocusTo)?.focus();
    setReturnFocusTo(null);
  });
  const finish = (buttonId: string) => {
    setEditing(null);
    setReturnFocusTo(buttonId);
  };
  return (
    <section className="taxonomy-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{names.many}</h3>
      <ul className="taxonomy-list" aria-labelledby={headingId}>
        {items.map((item, index) => (
          <li key={item.id} className="taxonomy-item">
            {editing === item.id ? (
              <TaxonomyEditor kind={kind} item={item} onDone={() => finish(editId(item.id))} />
            ) : (
              <>
                <div className="taxonomy-text">
                  <span className="taxonomy-name">{item.name}</span>
                  {item.archivedAt ? <span className="badge badge-muted">Archived</span> : null}
                  <span className="muted taxonomy-count">
                    {item.behaviourCount === 1 ? '1 behaviour' : `${item.behaviourCount} behaviours`}
                  </span>
                  {item.description ? <p className="taxonomy-description">{item.description}</p> : null}
                </div>
                <div className="move-buttons">
                  <button
                    type="button"
                    id={editId(item.id)}
                    className="button button-small"
                    aria-label={`Edit ${item.name}`}
                    onClick={() => setEditing(item.id)}
                  >
                    Edit
                  </button>
                  {onMove ? (
                    <>
                      <button
                        type="button"
                        id={moveId(item.id, 'up')}
                        className="icon-button"
                        aria-label={`Move ${item.name} up`}
                        title="Move up"
                        disabled={index === 0}
                        onClick={() => onMove(index, 'up')}
                      >
                        <span aria-hidden="true">↑</span>
                      </button>
                      <button
                        type="button"
                        id={moveId(item.id, 'down')}
                        className="icon-button"
                        aria-label={`Move ${item.name} down`}
                        title="Move down"
                        disabled={index === items.length - 1}
                        onClick={() => onMove(index, 'down')}
                      >
                        <span aria-hidden="true">↓</span>
                      </button>
                    </>
                  ) : null}
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {editing === 'new' ? (
        <div className="taxonomy-item taxonomy-new">
          <TaxonomyEditor kind={kind} item={null} onDone={() => finish(addId)} />
        </div>
      ) : (
        <button type="button" id={addId} className="button button-small" onClick={() => setEditing('new')}>
          Add {names.one.toLowerCase()}
        </button>
      )}
    </section>
  );
}

interface TaxonomyDialogProps {
  library: Library;
  open: boolean;
  onClose(): void;
}

/** Rename, redescribe, add and reorder the stages and competencies that organise the library. */
export function TaxonomyDialog({ library, open, onClose }: TaxonomyDialogProps) {
  const reorder = useStageReorder();
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string; direction: 'up' | 'down' } | null>(null);
  const stages = [...library.stages].sort(byPosition);
  const competencies = [...library.competencies].sort(byPosition);

  useEffect(() => {
    if (!focusAfterMove) return;
    const { id, direction } = focusAfterMove;
    const pressed = document.getElementById(moveId(id, direction)) as HTMLButtonElement | null;
    (pressed && !pressed.disabled
      ? pressed
      : document.getElementById(moveId(id, direction === 'up' ? 'down' : 'up'))
    )?.focus();
    setFocusAfterMove(null);
  });

  function move(index: number, direction: 'up' | 'down') {
    const other = direction === 'up' ? index - 1 : index + 1;
    const stage = stages[index];
    const neighbour = stages[other];
    if (!stage || !neighbour) return;
    const ids = stages.map((s) => s.id);
    ids[index] = neighbour.id;
    ids[other] = stage.id;
    reorder.mutate(ids);
    setFocusAfterMove({ id: stage.id, direction });
  }

  return (
    <Dialog title="Stages and competencies" open={open} onClose={onClose}>
      <div className="taxonomy">
        <p className="muted">
          Stages follow a deal from first contact to renewal; competencies group the behaviours on the
          Behaviours screen. Renaming one changes it everywhere.
        </p>
        {reorder.isError ? (
          <p className="form-error" role="alert">
            Could not move that stage: {errorMessage(reorder.error)}
          </p>
        ) : null}
        <TaxonomyList kind="stage" items={stages} onMove={move} />
        <TaxonomyList kind="competency" items={competencies} />
        <div className="form-actions">
          <button type="button" className="button button-primary" onClick={onClose}>
            Done
          </button>
        </div>
      </div>
    </Dialog>
  );
}
