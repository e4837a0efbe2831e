import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../time-window.ts';
import { aggregateActs } from './aggregates.ts';
import { readCircleBalance } from './circle-balance.ts';
import { readBalanceSeries } from './series.ts';
import { spread, NOW } from './test-acts.ts';

describe('readBalanceSeries', () => {
  const acts = [
    ...spread('ana', 'ben', 20, 29),
    ...spread('ben', 'ana', 2, 29),
    ...spread('ben', 'ana', 10, 90),
  ];
  const aggregates = aggregateActs(acts);

  it('ends with the 30-day view at now and runs oldest first', () => {
    const series = readBalanceSeries(aggregates, {
      fromMemberId: 'ana',
      toMemberId: 'ben',
      now: NOW,
    });
    expect(series).toHaveLength(13);
    const last = series[12];
    const view = readCircleBalance(aggregates, {
      members: [{ id: 'ana' }, { id: 'ben' }],
      now: NOW,
      window: 30,
    });
    expect(last?.index).toBe(view.pairs[0]?.index);
    expect(last?.band).toBe('one_sided');
    expect(series[0]?.band).not.toBe('one_sided');
    expect((series[1]?.from ?? 0) - (series[0]?.from ?? 0)).toBe(7 * DAY_MS);
  });

  it('mirrors for the other side', () => {
    const ab = readBalanceSeries(aggregates, { fromMemberId: 'ana', toMemberId: 'ben', now: NOW });
    const ba = readBalanceSeries(aggregates, { fromMemberId: 'ben', toMemberId: 'ana', now: NOW });
    expect(ba.map((p) => p.index)).toEqual(ab.map((p) => (p.index === 0 ? 0 : -p.index)));
  });

  it('notes a season that lowers the expectation', () => {
    const series = readBalanceSeries(aggregates, {
      fromMemberId: 'ana',
      toMemberId: 'ben',
      now: NOW,
      points: 1,
      seasons: [
        {
          id: 's',
          memberId: 'ben',
          kind: 'move',
          startsAt: NOW - 5 * DAY_MS,
          endsAt: null,
          note: null,
        },
      ],
    });
    expect(series).toEqual([expect.objectContaining({ band: 'leaning', seasonId: 's' })]);
  });
});
