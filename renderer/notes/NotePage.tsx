import { useRef, useState } from 'react';
import { Link } from 'wouter';
import type { Note, RichTextDoc } from '../../shared/contract';
import { useApiCache, useApiQuery } from '../api/queries';
import { useApi } from '../app/client-context';
import { SHORTCUTS, shortcutLabel } from '../app/shortcuts';
import { RichTextEditor } from '../editor/RichTextEditor';
import { errorMessage } from '../ui/format';
import { useAutosave } from './use-autosave';
import { SaveProblem, SaveStatus } from './SaveStatus';

function NoteEditor({ note, repName }: { note: Note; repName: string }) {
  const api = useApi();
  const cache = useApiCache();
  const latest = useRef({ title: note.title, doc: note.doc });
  const [title, setTitle] = useState(note.title);
  const autosave = useAutosave<{ title: string; doc: RichTextDoc }>({
    revision: note.revision,
    save: async (value, revision) => {
      const result = await api.notes.save({
        id: note.id,
        revision,
        title: value.title.trim() || 'Untitled note',
        doc: value.doc,
      });
      // The answer is the note as stored: `notes.changed` then finds nothing newer to fetch. (The editor
      // keeps the text it was opened with, so this does not reset it.)
      cache.set('notes.get', { id: note.id }, result.note);
      return result.note.revision;
    },
  });
  const update = (changes: Partial<{ title: string; doc: RichTextDoc }>) => {
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
        <NoteEditor note={note.data} repName={repName} />
      )}
    </section>
  );
}
