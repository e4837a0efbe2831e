import {
  DAY_MS,
  EMPTY_TOTALS,
  balanceFactSpans,
  createAggregates,
  isEmptyTotals,
  pairKey,
  readPairTotals,
  sumTotals,
  type BalanceFacts,
  type BalanceWindow,
  type DayTotal,
  type EpochMs,
  type GivenTotals,
  type PairFacts,
  type CircleAggregates,
  type DecaySums,
  type FormOfCare,
  type FormTotals,
  type PairAggregate,
} from '@recipro/core';
import {
  sql,
  type ExpressionBuilder,
  type Kysely,
  type Selectable,
  type Transaction,
} from 'kysely';
import type { ActDecaySumsTable, Database } from '../db/schema.ts';
import type { BatchSum } from '../db/group-commit.ts';
import type { MemberScope } from './membership.ts';

type Executor = Kysely<Database> | Transaction<Database>;

interface PairCells {
  readonly from: string;
  readonly to: string;
}
export interface DayRow extends PairCells, FormTotals {
  readonly day: number;
  readonly form: FormOfCare;
}
export interface DecayRow extends PairCells, DecaySums {
  readonly block: number;
  readonly form: FormOfCare;
}

/**
 * Flattens core's aggregates into table rows. Runs for every act logged: plain loops and
 * literal objects (spreading objects here cost ten times as much).
 */
export function rowsOf(aggregates: CircleAggregates): { days: DayRow[]; decay: DecayRow[] } {
  const days: DayRow[] = [];
  const decay: DecayRow[] = [];
  for (const key in aggregates.pairs) {
    const pair = aggregates.pairs[key]!;
    const from = pair.fromMemberId;
    const to = pair.toMemberId;
    for (const day in pair.days) {
      const forms = pair.days[day]!;
      for (const form in forms) {
        const t = forms[form as FormOfCare]!;
        days.push({
          from,
          to,
          day: Number(day),
          form: form as FormOfCare,
          acts: t.acts,
          effort: t.effort,
          noticed: t.noticed,
        });
      }
    }
    for (const block in pair.decay) {
      const forms = pair.decay[block]!;
      for (const form in forms) {
        const d = forms[form as FormOfCare]!;
        decay.push({
          from,
          to,
          block: Number(block),
          form: form as FormOfCare,
          count: d.count,
          noticedCount: d.noticedCount,
          acts: d.acts,
          effort: d.effort,
          noticed: d.noticed,
        });
      }
    }
  }
  return { days, decay };
}

/** Rebuilds core's aggregates from table rows (the inverse of `rowsOf`). */
export function aggregatesOf(
  halfLifeDays: number,
  days: readonly DayRow[],
  decay: readonly DecayRow[],
): CircleAggregates {
  const aggregates = createAggregates({ halfLifeDays });
  const pairOf = (from: string, to: string): PairAggregate => {
    const key = pairKey(from, to);
    return (aggregates.pairs[key] ??= {
      fromMemberId: from,
      toMemberId: to,
      acts: 0,
      days: {},
      decay: {},
    });
  };
  for (const r of decay) {
    if (r.count === 0) continue;
    const pair = pairOf(r.from, r.to);
    pair.acts += r.count;
    const block = (pair.decay[String(r.block)] ??= {});
    block[r.form] = {
      count: r.count,
      noticedCount: r.noticedCount,
      acts: r.acts,
      effort: r.effort,
      noticed: r.noticed,
    };
  }
  for (const r of days) {
    if (r.acts === 0) continue;
    const pair = pairOf(r.from, r.to);
    const day = (pair.days[String(r.day)] ??= {});
    day[r.form] = { acts: r.acts, effort: r.effort, noticed: r.noticed };
  }
  return aggregates;
}

/** The stored aggregates of a circle's acts, read for the analytics views. */
export class AggregatesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * A change of the stored aggregates by `delta` (sign +1 or −1), to defer to the writer's
   * batch (see BatchSum): the changes of a batch's writes are summed per row and written with
   * one upsert per row, inside the batch's transaction, so the aggregates change exactly when
   * the acts do.
   */
  static change(circleId: string, delta: CircleAggregates, sign: 1 | -1): AggregatesChange {
    const change = new AggregatesChange();
    change.add(circleId, delta, sign);
    return change;
  }

  /**
   * The circle's aggregates with every decay block and the day totals from `fromDay` on: what a
   * balance read needs, in rows bounded by members × days × forms, whatever the number of acts.
   */
  async load(scope: MemberScope, fromDay: number, halfLifeDays: number): Promise<CircleAggregates> {
    const { circleId } = scope;
    const [days, decay] = await Promise.all([
      this.db
        .selectFrom('act_day_totals')
        .select(['from_member_id', 'to_member_id', 'day', 'form', 'acts', 'effort', 'noticed'])
        .where('circle_id', '=', circleId)
        .where('day', '>=', fromDay)
        .execute(),
      this.db.selectFrom('act_decay_sums').selectAll().where('circle_id', '=', circleId).execute(),
    ]);
    return aggregatesOf(
      halfLifeDays,
      days.map((r) => ({
        from: r.from_member_id,
        to: r.to_member_id,
        day: Number(r.day),
        form: r.form as FormOfCare,
        acts: Number(r.acts),
        effort: Number(r.effort),
        noticed: Number(r.noticed),
      })),
      decay.map(toDecayRow),
    );
  }

  /**
   * The facts of a balance view (see core's BalanceFacts), summed by the database: one row per
   * pair and day, and one per pair and form of the view. How many rows come back depends on
   * the members and the days, not on how many acts or forms of care those days hold.
   */
  async balanceFacts(
    scope: MemberScope,
    window: BalanceWindow,
    now: EpochMs,
    halfLifeDays: number,
  ): Promise<BalanceFacts> {
    const { circleId } = scope;
    const { view, days } = balanceFactSpans(window, halfLifeDays, now);
    const sums = (eb: ExpressionBuilder<Database, 'act_day_totals'>) =>
      [
        eb.fn.sum<number | string>('acts').as('acts'),
        eb.fn.sum<number | string>('effort').as('effort'),
        eb.fn.sum<number | string>('noticed').as('noticed'),
      ] as const;
    const dailyRows = this.db
      .selectFrom('act_day_totals')
      .select((eb) => ['from_member_id', 'to_member_id', 'day', ...sums(eb)])
      .where('circle_id', '=', circleId)
      .where('day', '>=', days.firstDay)
      .where('day', '<=', days.lastDay)
      // The covering index's order (circle, day, from, to): grouped without sorting.
      .groupBy(['day', 'from_member_id', 'to_member_id'])
      .execute();
    const totalsOfView =
      window === 'decay'
        ? this.decayTotals(circleId, halfLifeDays, now)
        : this.db
            .selectFrom('act_day_totals')
            .select((eb) => ['from_member_id', 'to_member_id', 'form', ...sums(eb)])
            .where('circle_id', '=', circleId)
            .where('day', '>=', view.firstDay)
            .where('day', '<=', view.lastDay)
            .groupBy(['from_member_id', 'to_member_id', 'form'])
            .execute()
            .then((rows) => {
              const cells = new Map<string, { from: string; to: string; cells: FormCell[] }>();
              for (const r of rows) {
                const key = pairKey(r.from_member_id, r.to_member_id);
                let pair = cells.get(key);
                if (!pair) {
                  pair = { from: r.from_member_id, to: r.to_member_id, cells: [] };
                  cells.set(key, pair);
                }
                pair.cells.push({
                  form: r.form as FormOfCare,
                  acts: Number(r.acts),
                  effort: Number(r.effort),
                  noticed: Number(r.noticed),
                });
              }
              return new Map(
                [...cells].map(([key, p]) => [key, { ...p, totals: sumTotals(p.cells) }]),
              );
            });
    const [dayRows, totals] = await Promise.all([dailyRows, totalsOfView]);

    const pairs: Record<string, PairFacts & { daily: Record<string, DayTotal> }> = {};
    const pairOf = (from: string, to: string) =>
      (pairs[pairKey(from, to)] ??= {
        fromMemberId: from,
        toMemberId: to,
        totals: totals.get(pairKey(from, to))?.totals ?? EMPTY_TOTALS,
        daily: {},
      });
    for (const t of totals.values()) if (!isEmptyTotals(t.totals)) pairOf(t.from, t.to);
    for (const r of dayRows) {
      const acts = Number(r.acts);
      if (acts === 0) continue;
      pairOf(r.from_member_id, r.to_member_id).daily[String(r.day)] = {
        acts,
        effort: Number(r.effort),
        noticed: Number(r.noticed),
      };
    }
    return { halfLifeMs: halfLifeDays * DAY_MS, window, now, days, pairs };
  }

  /** Every pair's decayed totals at `now`, from the stored decay sums. */
  private async decayTotals(
    circleId: string,
    halfLifeDays: number,
    now: EpochMs,
  ): Promise<Map<string, { from: string; to: string; totals: GivenTotals }>> {
    const rows = await this.db
      .selectFrom('act_decay_sums')
      .selectAll()
      .where('circle_id', '=', circleId)
      .execute();
    const decayed = aggregatesOf(halfLifeDays, [], rows.map(toDecayRow));
    return new Map(
      Object.entries(decayed.pairs).map(([key, p]) => [
        key,
        {
          from: p.fromMemberId,
          to: p.toMemberId,
          totals: readPairTotals(decayed, p.fromMemberId, p.toMemberId, 'decay', now),
        },
      ]),
    );
  }
}

interface FormCell extends FormTotals {
  readonly form: FormOfCare;
}

const toDecayRow = (r: Selectable<ActDecaySumsTable>): DecayRow => ({
  from: r.from_member_id,
  to: r.to_member_id,
  block: Number(r.block),
  form: r.form as FormOfCare,
  count: Number(r.count),
  noticedCount: Number(r.noticed_count),
  acts: Number(r.acts),
  effort: Number(r.effort),
  noticed: Number(r.noticed),
});

const cellKey = (...parts: (string | number)[]) => parts.join('\u0000');

/**
 * Changes to the stored aggregates, summed per row: many acts of one pair on one day and form
 * make one upsert. Rows whose change sums to nothing are not written.
 */
export class AggregatesChange implements BatchSum {
  readonly key = 'act-aggregates';
  private readonly days = new Map<string, DayRow & { circleId: string }>();
  private readonly decay = new Map<string, DecayRow & { circleId: string }>();

  add(circleId: string, delta: CircleAggregates, sign: 1 | -1): void {
    const { days, decay } = rowsOf(delta);
    for (const r of days) {
      const key = cellKey(circleId, r.from, r.to, r.day, r.form);
      const into = this.days.get(key);
      if (!into) {
        this.days.set(key, {
          circleId,
          from: r.from,
          to: r.to,
          day: r.day,
          form: r.form,
          acts: sign * r.acts,
          effort: sign * r.effort,
          noticed: sign * r.noticed,
        });
        continue;
      }
      into.acts += sign * r.acts;
      into.effort += sign * r.effort;
      into.noticed += sign * r.noticed;
    }
    for (const r of decay) {
      const key = cellKey(circleId, r.from, r.to, r.block, r.form);
      const into = this.decay.get(key);
      if (!into) {
        this.decay.set(key, {
          circleId,
          from: r.from,
          to: r.to,
          block: r.block,
          form: r.form,
          count: sign * r.count,
          noticedCount: sign * r.noticedCount,
          acts: sign * r.acts,
          effort: sign * r.effort,
          noticed: sign * r.noticed,
        });
        continue;
      }
      into.count += sign * r.count;
      into.noticedCount += sign * r.noticedCount;
      into.acts += sign * r.acts;
      into.effort += sign * r.effort;
      into.noticed += sign * r.noticed;
    }
  }

  /** Adds `other` into this change; `other` must not be used afterwards. */
  mergeFrom(other: BatchSum): void {
    if (!(other instanceof AggregatesChange)) throw new TypeError('not an aggregates change');
    for (const [key, r] of other.days) {
      const into = this.days.get(key);
      // The other change is spent once merged: its rows can be taken as they are.
      if (!into) this.days.set(key, r);
      else {
        into.acts += r.acts;
        into.effort += r.effort;
        into.noticed += r.noticed;
      }
    }
    for (const [key, r] of other.decay) {
      const into = this.decay.get(key);
      if (!into) this.decay.set(key, r);
      else {
        into.count += r.count;
        into.noticedCount += r.noticedCount;
        into.acts += r.acts;
        into.effort += r.effort;
        into.noticed += r.noticed;
      }
    }
  }

  /** One upsert per changed row. SQL text rather than built queries: this runs per batch of acts. */
  async write(executor: Executor): Promise<void> {
    for (const r of this.days.values()) {
      if (r.acts === 0 && r.effort === 0 && r.noticed === 0) continue;
      await sql`
        insert into act_day_totals
          (circle_id, from_member_id, to_member_id, day, form, acts, effort, noticed)
        values (${r.circleId}, ${r.from}, ${r.to}, ${r.day}, ${r.form},
          ${r.acts}, ${r.effort}, ${r.noticed})
        on conflict (circle_id, from_member_id, to_member_id, day, form) do update set
          acts = act_day_totals.acts + excluded.acts,
          effort = act_day_totals.effort + excluded.effort,
          noticed = act_day_totals.noticed + excluded.noticed`.execute(executor);
    }
    for (const r of this.decay.values()) {
      if (
        r.count === 0 &&
        r.noticedCount === 0 &&
        r.acts === 0 &&
        r.effort === 0 &&
        r.noticed === 0
      )
        continue;
      await sql`
        insert into act_decay_sums
          (circle_id, from_member_id, to_member_id, block, form,
           count, noticed_count, acts, effort, noticed)
        values (${r.circleId}, ${r.from}, ${r.to}, ${r.block}, ${r.form},
          ${r.count}, ${r.noticedCount}, ${r.acts}, ${r.effort}, ${r.noticed})
        on conflict (circle_id, from_member_id, to_member_id, block, form) do update set
          count = act_decay_sums.count + excluded.count,
          noticed_count = act_decay_sums.noticed_count + excluded.noticed_count,
          acts = act_decay_sums.acts + excluded.acts,
          effort = act_decay_sums.effort + excluded.effort,
          noticed = act_decay_sums.noticed + excluded.noticed`.execute(executor);
    }
  }
}
