import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../time-window.ts';
import {
  daySpan,
  daySpanWindow,
  dayOf,
  isBalanceWindow,
  parseBalanceWindow,
  spanDays,
} from './windows.ts';

describe('windows', () => {
  it('knows the views a reader may ask for', () => {
    expect([7, 30, 90, 'decay'].every(isBalanceWindow)).toBe(true);
    expect(isBalanceWindow(14)).toBe(false);
    expect(isBalanceWindow('30')).toBe(false);
  });

  it('puts instants on UTC days, before the epoch too', () => {
    expect(dayOf(0)).toBe(0);
    expect(dayOf(DAY_MS - 1)).toBe(0);
    expect(dayOf(DAY_MS)).toBe(1);
    expect(dayOf(-1)).toBe(-1);
  });

  it('makes an N-day window of whole days ending with today', () => {
    const now = 100 * DAY_MS + 5;
    expect(daySpan(now, 7)).toEqual({ firstDay: 94, lastDay: 100 });
    expect(daySpanWindow(daySpan(now, 7))).toEqual({ from: 94 * DAY_MS, to: 101 * DAY_MS });
  });

  it('looks back three half-lives in the decayed view', () => {
    expect(spanDays('decay', 30)).toBe(90);
    expect(spanDays('decay', 2.5)).toBe(8);
    expect(spanDays(7, 30)).toBe(7);
  });
});

describe('parseBalanceWindow', () => {
  it('reads the views named in a query string', () => {
    expect(parseBalanceWindow('7')).toBe(7);
    expect(parseBalanceWindow('90')).toBe(90);
    expect(parseBalanceWindow('decay')).toBe('decay');
    for (const bad of ['14', '', ' 7', '7.0', '1e1', 'Decay', '-30']) {
      expect(parseBalanceWindow(bad)).toBeNull();
    }
  });
});
