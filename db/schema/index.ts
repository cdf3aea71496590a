export * from './behaviours';
export * from './notes';
export * from './observations';
export * from './people';
export * from './one-on-ones';
export * from './call-reviews';
export * from './replies';
export * from './progress';
