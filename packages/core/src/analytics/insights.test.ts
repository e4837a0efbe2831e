import { describe, expect, it } from 'vitest';
import { computeCircleBalance, type CircleBalanceInput } from './circle-balance.ts';
import type { InsightKind } from './insight-kinds.ts';
import { act, NOW, spread } from './test-acts.ts';

const couple = [
  { id: 'ana', name: 'Ana' },
  { id: 'ben', name: 'Ben' },
];
const view = (
  acts: Parameters<typeof computeCircleBalance>[0],
  over: Partial<CircleBalanceInput> = {},
) => computeCircleBalance(acts, { members: couple, now: NOW, window: 90, ...over });
const find = (v: ReturnType<typeof view>, kind: InsightKind) =>
  v.insights.find((i) => i.kind === kind);

describe('insights', () => {
  it('notice that reaching out first sits on one side after quiet days', () => {
    // Every five days Ana reaches out and Ben answers the next day.
    const acts = Array.from({ length: 16 }, (_, i) => [
      act('ana', 'ben', 85 - i * 5, { form: 'communication', noticedAt: NOW }),
      act('ben', 'ana', 84 - i * 5, { form: 'communication', noticedAt: NOW }),
    ]).flat();
    const v = view(acts);
    const insight = find(v, 'initiations');
    expect(insight?.memberIds).toEqual(['ana', 'ben']);
    expect(insight?.evidence).toMatchObject({ opened: 16, total: 16, share: 1 });
    expect(find(v, 'in_rhythm')).toBeDefined();
  });

  it('call noticed one-way giving open-handed, not a problem', () => {
    const acts = spread('ana', 'ben', 30, 40, { noticedAt: NOW });
    const v = view(acts);
    expect(v.pairs[0]?.pattern).toBe('generalized');
    expect(find(v, 'pattern')?.evidence).toMatchObject({ pattern: 'generalized', givenActs: 30 });
    expect(find(v, 'noticed')).toBeUndefined();
  });

  it('invite a look together when one-way giving goes unseen for weeks', () => {
    const v = view(spread('ana', 'ben', 30, 60));
    expect(v.pairs[0]?.pattern).toBe('negative');
    expect(find(v, 'pattern')?.evidence).toMatchObject({ pattern: 'negative' });
    expect(Number(find(v, 'pattern')?.evidence['leaningWeeks'])).toBeGreaterThanOrEqual(4);
    expect(find(v, 'noticed')?.evidence).toMatchObject({ noticedRate: 0, acts: 30 });
    expect(find(v, 'noticed')?.memberIds).toEqual(['ana', 'ben']);
  });

  it('say when one pair of a family has too little to show', () => {
    const family = [...couple, { id: 'cy', name: 'Cy' }];
    const acts = [
      ...spread('ana', 'ben', 6, 20),
      ...spread('ben', 'ana', 6, 20),
      act('cy', 'ana', 3),
    ];
    const v = view(acts, { members: family });
    const thin = v.insights.filter((i) => i.kind === 'pair_thin');
    expect(thin).toHaveLength(1);
    expect(thin[0]?.memberIds).toEqual(['cy', 'ana']);
    expect(thin[0]?.evidence).toMatchObject({ givenActs: 1, receivedActs: 0 });
  });

  it('say plainly when a valued language has no form of care yet', () => {
    const acts = [...spread('ana', 'ben', 10, 30), ...spread('ben', 'ana', 10, 30)];
    const fit = find(view(acts, { careLanguages: { ben: ['gifts'] } }), 'fit');
    expect(fit?.memberIds).toEqual(['ana', 'ben']);
    expect(fit?.evidence).toMatchObject({
      language: 'gifts',
      topForm: 'practical',
      secondForm: null,
    });
  });

  it('say that household or emotional care sat on one side, naming nobody', () => {
    const acts = [
      ...spread('ana', 'ben', 10, 30, { form: 'emotional' }),
      ...spread('ben', 'ana', 10, 30, { form: 'practical' }),
    ];
    const v = view(acts);
    // Every member, not the one whose share it is: the share stays in the evidence.
    for (const kind of ['emotional_load', 'household_load'] as const) {
      expect(find(v, kind)?.memberIds).toEqual(['ana', 'ben']);
    }
    expect(find(v, 'emotional_load')?.evidence).toMatchObject({ share: 1 });
    expect(find(v, 'load')).toBeUndefined();
  });

  it('keep weighted counts in the evidence in the decayed view', () => {
    const v = view([...spread('ana', 'ben', 20, 29), ...spread('ben', 'ana', 2, 29)], {
      window: 'decay',
    });
    const oneSided = find(v, 'one_sided');
    expect(oneSided?.memberIds).toEqual(['ana', 'ben']);
    expect(Number(oneSided?.evidence['givenActs'])).toBeGreaterThan(
      Number(oneSided?.evidence['receivedActs']),
    );
  });

  it('stay quiet about a pair with no acts at all', () => {
    const family = [...couple, { id: 'cy', name: 'Cy' }];
    const v = view([...spread('ana', 'ben', 6, 20), ...spread('ben', 'ana', 6, 20)], {
      members: family,
    });
    expect(v.insights.every((i) => !i.memberIds.includes('cy') || i.kind.endsWith('load'))).toBe(
      true,
    );
  });
});

describe('thin data', () => {
  it('says so alone, with no guess, when nothing or little was logged', () => {
    expect(view([]).insights).toEqual([
      { kind: 'thin_data', memberIds: ['ana', 'ben'], evidence: { acts: 0, needed: 4 } },
    ]);
    expect(view([act('ana', 'ben', 1)]).insights).toEqual([
      { kind: 'thin_data', memberIds: ['ana', 'ben'], evidence: { acts: 1, needed: 4 } },
    ]);
  });
});
