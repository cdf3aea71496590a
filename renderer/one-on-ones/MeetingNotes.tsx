import { useApiCache } from '../api/queries';
import { useState } from 'react';
import type { OneOnOne, RichTextDoc } from '../../shared/contract';
import { useApi } from '../app/client-context';
import { SHORTCUTS, shortcutLabel } from '../app/shortcuts';
import { RichTextEditor } from '../editor/RichTextEditor';
import { useAutosave } from '../notes/use-autosave';
import { SaveProblem, SaveStatus } from '../notes/SaveStatus';
import { useIsRep } from '../workspace/use-workspace';
import { RichTextView } from './RichTextView';

type Part = 'shared' | 'private';

const PARTS: Record<Part, { title: string; label: string; hint: string }> = {
  shared: {
    title: 'Shared notes',
    label: 'Shared notes',
    hint: 'the rep may see these',
  },
  private: {
    title: 'Private notes',
    label: 'Private notes',
    hint: 'only you',
  },
};

/**
 * The two notes of a one-to-one, each saved on its own a second after typing stops. Mounted once per
 * meeting (keyed by id): the editors keep the text from the first load, so a refetch never resets typing.
 */
export function MeetingNotes({ meeting }: { meeting: OneOnOne }) {
  const [initial] = useState(() => ({ shared: meeting.shared, private: meeting.private }));
  const isRep = useIsRep(meeting.repId);
  return (
    <section className="meeting-section meeting-notes" aria-labelledby="notes-title">
      <header className="meeting-section-header">
        <h2 id="notes-title">Notes</h2>
        <span className="section-count">
          Select words and press {shortcutLabel(SHORTCUTS.tagBehaviour)} to tag a behaviour: it becomes an
          observation of {meeting.repName}.
        </span>
      </header>
      {isRep ? (
        // The rep reads what their manager shared; they answer in talking points and replies, not here.
        <section className="notes-part notes-part-shared" aria-labelledby="notes-shared-title">
          <div className="notes-part-header">
            <h3 id="notes-shared-title">Shared notes</h3>
          </div>
          <RichTextView doc={meeting.shared.doc} />
        </section>
      ) : (
        <NotesPart
          meeting={meeting}
          part="shared"
          doc={initial.shared.doc}
          revision={initial.shared.revision}
        />
      )}
      {initial.private ? (
        <NotesPart
          meeting={meeting}
          part="private"
          doc={initial.private.doc}
          revision={initial.private.revision}
        />
      ) : meeting.privateAuthor ? (
        <section className="notes-part notes-part-private" aria-labelledby="notes-private-title">
          <div className="notes-part-header">
            <h3 id="notes-private-title">Private notes by {meeting.privateAuthor.name}</h3>
          </div>
          <p className="muted">Only {meeting.privateAuthor.name} can read or change them.</p>
        </section>
      ) : null}
    </section>
  );
}

function NotesPart({
  meeting,
  part,
  doc,
  revision,
}: {
  meeting: OneOnOne;
  part: Part;
  doc: RichTextDoc;
  revision: number;
}) {
  const api = useApi();
  const cache = useApiCache();
  const autosave = useAutosave<RichTextDoc>({
    revision,
    save: async (value, current) => {
      const result = await api.oneOnOnes.saveNotes({ id: meeting.id, revision: current, part, doc: value });
      // The cached meeting learns the new revision, so `oneOnOnes.notesSaved` for this very save finds
      // nothing newer and does not reload the page under the editor.
      cache.set('oneOnOnes.get', { id: meeting.id }, (m) =>
        m ? { ...m, [part]: { doc: value, revision: result.revision } } : m,
      );
      return result.revision;
    },
  });
  const { title, label, hint } = PARTS[part];
  const titleId = `notes-${part}-title`;
  return (
    <section className={`notes-part notes-part-${part}`} aria-labelledby={titleId}>
      <div className="notes-part-header">
        <h3 id={titleId}>
          {title} <span className="notes-part-hint">({hint})</span>
        </h3>
        <SaveStatus autosave={autosave} />
      </div>
      <SaveProblem autosave={autosave} />
      <RichTextEditor
        doc={doc}
        onChange={autosave.change}
        label={label}
        repId={meeting.repId}
        source={{ kind: 'one-on-one', id: meeting.id, part }}
      />
    </section>
  );
}
