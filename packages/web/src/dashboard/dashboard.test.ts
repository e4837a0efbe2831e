import {
  aggregateActs,
  DAY_MS,
  FORMS_OF_CARE,
  readBalanceSeries,
  type BalancePoint,
} from '@recipro/core';
import { describe, expect, it } from 'vitest';
import type { Act } from '../api.ts';
import type { BalanceView, Insight, PairBalance, Season } from '../api-balance.ts';
import { parseRoute, paths } from '../router.ts';
import { bandText } from './bandText.ts';
import { evidenceRows } from './evidence.ts';
import { displayPairs } from './pairs.ts';
import { pairKey, seriesByPair, seriesPlan, type PairKey, type SeriesPlan } from './series.ts';
import { chartReady, seriesText } from './seriesText.ts';

const NOW = Date.UTC(2026, 10, 24, 12);
const day = (n: number) => new Date(NOW - n * DAY_MS).toISOString();

const act = (from: string, to: string, daysAgo: number, noticed = false): Act => ({
  id: `${from}-${to}-${daysAgo}-${Math.random()}`,
  circleId: 'c',
  fromMemberId: from,
  toMemberId: to,
  form: 'practical',
  effort: 1,
  note: null,
  at: day(daysAgo),
  createdAt: day(daysAgo),
  noticedAt: noticed ? day(daysAgo) : null,
  questionedAt: null,
  lateEntry: false,
});

/** Points as the server computes them (core's readBalanceSeries over the acts). */
function pointsFor(
  acts: readonly Act[],
  seasons: readonly Season[],
  pair: PairKey,
  plan: SeriesPlan,
): BalancePoint[] {
  const aggregates = aggregateActs(
    acts.map((a) => ({
      ...a,
      at: Date.parse(a.at),
      noticedAt: a.noticedAt === null ? null : Date.parse(a.noticedAt),
    })),
  );
  const coreSeasons = seasons.map((x) => ({
    ...x,
    startsAt: Date.parse(x.startsAt),
    endsAt: x.endsAt === null ? null : Date.parse(x.endsAt),
  }));
  return readBalanceSeries(aggregates, { ...pair, now: NOW, ...plan, seasons: coreSeasons });
}

const names: Record<string, string> = { a: 'Alex', b: 'Sam', c: 'Kai' };
const nameOf = (id: string) => names[id] ?? '';

describe('balance over time on the client', () => {
  it('samples windows by the chosen view', () => {
    expect(seriesPlan(7)).toEqual({ points: 14, stepDays: 1, windowDays: 7 });
    expect(seriesPlan(30)).toEqual({ points: 13, stepDays: 7, windowDays: 30 });
    expect(seriesPlan('decay')).toEqual(seriesPlan(30));
    expect(seriesPlan(90).windowDays).toBe(90);
  });

  it('turns the API series into points keyed by pair, times in ms', () => {
    const point = {
      from: day(30),
      to: day(0),
      index: 0.5,
      band: 'leaning' as const,
      given: { acts: 3, effort: 3 },
      received: { acts: 1, effort: 1 },
      seasonId: null,
    };
    const byPair = seriesByPair({
      now: day(0),
      stepDays: 7,
      windowDays: 30,
      pairs: [{ fromMemberId: 'a', toMemberId: 'b', points: [point] }],
    });
    expect(byPair.get(pairKey({ fromMemberId: 'a', toMemberId: 'b' }))).toEqual([
      { ...point, from: Date.parse(day(30)), to: Date.parse(day(0)) },
    ]);
  });

  it('names a season that covers the member who gives less', () => {
    const season: Season = {
      id: 's1',
      circleId: 'c',
      memberId: 'b',
      kind: 'exams',
      startsAt: day(10),
      endsAt: null,
      note: null,
      createdByMemberId: 'b',
      createdAt: day(10),
      status: 'active',
    };
    const acts = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((d) => act('a', 'b', d));
    const pair = { fromMemberId: 'a', toMemberId: 'b' };
    const points = pointsFor(acts, [season], pair, seriesPlan(30));
    expect(points?.at(-1)?.seasonId).toBe('s1');
    expect(points?.at(-1)?.band).toBe('leaning');
    const text = seriesText({
      points: points ?? [],
      fromName: 'Alex',
      toName: 'Sam',
      seasons: [season],
      nameOf,
    });
    expect(text).toContain('Most recently: Leaning, more from Alex.');
    expect(text).toContain('Seasons on this timeline: Sam: Exams.');
  });

  it('draws no line for a pair that just began, and words without counts for one that can', () => {
    const pair = { fromMemberId: 'a', toMemberId: 'b' };
    // A minute-old circle: a few acts today make one readable point at most.
    const fresh = pointsFor(
      [0, 0, 0, 0, 0].map((d) => act('a', 'b', d)),
      [],
      pair,
      seriesPlan(90),
    );
    expect(chartReady(fresh)).toBe(false);
    const steady = pointsFor(
      Array.from({ length: 60 }, (_, d) =>
        act(d % 2 === 0 ? 'a' : 'b', d % 2 === 0 ? 'b' : 'a', d),
      ),
      [],
      pair,
      seriesPlan(90),
    );
    expect(chartReady(steady)).toBe(true);
    const text = seriesText({
      points: steady,
      fromName: 'Alex',
      toName: 'Sam',
      seasons: [],
      nameOf,
    });
    expect(text).toMatch(/^From .+ to .+, mostly in rhythm\. Most recently: In rhythm\.$/);
    expect(text).not.toMatch(/\d+ points|: \d/);
  });

  it('says plainly when nothing was logged', () => {
    const pair = { fromMemberId: 'a', toMemberId: 'b' };
    const points = pointsFor([], [], pair, seriesPlan(7));
    expect(seriesText({ points, fromName: 'Alex', toName: 'Sam', seasons: [], nameOf })).toBe(
      'Nothing was logged between Alex and Sam in these weeks.',
    );
  });
});

const NO_FORMS = Object.fromEntries(
  FORMS_OF_CARE.map((form) => [form, { given: 0, received: 0 }]),
) as PairBalance['byForm'];

const pair = (from: string, to: string, index: number, acts = 10): PairBalance => ({
  fromMemberId: from,
  toMemberId: to,
  index,
  band: Math.abs(index) < 0.25 ? 'in_rhythm' : Math.abs(index) < 0.6 ? 'leaning' : 'one_sided',
  thin: acts < 4,
  pattern: 'balanced',
  given: { acts, effort: acts },
  received: { acts, effort: acts },
  byForm: NO_FORMS,
  noticedRate: null,
  fit: null,
  season: null,
});

describe('pairs and words', () => {
  it('reads pairs with me from my side first, then the others that exchanged care', () => {
    const view = {
      pairs: [
        pair('b', 'a', 0.1),
        pair('a', 'b', -0.1),
        pair('c', 'b', 0),
        pair('b', 'c', 0),
        pair('a', 'c', 0.3),
        pair('c', 'a', -0.3),
      ],
    } as unknown as BalanceView;
    const shown = displayPairs(view, 'a', ['a', 'b', 'c']).map(pairKey);
    expect(shown).toEqual(['a>b', 'a>c', 'b>c']);
  });

  it('tells a pair from my side, names no side for others, and says when too little is logged', () => {
    const leaning = pair('a', 'b', -0.4);
    expect(bandText(leaning, 'a', 'Alex', 'Sam', 'in the last 30 days')).toBe(
      'Care between you and Sam has leaned toward you in the last 30 days.',
    );
    expect(bandText(leaning, 'b', 'Alex', 'Sam', 'in the last 30 days')).toBe(
      'More of the care between you and Alex has come from you in the last 30 days.',
    );
    expect(bandText(leaning, 'c', 'Alex', 'Sam', 'in the last 30 days')).toBe(
      'Care between Alex and Sam has leaned to one side in the last 30 days.',
    );
    expect(bandText(pair('a', 'b', 1, 2), 'a', 'Alex', 'Sam', 'in the last 7 days')).toBe(
      'Too little is logged in the last 7 days to read a rhythm yet.',
    );
  });

  it('labels evidence, formats shares and dates, and shows a person only their own numbers', () => {
    const insight: Insight = {
      kind: 'season',
      memberIds: ['a', 'b'],
      evidence: {
        index: 0.4,
        givenActs: 9,
        receivedActs: 3,
        noticedRate: 0.25,
        seasonId: 's1',
        seasonKind: 'exams',
        seasonStartsAt: NOW,
        somethingNew: 2,
      },
    };
    const rows = evidenceRows(insight, nameOf, 'a');
    expect(rows.map((r) => [r.label, r.value])).toEqual([
      ['Acts of care you gave Sam', '9'],
      ['Share noticed', '25%'],
      ['Season', 'Exams'],
      ['Season began', 'Nov 24, 2026'],
      ['somethingNew', '2'],
    ]);
    const theirs = evidenceRows(insight, nameOf, 'b').map((r) => [r.label, r.value]);
    expect(theirs.slice(0, 2)).toEqual([
      ['Acts of care you gave Alex', '3'],
      ['Share noticed', '25%'],
    ]);
    const outsider = evidenceRows(insight, nameOf, 'c').map((r) => r.value);
    expect(outsider).not.toContain('9');
    expect(outsider).not.toContain('3');
  });

  it('routes /circles/:id/balance to the dashboard', () => {
    expect(parseRoute(paths.dashboard('c 1'), '')).toEqual({ name: 'dashboard', circleId: 'c 1' });
  });
});

describe('what a side gave most, in words', () => {
  it('names the form at the top, or the two that share it, joined as the language joins them', async () => {
    const { topForms } = await import('./FormBreakdown.tsx');
    expect(
      topForms([
        { form: 'practical', amount: 3 },
        { form: 'emotional', amount: 1 },
        { form: 'affection', amount: 1 },
      ]),
    ).toBe('Practical help');
    expect(
      topForms([
        { form: 'practical', amount: 2 },
        { form: 'emotional', amount: 2 },
        { form: 'affection', amount: 1 },
      ]),
    ).toBe('Practical help and Emotional support');
  });
});

describe('an insight said without a direction, once per pair', () => {
  const noticed = (from: string, to: string): Insight => ({
    kind: 'noticed',
    memberIds: [from, to],
    evidence: { noticedRate: 0.1, acts: 6 },
  });
  const rhythm: Insight = { kind: 'in_rhythm', memberIds: ['a', 'b'], evidence: {} };

  it('keeps the one read from the reader’s side, and every other insight as it was', async () => {
    const { onePerPair } = await import('./one-per-pair.ts');
    const both = [rhythm, noticed('a', 'b'), noticed('b', 'a')];
    expect(onePerPair(both, 'b')).toEqual([rhythm, noticed('b', 'a')]);
    expect(onePerPair(both, 'a')).toEqual([rhythm, noticed('a', 'b')]);
    // Someone outside the pair reads it once too; another pair's stays.
    expect(onePerPair([...both, noticed('a', 'c')], 'c')).toEqual([
      rhythm,
      noticed('a', 'b'),
      noticed('a', 'c'),
    ]);
  });
});
