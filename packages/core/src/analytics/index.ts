// Reciprocity analytics: pure functions of a circle's events and a `now` (docs/analytics.md).
export * from './windows.ts';
export * from './aggregates.ts';
export * from './totals.ts';
export * from './balance.ts';
export * from './seasons.ts';
export * from './season-rules.ts';
export * from './signs.ts';
export * from './patterns.ts';
export * from './care-languages.ts';
export * from './load.ts';
export * from './insight-kinds.ts';
export * from './insights.ts';
export * from './pair-balance.ts';
export * from './balance-facts.ts';
export * from './circle-balance.ts';
export * from './series.ts';
