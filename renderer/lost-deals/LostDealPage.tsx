import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { LOSS_OUTCOME_LABELS, type LostDealDetail, type RichTextDoc } from '../../shared/contract';
import { LOSS_OUTCOMES } from '../../shared/domain/loss-analytics';
import { useApi } from '../app/client-context';
import { useApiCache, useApiQuery } from '../api/queries';
import { runEditorCommand } from '../editor/commands';
import { RichTextEditor } from '../editor/RichTextEditor';
import { SaveStatus } from '../notes/SaveStatus';
import { useAutosave } from '../notes/use-autosave';
import { errorMessage, formatDate } from '../ui/format';
import { formatMoney } from './format';

/** The quick form: outcome, reasons and one sentence, in under two minutes right after the loss. */
function QuickForm({ detail }: { detail: LostDealDetail }) {
  const api = useApi();
  const reasons = useApiQuery('lossReasons.list', { includeArchived: true });
  const loss = detail.loss;
  const [outcome, setOutcome] = useState(loss?.outcome ?? 'unknown');
  const [competitor, setCompetitor] = useState(loss?.competitor ?? '');
  const [primary, setPrimary] = useState(loss?.primaryReason?.reasonId ?? '');
  const [secondary, setSecondary] = useState<string[]>(loss?.secondaryReasons.map((r) => r.reasonId) ?? []);
  const [sentence, setSentence] = useState(loss?.whatWouldHaveChanged ?? '');
  const save = useMutation({
    mutationFn: () =>
      api.lostDeals.saveQuickForm({
        dealId: detail.deal.id,
        ...(loss ? { revision: loss.revision } : {}),
        outcome,
        competitor: outcome === 'competitor' ? competitor : null,
        primaryReasonId: primary || null,
        secondaryReasonIds: secondary.filter((id) => id !== primary),
        whatWouldHaveChanged: sentence,
      }),
  });
  const used = new Set([primary, ...secondary]);
  const choices = (reasons.data ?? []).filter((r) => r.archivedAt === null || used.has(r.id));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <section className="panel" aria-labelledby="quick-form-title">
      <header className="panel-header">
        <h2 id="quick-form-title">How it was lost</h2>
        {loss?.viewsDisagree ? (
          <span className="badge badge-danger">
            Rep says {loss.repView?.label}; manager says {loss.managerView?.label}
          </span>
        ) : null}
      </header>
      <form className="lost-quick-form" onSubmit={submit}>
        <fieldset>
          <legend>Outcome</legend>
          {LOSS_OUTCOMES.map((o) => (
            <label key={o} className="inline-field">
              <input type="radio" name="outcome" checked={outcome === o} onChange={() => setOutcome(o)} />{' '}
              {LOSS_OUTCOME_LABELS[o]}
            </label>
          ))}
        </fieldset>
        {outcome === 'competitor' ? (
          <label className="field">
            Which competitor
            <input value={competitor} onChange={(e) => setCompetitor(e.target.value)} maxLength={200} />
          </label>
        ) : null}
        <label className="field">
          Primary reason{' '}
          {detail.viewerRole === 'rep' ? '(your view, as the rep)' : '(your view, as the manager)'}
          <select value={primary} onChange={(e) => setPrimary(e.target.value)}>
            <option value="">Not decided yet</option>
            {choices.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
                {r.archivedAt ? ' (archived)' : ''}
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>Secondary reasons</legend>
          <div className="lost-reason-choices">
            {choices
              .filter((r) => r.id !== primary)
              .map((r) => (
                <label key={r.id} className="inline-field">
                  <input
                    type="checkbox"
                    checked={secondary.includes(r.id)}
                    onChange={(e) =>
                      setSecondary(
                        e.target.checked ? [...secondary, r.id] : secondary.filter((id) => id !== r.id),
                      )
                    }
                  />{' '}
                  {r.name}
                </label>
              ))}
          </div>
        </fieldset>
        <label className="field">
          What would have changed it (one sentence)
          <input value={sentence} onChange={(e) => setSentence(e.target.value)} maxLength={500} />
        </label>
        {loss?.crmReason ? <p className="muted">The CRM said: “{loss.crmReason}”.</p> : null}
        {save.isError ? <p role="alert">Not saved: {errorMessage(save.error)}</p> : null}
        {save.isSuccess ? <p role="status">Saved.</p> : null}
        <button type="submit" className="button" disabled={save.isPending}>
          Save
        </button>
      </form>
    </section>
  );
}

function Retrospective({ detail }: { detail: LostDealDetail }) {
  const api = useApi();
  const cache = useApiCache();
  const retro = detail.retrospective;
  const [markHint, setMarkHint] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: () =>
      api.lostDeals.saveRetrospective({ dealId: detail.deal.id, document: detail.draft as RichTextDoc }),
  });
  const autosave = useAutosave<RichTextDoc>({
    revision: retro?.revision ?? 1,
    save: async (document, revision) => {
      const saved = await api.lostDeals.saveRetrospective({ dealId: detail.deal.id, revision, document });
      cache.set('lostDeals.get', { dealId: detail.deal.id }, { ...detail, retrospective: saved });
      return saved.revision;
    },
  });
  if (!retro)
    return (
      <section className="panel" aria-labelledby="retro-title">
        <header className="panel-header">
          <h2 id="retro-title">Retrospective</h2>
        </header>
        <p className="muted">
          A blameless look back, stage by stage: what the evidence was at each stage and what was assumed. It
          starts with a section per stage the deal reached and the deal’s history in place.
        </p>
        {start.isError ? <p role="alert">Could not start it: {errorMessage(start.error)}</p> : null}
        <button type="button" className="button" onClick={() => start.mutate()} disabled={start.isPending}>
          Start the retrospective
        </button>
      </section>
    );
  return (
    <section className="panel" aria-labelledby="retro-title">
      <header className="panel-header">
        <h2 id="retro-title">Retrospective</h2>
        <SaveStatus autosave={autosave} />
      </header>
      <p className="muted editor-hint">
        Under each prompt, write what the customer said or did (evidence) or what was believed (assumption).
        Select a finding and tag a behaviour: it becomes an observation of {detail.deal.repName}.{' '}
        {retro.decisionProcess
          ? `Decision process marked: ${retro.decisionProcess}.`
          : 'Decision process not marked yet.'}
      </p>
      <fieldset className="actions retro-mark-bar">
        <legend className="visually-hidden">Mark the answer at the cursor</legend>
        {(
          [
            ['mark-evidence', 'Mark as evidence'],
            ['mark-assumption', 'Mark as assumption'],
            ['clear-mark', 'Clear the mark'],
          ] as const
        ).map(([command, label]) => (
          <button
            key={command}
            type="button"
            className="button button-small button-quiet"
            // Keep the editor's selection: the mark goes on the answer the cursor is in.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() =>
              setMarkHint(
                runEditorCommand(command) ? null : 'Put the cursor in an answer under a prompt first.',
              )
            }
          >
            {label}
          </button>
        ))}
        {markHint ? (
          <span role="status" className="muted">
            {markHint}
          </span>
        ) : null}
      </fieldset>
      <RichTextEditor
        doc={retro.document}
        onChange={(doc) => autosave.change(doc)}
        label={`Retrospective of ${detail.deal.name}`}
        repId={detail.deal.repId}
        source={{ kind: 'retrospective', id: detail.deal.id }}
      />
      <Actions detail={detail} />
    </section>
  );
}

function Actions({ detail }: { detail: LostDealDetail }) {
  const api = useApi();
  const actions = detail.retrospective?.actions ?? [];
  const [text, setText] = useState('');
  const [owner, setOwner] = useState<'rep' | 'manager'>('rep');
  const [dueOn, setDueOn] = useState('');
  type Draft = {
    id?: string;
    text: string;
    owner: 'rep' | 'manager';
    dueOn: string | null;
    status: 'open' | 'done';
  };
  const save = useMutation({
    mutationFn: (next: Draft[]) => api.lostDeals.saveActions({ dealId: detail.deal.id, actions: next }),
  });
  const current = (): Draft[] =>
    actions.map(({ id, text, owner, dueOn, status }) => ({ id, text, owner, dueOn, status }));
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    save.mutate([...current(), { text, owner, dueOn: dueOn || null, status: 'open' }], {
      onSuccess: () => {
        setText('');
        setDueOn('');
      },
    });
  };
  return (
    <div className="lost-actions">
      <h3>Action items</h3>
      <p className="muted">Open items show in {detail.deal.repName}’s next one-to-one prep brief.</p>
      {actions.length === 0 ? <p className="muted">No action items yet.</p> : null}
      <ul className="plain-list">
        {actions.map((a) => (
          <li key={a.id}>
            <label className="inline-field">
              <input
                type="checkbox"
                checked={a.status === 'done'}
                onChange={(e) =>
                  save.mutate(
                    actions.map((x) =>
                      x.id === a.id ? { ...x, status: e.target.checked ? 'done' : 'open' } : x,
                    ),
                  )
                }
              />{' '}
              {a.text}
            </label>{' '}
            <span className="muted">
              · {a.owner === 'rep' ? detail.deal.repName : 'Manager'}
              {a.dueOn ? ` · due ${formatDate(a.dueOn)}` : ''}
            </span>
          </li>
        ))}
      </ul>
      <form className="lost-action-form" onSubmit={add} aria-label="Add an action item">
        <label>
          Action <input value={text} onChange={(e) => setText(e.target.value)} maxLength={500} required />
        </label>
        <label>
          Owner{' '}
          <select value={owner} onChange={(e) => setOwner(e.target.value as 'rep' | 'manager')}>
            <option value="rep">Rep</option>
            <option value="manager">Manager</option>
          </select>
        </label>
        <label>
          Due <input type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
        </label>
        <button type="submit" className="button button-small" disabled={save.isPending}>
          Add action
        </button>
      </form>
      {save.isError ? <p role="alert">Not saved: {errorMessage(save.error)}</p> : null}
    </div>
  );
}

/** One lost deal: how it was lost, its retrospective, and the deal's history and links. */
export function LostDealPage({ dealId }: { dealId: string }) {
  // The editor owns the text while open: the detail is loaded once per deal.
  const detail = useApiQuery('lostDeals.get', { dealId }, { staleTime: Number.POSITIVE_INFINITY });
  return (
    <section className="screen lost-deal-page" aria-labelledby="screen-title">
      <Link href="/lost-deals" className="back-link">
        ← Lost deals
      </Link>
      {detail.isPending ? (
        <p className="muted" aria-busy="true">
          Loading…
        </p>
      ) : detail.isError ? (
        <>
          <h1 id="screen-title">Lost deal</h1>
          <p role="alert">This deal could not be loaded: {errorMessage(detail.error)}</p>
        </>
      ) : (
        <>
          <header className="screen-header">
            <div>
              <h1 id="screen-title">
                {detail.data.deal.account} — {detail.data.deal.name}
              </h1>
              <p className="subtitle">
                {detail.data.deal.repName} ·{' '}
                {formatMoney(detail.data.deal.valueMinor, detail.data.deal.currency)} · lost{' '}
                {formatDate(detail.data.deal.closedOn)} at {detail.data.deal.stageName}
                {detail.data.deal.segment ? ` · ${detail.data.deal.segment}` : ''}
              </p>
            </div>
          </header>
          <QuickForm detail={detail.data} />
          <Retrospective key={detail.data.retrospective ? 'started' : 'draft'} detail={detail.data} />
          <section className="panel" aria-labelledby="lost-links-title">
            <header className="panel-header">
              <h2 id="lost-links-title">Call reviews, proposals and notes of this deal</h2>
            </header>
            {detail.data.links.length === 0 ? (
              <p className="muted">Nothing is linked to this deal yet.</p>
            ) : (
              <ul className="plain-list">
                {detail.data.links.map((l) => (
                  <li key={l.id}>
                    {l.kind === 'call-review' ? (
                      <Link href={`/calls/${l.targetId}`}>{l.title}</Link>
                    ) : (
                      l.title
                    )}{' '}
                    <span className="muted">{l.date ? `· ${formatDate(l.date)}` : ''}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </section>
  );
}
