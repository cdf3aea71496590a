export * from './behaviours';
export * from './notes';
export * from './observations';
export * from './people';
