import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { ApiError } from '../api/client';
import { useApiCache, useApiQuery } from '../api/queries';
import { useApi } from '../app/client-context';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { errorMessage, formatDate } from '../ui/format';

/** A rep's coaching notes: ride-alongs, pipeline chats, anything worth writing down and tagging. */
export function NotesList({ repId, repName }: { repId: string; repName: string }) {
  const api = useApi();
  const cache = useApiCache();
  const [, navigate] = useLocation();
  const [creating, setCreating] = useState(false);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const notes = useApiQuery('notes.list', { repId });
  const create = useMutation({
    mutationFn: () => api.notes.create({ repId, title }),
    onSuccess: (note) => {
      cache.set('notes.get', { id: note.id }, note);
      navigate(`/team/${repId}/notes/${note.id}`);
    },
    onError: (e) => setError(e instanceof ApiError ? (e.issues[0]?.message ?? e.message) : errorMessage(e)),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (title.trim() === '') {
      setError('Give the note a title');
      return;
    }
    create.mutate();
  }

  return (
    <section aria-labelledby="notes-title">
      <div className="section-header">
        <h2 id="notes-title">Coaching notes</h2>
        <button type="button" className="button" onClick={() => setCreating(true)}>
          New note
        </button>
      </div>
      {notes.isPending ? (
        <p className="muted" aria-busy="true">
          Loading notes…
        </p>
      ) : notes.isError ? (
        <p className="form-error" role="alert">
          {errorMessage(notes.error)}
        </p>
      ) : notes.data.length === 0 ? (
        <p className="muted">
          No notes about {repName} yet. Write one after a ride-along, then tag what you saw with a behaviour.
        </p>
      ) : (
        <ul className="note-list" aria-label="Notes">
          {notes.data.map((note) => (
            <li key={note.id}>
              <Link href={`/team/${repId}/notes/${note.id}`} className="note-title">
                {note.title}
              </Link>
              <span className="muted">
                {' '}
                · {formatDate(note.updatedAt.slice(0, 10))} · {note.observationCount} tagged ·{' '}
                {note.visibility === 'shared' ? `shared, by ${note.authorName ?? 'someone'}` : 'private'}
              </span>
              {note.excerpt ? <p className="muted note-excerpt">{note.excerpt}</p> : null}
            </li>
          ))}
        </ul>
      )}
      <Dialog title="New coaching note" open={creating} onClose={() => setCreating(false)}>
        <form className="form" onSubmit={submit} noValidate>
          <Field label="Title" error={error ?? undefined}>
            {(props) => (
              <input
                {...props}
                value={title}
                placeholder="e.g. Ride-along at Norland Foods"
                onChange={(e) => {
                  setTitle(e.target.value);
                  setError(null);
                }}
                autoFocus
              />
            )}
          </Field>
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setCreating(false)}>
              Cancel
            </button>
            <button type="submit" className="button button-primary" disabled={create.isPending}>
              Create note
            </button>
          </div>
        </form>
      </Dialog>
    </section>
  );
}
