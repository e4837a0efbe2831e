import type { EpochMs } from '../model.ts';

/** The longest a season lasts before its member renews it. */
export const SEASON_MAX_DAYS = 180;
const SEASON_MAX_MS = SEASON_MAX_DAYS * 86_400_000;

/** `active`: it counts; `suggested`: another member proposed it, and it waits for its member. */
export const SEASON_STATUSES = ['active', 'suggested'] as const;
export type SeasonStatus = (typeof SEASON_STATUSES)[number];

/**
 * The latest end a season may have: 180 days after its start, or after today when it started
 * earlier (so renewing gives at most 180 days more from now).
 */
export const seasonEndLimit = (startsAt: EpochMs, now: EpochMs): EpochMs =>
  Math.max(startsAt, now) + SEASON_MAX_MS;

/** Why an end cannot be given to a season, or null when it can. */
export function seasonEndProblem(startsAt: EpochMs, endsAt: EpochMs, now: EpochMs): string | null {
  if (!Number.isFinite(endsAt)) return 'the season end is not a valid date';
  if (endsAt <= startsAt) return 'the season must end after it starts';
  if (endsAt > seasonEndLimit(startsAt, now))
    return `a season lasts at most ${SEASON_MAX_DAYS} days from its start or from today; renew it later`;
  return null;
}

/** What a member may do to a season. */
export type SeasonAction = 'change' | 'end' | 'delete' | 'accept' | 'decline' | 'unaccept';

export interface SeasonActionFacts {
  readonly action: SeasonAction;
  /** The member acting. */
  readonly actorId: string;
  /** The member the season is about. */
  readonly memberId: string;
  /** Who created it (for a suggestion: who suggested it). */
  readonly createdById: string;
  readonly status: SeasonStatus;
}

/**
 * Only the member a season is about may change, end or delete it, and accept or decline a
 * suggestion; whoever suggested one may also take it back while it waits. `forbidden`: not
 * theirs; `conflict`: theirs, but not in that state (only suggestions are accepted or declined,
 * only active seasons are changed or ended, and only an accepted suggestion is un-accepted).
 */
export function decideSeasonAction(facts: SeasonActionFacts): 'ok' | 'forbidden' | 'conflict' {
  const own = facts.actorId === facts.memberId;
  const suggested = facts.status === 'suggested';
  switch (facts.action) {
    case 'delete':
      return own || (suggested && facts.actorId === facts.createdById) ? 'ok' : 'forbidden';
    case 'accept':
    case 'decline':
      if (!own) return 'forbidden';
      return suggested ? 'ok' : 'conflict';
    case 'unaccept':
      if (!own) return 'forbidden';
      return !suggested && facts.createdById !== facts.memberId ? 'ok' : 'conflict';
    case 'change':
    case 'end':
      if (!own) return 'forbidden';
      return suggested ? 'conflict' : 'ok';
  }
}

/** A season a member declares is theirs at once; one declared for someone else is a suggestion. */
export const statusOfNewSeason = (actorId: string, memberId: string): SeasonStatus =>
  actorId === memberId ? 'active' : 'suggested';
