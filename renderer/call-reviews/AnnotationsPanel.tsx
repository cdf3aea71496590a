import { useEffect, useMemo, useRef, useState } from 'react';
import { ANNOTATION_TYPE_LABELS, ANNOTATION_TYPES, type Observation } from '../../shared/contract';
import { ratingLabel, ratingTone } from '../observations/format';
import { Replies } from '../observations/Replies';
import { annotationTypeLabel, formatClock, plural } from './format';
import { transcriptAnchorOf } from './highlights';

/** The call's annotations in transcript order, filtered by kind and behaviour; each one jumps to its words. */
export function AnnotationsPanel({
  annotations,
  activeId,
  onJump,
  onEdit,
  onDelete,
}: {
  annotations: Observation[];
  activeId: string | null;
  onJump(annotation: Observation): void;
  /** Left out for a reader who may not change annotations (the rep): no edit or delete buttons. */
  onEdit?(annotation: Observation): void;
  onDelete?(annotation: Observation): void;
}) {
  const [type, setType] = useState('');
  const [behaviourId, setBehaviourId] = useState('');
  const behaviours = useMemo(() => {
    const names = new Map<string, string>();
    for (const a of annotations) names.set(a.behaviourId, a.behaviourName);
    return [...names].sort((a, b) => a[1].localeCompare(b[1]));
  }, [annotations]);
  const shown = annotations.filter(
    (a) => (!type || a.annotationType === type) && (!behaviourId || a.behaviourId === behaviourId),
  );

  // An annotation chosen in the transcript (its marker or its words) is brought into view here.
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!activeId) return;
    listRef.current
      ?.querySelector(`[data-annotation="${CSS.escape(activeId)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  if (annotations.length === 0) {
    return (
      <p className="muted panel-empty">
        No annotations yet. Select words in the transcript, within a line or across lines, then press
        Annotate.
      </p>
    );
  }
  return (
    <div className="annotations-panel">
      <search className="toolbar toolbar-wrap panel-toolbar" aria-label="Filter annotations">
        <select aria-label="Kind of annotation" value={type} onChange={(e) => setType(e.target.value)}>
          <option value="">All kinds</option>
          {ANNOTATION_TYPES.map((t) => (
            <option key={t} value={t}>
              {ANNOTATION_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
        <select aria-label="Behaviour" value={behaviourId} onChange={(e) => setBehaviourId(e.target.value)}>
          <option value="">All behaviours</option>
          {behaviours.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </search>
      <p className="muted count-line">
        {shown.length === annotations.length
          ? plural(annotations.length, 'annotation')
          : `${shown.length} of ${plural(annotations.length, 'annotation')}`}
      </p>
      <ol ref={listRef} className="annotation-list" aria-label="Annotations">
        {shown.map((a) => {
          const anchor = transcriptAnchorOf(a);
          return (
            <li
              key={a.id}
              data-annotation={a.id}
              className={`annotation-entry annotation-${a.annotationType ?? 'none'}${a.id === activeId ? ' annotation-entry-active' : ''}`}
            >
              <button type="button" className="annotation-jump" onClick={() => onJump(a)}>
                <span className="annotation-type">{annotationTypeLabel(a.annotationType)}</span>
                <span className="annotation-behaviour">{a.behaviourName}</span>
                {anchor?.startMs != null ? (
                  <span className="annotation-time">{formatClock(anchor.startMs)}</span>
                ) : null}
              </button>
              <div className="annotation-meta">
                <span className={`rating rating-${ratingTone(a)}`}>{ratingLabel(a)}</span>
                {a.visibility === 'shared' ? (
                  <span className="badge">Shared with rep</span>
                ) : (
                  <span className="badge badge-muted">Private</span>
                )}
              </div>
              {a.evidence ? <blockquote className="annotation-quote">{a.evidence}</blockquote> : null}
              {a.comment ? <p className="annotation-comment">{a.comment}</p> : null}
              <Replies observation={a} />
              {onEdit && onDelete ? (
                <div className="annotation-actions">
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    onClick={() => onEdit(a)}
                  >
                    Edit<span className="visually-hidden"> annotation on {a.behaviourName}</span>
                  </button>
                  <button
                    type="button"
                    className="button button-quiet button-small button-danger-quiet"
                    onClick={() => onDelete(a)}
                  >
                    Delete<span className="visually-hidden"> annotation on {a.behaviourName}</span>
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      {shown.length === 0 ? <p className="muted">No annotation matches these filters.</p> : null}
    </div>
  );
}
