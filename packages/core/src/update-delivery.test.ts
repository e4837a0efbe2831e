import { describe, expect, it } from 'vitest';
import {
  AT_ONCE_KIND,
  DAILY_UPDATE_PUSHES,
  GATHER_MS,
  firstSendAt,
  heldByQuietHours,
  nextMorning,
  planUpdatePushes,
  startOfLocalDay,
  type PendingPush,
} from './update-delivery.ts';
import type { UpdateKind } from './updates.ts';

const push = (id: string, kind: UpdateKind, circleId = 'c1'): PendingPush => ({
  id,
  kind,
  circleId,
});
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const night = { from: '22:00', to: '07:00' };

describe('planUpdatePushes (the bundling rule)', () => {
  it('sends one update as itself', () => {
    const one = push('u1', 'need_shared');
    expect(planUpdatePushes([one], 0)).toEqual({
      sends: [{ type: 'single', item: one }],
      held: [],
    });
  });

  it('sends what is due together as one bundle, counting per circle in first-seen order', () => {
    const due = [
      push('u1', 'checkin_opened', 'c1'),
      push('u2', 'need_shared', 'c2'),
      push('u3', 'checkin_waiting', 'c1'),
    ];
    expect(planUpdatePushes(due, 1)).toEqual({
      sends: [
        {
          type: 'bundle',
          items: due,
          circles: [
            { circleId: 'c1', count: 2 },
            { circleId: 'c2', count: 1 },
          ],
        },
      ],
      held: [],
    });
  });

  it('holds everything but "let’s reset" once the day’s pushes are used', () => {
    const due = [push('u1', 'need_shared'), push('u2', AT_ONCE_KIND), push('u3', 'welcome')];
    const plan = planUpdatePushes(due, DAILY_UPDATE_PUSHES);
    expect(plan.sends).toEqual([{ type: 'single', item: due[1] }]);
    expect(plan.held).toEqual([due[0], due[2]]);
  });

  it('never bundles "let’s reset": each goes on its own, beside the bundle of the rest', () => {
    const due = [
      push('r1', AT_ONCE_KIND, 'c1'),
      push('u1', 'need_shared', 'c1'),
      push('r2', AT_ONCE_KIND, 'c2'),
      push('u2', 'handover_proposed', 'c1'),
    ];
    const plan = planUpdatePushes(due, 0);
    expect(
      plan.sends.map((s) => (s.type === 'single' ? s.item.id : s.items.map((i) => i.id))),
    ).toEqual(['r1', 'r2', ['u1', 'u2']]);
    expect(plan.held).toEqual([]);
  });

  it('gives a person at most the day’s pushes, however the updates come', () => {
    // Updates arriving one at a time, each batch planned after the pushes before it.
    let sentToday = 0;
    let held = 0;
    for (let i = 0; i < 10; i += 1) {
      const plan = planUpdatePushes([push(`u${i}`, 'checkin_waiting')], sentToday);
      sentToday += plan.sends.length;
      held += plan.held.length;
    }
    expect(sentToday).toBe(DAILY_UPDATE_PUSHES);
    expect(held).toBe(10 - DAILY_UPDATE_PUSHES);
    // The next day, everything held goes as one push.
    const morning = planUpdatePushes(
      Array.from({ length: held }, (_, i) => push(`h${i}`, 'checkin_waiting')),
      0,
    );
    expect(morning.sends).toHaveLength(1);
    expect(morning.sends[0]).toMatchObject({ type: 'bundle', circles: [{ count: held }] });
  });

  it('sends nothing for nothing', () => {
    expect(planUpdatePushes([], 0)).toEqual({ sends: [], held: [] });
    expect(planUpdatePushes([], DAILY_UPDATE_PUSHES + 5)).toEqual({ sends: [], held: [] });
  });
});

describe('quiet hours hold a send until they end', () => {
  const person = { quietHours: night, timezone: 'Europe/London' };

  it('lets a send go outside quiet hours, and names the end inside them', () => {
    expect(heldByQuietHours(at('2026-06-10T12:00:00Z'), person)).toBeNull();
    // 23:30 in London (summer time) is 22:30 UTC; quiet hours end at 07:00 London = 06:00 UTC.
    expect(iso(heldByQuietHours(at('2026-06-10T22:30:00Z'), person)!)).toBe(
      '2026-06-11T06:00:00.000Z',
    );
    expect(heldByQuietHours(at('2026-06-10T22:30:00Z'), { ...person, quietHours: null })).toBe(
      null,
    );
  });

  it('sends "let’s reset" at once, other pushes after the gathering wait, email at once', () => {
    const made = at('2026-06-10T12:00:00Z');
    expect(firstSendAt(AT_ONCE_KIND, 'push', made, person)).toBe(made);
    expect(firstSendAt('need_shared', 'push', made, person)).toBe(made + GATHER_MS);
    expect(firstSendAt('need_shared', 'email', made, person)).toBe(made);
  });

  it('holds even "let’s reset" in quiet hours, and a late plan never lands in them', () => {
    const late = at('2026-06-10T22:30:00Z'); // 23:30 in London
    expect(iso(firstSendAt(AT_ONCE_KIND, 'push', late, person))).toBe('2026-06-11T06:00:00.000Z');
    // Made at 21:59 London, planned at 22:01 London: held, not sent at once.
    const made = at('2026-06-10T20:59:00Z');
    const planned = at('2026-06-10T21:01:00Z');
    expect(iso(firstSendAt('need_shared', 'email', made, person, planned))).toBe(
      '2026-06-11T06:00:00.000Z',
    );
  });

  it('starts a person’s day at their own midnight', () => {
    // 23:30 on 10 June in London (summer time): that day began at 23:00 UTC on the 9th.
    expect(iso(startOfLocalDay(at('2026-06-10T22:30:00Z'), 'Europe/London'))).toBe(
      '2026-06-09T23:00:00.000Z',
    );
    expect(iso(startOfLocalDay(at('2026-06-10T23:30:00Z'), 'Europe/London'))).toBe(
      '2026-06-10T23:00:00.000Z',
    );
    expect(iso(startOfLocalDay(at('2026-06-10T22:30:00Z'), 'Asia/Kolkata'))).toBe(
      '2026-06-10T18:30:00.000Z',
    );
    expect(iso(startOfLocalDay(at('2026-06-10T03:00:00Z'), 'America/Toronto'))).toBe(
      '2026-06-09T04:00:00.000Z',
    );
  });

  it('releases what the daily limit held the next morning, or when quiet hours end if later', () => {
    const evening = at('2026-06-10T18:00:00Z'); // 19:00 in London
    expect(iso(nextMorning(evening, { quietHours: null, timezone: 'Europe/London' }))).toBe(
      '2026-06-11T07:00:00.000Z',
    );
    expect(
      iso(nextMorning(evening, { quietHours: { from: '23:00', to: '09:30' }, timezone: 'UTC' })),
    ).toBe('2026-06-11T09:30:00.000Z');
    // Across the end of a month and of a year.
    expect(
      iso(nextMorning(at('2026-12-31T20:00:00Z'), { quietHours: null, timezone: 'UTC' })),
    ).toBe('2027-01-01T08:00:00.000Z');
  });
});
