import { useApiQuery } from '../api/queries';
import { useState } from 'react';
import { Link } from 'wouter';
import {
  LEVEL_NAMES,
  type Observation,
  SOURCE_KINDS,
  type SourceKind,
  type Verdict,
} from '../../shared/contract';
import { useLibrary } from '../behaviours/BehaviourPicker';
import { errorMessage, formatDate } from '../ui/format';
import { ratingLabel, ratingTone, SOURCE_LABELS } from './format';
import { Replies } from './Replies';

interface Filters {
  behaviourId: string;
  competencyId: string;
  stageId: string;
  sourceKind: '' | SourceKind;
  rating: string;
}

const NO_FILTERS: Filters = { behaviourId: '', competencyId: '', stageId: '', sourceKind: '', rating: '' };

function sourceLink(o: Observation): string | null {
  if (o.sourceKind === 'note' && o.sourceId) return `/team/${o.repId}/notes/${o.sourceId}`;
  if (o.sourceKind === 'one-on-one' && o.sourceId) return `/one-to-ones/${o.sourceId}`;
  if (o.sourceKind === 'call-review' && o.sourceId) return `/calls/${o.sourceId}`;
  if (o.sourceKind === 'retrospective' && o.sourceId) return `/lost-deals/${o.sourceId}`;
  if (o.sourceKind === 'role-play' && o.sourceId) return `/role-plays/progress/${o.repId}`;
  if (o.sourceKind === 'proposal' && o.sourceId) return `/proposals/${o.sourceId}`;
  return null;
}

function ObservationEntry({ observation: o }: { observation: Observation }) {
  const link = sourceLink(o);
  const renamed = o.behaviourNameThen !== o.behaviourName;
  return (
    <li className="observation">
      <div className="observation-head">
        <time dateTime={o.observedOn} className="observation-date">
          {formatDate(o.observedOn)}
        </time>
        <Link href={`/behaviours/${o.behaviourId}`} className="observation-behaviour">
          {o.behaviourName}
        </Link>
        <span className={`rating rating-${ratingTone(o)}`}>{ratingLabel(o)}</span>
        {o.visibility === 'shared' ? (
          <span className="badge">Shared with rep</span>
        ) : (
          <span className="badge badge-muted">Private</span>
        )}
      </div>
      {renamed ? <p className="observation-then">Recorded as “{o.behaviourNameThen}”</p> : null}
      {o.evidence ? <blockquote className="evidence">{o.evidence}</blockquote> : null}
      {o.comment ? <p className="observation-comment">{o.comment}</p> : null}
      <p className="observation-source">
        {link ? (
          <Link href={link}>{o.sourceTitle ?? SOURCE_LABELS[o.sourceKind]}</Link>
        ) : (
          SOURCE_LABELS[o.sourceKind]
        )}
        {o.anchorState === 'orphaned' ? ' · its tagged text is no longer in the note' : null}
        {o.anchorState === 'unanchored' ? ' · kept without its place in the note' : null}
        {o.authorName ? ` · by ${o.authorName}` : null}
      </p>
      <Replies observation={o} />
    </li>
  );
}

/** A rep's observations, newest first, filtered by behaviour, competency, stage, source and rating. */
export function ObservationList({ repId }: { repId: string }) {
  const library = useLibrary();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const rating = filters.rating;
  const input = {
    repId,
    ...(filters.behaviourId ? { behaviourId: filters.behaviourId } : {}),
    ...(filters.competencyId ? { competencyId: filters.competencyId } : {}),
    ...(filters.stageId ? { stageId: filters.stageId } : {}),
    ...(filters.sourceKind ? { sourceKind: filters.sourceKind } : {}),
    ...(rating === 'strength' || rating === 'gap'
      ? { verdict: rating as Verdict }
      : rating
        ? { level: Number(rating) }
        : {}),
  };
  const observations = useApiQuery('observations.list', input);
  const set = (key: keyof Filters, value: string) => setFilters((f) => ({ ...f, [key]: value }));
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  const lib = library.data;

  return (
    <section aria-labelledby="observations-title">
      <h2 id="observations-title" className="visually-hidden">
        Observations
      </h2>
      <search className="toolbar toolbar-wrap" aria-label="Filter observations">
        <select
          aria-label="Behaviour"
          value={filters.behaviourId}
          onChange={(e) => set('behaviourId', e.target.value)}
        >
          <option value="">All behaviours</option>
          {lib?.behaviours
            .filter((b) => b.mergedIntoId === null)
            .map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
        </select>
        <select
          aria-label="Competency"
          value={filters.competencyId}
          onChange={(e) => set('competencyId', e.target.value)}
        >
          <option value="">All competencies</option>
          {lib?.competencies.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <select aria-label="Stage" value={filters.stageId} onChange={(e) => set('stageId', e.target.value)}>
          <option value="">All stages</option>
          {lib?.stages.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <select
          aria-label="Source"
          value={filters.sourceKind}
          onChange={(e) => set('sourceKind', e.target.value)}
        >
          <option value="">All sources</option>
          {SOURCE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {SOURCE_LABELS[kind]}
            </option>
          ))}
        </select>
        <select aria-label="Rating" value={filters.rating} onChange={(e) => set('rating', e.target.value)}>
          <option value="">Any rating</option>
          {LEVEL_NAMES.map((name, i) => (
            <option key={name} value={String(i + 1)}>
              {i + 1} · {name}
            </option>
          ))}
          <option value="strength">Strength</option>
          <option value="gap">Gap</option>
        </select>
        {filtered ? (
          <button type="button" className="button button-quiet" onClick={() => setFilters(NO_FILTERS)}>
            Clear filters
          </button>
        ) : null}
      </search>
      {observations.isPending ? (
        <p className="muted" aria-busy="true">
          Loading observations…
        </p>
      ) : observations.isError ? (
        <p className="form-error" role="alert">
          Could not load observations: {errorMessage(observations.error)}
        </p>
      ) : observations.data.length === 0 ? (
        <p className="muted">
          {filtered
            ? 'No observations match these filters.'
            : 'No observations yet. Record one after your next call or ride-along.'}
        </p>
      ) : (
        <>
          <p className="muted count-line">
            {observations.data.length} observation{observations.data.length === 1 ? '' : 's'}
          </p>
          <ol className="observation-list" aria-label="Observations">
            {observations.data.map((o) => (
              <ObservationEntry key={o.id} observation={o} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
