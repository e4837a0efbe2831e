import type { Act, EpochMs } from '../model.ts';
import { DAY_MS } from '../time-window.ts';
import type { FormOfCare } from '../vocabulary.ts';
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
 * Decayed sums for one giver → receiver → form, each act weighted 2^((at - refAt) / halfLife),
 * i.e. scaled to the aggregate's reference time. `count` and `noticedCount` are exact integers
 * kept so that a sum whose acts were all removed becomes exactly 0 rather than rounding dust.
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
  /** Day index (UTC days since epoch, as a string key) → form → totals of that day. */
  days: Record<string, Partial<Record<FormOfCare, FormTotals>>>;
  decay: Partial<Record<FormOfCare, DecaySums>>;
}

/**
 * Stored aggregates of one circle's acts: plain, JSON-serialisable data. Updating it for one
 * event costs O(1) (amortised: a rare rebase rescales the O(pairs × forms) decayed sums), and
 * reading a view costs O(pairs × days in the view × forms) whatever the length of history.
 * Invariant: folding any sequence of events gives the same totals (exactly for day totals, up to
 * floating-point rounding for decayed sums) as aggregating the surviving acts from scratch.
 */
export interface CircleAggregates {
  readonly halfLifeMs: number;
  /** Reference time the decayed sums are scaled to; null before the first act. */
  refAt: EpochMs | null;
  /** Keyed by `pairKey(from, to)`. */
  pairs: Record<string, PairAggregate>;
}

/** A change to a circle's acts. A noticed mark or an edit is `act_changed`. */
export type ActEvent =
  | { readonly type: 'act_added'; readonly act: ActFacts }
  | { readonly type: 'act_removed'; readonly act: ActFacts }
  | { readonly type: 'act_changed'; readonly before: ActFacts; readonly after: ActFacts };

/**
 * When an act lies this many half-lives after the reference time, the sums are rebased so that
 * the weights 2^((at - refAt) / halfLife) stay far from overflow.
 */
const REBASE_AFTER_HALF_LIVES = 64;

/** Unambiguous key of an ordered pair, whatever characters the ids contain. */
export const pairKey = (fromMemberId: string, toMemberId: string): string =>
  JSON.stringify([fromMemberId, toMemberId]);

/** Fresh, empty aggregates. `halfLifeDays` must be positive (default 30). */
export function createAggregates(options: { halfLifeDays?: number } = {}): CircleAggregates {
  const halfLifeDays = options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
  if (!(halfLifeDays > 0) || !Number.isFinite(halfLifeDays)) {
    throw new RangeError('halfLifeDays must be a positive number');
  }
  return { halfLifeMs: halfLifeDays * DAY_MS, refAt: null, pairs: {} };
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
      add(aggregates, event.act, 1);
      break;
    case 'act_removed':
      assertPresent(aggregates, event.act);
      add(aggregates, event.act, -1);
      break;
    case 'act_changed':
      assertPresent(aggregates, event.before);
      add(aggregates, event.before, -1);
      add(aggregates, event.after, 1);
      break;
  }
  return aggregates;
}

function assertPresent(aggregates: CircleAggregates, act: ActFacts): void {
  if (act.fromMemberId === act.toMemberId) return;
  const pair = aggregates.pairs[pairKey(act.fromMemberId, act.toMemberId)];
  const cell = pair?.days[String(dayOf(act.at))]?.[act.form];
  const decay = pair?.decay[act.form];
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
    days: {},
    decay: {},
  });
  const noticed = act.noticedAt !== null ? 1 : 0;

  const dayKey = String(dayOf(act.at));
  const day = (pair.days[dayKey] ??= {});
  const cell = (day[act.form] ??= { acts: 0, effort: 0, noticed: 0 });
  cell.acts += sign;
  cell.effort += sign * act.effort;
  cell.noticed += sign * noticed;
  if (cell.acts === 0) delete day[act.form];
  if (Object.keys(day).length === 0) delete pair.days[dayKey];

  if (aggregates.refAt === null) aggregates.refAt = act.at;
  if (act.at - aggregates.refAt > REBASE_AFTER_HALF_LIVES * aggregates.halfLifeMs) {
    rebase(aggregates, act.at);
  }
  const weight = 2 ** ((act.at - aggregates.refAt) / aggregates.halfLifeMs);
  const sums = (pair.decay[act.form] ??= {
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
  if (sums.count === 0) delete pair.decay[act.form];

  if (Object.keys(pair.days).length === 0 && Object.keys(pair.decay).length === 0) {
    delete aggregates.pairs[key];
  }
}

/** Moves the reference time forward to `refAt`, rescaling every decayed sum. */
function rebase(aggregates: CircleAggregates, refAt: EpochMs): void {
  const scale = 2 ** (((aggregates.refAt ?? refAt) - refAt) / aggregates.halfLifeMs);
  for (const pair of Object.values(aggregates.pairs)) {
    for (const sums of Object.values(pair.decay)) {
      sums.acts *= scale;
      sums.effort *= scale;
      sums.noticed *= scale;
    }
  }
  aggregates.refAt = refAt;
}
