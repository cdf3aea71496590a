// What the benchmark team's history says: pools drawn from the demo's own writing (one-to-one plans,
// coaching observations, call scripts), so the large data set reads like the demo, not like filler.
// A demo rep's first name in a borrowed line is swapped for the generated rep's.
import { DEMO_CALLS, type DemoCall } from '../../../electron/core/demo/calls-transcripts';
import { TEXT } from '../../../electron/core/demo/coaching-history';
import { type AgendaSpec, type CommitmentSpec, PLANS } from '../../../electron/core/demo/one-on-ones-history';
import { DEMO_TEAM } from '../../../electron/core/demo/team';

export interface CommitmentIdea {
  text: string;
  owner: 'rep' | 'manager';
  behaviourId: string | null;
  dueIn: number;
  dropReason: string | null;
}

export interface ContentPools {
  /** Paragraphs of shared notes; a line starting "• " is a bullet. */
  shared: string[];
  private: string[];
  agenda: { text: string; author: 'manager' | 'rep' }[];
  standing: string[];
  commitments: CommitmentIdea[];
  /** Behaviours the plans focus on, in the order the plans name them. */
  focusBehaviours: string[];
  /** Behaviour id → what a manager writes when it goes badly or well, and what the rep said. */
  observationText: typeof TEXT;
  calls: readonly DemoCall[];
  /** The demo names to replace in borrowed lines. */
  demoFirstNames: string[];
}

function firstName(name: string): string {
  return name.split(' ')[0]!;
}

function agendaText(item: string | AgendaSpec): { text: string; author: 'manager' | 'rep' } {
  return typeof item === 'string'
    ? { text: item, author: 'manager' }
    : { text: item.text, author: item.author ?? 'manager' };
}

function commitmentIdea(c: CommitmentSpec): CommitmentIdea {
  return {
    text: c.text,
    owner: c.owner ?? 'rep',
    behaviourId: c.behaviour ?? null,
    dueIn: c.dueIn ?? 14,
    dropReason: typeof c.outcome === 'object' ? c.outcome.dropped : null,
  };
}

export function contentPools(): ContentPools {
  const bundles = PLANS.flatMap((plan) => [
    ...plan.chapters.flatMap((chapter) => chapter.bundles),
    ...plan.finale,
    ...(plan.tail ? [plan.tail.bundle] : []),
  ]);
  const unique = <T>(items: T[]) => [...new Set(items)];
  return {
    shared: unique(bundles.flatMap((b) => [...(b.shared ?? [])])),
    private: unique(bundles.flatMap((b) => [...(b.private ?? [])])),
    agenda: [
      ...bundles.flatMap((b) => (b.agenda ?? []).map(agendaText)),
      ...PLANS.flatMap((plan) => plan.fillers.map((text) => ({ text, author: 'manager' as const }))),
    ],
    standing: PLANS.flatMap((plan) => (plan.standing ? [plan.standing] : [])),
    commitments: bundles.flatMap((b) => (b.commitments ?? []).map(commitmentIdea)),
    focusBehaviours: unique(PLANS.flatMap((plan) => plan.chapters.flatMap((c) => [...c.focus]))),
    observationText: TEXT,
    calls: DEMO_CALLS,
    demoFirstNames: unique(DEMO_TEAM.map((p) => firstName(p.name))),
  };
}

/** A borrowed line about a demo rep, now about `repFirstName`. */
export function retell(text: string, demoFirstNames: readonly string[], repFirstName: string): string {
  let out = text;
  for (const name of demoFirstNames) if (out.includes(name)) out = out.replaceAll(name, repFirstName);
  return out;
}

// Invented people for a large sales organisation across EMEA.
export const FIRST_NAMES = [
  'Aisha',
  'Tom',
  'Daniel',
  'Sophie',
  'Jonas',
  'Emily',
  'Rafael',
  'Hannah',
  'Oliver',
  'Lena',
  'Mateo',
  'Chloe',
  'Kwame',
  'Ingrid',
  'Luca',
  'Amara',
  'Felix',
  'Nadia',
  'Sven',
  'Grace',
  'Tariq',
  'Elena',
  'Niamh',
  'Pieter',
  'Zofia',
  'Marco',
  'Freya',
  'Samir',
  'Clara',
  'Dmitri',
  'Yasmin',
  'Hugo',
  'Maeve',
  'Anders',
  'Leila',
  'Bruno',
  'Isla',
  'Omar',
  'Katja',
  'Rory',
  'Paula',
  'Henrik',
  'Mira',
  'Jakub',
  'Sara',
  'Callum',
  'Ana',
  'Viktor',
];
export const LAST_NAMES = [
  'Okafor',
  'Fielding',
  'Kowalski',
  'Laurent',
  'Berg',
  'Chen',
  'Ortega',
  'Schmidt',
  'Novak',
  'Rossi',
  'Dubois',
  'Mensah',
  'Lindqvist',
  'Jansen',
  'Haddad',
  'Murphy',
  'Costa',
  'Nielsen',
  'Petrov',
  'Silva',
  'Fischer',
  'Walsh',
  'Moreau',
  'Kaur',
  'Eriksson',
  'Byrne',
  'Ferreira',
  'Vos',
  'Horvath',
  'Adeyemi',
  'Keller',
  'Marino',
  'Sato',
  'Brennan',
  'Aydin',
  'Lopez',
  'Hughes',
  'Virtanen',
  'Dahl',
  'Romano',
];
export const REGIONS = [
  ['UK & Ireland', 'London'],
  ['UK & Ireland', 'UK North'],
  ['DACH', 'Munich'],
  ['DACH', 'Zurich'],
  ['Nordics', 'Stockholm'],
  ['Nordics', 'Copenhagen'],
  ['France & Benelux', 'Paris'],
  ['France & Benelux', 'Amsterdam'],
  ['Iberia', 'Madrid'],
  ['Italy', 'Milan'],
  ['CEE', 'Warsaw'],
  ['Middle East', 'Dubai'],
  ['Africa', 'Johannesburg'],
  ['Nordics', 'Helsinki'],
] as const;
export const SEGMENTS = ['Enterprise', 'Mid-market', 'Commercial'] as const;
export const REP_TITLES = [
  'Account Executive',
  'Senior Account Executive',
  'Sales Development Representative',
];

export const NOTE_HEADINGS = [
  'Pipeline, deal by deal',
  'What we heard on the calls',
  'Forecast',
  'Development',
  'Until we next meet',
  'Accounts to watch',
  'Renewals and expansion',
  'What is getting in the way',
];

export const NOTE_TITLES = ['Ride-along', 'Pipeline chat', 'Deal review', 'Call listening', 'Forecast call'];
