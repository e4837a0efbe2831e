import { describe, expect, it } from 'vitest';
import { formatDuration, formatPercent } from './duration.ts';

describe('formatDuration', () => {
  it('speaks in the nearest plain unit', () => {
    expect(formatDuration(0)).toBe('less than a minute');
    expect(formatDuration(60)).toBe('1 minute');
    expect(formatDuration(25 * 60)).toBe('25 minutes');
    expect(formatDuration(3 * 3600)).toBe('3 hours');
    expect(formatDuration(30 * 3600)).toBe('30 hours');
    expect(formatDuration(3 * 86400)).toBe('3 days');
  });

  it('formats shares as percentages', () => {
    expect(formatPercent(0.5)).toBe('50%');
    expect(formatPercent(1)).toBe('100%');
  });
});
