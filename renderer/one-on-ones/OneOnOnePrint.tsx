import { Link } from 'wouter';
import { errorMessage, formatDate } from '../ui/format';
import { longDate } from './format';
import { hasText, RichTextView } from './RichTextView';
import { useMeeting } from './use-one-on-ones';

/**
 * /one-to-ones/:id/print — what the rep may see, laid out for paper or a PDF: agenda, focus,
 * commitments and the shared notes. Private notes are never shown here.
 */
export function OneOnOnePrint({ id }: { id: string }) {
  const meeting = useMeeting(id);
  if (meeting.isPending) {
    return (
      <p className="muted" aria-busy="true">
        Loading…
      </p>
    );
  }
  if (meeting.isError) {
    return (
      <p className="form-error" role="alert">
        {errorMessage(meeting.error)}
      </p>
    );
  }
  const m = meeting.data;
  const commitments = m.commitments.filter((c) => c.status !== 'dropped');
  return (
    <div className="print-view">
      <div className="print-toolbar">
        <Link href={`/one-to-ones/${m.id}`} className="back-link">
          ← Back to the one-to-one
        </Link>
        <span className="muted">Shared parts only: private notes are left out.</span>
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <article className="print-page" aria-labelledby="print-title">
        <header className="print-header">
          <h1 id="print-title">One-to-one with {m.repName}</h1>
          <p className="print-date">{longDate(m.date)}</p>
        </header>

        <section aria-labelledby="print-agenda">
          <h2 id="print-agenda">Agenda</h2>
          {m.agenda.length === 0 ? (
            <p className="muted">No talking points.</p>
          ) : (
            <ul className="print-checklist">
              {m.agenda.map((item) => (
                <li key={item.id} className={item.done ? 'print-done' : undefined}>
                  <span className="print-box" aria-hidden="true">
                    {item.done ? '☑' : '☐'}
                  </span>
                  <span>
                    {item.text}
                    {item.author === 'rep' ? <span className="print-aside"> (your point)</span> : null}
                    <span className="visually-hidden">{item.done ? ' (done)' : ' (open)'}</span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>

        {m.focus.length > 0 ? (
          <section aria-labelledby="print-focus">
            <h2 id="print-focus">What we are working on</h2>
            <ul>
              {m.focus.map((f) => (
                <li key={f.behaviourId}>{f.name}</li>
              ))}
            </ul>
          </section>
        ) : null}

        <section aria-labelledby="print-commitments">
          <h2 id="print-commitments">Commitments</h2>
          {commitments.length === 0 ? (
            <p className="muted">No commitments.</p>
          ) : (
            <ul className="print-checklist">
              {commitments.map((c) => (
                <li key={c.id} className={c.status === 'done' ? 'print-done' : undefined}>
                  <span className="print-box" aria-hidden="true">
                    {c.status === 'done' ? '☑' : '☐'}
                  </span>
                  <span>
                    {c.text}
                    <span className="print-aside">
                      {' '}
                      ({c.owner === 'rep' ? 'You' : 'Manager'}
                      {c.dueOn ? `, due ${formatDate(c.dueOn)}` : ''})
                    </span>
                    <span className="visually-hidden">{c.status === 'done' ? ' (done)' : ' (open)'}</span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="print-notes">
          <h2 id="print-notes">Notes</h2>
          {hasText(m.shared.doc) ? <RichTextView doc={m.shared.doc} /> : <p className="muted">No notes.</p>}
        </section>
      </article>
    </div>
  );
}
