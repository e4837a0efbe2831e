import { describe, expect, it } from 'vitest';
import { dayAfter, periodOf } from './period.ts';

const NOW = Date.parse('2026-03-31T15:00:00Z');

describe('the period of a report', () => {
  it('ends with today, for a month or three', () => {
    expect(periodOf('month', NOW, { from: '', to: '' })).toEqual({
      from: '2026-03-02',
      to: '2026-04-01',
    });
    expect(periodOf('quarter', NOW, { from: '', to: '' })).toEqual({
      from: '2025-12-31',
      to: '2026-04-01',
    });
  });

  it('takes chosen days with both ends included, and refuses them out of order', () => {
    expect(periodOf('chosen', NOW, { from: '2026-02-01', to: '2026-02-28' })).toEqual({
      from: '2026-02-01',
      to: '2026-03-01',
    });
    expect(periodOf('chosen', NOW, { from: '2026-02-01', to: '2026-02-01' })).toEqual({
      from: '2026-02-01',
      to: '2026-02-02',
    });
    expect(periodOf('chosen', NOW, { from: '2026-02-10', to: '2026-02-01' })).toBeNull();
    expect(periodOf('chosen', NOW, { from: '', to: '2026-02-01' })).toBeNull();
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
  });
});
