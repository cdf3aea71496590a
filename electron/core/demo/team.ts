import { AppError } from '../../../shared/contract';
import { countPeople, insertPerson, type PersonRow } from '../../../db/repositories/people';
import type { WritableDB, Sqlite } from '../../../db/open';
import { today } from '../../../shared/dates';
import { type Clock, nowIso } from '../context';

interface DemoPerson {
  key: string;
  name: string;
  kind: 'rep' | 'manager';
  title: string;
  team: string;
  manager: string | null;
  region: string;
  segment: string;
  /** Months before today that the person started. */
  startedMonthsAgo: number;
  email: string;
  archived?: boolean;
}

/**
 * A B2B software sales team: a head of sales, two first-line managers and their reps, with one
 * person who has left (archived, history kept). Later features add their own demo history to these people.
 */
export const DEMO_TEAM: readonly DemoPerson[] = [
  {
    key: 'claire',
    name: 'Claire Donovan',
    kind: 'manager',
    title: 'Head of Sales, EMEA',
    team: 'Leadership',
    manager: null,
    region: 'EMEA',
    segment: 'All segments',
    startedMonthsAgo: 58,
    email: 'claire.donovan@example.com',
  },
  {
    key: 'marcus',
    name: 'Marcus Webb',
    kind: 'manager',
    title: 'Sales Manager',
    team: 'Enterprise',
    manager: 'claire',
    region: 'UK & Ireland',
    segment: 'Enterprise',
    startedMonthsAgo: 41,
    email: 'marcus.webb@example.com',
  },
  {
    key: 'priya',
    name: 'Priya Raman',
    kind: 'manager',
    title: 'Sales Manager',
    team: 'Mid-market',
    manager: 'claire',
    region: 'Continental Europe',
    segment: 'Mid-market',
    startedMonthsAgo: 29,
    email: 'priya.raman@example.com',
  },
  {
    key: 'aisha',
    name: 'Aisha Okafor',
    kind: 'rep',
    title: 'Senior Account Executive',
    team: 'Enterprise',
    manager: 'marcus',
    region: 'London',
    segment: 'Enterprise',
    startedMonthsAgo: 34,
    email: 'aisha.okafor@example.com',
  },
  {
    key: 'tom',
    name: 'Tom Fielding',
    kind: 'rep',
    title: 'Account Executive',
    team: 'Enterprise',
    manager: 'marcus',
    region: 'UK North',
    segment: 'Enterprise',
    startedMonthsAgo: 14,
    email: 'tom.fielding@example.com',
  },
  {
    key: 'daniel',
    name: 'Daniel Kowalski',
    kind: 'rep',
    title: 'Account Executive',
    team: 'Enterprise',
    manager: 'marcus',
    region: 'DACH',
    segment: 'Enterprise',
    startedMonthsAgo: 22,
    email: 'daniel.kowalski@example.com',
  },
  {
    key: 'sophie',
    name: 'Sophie Laurent',
    kind: 'rep',
    title: 'Account Executive',
    team: 'Mid-market',
    manager: 'priya',
    region: 'France & Benelux',
    segment: 'Mid-market',
    startedMonthsAgo: 19,
    email: 'sophie.laurent@example.com',
  },
  {
    key: 'jonas',
    name: 'Jonas Berg',
    kind: 'rep',
    title: 'Account Executive',
    team: 'Mid-market',
    manager: 'priya',
    region: 'Nordics',
    segment: 'Mid-market',
    startedMonthsAgo: 9,
    email: 'jonas.berg@example.com',
  },
  {
    key: 'emily',
    name: 'Emily Chen',
    kind: 'rep',
    title: 'Sales Development Representative',
    team: 'Mid-market',
    manager: 'priya',
    region: 'UK & Ireland',
    segment: 'Mid-market',
    startedMonthsAgo: 5,
    email: 'emily.chen@example.com',
  },
  {
    key: 'rafael',
    name: 'Rafael Ortega',
    kind: 'rep',
    title: 'Account Executive',
    team: 'Mid-market',
    manager: 'priya',
    region: 'Iberia',
    segment: 'Mid-market',
    startedMonthsAgo: 27,
    email: 'rafael.ortega@example.com',
    archived: true,
  },
];

/** The first working day on or after the 1st, `months` before today: people rarely start on a weekend. */
function startDateMonthsAgo(clock: Clock, months: number): string {
  const [year, month] = today(clock).split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, month - 1 - months, 1));
  while (date.getUTCDay() === 0 || date.getUTCDay() === 6) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export interface DemoSeedContext {
  db: WritableDB;
  sqlite: Sqlite;
  clock: Clock;
  newId: () => string;
}

/** Writes the demo team in one transaction; refuses a database that already holds anyone. */
export function seedDemoTeam(ctx: DemoSeedContext): Map<string, string> {
  return ctx.sqlite.transaction(() => {
    if (countPeople(ctx.db) > 0) {
      throw new AppError(
        'CONFLICT',
        'This database already has data. Demo data is only written into a new, empty database: use --db with a new file name.',
      );
    }
    const ids = new Map<string, string>();
    const now = nowIso(ctx.clock);
    for (const person of DEMO_TEAM) {
      const id = ctx.newId();
      ids.set(person.key, id);
      const managerId = person.manager === null ? null : ids.get(person.manager);
      if (managerId === undefined)
        throw new Error(`Demo manager ${person.manager} must come before ${person.key}`);
      const row: PersonRow = {
        id,
        name: person.name,
        kind: person.kind,
        title: person.title,
        team: person.team,
        managerId,
        region: person.region,
        segment: person.segment,
        startDate: startDateMonthsAgo(ctx.clock, person.startedMonthsAgo),
        email: person.email,
        archivedAt: person.archived ? now : null,
        createdAt: now,
        updatedAt: now,
        revision: 1,
      };
      insertPerson(ctx.db, row);
    }
    return ids;
  })();
}
