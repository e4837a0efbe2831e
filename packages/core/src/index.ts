export * from './vocabulary.ts';
export * from './model.ts';
export * from './time-window.ts';
export * from './summary.ts';
export * from './instruments/index.ts';
export * from './analytics/index.ts';
export * from './repair.ts';
export * from './reveal.ts';
