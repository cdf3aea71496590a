import { Link } from 'wouter';
import type { Behaviour } from '../../shared/contract';
import { observationCount } from './library-model';

export type Direction = 'up' | 'down';

export function moveButtonId(behaviourId: string, direction: Direction): string {
  return `move-${direction}-${behaviourId}`;
}

interface BehaviourRowProps {
  behaviour: Behaviour;
  stageNames: Map<string, string>;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove(direction: Direction): void;
}

export function BehaviourRow({ behaviour, stageNames, canMoveUp, canMoveDown, onMove }: BehaviourRowProps) {
  const b = behaviour;
  return (
    <li className={b.archivedAt ? 'behaviour-row behaviour-row-archived' : 'behaviour-row'}>
      <div className="behaviour-main">
        <div className="behaviour-title">
          <Link href={`/behaviours/${b.id}`} className="row-link">
            {b.name}
          </Link>
          {b.archivedAt ? <span className="badge badge-muted">Archived</span> : null}
          {b.methodologies.map((m) => (
            <span key={m} className="badge badge-method">
              {m}
            </span>
          ))}
        </div>
        <p className="behaviour-definition">{b.definition}</p>
        <ul className="stage-tags" aria-label="Stages">
          {b.stageIds.map((id) => (
            <li key={id} className="stage-tag">
              {stageNames.get(id) ?? 'Unknown stage'}
            </li>
          ))}
        </ul>
      </div>
      <span className={b.observationCount === 0 ? 'behaviour-count muted' : 'behaviour-count'}>
        {b.observationCount === 0 ? (
          <span className="badge badge-warning">Never observed</span>
        ) : (
          observationCount(b.observationCount)
        )}
      </span>
      <div className="move-buttons">
        <button
          type="button"
          id={moveButtonId(b.id, 'up')}
          className="icon-button"
          aria-label={`Move ${b.name} up`}
          title="Move up"
          disabled={!canMoveUp}
          onClick={() => onMove('up')}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          id={moveButtonId(b.id, 'down')}
          className="icon-button"
          aria-label={`Move ${b.name} down`}
          title="Move down"
          disabled={!canMoveDown}
          onClick={() => onMove('down')}
        >
          <span aria-hidden="true">↓</span>
        </button>
      </div>
    </li>
  );
}
