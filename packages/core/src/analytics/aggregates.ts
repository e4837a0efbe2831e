import type { Act, EpochMs } from '../model.ts';
import { DAY_MS } from '../time-window.ts';
import { isEffort, isFormOfCare, type FormOfCare } from '../vocabulary.ts';
import { DEFAULT_HALF_LIFE_DAYS, dayOf } from './windows.ts';

/** The facts about an act that analytics reads; a stored row with these fields is enough. */
export type ActFacts = Pick<
  Act,
  'fromMemberId' | 'toMemberId' | 'form' | 'effort' | 'at' | 'noticedAt'
>;

/** Exact integer totals of the acts one member gave another on one day in one form. */
export interface FormTotals {
  acts: number;
  effort: number;
  noticed: number;
}

/**
 * Decayed sums for one giver → receiver → form within one block of time, each act weighted
 * 2^((at - blockStart) / halfLife): the sums are stored at the block's start as reference time,
 * and a read rescales them to `now` with one factor. `count` and `noticedCount` are exact
 * integers kept so that a sum whose acts were all removed becomes exactly 0, not rounding dust.
 */
export interface DecaySums {
  count: number;
  noticedCount: number;
  acts: number;
  effort: number;
  noticed: number;
}

/** Everything stored for one ordered pair. Only non-empty entries exist. */
export interface PairAggregate {
  readonly fromMemberId: string;
  readonly toMemberId: string;
  /** Acts currently aggregated for the pair; the pair is dropped when it reaches 0. */
  acts: number;
  /** Day index (UTC days since epoch, as a string key) → form → totals of that day. */
  days: Record<string, Partial<Record<FormOfCare, FormTotals>>>;
  /** Block index (see `decayBlockMs`, as a string key) → form → decayed sums of that block. */
  decay: Record<string, Partial<Record<FormOfCare, DecaySums>>>;
}

/**
 * Stored aggregates of one circle's acts: plain, JSON-serialisable data. Updating it for one
 * event costs O(1), and reading a view costs O(pairs × (days in the view + blocks) × forms),
 * whatever the number of acts. Invariant: folding any sequence of events gives the same totals
 * (exactly for day totals, up to floating-point rounding for decayed sums) as aggregating the
 * surviving acts from scratch, in any order.
 */
export interface CircleAggregates {
  readonly halfLifeMs: number;
  /** Keyed by `pairKey(from, to)`. */
  pairs: Record<string, PairAggregate>;
}

/** A change to a circle's acts. A noticed mark or an edit is `act_changed`. */
export type ActEvent =
  | { readonly type: 'act_added'; readonly act: ActFacts }
  | { readonly type: 'act_removed'; readonly act: ActFacts }
  | { readonly type: 'act_changed'; readonly before: ActFacts; readonly after: ActFacts };

/**
 * Decayed sums are kept per block of this many half-lives (2.6 years at the default), each at
 * its own reference time: weights stay within [1, 2^32), so they never overflow, and an act far
 * from the others (even a mistaken date centuries away) cannot cost the rest any precision.
 */
export const DECAY_BLOCK_HALF_LIVES = 32;

/** Length of one block of decayed sums, in ms. */
export const decayBlockMs = (aggregates: Pick<CircleAggregates, 'halfLifeMs'>): number =>
  DECAY_BLOCK_HALF_LIVES * aggregates.halfLifeMs;

/** Unambiguous key of an ordered pair, whatever characters the ids contain. */
export const pairKey = (fromMemberId: string, toMemberId: string): string =>
  JSON.stringify([fromMemberId, toMemberId]);

/** Fresh, empty aggregates. `halfLifeDays` must be positive (default 30). */
export function createAggregates(options: { halfLifeDays?: number } = {}): CircleAggregates {
  const halfLifeDays = options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
  if (!(halfLifeDays > 0) || !Number.isFinite(halfLifeDays)) {
    throw new RangeError('halfLifeDays must be a positive number');
  }
  return { halfLifeMs: halfLifeDays * DAY_MS, pairs: {} };
}

/** Aggregates of `acts` from scratch: the reference the incremental path must agree with. */
export function aggregateActs(
  acts: Iterable<ActFacts>,
  options: { halfLifeDays?: number } = {},
): CircleAggregates {
  const aggregates = createAggregates(options);
  for (const act of acts) applyActEvent(aggregates, { type: 'act_added', act });
  return aggregates;
}

/**
 * Folds one event into `aggregates`, in place, and returns it. Acts a member gives themself are
 * ignored. Removing an act that is not in the aggregates throws before changing anything.
 */
export function applyActEvent(aggregates: CircleAggregates, event: ActEvent): CircleAggregates {
  switch (event.type) {
    case 'act_added':
      assertFacts(event.act);
      add(aggregates, event.act, 1);
      break;
    case 'act_removed':
      assertPresent(aggregates, event.act);
      add(aggregates, event.act, -1);
      break;
    case 'act_changed':
      assertFacts(event.after);
      assertPresent(aggregates, event.before);
      add(aggregates, event.before, -1);
      add(aggregates, event.after, 1);
      break;
  }
  return aggregates;
}

/** Throws on an act no stored act could be: an unknown form, a bad effort or time. */
function assertFacts(act: ActFacts): void {
  if (!isFormOfCare(act.form) || !isEffort(act.effort) || !Number.isFinite(act.at)) {
    throw new RangeError('an act needs a known form of care, an effort of 1 to 3 and a time');
  }
}

function assertPresent(aggregates: CircleAggregates, act: ActFacts): void {
  assertFacts(act);
  if (act.fromMemberId === act.toMemberId) return;
  const pair = aggregates.pairs[pairKey(act.fromMemberId, act.toMemberId)];
  const cell = pair?.days[String(dayOf(act.at))]?.[act.form];
  const decay = pair?.decay[String(blockOf(aggregates, act.at))]?.[act.form];
  const noticed = act.noticedAt !== null ? 1 : 0;
  if (
    !cell ||
    !decay ||
    cell.acts < 1 ||
    cell.effort < act.effort ||
    cell.noticed < noticed ||
    decay.noticedCount < noticed
  ) {
    throw new RangeError('cannot remove an act that is not in the aggregates');
  }
}

function add(aggregates: CircleAggregates, act: ActFacts, sign: 1 | -1): void {
  if (act.fromMemberId === act.toMemberId) return;
  const key = pairKey(act.fromMemberId, act.toMemberId);
  const pair = (aggregates.pairs[key] ??= {
    fromMemberId: act.fromMemberId,
    toMemberId: act.toMemberId,
    acts: 0,
    days: {},
    decay: {},
  });
  pair.acts += sign;
  const noticed = act.noticedAt !== null ? 1 : 0;

  const dayKey = String(dayOf(act.at));
  const day = (pair.days[dayKey] ??= {});
  const cell = (day[act.form] ??= { acts: 0, effort: 0, noticed: 0 });
  cell.acts += sign;
  cell.effort += sign * act.effort;
  cell.noticed += sign * noticed;
  if (cell.acts === 0) delete day[act.form];
  if (Object.keys(day).length === 0) delete pair.days[dayKey];

  const block = blockOf(aggregates, act.at);
  const blockKey = String(block);
  const weight = 2 ** ((act.at - block * decayBlockMs(aggregates)) / aggregates.halfLifeMs);
  const sumsOfBlock = (pair.decay[blockKey] ??= {});
  const sums = (sumsOfBlock[act.form] ??= {
    count: 0,
    noticedCount: 0,
    acts: 0,
    effort: 0,
    noticed: 0,
  });
  sums.count += sign;
  sums.noticedCount += sign * noticed;
  sums.acts += sign * weight;
  sums.effort += sign * weight * act.effort;
  sums.noticed += sign * weight * noticed;
  if (sums.noticedCount === 0) sums.noticed = 0;
  if (sums.count === 0) delete sumsOfBlock[act.form];
  if (Object.keys(sumsOfBlock).length === 0) delete pair.decay[blockKey];

  // Emptiness is checked on counts and on at most 12 forms, never by listing days: O(1).
  if (pair.acts === 0) delete aggregates.pairs[key];
}

/** The block of decayed sums an instant falls in. */
const blockOf = (aggregates: CircleAggregates, at: EpochMs): number =>
  Math.floor(at / decayBlockMs(aggregates));
