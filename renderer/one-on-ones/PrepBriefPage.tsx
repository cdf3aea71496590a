import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { LEVEL_NAMES, type PrepBrief } from '../../shared/contract';
import { agendaPointForSuggestion } from '../../shared/domain/prep-brief';
import { useApi } from '../app/client-context';
import { GoalProgressLine } from '../progress/GoalsSection';
import { errorMessage, formatDate } from '../ui/format';
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
import { prepBriefKey, useOverview, useRefreshOneOnOnes } from './use-one-on-ones';

const MAX_FOCUS = 3;
const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

export function PrepBriefPage({ repId, printing = false }: { repId: string; printing?: boolean }) {
  const api = useApi();
  const brief = useQuery({
    queryKey: prepBriefKey(repId),
    queryFn: () => api.oneOnOnes.prepBrief({ repId }),
  });
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

function Brief({ brief, printing }: { brief: PrepBrief; printing: boolean }) {
  const api = useApi();
  const refresh = useRefreshOneOnOnes();
  const overview = useOverview();
  const [planning, setPlanning] = useState(false);
  const [added, setAdded] = useState<Set<string>>(() => new Set());
  const next = brief.nextOneOnOne;
  // What the next one-to-one already has, so an item is never added twice.
  const nextMeeting = useQuery({
    queryKey: ['oneOnOnes', 'brief-next', next?.id],
    queryFn: () => api.oneOnOnes.get({ id: next!.id }),
    enabled: next !== null,
    select: (m) => ({
      agenda: new Set(m.agenda.map((i) => normalise(i.text))),
      focus: m.focus.map((f) => f.behaviourId),
    }),
  });
  const add = useMutation({
    mutationFn: (text: string) => api.agenda.add({ oneOnOneId: next!.id, text, author: 'manager' }),
    onSuccess: (_item, text) => {
      setAdded((s) => new Set(s).add(normalise(text)));
      void refresh();
    },
  });
  const focus = useMutation({
    mutationFn: (behaviourId: string) =>
      api.oneOnOnes.setFocus({
        id: next!.id,
        behaviourIds: [...(nextMeeting.data?.focus ?? []), behaviourId],
      }),
    onSuccess: () => void refresh(),
  });
  const focusIds = nextMeeting.data?.focus ?? [];
  const actions: BriefActions = {
    interactive: !printing,
    hasNext: next !== null,
    pending: add.isPending || focus.isPending,
    addToAgenda: (text) => {
      if (next) add.mutate(text.slice(0, 500));
      else setPlanning(true);
    },
    onAgenda: (text) =>
      added.has(normalise(text.slice(0, 500))) ||
      (nextMeeting.data?.agenda.has(normalise(text.slice(0, 500))) ?? false),
    setFocus: (behaviourId) => {
      if (next) focus.mutate(behaviourId);
      else setPlanning(true);
    },
    inFocus: (behaviourId) => focusIds.includes(behaviourId),
    focusFull: focusIds.length >= MAX_FOCUS,
  };
  const rep = overview.data?.find((r) => r.repId === brief.repId);
  const since = formatDate(brief.since);
  const failure = add.error ?? focus.error;

  return (
    <BriefActionsContext.Provider value={actions}>
      <article
        className={printing ? 'screen brief print-view' : 'screen brief'}
        aria-labelledby="screen-title"
      >
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
        </div>

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
      </article>
    </BriefActionsContext.Provider>
  );
}
