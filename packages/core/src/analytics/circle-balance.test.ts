import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMS_OF_CARE, type Effort } from '../vocabulary.ts';
import { DAY_MS } from '../time-window.ts';
import { computeCircleBalance, type CircleBalanceInput } from './circle-balance.ts';
import { BALANCE_WINDOWS } from './windows.ts';
import type { Season } from './seasons.ts';
import { act, NOW, spread } from './test-acts.ts';

const couple = [
  { id: 'ana', name: 'Ana' },
  { id: 'ben', name: 'Ben' },
];
const input = (over: Partial<CircleBalanceInput> = {}): CircleBalanceInput => ({
  members: couple,
  now: NOW,
  window: 30,
  ...over,
});
const pairOf = (view: ReturnType<typeof computeCircleBalance>, from: string, to: string) => {
  const p = view.pairs.find((x) => x.fromMemberId === from && x.toMemberId === to);
  if (!p) throw new Error('missing pair');
  return p;
};

describe('computeCircleBalance', () => {
  it('calls 20 acts against 2 in 30 days one-sided, mirrored for the other side', () => {
    const acts = [...spread('ana', 'ben', 20, 29), ...spread('ben', 'ana', 2, 29)];
    const view = computeCircleBalance(acts, input());
    const ab = pairOf(view, 'ana', 'ben');
    const ba = pairOf(view, 'ben', 'ana');
    expect(ab.index).toBeCloseTo(18 / 22, 12);
    expect(ba.index).toBe(-ab.index);
    expect(ab.band).toBe('one_sided');
    expect(ba.band).toBe('one_sided');
    expect(ab.given).toEqual({ acts: 20, effort: 20 });
    expect(ba.received).toEqual(ab.given);
    expect(view.insights.map((i) => i.kind)).toContain('one_sided');
  });

  it('calls 10 against 8 in rhythm', () => {
    const acts = [...spread('ana', 'ben', 10, 29), ...spread('ben', 'ana', 8, 29)];
    const view = computeCircleBalance(acts, input());
    expect(pairOf(view, 'ana', 'ben').band).toBe('in_rhythm');
    expect(pairOf(view, 'ben', 'ana').band).toBe('in_rhythm');
    const rhythm = view.insights.find((i) => i.kind === 'in_rhythm');
    expect(rhythm?.memberIds).toEqual(['ana', 'ben']);
    expect(rhythm?.evidence).toMatchObject({ givenActs: 10, receivedActs: 8 });
  });

  it('counts only the days of the chosen window', () => {
    const acts = [...spread('ana', 'ben', 5, 6), act('ben', 'ana', 20), act('ben', 'ana', 60)];
    expect(pairOf(computeCircleBalance(acts, input({ window: 7 })), 'ben', 'ana').given.acts).toBe(
      0,
    );
    expect(pairOf(computeCircleBalance(acts, input({ window: 30 })), 'ben', 'ana').given.acts).toBe(
      1,
    );
    expect(pairOf(computeCircleBalance(acts, input({ window: 90 })), 'ben', 'ana').given.acts).toBe(
      2,
    );
  });

  it('weighs acts by half every half-life in the decayed view', () => {
    const acts = [
      act('ana', 'ben', 0, { effort: 2 }),
      act('ana', 'ben', 30),
      act('ben', 'ana', 60),
    ];
    const view = computeCircleBalance(acts, input({ window: 'decay' }));
    const ab = pairOf(view, 'ana', 'ben');
    expect(ab.given.effort).toBeCloseTo(2 + 0.5, 9);
    expect(ab.received.effort).toBeCloseTo(0.25, 9);
    expect(ab.index).toBeCloseTo(2.25 / 2.75, 9);
  });

  it('lets a season cap the band at leaning and names the season instead', () => {
    const acts = [...spread('ana', 'ben', 20, 29), ...spread('ben', 'ana', 2, 29)];
    const flu: Season = {
      id: 'flu',
      memberId: 'ben',
      kind: 'illness',
      startsAt: NOW - 20 * DAY_MS,
      endsAt: null,
      note: null,
    };
    const view = computeCircleBalance(acts, input({ seasons: [flu] }));
    const ab = pairOf(view, 'ana', 'ben');
    expect(ab.band).toBe('leaning');
    expect(ab.season).toEqual({ id: 'flu', memberId: 'ben', kind: 'illness' });
    const kinds = view.insights.map((i) => i.kind);
    expect(kinds).toContain('season');
    expect(kinds).not.toContain('one_sided');
    expect(kinds).not.toContain('leaning');
    expect(view.insights.find((i) => i.kind === 'season')?.evidence).toMatchObject({
      seasonKind: 'illness',
      seasonMemberId: 'ben',
    });
    // Nor do the one-sided signs or the load restate what the season explains.
    for (const kind of ['support', 'noticed', 'initiations', 'household_load', 'pattern']) {
      expect(kinds).not.toContain(kind);
    }
  });

  it('ignores a season of the member who gives more', () => {
    const acts = [...spread('ana', 'ben', 20, 29), ...spread('ben', 'ana', 2, 29)];
    const busy: Season = {
      id: 'w',
      memberId: 'ana',
      kind: 'work',
      startsAt: NOW - 20 * DAY_MS,
      endsAt: null,
      note: null,
    };
    expect(pairOf(computeCircleBalance(acts, input({ seasons: [busy] })), 'ana', 'ben').band).toBe(
      'one_sided',
    );
  });

  it('says the data is too thin rather than guess', () => {
    const view = computeCircleBalance([act('ana', 'ben', 1), act('ana', 'ben', 2)], input());
    expect(view.insights).toHaveLength(1);
    expect(view.insights[0]?.kind).toBe('thin_data');
    expect(view.insights[0]?.evidence).toMatchObject({ acts: 2 });
    expect(pairOf(view, 'ana', 'ben').thin).toBe(true);
  });

  it('measures care-language fit and suggests what may land', () => {
    const acts = [...spread('ana', 'ben', 10, 29), ...spread('ben', 'ana', 9, 29)];
    const view = computeCircleBalance(
      acts,
      input({ careLanguages: { ben: ['words', 'time', 'touch'], ana: ['acts'] } }),
    );
    expect(pairOf(view, 'ana', 'ben').fit?.fit).toBe(0);
    expect(pairOf(view, 'ben', 'ana').fit?.fit).toBe(1);
    const fit = view.insights.find((i) => i.kind === 'fit');
    expect(fit?.memberIds).toEqual(['ana', 'ben']);
    expect(fit?.evidence).toMatchObject({ fit: 0, language: 'words' });
  });

  it('builds the matrix, load shares and Gini for a family', () => {
    const family = [
      { id: 'a', name: 'Asha' },
      { id: 'b', name: 'Bo' },
      { id: 'c', name: 'Cy' },
    ];
    const acts = [
      ...spread('a', 'b', 6, 20, { form: 'mental_load' }),
      ...spread('a', 'c', 6, 20),
      ...spread('b', 'a', 1, 20, { form: 'emotional' }),
    ];
    const view = computeCircleBalance(acts, input({ members: family }));
    expect(view.matrix.effort).toEqual([
      [0, 6, 6],
      [1, 0, 0],
      [0, 0, 0],
    ]);
    expect(view.loadShares.map((s) => s.share)).toEqual([12 / 13, 1 / 13, 0]);
    expect(view.gini).toBeCloseTo((2 * (0 * 1 + 1 * 2 + 12 * 3)) / (3 * 13) - 4 / 3, 12);
    const kinds = view.insights.map((i) => i.kind);
    expect(kinds).toContain('load');
    expect(kinds).toContain('household_load');
    expect(view.pairs).toHaveLength(6);
  });
});

describe('invariants on random circles', () => {
  const family = ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id.toUpperCase() }));
  const actsArb = fc.array(
    fc
      .record({
        from: fc.constantFrom('a', 'b', 'c', 'd'),
        to: fc.constantFrom('a', 'b', 'c', 'd'),
        daysAgo: fc.double({ min: 0, max: 120, noNaN: true }),
        form: fc.constantFrom(...FORMS_OF_CARE),
        effort: fc.constantFrom<Effort>(1, 2, 3),
        noticed: fc.boolean(),
      })
      .map((r) =>
        act(r.from, r.to, r.daysAgo, {
          form: r.form,
          effort: r.effort,
          noticedAt: r.noticed ? NOW : null,
        }),
      ),
    { maxLength: 80 },
  );

  it(
    'mirror pairs, keep shares summing to 1 and the matrix consistent',
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(actsArb, fc.constantFrom(...BALANCE_WINDOWS), (acts, window) => {
          const view = computeCircleBalance(acts, input({ members: family, window }));
          expect(view.pairs).toHaveLength(12);
          for (const p of view.pairs) {
            const q = pairOf(view, p.toMemberId, p.fromMemberId);
            expect(q.index).toBe(p.index === 0 ? 0 : -p.index);
            expect(Math.abs(p.index)).toBeLessThanOrEqual(1);
            expect(q.band).toBe(p.band);
            expect(q.thin).toBe(p.thin);
            expect(q.pattern).toBe(p.pattern);
            expect(q.season).toEqual(p.season);
            expect(q.given).toEqual(p.received);
            if (p.signs.initiationShare !== null) {
              expect(p.signs.initiationShare + (q.signs.initiationShare ?? 0)).toBeCloseTo(1, 12);
            }
            const i = family.findIndex((m) => m.id === p.fromMemberId);
            const j = family.findIndex((m) => m.id === p.toMemberId);
            expect(view.matrix.effort[i]?.[j]).toBe(p.given.effort);
          }
          const total = view.loadShares.reduce((sum, s) => sum + s.share, 0);
          const given = view.loadShares.reduce((sum, s) => sum + s.effort, 0);
          if (given > 0) expect(total).toBeCloseTo(1, 12);
          else expect(total).toBe(0);
          expect(view.gini).toBeGreaterThanOrEqual(0);
          expect(view.gini).toBeLessThanOrEqual(0.75);
          const ids = new Set(family.map((m) => m.id));
          for (const insight of view.insights) {
            expect(insight.memberIds.every((id) => ids.has(id))).toBe(true);
            for (const value of Object.values(insight.evidence)) {
              if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
            }
          }
        }),
        { numRuns: 150 },
      );
    },
  );

  it('gives the same view for the acts in any order', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(actsArb, (acts) => {
        const forward = computeCircleBalance(acts, input({ members: family, window: 90 }));
        const backward = computeCircleBalance(
          [...acts].reverse(),
          input({ members: family, window: 90 }),
        );
        expect(backward).toEqual(forward);
      }),
      { numRuns: 50 },
    );
  });
});

describe('a season and what the others feel', () => {
  it('never changes what anyone receives, nor how much of their care was noticed', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            from: fc.constantFrom('ana', 'ben'),
            daysAgo: fc.integer({ min: 0, max: 89 }),
            noticed: fc.boolean(),
          }),
          { maxLength: 40 },
        ),
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom(7, 30, 90),
        (drawn, seasonDays, window) => {
          const acts = drawn.map((d) =>
            act(d.from, d.from === 'ana' ? 'ben' : 'ana', d.daysAgo, {
              noticedAt: d.noticed ? NOW - d.daysAgo * DAY_MS + 1 : null,
            }),
          );
          const season: Season = {
            id: 's1',
            memberId: 'ben',
            kind: 'illness',
            startsAt: NOW - seasonDays * DAY_MS,
            endsAt: NOW + 30 * DAY_MS,
            note: null,
          };
          const plain = computeCircleBalance(acts, input({ window: window as 7 | 30 | 90 }));
          const withSeason = computeCircleBalance(
            acts,
            input({ window: window as 7 | 30 | 90, seasons: [season] }),
          );
          for (const [from, to] of [
            ['ana', 'ben'],
            ['ben', 'ana'],
          ] as const) {
            const a = pairOf(plain, from, to);
            const b = pairOf(withSeason, from, to);
            expect(b.received).toEqual(a.received);
            expect(b.given).toEqual(a.given);
            expect(b.byForm).toEqual(a.byForm);
            expect(b.signs.noticedRate).toBe(a.signs.noticedRate);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
