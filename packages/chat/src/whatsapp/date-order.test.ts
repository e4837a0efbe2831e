import { describe, expect, it } from 'vitest';
import { DateOrderResolver, type CivilDate } from './date-order.ts';
import { newHeaderFields } from './header.ts';

const header = (a: number, b: number, c: number, cDigits = 2, aDigits = a > 999 ? 4 : 2) => ({
  ...newHeaderFields(),
  a,
  b,
  c,
  aDigits,
  cDigits,
});

describe('DateOrderResolver', () => {
  it('stays undecided while dates fit both orders, then decides on the first that does not', () => {
    const r = new DateOrderResolver();
    const out: CivilDate = { year: 0, month: 0, day: 0 };
    expect(r.read(header(5, 6, 24), out)).toBe('pending');
    expect(r.read(header(13, 6, 24), out)).toBe('ok');
    expect(r.current).toBe('dmy');
    expect(out).toEqual({ year: 2024, month: 6, day: 13 });
    // Once decided, a month-first-only date does not fit: it is not a header.
    expect(r.read(header(6, 13, 24), out)).toBe('invalid');
  });

  it('reads year-first dates from a four-digit first number', () => {
    const r = new DateOrderResolver();
    const out: CivilDate = { year: 0, month: 0, day: 0 };
    expect(r.read(header(2024, 3, 9), out)).toBe('ok');
    expect(out).toEqual({ year: 2024, month: 3, day: 9 });
  });

  it('rejects impossible days', () => {
    const out: CivilDate = { year: 0, month: 0, day: 0 };
    expect(new DateOrderResolver('dmy').read(header(30, 2, 24), out)).toBe('invalid');
    expect(new DateOrderResolver('dmy').read(header(29, 2, 24), out)).toBe('ok');
    expect(new DateOrderResolver('dmy').read(header(29, 2, 23), out)).toBe('invalid');
  });

  it('lets a hint win and says so', () => {
    const r = new DateOrderResolver('mdy');
    expect(r.finish(true, false)).toEqual({ order: 'mdy', decidedBy: 'hint' });
  });

  it('guesses by convention when no date decides', () => {
    expect(new DateOrderResolver().finish(true, true)).toEqual({
      order: 'mdy',
      decidedBy: 'guess',
    });
    expect(new DateOrderResolver().finish(true, false)).toEqual({
      order: 'dmy',
      decidedBy: 'guess',
    });
    expect(new DateOrderResolver().finish(false, true)).toEqual({
      order: 'dmy',
      decidedBy: 'guess',
    });
  });

  it('moves Buddhist-era years to the Gregorian calendar', () => {
    const out: CivilDate = { year: 0, month: 0, day: 0 };
    new DateOrderResolver('mdy').read({ ...header(3, 18, 2565, 4), buddhist: true }, out);
    expect(out.year).toBe(2022);
  });
});
