import { DealReviewSection } from '../deals/DealReviewSection';
import { useMutation } from '@tanstack/react-query';
import { useApiCache } from '../api/queries';
import { type FormEvent, useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { OneOnOne } from '../../shared/contract';
import { useApi } from '../app/client-context';
import { useIsRep } from '../workspace/use-workspace';
import { focusFirst, type PageCommand, usePageCommands } from '../app/page-commands';
import { useMediaQuery } from '../ui/use-media-query';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { errorMessage, formatDate } from '../ui/format';
import { AgendaSection } from './AgendaSection';
import { CommitmentsSection } from './CommitmentsSection';
import { FocusSection, SinceLastTime } from './FocusSection';
import { longDate, relativeDay, suggestedDate } from './format';
import { MeetingNotes } from './MeetingNotes';
import { PlanDialog } from './PlanDialog';
import { BriefPanel } from './PrepBriefPage';
import { StatusBadge } from './StateBadge';
import { formError, issueFor, useMeeting, useOverview } from './use-one-on-ones';

/** /one-to-ones/:id — the page a manager runs the meeting from. */
export function OneOnOnePage({ id }: { id: string }) {
  const meeting = useMeeting(id);
  if (meeting.isPending) {
    return (
      <p className="muted" aria-busy="true">
        Loading the one-to-one…
      </p>
    );
  }
  if (meeting.isError) {
    return (
      <section className="screen" aria-labelledby="screen-title">
        <Link href="/one-to-ones" className="back-link">
          ← One-to-ones
        </Link>
        <h1 id="screen-title">One-to-one not found</h1>
        <p className="form-error" role="alert">
          {errorMessage(meeting.error)}
        </p>
      </section>
    );
  }
  return <Meeting key={id} meeting={meeting.data} />;
}

type Asking = 'reschedule' | 'cancel' | 'plan-next' | null;

/** From this width the prep brief sits beside the meeting (see .meeting-wide in one-on-ones.css). */
const WIDE_LAYOUT = '(min-width: 1400px)';

function Meeting({ meeting }: { meeting: OneOnOne }) {
  const api = useApi();
  const cache = useApiCache();
  const [, navigate] = useLocation();
  const [asking, setAsking] = useState<Asking>(null);
  const overview = useOverview();
  const cadence = overview.data?.find((r) => r.repId === meeting.repId);

  const update = useMutation({
    mutationFn: (changes: Pick<OneOnOne, 'date' | 'status'>) =>
      api.oneOnOnes.update({ id: meeting.id, revision: meeting.revision, ...changes }),
    onSuccess: (updated) => {
      cache.set('oneOnOnes.get', { id: meeting.id }, updated);
      setAsking(null);
    },
  });

  const statusError = asking === null ? formError(update.error) : null;
  const isRep = useIsRep(meeting.repId);
  // Wide windows show the manager the prep brief beside the notes of the next one-to-one: prepare and write in one view.
  const wide = useMediaQuery(WIDE_LAYOUT);
  const withBrief = wide && meeting.status === 'scheduled' && !isRep;
  const commands = useMemo<PageCommand[]>(
    () => [
      {
        id: 'talking-point',
        label: 'Add a talking point',
        run: () => focusFirst('[data-jump="talking-point"]'),
      },
      { id: 'commitment', label: 'Add a commitment', run: () => focusFirst('[data-jump="commitment"]') },
      {
        id: 'shared-notes',
        label: 'Write the shared notes',
        run: () => focusFirst('.notes-part-shared [role="textbox"]'),
      },
      {
        id: 'private-notes',
        label: 'Write the private notes',
        run: () => focusFirst('.notes-part-private [role="textbox"]'),
      },
      {
        id: 'brief',
        label: 'Prep brief',
        run: () =>
          document.getElementById('brief-panel-title')
            ? focusFirst('#brief-panel-title')
            : navigate(`/one-to-ones/prep/${meeting.repId}`),
      },
    ],
    [meeting.repId, navigate],
  );
  usePageCommands(commands);
  return (
    <article
      className={withBrief ? 'screen meeting meeting-wide' : 'screen meeting'}
      aria-labelledby="screen-title"
    >
      <Link href="/one-to-ones" className="back-link">
        ← One-to-ones
      </Link>
      <header className="screen-header meeting-header">
        <h1 id="screen-title">
          One-to-one with{' '}
          <Link href={`/team/${meeting.repId}`} className="title-link">
            {meeting.repName}
          </Link>
        </h1>
        {/* Planning and running the meeting is the manager's; the rep reads it and adds their points. */}
        {isRep ? null : (
          <div className="actions">
            {meeting.status === 'scheduled' ? (
              <>
                <button
                  type="button"
                  className="button button-primary"
                  disabled={update.isPending}
                  onClick={() => update.mutate({ date: meeting.date, status: 'held' })}
                >
                  Mark as held
                </button>
                <button type="button" className="button" onClick={() => setAsking('reschedule')}>
                  Reschedule
                </button>
                <button type="button" className="button" onClick={() => setAsking('cancel')}>
                  Cancel
                </button>
              </>
            ) : (
              <>
                <button
                  type="button"
                  className="button button-primary"
                  onClick={() => setAsking('plan-next')}
                >
                  Plan next one-to-one
                </button>
                <button
                  type="button"
                  className="button"
                  disabled={update.isPending}
                  onClick={() => update.mutate({ date: meeting.date, status: 'scheduled' })}
                >
                  {meeting.status === 'held' ? 'Back to scheduled' : 'Restore'}
                </button>
              </>
            )}
          </div>
        )}
      </header>
      <p className="subtitle meeting-subtitle">
        <time dateTime={meeting.date}>{longDate(meeting.date)}</time>
        <span className="muted">{relativeDay(meeting.date)}</span>
        <StatusBadge status={meeting.status} />
        {meeting.previous ? (
          <Link href={`/one-to-ones/${meeting.previous.id}`} className="subtle-link">
            ← Previous: {formatDate(meeting.previous.date)}
          </Link>
        ) : (
          <span className="muted">First one-to-one</span>
        )}
        <Link href={`/one-to-ones/prep/${meeting.repId}`} className="subtle-link">
          Prep brief
        </Link>
      </p>
      {statusError ? (
        <p className="form-error" role="alert">
          {statusError}
        </p>
      ) : null}
      {meeting.status === 'cancelled' ? (
        <p className="notice">
          This one-to-one was cancelled. Its open talking points are carried from the one before it instead.
        </p>
      ) : null}

      <div className="meeting-layout">
        <div className="meeting-body">
          <SinceLastTime meeting={meeting} />
          <AgendaSection meeting={meeting} readOnly={isRep} />
          <FocusSection meeting={meeting} readOnly={isRep} />
          <CommitmentsSection meeting={meeting} readOnly={isRep} />
          {isRep ? null : <DealReviewSection meeting={meeting} />}
          <MeetingNotes key={meeting.id} meeting={meeting} />
          <ExportSection meeting={meeting} />
        </div>
        {withBrief ? <BriefPanel repId={meeting.repId} oneOnOneId={meeting.id} /> : null}
      </div>

      <Dialog
        title="Reschedule the one-to-one"
        open={asking === 'reschedule'}
        onClose={() => setAsking(null)}
      >
        <RescheduleForm
          date={meeting.date}
          error={update.error}
          pending={update.isPending}
          onCancel={() => setAsking(null)}
          onSubmit={(date) => update.mutate({ date, status: 'scheduled' })}
        />
      </Dialog>
      <Dialog title="Cancel this one-to-one?" open={asking === 'cancel'} onClose={() => setAsking(null)}>
        <p>
          The one-to-one with {meeting.repName} on {longDate(meeting.date)} will be marked cancelled. Its
          agenda, commitments and notes stay here, and you can restore it later.
        </p>
        {update.isError ? (
          <p className="form-error" role="alert">
            {errorMessage(update.error)}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="button" className="button" onClick={() => setAsking(null)}>
            Keep it
          </button>
          <button
            type="button"
            className="button button-danger"
            disabled={update.isPending}
            onClick={() => update.mutate({ date: meeting.date, status: 'cancelled' })}
          >
            Cancel one-to-one
          </button>
        </div>
      </Dialog>
      {asking === 'plan-next' ? (
        <PlanDialog
          open
          repId={meeting.repId}
          repName={meeting.repName}
          date={suggestedDate(cadence?.dueOn)}
          dueOn={cadence?.dueOn ?? null}
          onClose={() => setAsking(null)}
          onPlanned={(next) => {
            setAsking(null);
            navigate(`/one-to-ones/${next.id}`);
          }}
        />
      ) : null}
    </article>
  );
}

function RescheduleForm({
  date: initial,
  error,
  pending,
  onCancel,
  onSubmit,
}: {
  date: string;
  error: unknown;
  pending: boolean;
  onCancel(): void;
  onSubmit(date: string): void;
}) {
  const [date, setDate] = useState(initial);
  const [missing, setMissing] = useState(false);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (date === '') setMissing(true);
    else onSubmit(date);
  }
  const general = formError(error, ['date']);
  return (
    <form className="form" onSubmit={submit} noValidate>
      <Field label="New date" required error={missing ? 'Choose a date' : issueFor(error, 'date')}>
        {(props) => (
          <input
            {...props}
            type="date"
            value={date}
            autoFocus
            onChange={(e) => {
              setDate(e.target.value);
              setMissing(false);
            }}
          />
        )}
      </Field>
      {general ? (
        <p className="form-error" role="alert">
          {general}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={pending}>
          Reschedule
        </button>
      </div>
    </form>
  );
}

/** Hands the file to the browser (or Electron) as a download, through a temporary link. */
function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the blob only after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function ExportSection({ meeting }: { meeting: OneOnOne }) {
  const api = useApi();
  const exportMarkdown = useMutation({
    mutationFn: () => api.oneOnOnes.exportMarkdown({ id: meeting.id }),
    onSuccess: (file) => download(file.fileName, file.markdown, 'text/markdown;charset=utf-8'),
  });
  return (
    <section className="meeting-section meeting-export" aria-labelledby="export-title">
      <header className="meeting-section-header">
        <h2 id="export-title">Export</h2>
        <span className="section-count">
          Agenda, focus, commitments and shared notes. Private notes are never included.
        </span>
      </header>
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={exportMarkdown.isPending}
          onClick={() => exportMarkdown.mutate()}
        >
          Export for the rep (Markdown)
        </button>
        <Link href={`/one-to-ones/${meeting.id}/print`} className="button">
          Print / PDF
        </Link>
      </div>
      {exportMarkdown.isError ? (
        <p className="form-error" role="alert">
          {errorMessage(exportMarkdown.error)}
        </p>
      ) : null}
    </section>
  );
}
