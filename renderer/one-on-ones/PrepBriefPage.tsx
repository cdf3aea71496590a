import { dealHref, FORECAST_LABELS, formatMoney } from '../deals/format';
import { useMutation } from '@tanstack/react-query';
import { useApiQuery } from '../api/queries';
import { type FormEvent, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { LEVEL_NAMES, type PrepBrief } from '../../shared/contract';
import { agendaPointForSuggestion } from '../../shared/domain/prep-brief';
import { useApi } from '../app/client-context';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { GoalProgressLine } from '../progress/GoalsSection';
import { errorMessage, formatDate } from '../ui/format';
import { useToast } from '../ui/Toast';
import { today } from '../../shared/dates';
import {
  BriefActionsContext,
  AddToAgenda,
  BehaviourName,
  type BriefActions,
  BriefSection,
  CommitmentsBrief,
  Empty,
  SetAsFocus,
} from './BriefParts';
import { EvidenceList } from './EvidenceList';
import { longDate, plural, relativeDay, suggestedDate } from './format';
import { PlanDialog } from './PlanDialog';
import { formError, issueFor, useOverview } from './use-one-on-ones';

const MAX_FOCUS = 3;
const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

export function PrepBriefPage({ repId, printing = false }: { repId: string; printing?: boolean }) {
  // Kept fresh by events: an observation captured anywhere, a call reviewed, a commitment ticked.
  const brief = useApiQuery('oneOnOnes.prepBrief', { repId });
  if (brief.isPending) {
    return (
      <p className="muted" aria-busy="true">
        Preparing the brief…
      </p>
    );
  }
  if (brief.isError) {
    return (
      <section className="screen" aria-labelledby="screen-title">
        <Link href="/one-to-ones" className="back-link">
          ← One-to-ones
        </Link>
        <h1 id="screen-title">Prep brief not available</h1>
        <p className="form-error" role="alert">
          {errorMessage(brief.error)}
        </p>
      </section>
    );
  }
  return <Brief brief={brief.data} printing={printing} />;
}

/**
 * The brief beside the notes of the rep's next one-to-one (wide windows), so the manager prepares and
 * writes in one view. Shown only for that meeting: "Add to agenda" always adds to the next one.
 */
export function BriefPanel({ repId, oneOnOneId }: { repId: string; oneOnOneId: string }) {
  const brief = useApiQuery('oneOnOnes.prepBrief', { repId });
  if (brief.isPending) {
    return (
      <p className="muted brief-panel" aria-busy="true">
        Preparing the brief…
      </p>
    );
  }
  if (brief.isError) {
    return (
      <p className="form-error brief-panel" role="alert">
        Could not prepare the brief: {errorMessage(brief.error)}
      </p>
    );
  }
  if (brief.data.nextOneOnOne?.id !== oneOnOneId) return null;
  return <Brief brief={brief.data} printing={false} embedded />;
}

type BriefChange = { agendaText: string } | { focusBehaviourId: string };

function Brief({
  brief,
  printing,
  embedded = false,
}: {
  brief: PrepBrief;
  printing: boolean;
  embedded?: boolean;
}) {
  const api = useApi();
  const overview = useOverview();
  const toast = useToast();
  const [planning, setPlanning] = useState(false);
  // A change waiting for a date: nothing is planned and there is no cadence to plan by.
  const [askingDate, setAskingDate] = useState<BriefChange | null>(null);
  const [added, setAdded] = useState<Set<string>>(() => new Set());
  const next = brief.nextOneOnOne;
  // What the next one-to-one already has, so an item is never added twice.
  const nextMeeting = useApiQuery(
    'oneOnOnes.get',
    { id: next?.id ?? '' },
    {
      enabled: next !== null,
      select: (m) => ({
        agenda: new Set(m.agenda.map((i) => normalise(i.text))),
        focus: m.focus.map((f) => f.behaviourId),
      }),
    },
  );
  const [, navigate] = useLocation();
  // Adds to the next one-to-one, planning it on the cadence's due date when there is none yet. The
  // meeting, the overview and this brief hear of it through `oneOnOnes.changed`.
  const change = useMutation({
    mutationFn: ({ change, date }: { change: BriefChange; date?: string }) =>
      api.oneOnOnes.addToNext({ repId: brief.repId, date, ...change }),
    onSuccess: (result, { change }) => {
      setAskingDate(null);
      if ('agendaText' in change) setAdded((s) => new Set(s).add(normalise(change.agendaText)));
      if (result.planned) {
        toast({
          message: `Planned a one-to-one with ${brief.repName} on ${formatDate(result.oneOnOne.date)}.`,
          actions: [{ label: 'View', run: () => navigate(`/one-to-ones/${result.oneOnOne.id}`) }],
        });
      }
    },
    onError: (error, { change }) => {
      if (issueFor(error, 'date') !== undefined && askingDate === null) setAskingDate(change);
    },
  });
  const focusIds = nextMeeting.data?.focus ?? [];
  const actions: BriefActions = {
    interactive: !printing,
    hasNext: next !== null,
    pending: change.isPending,
    addToAgenda: (text) => change.mutate({ change: { agendaText: text.slice(0, 500) } }),
    onAgenda: (text) =>
      added.has(normalise(text.slice(0, 500))) ||
      (nextMeeting.data?.agenda.has(normalise(text.slice(0, 500))) ?? false),
    setFocus: (behaviourId) => change.mutate({ change: { focusBehaviourId: behaviourId } }),
    inFocus: (behaviourId) => focusIds.includes(behaviourId),
    focusFull: focusIds.length >= MAX_FOCUS,
    headingLevel: embedded ? 3 : 2,
  };
  const rep = overview.data?.find((r) => r.repId === brief.repId);
  const Wrapper = embedded ? 'aside' : 'article';
  const since = formatDate(brief.since);
  const failure = askingDate === null ? change.error : null;

  return (
    <BriefActionsContext.Provider value={actions}>
      <Wrapper
        className={printing ? 'screen brief print-view' : embedded ? 'brief brief-panel' : 'screen brief'}
        aria-labelledby={embedded ? 'brief-panel-title' : 'screen-title'}
      >
        {embedded ? (
          <header className="brief-panel-header">
            <h2 id="brief-panel-title" className="brief-panel-title" tabIndex={-1}>
              Prep brief
            </h2>
            <span className="muted">since {since}</span>
            <Link href={`/one-to-ones/prep/${brief.repId}`} className="subtle-link">
              Full page
            </Link>
          </header>
        ) : (
          <>
            {printing ? (
              <div className="print-toolbar">
                <Link href={`/one-to-ones/prep/${brief.repId}`} className="back-link">
                  ← Back to the brief
                </Link>
                <span className="muted">For you: this print may include private observations.</span>
                <button type="button" className="button button-primary" onClick={() => window.print()}>
                  Print
                </button>
              </div>
            ) : (
              <Link href="/one-to-ones" className="back-link">
                ← One-to-ones
              </Link>
            )}
            <header className="screen-header">
              <div>
                <h1 id="screen-title">
                  Prep brief:{' '}
                  {printing ? (
                    brief.repName
                  ) : (
                    <Link href={`/team/${brief.repId}/one-to-ones`} className="title-link">
                      {brief.repName}
                    </Link>
                  )}
                </h1>
                <p className="subtitle brief-subtitle">
                  <span>
                    Since {since}
                    {brief.lastOneOnOne ? (
                      <>
                        {', the '}
                        {printing ? (
                          'last one-to-one'
                        ) : (
                          <Link href={`/one-to-ones/${brief.lastOneOnOne.id}`}>last one-to-one</Link>
                        )}
                      </>
                    ) : (
                      ' (six weeks: no one-to-one held yet)'
                    )}
                  </span>
                  <span aria-hidden="true">·</span>
                  <span>
                    Next:{' '}
                    {next ? (
                      printing ? (
                        longDate(next.date)
                      ) : (
                        <Link href={`/one-to-ones/${next.id}`}>
                          {longDate(next.date)} ({relativeDay(next.date)})
                        </Link>
                      )
                    ) : (
                      <span className="muted">none planned</span>
                    )}
                  </span>
                </p>
              </div>
              {printing ? null : (
                <div className="actions">
                  {next ? null : (
                    <button type="button" className="button button-primary" onClick={() => setPlanning(true)}>
                      Plan one-to-one
                    </button>
                  )}
                  <Link href={`/one-to-ones/prep/${brief.repId}/print`} className="button">
                    Print
                  </Link>
                </div>
              )}
            </header>
          </>
        )}
        {failure ? (
          <p className="form-error" role="alert">
            {errorMessage(failure)}
          </p>
        ) : null}

        <div className="brief-body">
          <CommitmentsBrief brief={brief} />

          <BriefSection id="brief-focus" title="Focus behaviours" count={brief.focus.length}>
            {brief.focus.length === 0 ? (
              <Empty>
                {brief.lastOneOnOne
                  ? `No focus behaviours were chosen on ${formatDate(brief.lastOneOnOne.date)}.`
                  : 'No one-to-one held yet, so no focus chosen.'}
              </Empty>
            ) : (
              <ul className="brief-list">
                {brief.focus.map((f) => (
                  <li key={f.behaviourId} className="brief-item">
                    <div className="brief-item-head">
                      <span className="brief-item-title">
                        <BehaviourName id={f.behaviourId} name={f.name} />
                        <span className="muted">
                          set {formatDate(f.setOn)} · {plural(f.observations.length, 'observation')} since
                        </span>
                      </span>
                      <AddToAgenda
                        text={`Focus: ${f.name} (${plural(f.observations.length, 'observation')} since ${formatDate(f.setOn)})`}
                      />
                    </div>
                    {f.observations.length === 0 ? (
                      <p className="muted evidence-empty">Nothing since {formatDate(f.setOn)}.</p>
                    ) : (
                      <EvidenceList
                        observations={f.observations}
                        label={`Evidence on ${f.name}`}
                        interactive={!printing}
                      />
                    )}
                  </li>
                ))}
              </ul>
            )}
          </BriefSection>

          <BriefSection id="brief-goals" title="Development goals" count={brief.goals.length}>
            {brief.goals.length === 0 ? (
              <Empty>No development goals set. Set one on the rep’s Progress tab.</Empty>
            ) : (
              <ul className="brief-list">
                {brief.goals.map((g) => (
                  <li key={g.id} className="brief-item">
                    <div className="brief-item-head">
                      <span className="brief-item-title">
                        <BehaviourName id={g.behaviourId} name={g.behaviourName} />
                        <span className="muted">
                          level {g.targetLevel} by {formatDate(g.dueOn)}
                        </span>
                      </span>
                    </div>
                    <GoalProgressLine goal={g} />
                  </li>
                ))}
              </ul>
            )}
          </BriefSection>

          <BriefSection
            id="brief-observations"
            title={`Other observations since ${since}`}
            count={brief.otherObservations.reduce((n, g) => n + g.observations.length, 0)}
          >
            {brief.otherObservations.length === 0 ? (
              <Empty>Nothing since {since}.</Empty>
            ) : (
              <ul className="brief-list">
                {brief.otherObservations.map((g) => (
                  <li key={g.behaviourId} className="brief-item">
                    <div className="brief-item-head">
                      <span className="brief-item-title">
                        <BehaviourName id={g.behaviourId} name={g.name} />
                        <span className="muted">{plural(g.observations.length, 'observation')}</span>
                      </span>
                      <AddToAgenda
                        text={`${g.name}: ${plural(g.observations.length, 'observation')} since ${since}`}
                      />
                    </div>
                    <EvidenceList
                      observations={g.observations}
                      label={`Observations of ${g.name}`}
                      limit={2}
                      interactive={!printing}
                    />
                  </li>
                ))}
              </ul>
            )}
          </BriefSection>

          <BriefSection id="brief-levels" title="Levels that moved" count={brief.levelChanges.length}>
            {brief.levelChanges.length === 0 ? (
              <Empty>Nothing since {since}.</Empty>
            ) : (
              <ul className="brief-list brief-list-compact">
                {brief.levelChanges.map((c) => (
                  <li key={c.behaviourId} className="brief-item brief-row">
                    <span
                      className={c.direction === 'up' ? 'level-arrow level-up' : 'level-arrow level-down'}
                      role="img"
                      aria-label={c.direction === 'up' ? 'Rose' : 'Fell'}
                    >
                      {c.direction === 'up' ? '↑' : '↓'}
                    </span>
                    <BehaviourName id={c.behaviourId} name={c.name} />
                    <span className="level-change">
                      {c.before} {LEVEL_NAMES[c.before - 1]} → {c.after} {LEVEL_NAMES[c.after - 1]}
                    </span>
                    <AddToAgenda
                      text={`${c.name}: level ${c.direction === 'up' ? 'rose' : 'fell'} from ${c.before} to ${c.after}`}
                    />
                  </li>
                ))}
              </ul>
            )}
          </BriefSection>

          <BriefSection id="brief-notes" title="Recent coaching notes" count={brief.recentNotes.length}>
            {brief.recentNotes.length === 0 ? (
              <Empty>Nothing since {since}.</Empty>
            ) : (
              <ul className="brief-list brief-list-compact">
                {brief.recentNotes.map((n) => (
                  <li key={n.id} className="brief-item brief-row">
                    {printing ? (
                      <span className="brief-name">{n.title}</span>
                    ) : (
                      <Link href={`/team/${brief.repId}/notes/${n.id}`} className="brief-name">
                        {n.title}
                      </Link>
                    )}
                    <span className="muted">
                      {formatDate(n.updatedAt.slice(0, 10))} · {n.observationCount} tagged
                    </span>
                    <AddToAgenda text={`From the note “${n.title}”`} />
                  </li>
                ))}
              </ul>
            )}
          </BriefSection>

          <BriefSection id="brief-calls" title="Recent call reviews" count={brief.recentCallReviews.length}>
            {brief.recentCallReviews.length === 0 ? (
              <Empty>Nothing since {since}.</Empty>
            ) : (
              <ul className="brief-list brief-list-compact">
                {brief.recentCallReviews.map((c) => (
                  <li key={c.id} className="brief-item brief-row">
                    <span>
                      {printing ? (
                        <span className="brief-name">{c.account}</span>
                      ) : (
                        <Link href={`/calls/${c.id}`} className="brief-name">
                          {c.account}
                        </Link>
                      )}{' '}
                      <span className="muted">· {c.callTypeName}</span>
                    </span>
                    <span className="muted">
                      {formatDate(c.date)} · {plural(c.annotationCount, 'annotation')}
                      {c.score !== null ? ` · scored ${c.score.toFixed(1)} of 4` : ''}
                    </span>
                    <AddToAgenda
                      text={`Call review: ${c.account} (${c.callTypeName}, ${formatDate(c.date)})`}
                    />
                  </li>
                ))}
              </ul>
            )}
          </BriefSection>

          <BriefSection id="brief-role-plays" title="Role-play practice" count={brief.recentRolePlays.length}>
            {brief.recentRolePlays.length === 0 ? (
              <Empty>No practice since {since}.</Empty>
            ) : (
              <ul className="brief-list brief-list-compact">
                {brief.recentRolePlays.map((a) => (
                  <li key={a.id} className="brief-item brief-row">
                    <span>
                      {printing ? (
                        <span className="brief-name">{a.title}</span>
                      ) : (
                        <Link href={`/role-plays/progress/${brief.repId}`} className="brief-name">
                          {a.title}
                        </Link>
                      )}{' '}
                      <span className="muted">
                        · {a.mode === 'manager-run' ? 'with a manager' : 'self-practice'}
                      </span>
                    </span>
                    <span className="muted">
                      {formatDate(a.practisedOn)} · scored {a.average.toFixed(1)} of 4
                    </span>
                    <AddToAgenda text={`Role-play: ${a.title} (${formatDate(a.practisedOn)})`} />
                  </li>
                ))}
              </ul>
            )}
          </BriefSection>

          <BriefSection id="brief-stuck" title="Stuck talking points" count={brief.stuckItems.length}>
            {brief.stuckItems.length === 0 ? (
              <Empty>No talking point has been carried three times.</Empty>
            ) : (
              <ul className="brief-list brief-list-compact">
                {brief.stuckItems.map((item) => (
                  <li key={item.id} className="brief-item brief-row">
                    <span className="brief-name">{item.text}</span>
                    <span className="badge badge-danger">Carried ×{item.carriedCount}</span>
                    <AddToAgenda text={item.text} />
                  </li>
                ))}
              </ul>
            )}
          </BriefSection>

          <BriefSection id="brief-suggestions" title="Suggested focus" count={brief.suggestions.length}>
            {brief.suggestions.length === 0 ? (
              <Empty>No behaviour shows repeated gaps in the last six weeks.</Empty>
            ) : (
              <ul className="brief-list brief-list-compact">
                {brief.suggestions.map((s) => (
                  <li key={s.behaviourId} className="brief-item brief-suggestion">
                    <div className="brief-suggestion-text">
                      <BehaviourName id={s.behaviourId} name={s.name} />
                      <span className="brief-reason">{s.reason}</span>
                    </div>
                    <div className="brief-suggestion-actions">
                      <AddToAgenda text={agendaPointForSuggestion(s)} />
                      <SetAsFocus behaviourId={s.behaviourId} name={s.name} />
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </BriefSection>

          <BriefSection id="brief-deals" title="Deals to review" count={brief.dealsToReview.length}>
            {brief.dealsToReview.length === 0 ? (
              <Empty>No open deal is flagged: every one has its next step and the buyer's evidence.</Empty>
            ) : (
              <ul className="brief-list brief-list-compact">
                {brief.dealsToReview.map((d) => (
                  <li key={d.dealId} className="brief-item brief-suggestion">
                    <div className="brief-suggestion-text">
                      <Link href={dealHref(d.dealId)}>
                        {d.account} — {d.name}
                      </Link>
                      <span className="brief-reason">
                        {formatMoney(d.valueMinor, d.currency)} · {d.stageName} ·{' '}
                        {FORECAST_LABELS[d.forecastCategory]}
                      </span>
                      {d.reasons.map((reason) => (
                        <span key={reason} className="brief-reason">
                          {reason}
                        </span>
                      ))}
                    </div>
                    <div className="brief-suggestion-actions">
                      <AddToAgenda text={`Deal review: ${d.account} — ${d.name}`} />
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </BriefSection>
        </div>

        <Dialog
          title={`When is the next one-to-one with ${brief.repName}?`}
          open={askingDate !== null}
          onClose={() => {
            setAskingDate(null);
            change.reset();
          }}
        >
          <NextDateForm
            error={change.error}
            pending={change.isPending}
            onCancel={() => {
              setAskingDate(null);
              change.reset();
            }}
            onSubmit={(date) => askingDate && change.mutate({ change: askingDate, date })}
          />
        </Dialog>
        {planning ? (
          <PlanDialog
            open
            repId={brief.repId}
            repName={brief.repName}
            date={suggestedDate(rep?.dueOn)}
            dueOn={rep?.dueOn ?? null}
            onClose={() => setPlanning(false)}
            // Stay on the brief: its items can now go onto the new agenda.
            onPlanned={() => setPlanning(false)}
          />
        ) : null}
      </Wrapper>
    </BriefActionsContext.Provider>
  );
}

/** Asked once, when "Add to agenda" has no planned one-to-one and no cadence to plan one by. */
function NextDateForm({
  error,
  pending,
  onCancel,
  onSubmit,
}: {
  error: unknown;
  pending: boolean;
  onCancel(): void;
  onSubmit(date: string): void;
}) {
  const [date, setDate] = useState(today());
  const [problem, setProblem] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem('date') as HTMLInputElement;
    if (input.validity.badInput) setProblem('Finish the date (day, month and year) or choose one');
    else if (date === '') setProblem('Choose a date');
    else {
      setSubmitted(true);
      onSubmit(date);
    }
  }
  // The answer that opened this dialog asked for a date: that is its question, not an error to show.
  const shown = problem ?? (submitted && !pending ? issueFor(error, 'date') : undefined);
  const general = submitted && !pending && shown === undefined ? formError(error, ['date']) : null;
  return (
    <form className="form" onSubmit={submit} noValidate>
      <p className="muted">
        Nothing is planned yet and there is no cadence to plan by. It is planned and the item added in one go.
      </p>
      <Field label="Date" required error={shown}>
        {(props) => (
          <input
            {...props}
            name="date"
            type="date"
            value={date}
            min={today()}
            autoFocus
            onChange={(e) => {
              setDate(e.target.value);
              setProblem(null);
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
          Plan and add
        </button>
      </div>
    </form>
  );
}
