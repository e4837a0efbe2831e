import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../time-window.ts';
import {
  SEASON_MAX_DAYS,
  decideSeasonAction,
  seasonEndLimit,
  seasonEndProblem,
  statusOfNewSeason,
  type SeasonAction,
} from './season-rules.ts';

const now = 1000 * DAY_MS;

describe('how long a season lasts', () => {
  it('ends at most 180 days after its start', () => {
    expect(seasonEndProblem(now, now + SEASON_MAX_DAYS * DAY_MS, now)).toBeNull();
    expect(seasonEndProblem(now, now + SEASON_MAX_DAYS * DAY_MS + 1, now)).toMatch(/180 days/);
    expect(seasonEndProblem(now + 10 * DAY_MS, now + 190 * DAY_MS, now)).toBeNull();
  });

  it('may be renewed for at most 180 days from today once it has started', () => {
    const start = now - 170 * DAY_MS;
    expect(seasonEndLimit(start, now)).toBe(now + 180 * DAY_MS);
    expect(seasonEndProblem(start, now + 180 * DAY_MS, now)).toBeNull();
    expect(seasonEndProblem(start, now + 181 * DAY_MS, now)).not.toBeNull();
  });

  it('ends after it starts, on a real date', () => {
    expect(seasonEndProblem(now, now, now)).toMatch(/after it starts/);
    expect(seasonEndProblem(now, Number.NaN, now)).toMatch(/valid/);
  });
});

describe('who acts on a season', () => {
  const base = { actorId: 'ben', memberId: 'ben', createdById: 'ben', status: 'active' as const };

  it('is the member it is about, for everything', () => {
    for (const action of ['change', 'end', 'delete'] as SeasonAction[]) {
      expect(decideSeasonAction({ ...base, action })).toBe('ok');
      expect(decideSeasonAction({ ...base, action, actorId: 'ana' })).toBe('forbidden');
    }
  });

  it('makes a season for someone else a suggestion that only they accept or decline', () => {
    expect(statusOfNewSeason('ben', 'ben')).toBe('active');
    expect(statusOfNewSeason('ana', 'ben')).toBe('suggested');
    const suggestion = { ...base, createdById: 'ana', status: 'suggested' as const };
    for (const action of ['accept', 'decline'] as SeasonAction[]) {
      expect(decideSeasonAction({ ...suggestion, action })).toBe('ok');
      expect(decideSeasonAction({ ...suggestion, action, actorId: 'ana' })).toBe('forbidden');
      expect(decideSeasonAction({ ...base, action })).toBe('conflict');
    }
    expect(decideSeasonAction({ ...suggestion, action: 'end' })).toBe('conflict');
    expect(decideSeasonAction({ ...suggestion, action: 'change', actorId: 'ana' })).toBe(
      'forbidden',
    );
  });

  it('lets only its member take back accepting a suggestion, and only an accepted one', () => {
    const accepted = { ...base, createdById: 'ana', status: 'active' as const };
    expect(decideSeasonAction({ ...accepted, action: 'unaccept' })).toBe('ok');
    expect(decideSeasonAction({ ...accepted, action: 'unaccept', actorId: 'ana' })).toBe(
      'forbidden',
    );
    expect(decideSeasonAction({ ...accepted, status: 'suggested', action: 'unaccept' })).toBe(
      'conflict',
    );
    // A season of one's own was never a suggestion.
    expect(decideSeasonAction({ ...base, action: 'unaccept' })).toBe('conflict');
  });

  it('lets whoever suggested one take it back while it waits, and not after', () => {
    const suggestion = { ...base, createdById: 'ana', status: 'suggested' as const };
    expect(decideSeasonAction({ ...suggestion, action: 'delete', actorId: 'ana' })).toBe('ok');
    expect(
      decideSeasonAction({ ...suggestion, status: 'active', action: 'delete', actorId: 'ana' }),
    ).toBe('forbidden');
    expect(decideSeasonAction({ ...suggestion, action: 'delete', actorId: 'cy' })).toBe(
      'forbidden',
    );
  });
});
