// A report for a counsellor: what it contains, as data (docs/analytics.md, "Reports").
export * from './types.ts';
export * from './period.ts';
export * from './rhythm.ts';
export * from './checkins.ts';
export * from './repair.ts';
export * from './load.ts';
export * from './contents.ts';
