import { useApiQuery } from '../api/queries';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { Person } from '../../shared/contract';
import { Dialog } from '../ui/Dialog';
import { errorMessage, formatDate } from '../ui/format';
import { PersonForm } from './PersonForm';

type Status = 'active' | 'archived' | 'all';
type Kind = 'all' | 'rep' | 'manager';

const STATUS_LABELS: Record<Status, string> = { active: 'Active', archived: 'Archived', all: 'All' };

function regionAndSegment(person: Person): string {
  return [person.region, person.segment].filter(Boolean).join(' · ');
}

export function TeamScreen() {
  const [, navigate] = useLocation();
  const [status, setStatus] = useState<Status>('active');
  const [kind, setKind] = useState<Kind>('all');
  const [search, setSearch] = useState('');
  const [adding, setAdding] = useState(false);
  const filter = { status, kind, search: search.trim() };
  const people = useApiQuery('people.list', filter);
  const filtered = status !== 'all' || kind !== 'all' || filter.search !== '';
  const everyone = useApiQuery(
    'people.list',
    { status: 'all' },
    { enabled: people.data?.length === 0 && filtered },
  );
  const teamIsEmpty = people.data?.length === 0 && (!filtered || everyone.data?.length === 0);

  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <h1 id="screen-title">Team</h1>
        <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
          Add person
        </button>
      </header>

      {teamIsEmpty ? null : (
        <search className="toolbar" aria-label="Filter the team">
          <input
            type="search"
            aria-label="Search team"
            placeholder="Search name, role, team, region…"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          <fieldset className="segmented" aria-label="Status">
            {(Object.keys(STATUS_LABELS) as Status[]).map((value) => (
              <label key={value} className="segmented-option">
                <input
                  type="radio"
                  name="status"
                  value={value}
                  checked={status === value}
                  onChange={() => setStatus(value)}
                />
                {STATUS_LABELS[value]}
              </label>
            ))}
          </fieldset>
          <select aria-label="Kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            <option value="all">Reps and managers</option>
            <option value="rep">Reps</option>
            <option value="manager">Managers</option>
          </select>
        </search>
      )}

      {people.isPending ? (
        <p className="muted" aria-busy="true">
          Loading the team…
        </p>
      ) : people.isError ? (
        <p className="form-error" role="alert">
          Could not load the team: {errorMessage(people.error)}
        </p>
      ) : teamIsEmpty ? (
        <div className="empty-state">
          <h2>No one on your team yet</h2>
          <p>Add the reps you coach, and their managers, to start preparing one-to-ones and reviews.</p>
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            Add your first rep
          </button>
        </div>
      ) : people.data.length === 0 ? (
        <p className="muted">No one matches these filters.</p>
      ) : (
        <table className="table" aria-label="Team members">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Team</th>
              <th scope="col">Manager</th>
              <th scope="col">Region / segment</th>
              <th scope="col">Start date</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {people.data.map((person) => (
              <tr key={person.id}>
                <th scope="row">
                  <Link href={`/team/${person.id}`} className="row-link">
                    {person.name}
                  </Link>
                  {person.kind === 'manager' ? <span className="badge">Manager</span> : null}
                </th>
                <td>{person.title}</td>
                <td className="nowrap">{person.team}</td>
                <td>{person.managerName}</td>
                <td>{regionAndSegment(person)}</td>
                <td>
                  {person.startDate ? (
                    <time dateTime={person.startDate}>{formatDate(person.startDate)}</time>
                  ) : null}
                </td>
                <td>
                  {person.archivedAt ? (
                    <span className="badge badge-muted">Archived</span>
                  ) : (
                    <span className="badge badge-ok">Active</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <Dialog title="Add a person" open={adding} onClose={() => setAdding(false)}>
        <PersonForm
          person={null}
          onCancel={() => setAdding(false)}
          onDone={(person) => {
            setAdding(false);
            navigate(`/team/${person.id}`);
          }}
        />
      </Dialog>
    </section>
  );
}
