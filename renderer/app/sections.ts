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
  { path: '/behaviours', label: 'Behaviours' },
  { path: '/settings', label: 'Settings' },
  { path: '/deals', label: 'Pipeline' },
];
