export interface Section {
  path: string;
  label: string;
  /** Said in one line until the section is built. */
  notYet?: string;
}

export const SECTIONS: readonly Section[] = [
  { path: '/week', label: 'This week' },
  { path: '/team', label: 'Team' },
  { path: '/progress', label: 'Progress' },
  { path: '/one-to-ones', label: 'One-to-ones' },
  { path: '/calls', label: 'Call reviews' },
  { path: '/proposals', label: 'Proposal reviews', notYet: 'Proposal reviews are not built yet.' },
  { path: '/lost-deals', label: 'Lost deals', notYet: 'Lost-deal retrospectives are not built yet.' },
  { path: '/role-plays', label: 'Role-plays', notYet: 'Role-plays are not built yet.' },
  { path: '/behaviours', label: 'Behaviours' },
  { path: '/search', label: 'Search', notYet: 'Search is not built yet.' },
  { path: '/settings', label: 'Settings' },
];
