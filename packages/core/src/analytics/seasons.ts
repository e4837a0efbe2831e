import type { EpochMs } from '../model.ts';
import type { TimeWindow } from '../time-window.ts';

/** Kinds of season: a stretch of life in which a member is expected to give less for a while. */
export const SEASON_KINDS = [
  'illness',
  'new_baby',
  'exams',
  'grief',
  'move',
  'work',
  'caregiving',
  'other',
] as const;
export type SeasonKind = (typeof SEASON_KINDS)[number];

/** True for a known season kind. */
export const isSeasonKind = (value: unknown): value is SeasonKind =>
  typeof value === 'string' && (SEASON_KINDS as readonly string[]).includes(value);

/**
 * A season declared for one member: [startsAt, endsAt), open-ended while `endsAt` is null.
 * Invariant (checked by `isValidSeason`): endsAt, when set, is after startsAt.
 */
export interface Season {
  readonly id: string;
  readonly memberId: string;
  readonly kind: SeasonKind;
  readonly startsAt: EpochMs;
  readonly endsAt: EpochMs | null;
  readonly note: string | null;
}

/** True when the season's dates are finite and it ends after it starts. */
export const isValidSeason = (season: Pick<Season, 'startsAt' | 'endsAt'>): boolean =>
  Number.isFinite(season.startsAt) &&
  (season.endsAt === null || (Number.isFinite(season.endsAt) && season.endsAt > season.startsAt));

/** True when the season shares any time with the (half-open) window. */
export const seasonOverlaps = (season: Season, window: TimeWindow): boolean =>
  season.startsAt < window.to && (season.endsAt === null || season.endsAt > window.from);

/**
 * The season of `memberId` that overlaps `window` the most (ties: the one that started last),
 * or null. A season that overlaps any part of the window counts: care that leaned during it
 * is still inside the window.
 */
export function seasonFor(
  seasons: readonly Season[],
  memberId: string,
  window: TimeWindow,
): Season | null {
  let best: Season | null = null;
  let bestOverlap = -1;
  for (const season of seasons) {
    if (season.memberId !== memberId || !seasonOverlaps(season, window)) continue;
    const overlap =
      Math.min(season.endsAt ?? window.to, window.to) - Math.max(season.startsAt, window.from);
    if (
      overlap > bestOverlap ||
      (overlap === bestOverlap && best !== null && season.startsAt > best.startsAt)
    ) {
      best = season;
      bestOverlap = overlap;
    }
  }
  return best;
}

/**
 * Why a season cannot be stored, or null when it can: an unknown kind, a date that is not a
 * finite number, an end not after the start, or a member not in `memberIds`.
 */
export function seasonProblem(
  season: Pick<Season, 'memberId' | 'kind' | 'startsAt' | 'endsAt'>,
  memberIds: readonly string[],
): string | null {
  if (!isSeasonKind(season.kind)) return `unknown season kind: ${String(season.kind)}`;
  if (!memberIds.includes(season.memberId)) return 'the season names someone outside the circle';
  if (!Number.isFinite(season.startsAt)) return 'the season needs a valid start';
  if (season.endsAt !== null && !Number.isFinite(season.endsAt)) {
    return 'the season end is not a valid date';
  }
  if (!isValidSeason(season)) return 'the season must end after it starts';
  return null;
}
