export interface Section {
  path: string;
  label: string;
}

export const SECTIONS: readonly Section[] = [
  { path: '/week', label: 'This week' },
  { path: '/team', label: 'Team' },
  { path: '/progress', label: 'Progress' },
  { path: '/one-to-ones', label: 'One-to-ones' },
  { path: '/calls', label: 'Call reviews' },
  { path: '/proposals', label: 'Proposals' },
  { path: '/deals', label: 'Pipeline' },
  { path: '/lost-deals', label: 'Lost deals' },
  { path: '/role-plays', label: 'Role-plays' },
  { path: '/behaviours', label: 'Behaviours' },
  { path: '/search', label: 'Search' },
  { path: '/settings', label: 'Settings' },
];
