import { useState } from 'react';
import type { ProposalAnnotation } from '../../shared/contract';
import { useApi } from '../app/client-context';
import { errorMessage } from '../ui/format';

/** The margin: every annotation of this version in reading order, then those whose passage changed. */
export function AnnotationsMargin({
  annotations,
  selectedId,
  onSelect,
  selection,
}: {
  annotations: ProposalAnnotation[];
  selectedId: string | null;
  onSelect(id: string): void;
  /** The passage selected in the document now, for re-attaching an annotation that needs a re-check. */
  selection: { start: number; end: number } | null;
}) {
  const placed = annotations.filter((a) => a.start !== null);
  const recheck = annotations.filter((a) => a.start === null);
  return (
    <aside className="proposal-margin" aria-labelledby="margin-title">
      <h2 id="margin-title">Annotations ({placed.length})</h2>
      {placed.length === 0 ? (
        <p className="muted">Select words in the proposal to annotate them.</p>
      ) : (
        <ol className="plain-list">
          {placed.map((a) => (
            <AnnotationItem
              key={a.id}
              annotation={a}
              selected={a.id === selectedId}
              onSelect={onSelect}
              selection={null}
            />
          ))}
        </ol>
      )}
      {recheck.length > 0 ? (
        <>
          <h3>Needs re-check ({recheck.length})</h3>
          <p className="muted">
            These passages changed in this version. Select the new words and attach the annotation, or resolve
            it.
          </p>
          <ol className="plain-list">
            {recheck.map((a) => (
              <AnnotationItem
                key={a.id}
                annotation={a}
                selected={a.id === selectedId}
                onSelect={onSelect}
                selection={selection}
              />
            ))}
          </ol>
        </>
      ) : null}
    </aside>
  );
}

function AnnotationItem({
  annotation: a,
  selected,
  onSelect,
  selection,
}: {
  annotation: ProposalAnnotation;
  selected: boolean;
  onSelect(id: string): void;
  selection: { start: number; end: number } | null;
}) {
  const api = useApi();
  const [reply, setReply] = useState('');
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <li
      className={selected ? 'proposal-note proposal-note-selected' : 'proposal-note'}
      aria-current={selected || undefined}
    >
      <button type="button" className="proposal-quote" onClick={() => onSelect(a.id)}>
        “{a.quote}”
      </button>
      {a.needsRecheck ? <p className="badge">Needs re-check</p> : null}
      {a.behaviourName ? (
        <p className="muted">
          {a.behaviourName}
          {a.level !== null ? ` · level ${a.level}` : ''}
        </p>
      ) : null}
      {a.comment ? <p>{a.comment}</p> : null}
      {a.suggestedRewrite ? (
        <p className="proposal-rewrite">
          <strong>Suggested rewrite:</strong> {a.suggestedRewrite}
        </p>
      ) : null}
      <p className="muted">
        {a.authorName ?? 'Reviewer'}
        {a.visibility === 'private' ? ' · private' : ''}
        {a.resolved ? ' · resolved' : ''}
      </p>
      {a.replies.length > 0 ? (
        <ul className="plain-list proposal-replies">
          {a.replies.map((r) => (
            <li key={r.id}>
              <strong>{r.authorName ?? 'Someone'}:</strong> {r.text}
            </li>
          ))}
        </ul>
      ) : null}
      <form
        className="proposal-reply"
        onSubmit={(e) => {
          e.preventDefault();
          if (reply.trim() === '') return;
          void run(async () => {
            await api.proposals.reply({ annotationId: a.id, text: reply });
            setReply('');
          });
        }}
      >
        <label className="visually-hidden" htmlFor={`reply-${a.id}`}>
          Reply to this annotation
        </label>
        <input
          id={`reply-${a.id}`}
          placeholder="Reply"
          value={reply}
          onChange={(e) => setReply(e.target.value)}
        />
        <button type="submit" className="button button-small">
          Reply
        </button>
      </form>
      <div className="actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => void run(() => api.proposals.resolve({ annotationId: a.id, resolved: !a.resolved }))}
        >
          {a.resolved ? 'Reopen' : 'Resolve'}
        </button>
        {a.needsRecheck ? (
          <button
            type="button"
            className="button button-small"
            disabled={selection === null}
            onClick={() =>
              selection && void run(() => api.proposals.reanchor({ annotationId: a.id, range: selection }))
            }
          >
            Attach to the selected words
          </button>
        ) : null}
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}
