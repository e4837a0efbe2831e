import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../time-window.ts';
import {
  isSeasonKind,
  isValidSeason,
  seasonFor,
  seasonOverlaps,
  seasonProblem,
  type Season,
} from './seasons.ts';

const season = (over: Partial<Season>): Season => ({
  id: 's1',
  memberId: 'ben',
  kind: 'illness',
  startsAt: 10 * DAY_MS,
  endsAt: null,
  note: null,
  ...over,
});
const window = { from: 20 * DAY_MS, to: 50 * DAY_MS };

describe('seasons', () => {
  it('knows its kinds', () => {
    expect(isSeasonKind('new_baby')).toBe(true);
    expect(isSeasonKind('holiday')).toBe(false);
  });

  it('rejects a season that ends before it starts', () => {
    expect(isValidSeason({ startsAt: 5, endsAt: 4 })).toBe(false);
    expect(isValidSeason({ startsAt: 5, endsAt: 5 })).toBe(false);
    expect(isValidSeason({ startsAt: 5, endsAt: null })).toBe(true);
    expect(isValidSeason({ startsAt: Number.NaN, endsAt: null })).toBe(false);
  });

  it('overlaps a window when any part is shared; open seasons run on', () => {
    expect(seasonOverlaps(season({}), window)).toBe(true);
    expect(seasonOverlaps(season({ endsAt: 20 * DAY_MS }), window)).toBe(false);
    expect(seasonOverlaps(season({ startsAt: 50 * DAY_MS }), window)).toBe(false);
    expect(seasonOverlaps(season({ endsAt: 21 * DAY_MS }), window)).toBe(true);
  });

  it('picks the member’s season that covers most of the window', () => {
    const short = season({ id: 'short', startsAt: 45 * DAY_MS, kind: 'exams' });
    const long = season({ id: 'long', endsAt: 40 * DAY_MS });
    const other = season({ id: 'other', memberId: 'ana' });
    expect(seasonFor([short, long, other], 'ben', window)?.id).toBe('long');
    expect(seasonFor([other], 'ben', window)).toBeNull();
  });
});

describe('seasonProblem', () => {
  const ok = { memberId: 'ben', kind: 'grief' as const, startsAt: 10, endsAt: null };
  it('accepts a season of a member', () => {
    expect(seasonProblem(ok, ['ana', 'ben'])).toBeNull();
  });

  it('names what is wrong', () => {
    expect(seasonProblem({ ...ok, memberId: 'zed' }, ['ana', 'ben'])).toMatch(/outside/);
    expect(seasonProblem({ ...ok, endsAt: 5 }, ['ben'])).toMatch(/end after/);
    expect(seasonProblem({ ...ok, startsAt: Number.NaN }, ['ben'])).toMatch(/start/);
    expect(seasonProblem({ ...ok, endsAt: Number.POSITIVE_INFINITY }, ['ben'])).toMatch(/end/);
    expect(seasonProblem({ ...ok, kind: 'holiday' as never }, ['ben'])).toMatch(/kind/);
  });
});
