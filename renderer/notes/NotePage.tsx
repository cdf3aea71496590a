import { useRef, useState } from 'react';
import { Link } from 'wouter';
import type { Note, RichTextDoc } from '../../shared/contract';
import { useApiCache, useApiQuery } from '../api/queries';
import { useApi } from '../app/client-context';
import { SHORTCUTS, shortcutLabel } from '../app/shortcuts';
import { RichTextEditor } from '../editor/RichTextEditor';
import { errorMessage } from '../ui/format';
import { useAutosave } from './use-autosave';
import { RichTextView } from '../one-on-ones/RichTextView';
import { type Visibility, VisibilityField } from '../ui/VisibilityField';
import { useWorkspace } from '../workspace/use-workspace';
import { SaveProblem, SaveStatus } from './SaveStatus';

function NoteEditor({ note, repName }: { note: Note; repName: string }) {
  const api = useApi();
  const cache = useApiCache();
  const latest = useRef({ title: note.title, doc: note.doc, visibility: note.visibility as Visibility });
  const [title, setTitle] = useState(note.title);
  const [visibility, setVisibility] = useState<Visibility>(note.visibility);
  const owner = useWorkspace().data?.owner ?? null;
  const mine = note.authorId === (owner?.id ?? null);
  const autosave = useAutosave<{ title: string; doc: RichTextDoc; visibility: Visibility }>({
    revision: note.revision,
    save: async (value, revision) => {
      const result = await api.notes.save({
        id: note.id,
        revision,
        title: value.title.trim() || 'Untitled note',
        doc: value.doc,
        // Only the author decides who sees the note; anyone else leaves it as it is.
        ...(mine ? { visibility: value.visibility } : {}),
      });
      // The answer is the note as stored: `notes.changed` then finds nothing newer to fetch. (The editor
      // keeps the text it was opened with, so this does not reset it.)
      cache.set('notes.get', { id: note.id }, result.note);
      return result.note.revision;
    },
  });
  const update = (changes: Partial<{ title: string; doc: RichTextDoc; visibility: Visibility }>) => {
    latest.current = { ...latest.current, ...changes };
    autosave.change(latest.current);
  };

  return (
    <>
      <div className="note-header">
        <input
          className="note-title-input"
          aria-label="Note title"
          value={title}
          onChange={(e) => {
            setTitle(e.target.value);
            update({ title: e.target.value });
          }}
        />
        <SaveStatus autosave={autosave} />
      </div>
      <SaveProblem autosave={autosave} />
      {mine ? (
        <VisibilityField
          value={visibility}
          onChange={(value) => {
            setVisibility(value);
            update({ visibility: value });
          }}
        />
      ) : (
        <p className="muted">
          Written by {note.authorName ?? 'someone else'}, shared with {repName}.
        </p>
      )}
      <p className="muted editor-hint">
        Select text and press {shortcutLabel(SHORTCUTS.tagBehaviour)} (or use “Tag behaviour”) to link it to a
        behaviour: it becomes an observation of {repName}.
      </p>
      <RichTextEditor
        doc={note.doc}
        onChange={(doc) => update({ doc })}
        label={`Note about ${repName}`}
        repId={note.repId}
        source={{ kind: 'note', id: note.id }}
      />
    </>
  );
}

/** The rep reads a note shared with them; changing it is for whoever wrote it and the rep's managers. */
function NoteOrReading({ note, repName }: { note: Note; repName: string }) {
  const owner = useWorkspace().data?.owner ?? null;
  if (owner?.id === note.repId && note.authorId !== owner.id)
    return (
      <article className="note-reading" aria-labelledby="note-title">
        <h2 id="note-title">{note.title}</h2>
        <p className="muted">Shared with you by {note.authorName ?? 'your manager'}.</p>
        <RichTextView doc={note.doc} />
      </article>
    );
  return <NoteEditor note={note} repName={repName} />;
}

export function NotePage({ repId, noteId, repName }: { repId: string; noteId: string; repName: string }) {
  // Loaded once per note: while it is open the editor owns the text, and refetches must not reset it.
  const note = useApiQuery('notes.get', { id: noteId }, { staleTime: Number.POSITIVE_INFINITY, gcTime: 0 });
  return (
    <section aria-label="Coaching note" className="note-page">
      <Link href={`/team/${repId}/notes`} className="back-link">
        ← Notes
      </Link>
      {note.isPending ? (
        <p className="muted" aria-busy="true">
          Loading the note…
        </p>
      ) : note.isError ? (
        <p className="form-error" role="alert">
          {errorMessage(note.error)}
        </p>
      ) : (
        <NoteOrReading note={note.data} repName={repName} />
      )}
    </section>
  );
}
