import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMS_OF_CARE, type FormOfCare } from '../vocabulary.ts';
import { countInitiations, oneSidedSigns } from './signs.ts';
import type { GivenTotals } from './totals.ts';

const totals = (
  byFormIn: Partial<Record<FormOfCare, number>>,
  acts: number,
  noticed: number,
): GivenTotals => {
  const byForm = Object.fromEntries(FORMS_OF_CARE.map((f) => [f, byFormIn[f] ?? 0])) as Record<
    FormOfCare,
    number
  >;
  const effort = Object.values(byForm).reduce((a, b) => a + b, 0);
  return { acts, effort, noticed, byForm };
};

describe('countInitiations', () => {
  it('counts a day with acts after three quiet days as an opening', () => {
    // Three padding days, then: an opening by `given`, a reply, three quiet days, another
    // opening by `given`, three quiet days, an opening by `received`.
    const given = [0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0];
    const received = [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1];
    expect(countInitiations(given, received)).toEqual({ opened: 2, total: 3 });
    expect(countInitiations(received, given)).toEqual({ opened: 1, total: 3 });
  });

  it('does not count an exchange already running when the view starts', () => {
    expect(countInitiations([1, 0, 0, 1], [0, 0, 0, 0])).toEqual({ opened: 0, total: 0 });
  });

  it('splits an opening day on which both gave', () => {
    expect(countInitiations([0, 0, 0, 2], [0, 0, 0, 1])).toEqual({ opened: 0.5, total: 1 });
  });

  it('mirrors: both sides’ openings add up to the total', () => {
    const day = fc.array(fc.nat(2), { minLength: 20, maxLength: 20 });
    fc.assert(
      fc.property(day, day, (g, r) => {
        const mine = countInitiations(g, r);
        const theirs = countInitiations(r, g);
        expect(theirs.total).toBe(mine.total);
        expect(mine.opened + theirs.opened).toBe(mine.total);
      }),
    );
  });
});

describe('oneSidedSigns', () => {
  it('reports shares of openings and support and the noticed-rate', () => {
    const signs = oneSidedSigns(
      totals({ emotional: 4, practical: 2, affection: 5 }, 8, 2),
      totals({ healing: 2 }, 2, 0),
      { opened: 3, total: 4 },
    );
    expect(signs.initiationShare).toBe(0.75);
    expect(signs.support).toEqual({ given: 6, received: 2 });
    expect(signs.supportShare).toBe(0.75);
    expect(signs.noticedRate).toBe(0.25);
  });

  it('says null rather than guess when there is nothing to divide', () => {
    const none = totals({}, 0, 0);
    const signs = oneSidedSigns(none, none, { opened: 0, total: 0 });
    expect(signs.initiationShare).toBeNull();
    expect(signs.supportShare).toBeNull();
    expect(signs.noticedRate).toBeNull();
  });
});
