import { useEffect, useRef, useState } from 'react';
import { LEVEL_NAMES, type Observation } from '../../shared/contract';
import { useApi } from '../app/client-context';
import { Dialog } from '../ui/Dialog';
import { errorMessage, formatDate } from '../ui/format';
import { ObservationForm } from './ObservationForm';
import { ratingText, type TagFate, useSettleObservation } from './use-tag-observations';

interface TagDetailsProps {
  /** Every observation whose tag covers the place the user pointed at (tags overlap). */
  ids: string[];
  observations: Map<string, Observation> | undefined;
  /** Where to show the card, relative to the editor frame. */
  position: { top: number; left: number };
  readOnly?: boolean;
  /** Opened from the keyboard: move focus into the card. */
  takeFocus: boolean;
  onClose(options: { refocus: boolean }): void;
  /** The tag must leave the document (its observation was kept without it, or deleted, or is gone). */
  onRemoveTag(id: string): void;
}

/** A non-modal card over the note: the user can keep typing; Escape or a click elsewhere closes it. */
export function TagDetails({
  ids,
  observations,
  position,
  readOnly,
  takeFocus,
  onClose,
  onRemoveTag,
}: TagDetailsProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [changing, setChanging] = useState<Observation | null>(null);
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);

  useEffect(() => {
    if (takeFocus) ref.current?.querySelector<HTMLElement>('button')?.focus();
  }, [takeFocus]);

  useEffect(() => {
    function onPointerDown(event: PointerEvent) {
      if (!ref.current?.contains(event.target as Node)) onClose({ refocus: false });
    }
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [onClose]);

  return (
    <div
      ref={ref}
      role="dialog"
      aria-label={ids.length === 1 ? 'Behaviour tag' : `${ids.length} behaviour tags`}
      className="tag-details"
      style={{ top: position.top, left: position.left }}
      onKeyDown={(event) => {
        // Escape inside the Change or Remove dialogs belongs to them.
        if (event.key === 'Escape' && !(event.target as Element).closest('dialog')) {
          event.preventDefault();
          onClose({ refocus: true });
        }
      }}
    >
      <ul className="plain-list tag-details-list">
        {ids.map((id) => {
          const observation = observations?.get(id);
          if (!observation) {
            return (
              <li key={id} className="tag-details-item">
                <p className="muted">
                  {observations ? 'The observation for this tag was not found.' : 'Loading the observation…'}
                </p>
                {observations && !readOnly ? (
                  <button type="button" className="button button-small" onClick={() => onRemoveTag(id)}>
                    Remove tag
                  </button>
                ) : null}
              </li>
            );
          }
          const name = observation.behaviourName;
          return (
            <li key={id} className="tag-details-item">
              <h3 className="tag-details-name">{name}</h3>
              {observation.behaviourNameThen !== name ? (
                <p className="tag-details-then">recorded as {observation.behaviourNameThen}</p>
              ) : null}
              <p className="tag-details-meta">
                <span className="badge">{ratingText(observation, LEVEL_NAMES)}</span>
                <span>{formatDate(observation.observedOn)}</span>
                <span className="badge badge-muted">
                  {observation.visibility === 'shared' ? 'Shared with the rep' : 'Private'}
                </span>
              </p>
              {observation.comment ? <p className="tag-details-comment">{observation.comment}</p> : null}
              <div className="actions">
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Change ${name}`}
                  onClick={() => setChanging(observation)}
                >
                  Change
                </button>
                {readOnly ? null : (
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Remove tag ${name}`}
                    onClick={() => setRemoving({ id, name })}
                  >
                    Remove tag
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {changing ? <ChangeObservationDialog observation={changing} onClose={() => setChanging(null)} /> : null}
      {removing ? (
        <RemoveTagDialog
          behaviourName={removing.name}
          id={removing.id}
          onClose={() => setRemoving(null)}
          onRemoved={() => {
            setRemoving(null);
            onRemoveTag(removing.id);
          }}
        />
      ) : null}
    </div>
  );
}

function ChangeObservationDialog({ observation, onClose }: { observation: Observation; onClose(): void }) {
  const api = useApi();
  return (
    <Dialog title="Change observation" open onClose={onClose}>
      <ObservationForm
        initial={{
          behaviourId: observation.behaviourId,
          rating: { level: observation.level, verdict: observation.verdict },
          comment: observation.comment ?? '',
          visibility: observation.visibility,
        }}
        quote={observation.evidence}
        submitLabel="Save changes"
        onCancel={onClose}
        onSubmit={async (draft) => {
          await api.observations.update({
            id: observation.id,
            revision: observation.revision,
            behaviourId: draft.behaviourId,
            observedOn: observation.observedOn,
            level: draft.rating.level,
            verdict: draft.rating.verdict,
            comment: draft.comment,
            visibility: draft.visibility,
          });
          onClose();
        }}
      />
    </Dialog>
  );
}

interface FateChoiceProps {
  behaviourName: string;
  id: string;
  onClose(): void;
  onRemoved(fate: TagFate): void;
}

function RemoveTagDialog({ behaviourName, id, onClose, onRemoved }: FateChoiceProps) {
  return (
    <Dialog title="Remove tag" open onClose={onClose}>
      <p>
        The tag for <strong>{behaviourName}</strong> leaves this note. What should happen to the observation?
      </p>
      <FateButtons id={id} onDone={onRemoved} onCancel={onClose} />
    </Dialog>
  );
}

/** Keep (without its place in the note) or delete: the two answers when a tag leaves a document. */
export function FateButtons({
  id,
  onDone,
  onCancel,
}: {
  id: string;
  onDone(fate: TagFate): void;
  onCancel?(): void;
}) {
  const settle = useSettleObservation();
  const [pending, setPending] = useState<TagFate | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function choose(fate: TagFate) {
    setPending(fate);
    setError(null);
    try {
      await settle(id, fate);
      onDone(fate);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setPending(null);
    }
  }
  return (
    <>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
        <button type="button" className="button" disabled={pending !== null} onClick={() => choose('delete')}>
          {pending === 'delete' ? 'Deleting…' : 'Delete the observation'}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={pending !== null}
          onClick={() => choose('keep')}
        >
          {pending === 'keep' ? 'Keeping…' : 'Keep the observation'}
        </button>
      </div>
    </>
  );
}
