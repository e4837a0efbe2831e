export * from './types.ts';
export * from './bank.ts';
export * from './order.ts';
export * from './day.ts';
