import { useDeferredValue, useId, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { SEARCH_KINDS, type SearchGroup, type SearchKind } from '../../shared/contract';
import { useApiQuery } from '../api/queries';
import { errorMessage } from '../ui/format';
import { Snippet } from './Snippet';
import { hrefOf, KIND_LABELS } from './targets';

const PER_KIND = 20;

/** /search?q=…: every note, meeting, call line and behaviour by its words, grouped by kind. */
export function SearchScreen() {
  const params = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const [text, setText] = useState(params.get('q') ?? '');
  const [kind, setKind] = useState<SearchKind | ''>('');
  const [repId, setRepId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const reps = useApiQuery('people.list', { kind: 'rep' });
  const id = useId();

  // Typing stays responsive: the query follows the deferred text.
  const deferred = useDeferredValue(text.trim());
  const datesWrong = from !== '' && to !== '' && from > to;
  const enabled = deferred !== '' && !datesWrong;
  const results = useApiQuery(
    'search.query',
    {
      text: deferred,
      limitPerKind: PER_KIND,
      ...(kind ? { kinds: [kind] } : {}),
      ...(repId ? { repId } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    },
    { enabled, placeholderData: (previous) => previous },
  );

  return (
    <section className="screen search-screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <div>
          <h1 id="screen-title">Search</h1>
          <p className="screen-summary">
            Notes, one-to-ones, commitments, observations, call transcripts and behaviours. Every word counts
            as the start of a word; accents do not matter.
          </p>
        </div>
      </header>
      <search className="toolbar search-toolbar" aria-label="Search everything">
        <label className="search-field" htmlFor={`${id}-text`}>
          <span className="visually-hidden">Search for</span>
          <input
            id={`${id}-text`}
            type="search"
            value={text}
            placeholder="A name, a deal, a phrase…"
            maxLength={200}
            onChange={(e) => {
              setText(e.target.value);
              navigate(e.target.value ? `/search?q=${encodeURIComponent(e.target.value)}` : '/search', {
                replace: true,
              });
            }}
          />
        </label>
        <select aria-label="Kind" value={kind} onChange={(e) => setKind(e.target.value as SearchKind | '')}>
          <option value="">Everything</option>
          {SEARCH_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <select aria-label="Rep" value={repId} onChange={(e) => setRepId(e.target.value)}>
          <option value="">All reps</option>
          {reps.data?.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
        <label className="search-date">
          From
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label className="search-date">
          To
          <input
            type="date"
            value={to}
            aria-invalid={datesWrong || undefined}
            aria-describedby={datesWrong ? `${id}-dates` : undefined}
            onChange={(e) => setTo(e.target.value)}
          />
        </label>
      </search>
      {datesWrong ? (
        <p className="form-error" role="alert" id={`${id}-dates`}>
          The “From” date must be on or before the “To” date.
        </p>
      ) : null}
      <div aria-live="polite" className="search-results">
        {!enabled ? (
          datesWrong ? null : (
            <p className="empty-state">Type a word to search everything you may read.</p>
          )
        ) : results.isPending ? (
          <p className="muted" aria-busy="true">
            Searching…
          </p>
        ) : results.isError ? (
          <p className="form-error" role="alert">
            Could not search: {errorMessage(results.error)}
          </p>
        ) : results.data.groups.length === 0 ? (
          <>
            <IndexingNote records={results.data.indexing} />
            <p className="empty-state">Nothing matches “{deferred}”.</p>
          </>
        ) : (
          <>
            <IndexingNote records={results.data.indexing} />
            {results.data.groups.some((g) => g.more) ? (
              <p className="muted">
                Showing the best of the newest matches. Add a word, a rep or dates to reach older ones.
              </p>
            ) : null}
            {results.data.groups.map((group) => (
              <ResultGroup key={group.kind} group={group} />
            ))}
          </>
        )}
      </div>
    </section>
  );
}

function ResultGroup({ group }: { group: SearchGroup }) {
  const headingId = useId();
  const label = KIND_LABELS[group.kind];
  return (
    <section className="search-group" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {label}{' '}
        <span className="muted search-count">
          {group.total > group.results.length || group.more
            ? `best ${group.results.length} of ${group.total}${group.more ? '+' : ''}`
            : String(group.total)}
        </span>
      </h2>
      <ul className="search-list">
        {group.results.map((result) => (
          <li key={result.id}>
            <Link href={hrefOf(result.target)} className="search-result">
              <span className="search-result-title">
                <Snippet parts={result.title} />
              </span>
              <span className="search-result-meta muted">
                {[result.repName, result.occurredOn].filter(Boolean).join(' · ')}
              </span>
              <span className="search-result-snippet">
                <Snippet parts={result.snippet} />
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** While a large history is still being indexed (after the update that added search, or a rebuild). */
function IndexingNote({ records }: { records: number }) {
  if (records === 0) return null;
  return (
    <p className="muted" role="status">
      Still indexing {records.toLocaleString()} records: results may miss some of them for now.
    </p>
  );
}
