// Rituals: kinds, wall-clock times in time zones, quiet hours, and a gentle rhythm.
export * from './kinds.ts';
export * from './zoned-time.ts';
export * from './quiet-hours.ts';
export * from './rhythm.ts';
