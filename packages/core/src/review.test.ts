import { describe, expect, it } from 'vitest';
import type { Act } from './model.ts';
import { isMonthId, monthlyReview, monthOf, monthWindow } from './review.ts';

let n = 0;
const act = (at: string, noticed: boolean, from = 'a', to = 'b'): Act => ({
  id: `x${(n += 1)}`,
  circleId: 'c',
  fromMemberId: from,
  toMemberId: to,
  form: 'practical',
  effort: 2,
  note: null,
  at: Date.parse(at),
  createdAt: Date.parse(at),
  noticedAt: noticed ? Date.parse(at) : null,
});

describe('months', () => {
  it('knows month ids and their windows, across a year end', () => {
    expect(isMonthId('2026-01')).toBe(true);
    for (const bad of ['2026-13', '2026-1', '26-01', 202601]) expect(isMonthId(bad)).toBe(false);
    const w = monthWindow('2026-01');
    expect(new Date(w.current.from).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(new Date(w.current.to).toISOString()).toBe('2026-02-01T00:00:00.000Z');
    expect(w.previousMonth).toBe('2025-12');
    expect(monthOf(Date.parse('2026-03-31T23:59:59Z'))).toBe('2026-03');
  });
});

describe('monthlyReview', () => {
  it('compares the month with the one before, in warm words', () => {
    const review = monthlyReview({
      month: '2026-03',
      memberIds: ['a', 'b'],
      acts: [
        act('2026-02-10T10:00:00Z', false),
        act('2026-03-02T10:00:00Z', true),
        act('2026-03-03T10:00:00Z', true, 'b', 'a'),
        act('2026-03-04T10:00:00Z', false),
      ],
      ruptures: [
        {
          occurredAt: Date.parse('2026-03-05T10:00:00Z'),
          repairStartedByMemberId: 'b',
          repairedAt: Date.parse('2026-03-05T13:00:00Z'),
        },
        {
          occurredAt: Date.parse('2026-02-05T10:00:00Z'),
          repairStartedByMemberId: 'a',
          repairedAt: null,
        },
      ],
    });
    expect(review.acts.acts).toBe(3);
    expect(review.previous.acts).toBe(1);
    expect(review.acts.noticedRate).toBeCloseTo(2 / 3);
    expect(review.changes).toEqual({ acts: 'up', noticedRate: 'up' });
    expect(review.repair.ruptures).toBe(1);
    expect(review.repair.repaired).toBe(1);
    expect(review.repair.medianSecondsToRepair).toBe(3 * 3600);
  });

  it('measures how soon a hard moment was repaired, in seconds', () => {
    const review = (seconds: number) =>
      monthlyReview({
        month: '2026-03',
        memberIds: ['a'],
        acts: [],
        ruptures: [
          {
            occurredAt: Date.parse('2026-03-05T10:00:00Z'),
            repairStartedByMemberId: 'a',
            repairedAt: Date.parse('2026-03-05T10:00:00Z') + seconds * 1000,
          },
        ],
      }).repair;
    expect(review(0)).toMatchObject({ ruptures: 1, repaired: 1, medianSecondsToRepair: 0 });
    expect(review(60).medianSecondsToRepair).toBe(60);
    expect(review(3600).medianSecondsToRepair).toBe(3600);
  });

  it('has no noticed rate in an empty month', () => {
    const review = monthlyReview({
      month: '2026-03',
      memberIds: ['a', 'b'],
      acts: [],
      ruptures: [],
    });
    expect(review.acts.noticedRate).toBeNull();
    expect(review.changes.noticedRate).toBeNull();
    expect(review.acts.acts).toBe(0);
  });
});
