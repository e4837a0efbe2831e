// The load divider: responsibilities with an owner per stage of mental load, shares, hand-overs.
export * from './responsibilities.ts';
export * from './catalogue.ts';
export * from './shares.ts';
export * from './handovers.ts';
export * from './ownership.ts';
export * from './catalogue-for-kind.ts';
