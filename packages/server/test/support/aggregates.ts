import { aggregateActs, type CircleAggregates } from '@recipro/core';
import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import type { Database } from '../../src/db/schema.ts';
import { toCoreAct, type ActRecord } from '../../src/repositories/acts.ts';
import { AggregatesRepository, rowsOf } from '../../src/repositories/aggregates.ts';
import { makeScope } from '../../src/repositories/membership.ts';
import { ANALYTICS_OPTIONS } from '../../src/services/analytics-options.ts';

const sortRows = <T extends object>(rows: T[]) =>
  [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/**
 * Equal to floating-point rounding: within 5e-10 of each other, relative to the size of the
 * number once it is past 1 (decayed sums measured on the real clock reach hundreds of millions,
 * where one ulp alone is about 1e-7).
 */
function expectNearly(got: number, want: number): void {
  expect(Math.abs(got - want)).toBeLessThanOrEqual(5e-10 * Math.max(1, Math.abs(want)));
}

/**
 * Stored aggregates (read back from their rows) equal a from-scratch aggregate: day totals
 * exactly, decayed sums to floating-point rounding. Rows summed down to zero count as absent.
 */
export function expectSameAggregates(
  stored: CircleAggregates,
  fromScratch: CircleAggregates,
): void {
  const got = rowsOf(stored);
  const want = rowsOf(fromScratch);
  expect(sortRows(got.days.filter((r) => r.acts !== 0))).toEqual(sortRows(want.days));
  const decayKey = (r: { from: string; to: string; block: number; form: string }) =>
    `${r.from}|${r.to}|${r.block}|${r.form}`;
  const wantDecay = new Map(want.decay.map((r) => [decayKey(r), r]));
  const present = got.decay.filter((r) => r.count !== 0);
  for (const r of present) {
    const w = wantDecay.get(decayKey(r));
    expect(w).toBeDefined();
    expect(r.count).toBe(w!.count);
    expect(r.noticedCount).toBe(w!.noticedCount);
    expectNearly(r.effort, w!.effort);
    expectNearly(r.noticed, w!.noticed);
  }
  expect(present).toHaveLength(want.decay.length);
}

/**
 * Reads a circle's acts straight from the database and checks its stored aggregates equal a
 * from-scratch aggregate of those acts (the questioned ones left out); resolves with the acts.
 */
export async function expectAggregatesOfActs(
  db: Kysely<Database>,
  circleId: string,
): Promise<ActRecord[]> {
  const rows = await db
    .selectFrom('acts')
    .leftJoin('acknowledgements as ack', 'ack.act_id', 'acts.id')
    .selectAll('acts')
    .select('ack.created_at as noticed_at')
    .where('acts.circle_id', '=', circleId)
    .execute();
  const acts = rows.map((r): ActRecord => ({
    id: r.id,
    circleId: r.circle_id,
    fromMemberId: r.from_member_id,
    toMemberId: r.to_member_id,
    form: r.form as ActRecord['form'],
    effort: Number(r.effort) as ActRecord['effort'],
    note: r.note,
    at: r.at,
    createdAt: r.created_at,
    noticedAt: r.noticed_at,
    questionedAt: r.questioned_at,
    lateEntry: false,
  }));
  const stored = await new AggregatesRepository(db).load(
    makeScope(circleId, 'any', 'any'),
    -1_000_000,
    ANALYTICS_OPTIONS.halfLifeDays,
  );
  expectSameAggregates(
    stored,
    aggregateActs(acts.filter((a) => a.questionedAt === null).map(toCoreAct), ANALYTICS_OPTIONS),
  );
  return acts;
}
