import { describe, expect, it } from 'vitest';
import { computeCircleBalance, type CircleBalanceInput } from './circle-balance.ts';
import type { InsightKind } from './insight-kinds.ts';
import { listPhrase } from './insight-text.ts';
import { act, NOW, spread } from './test-acts.ts';

const couple = [
  { id: 'ana', name: 'Ana' },
  { id: 'ben', name: 'Ben' },
];
const view = (
  acts: Parameters<typeof computeCircleBalance>[0],
  over: Partial<CircleBalanceInput> = {},
) => computeCircleBalance(acts, { members: couple, kind: 'couple', now: NOW, window: 90, ...over });
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
    expect(insight?.text).toContain('it was usually the same side that reached out');
    expect(insight?.text).not.toMatch(/\d+ of \d+|Ana who/);
    expect(insight?.evidence).toMatchObject({ opened: 16, total: 16, share: 1 });
    expect(find(v, 'in_rhythm')).toBeDefined();
  });

  it('call noticed one-way giving open-handed, not a problem', () => {
    const acts = spread('ana', 'ben', 30, 40, { noticedAt: NOW });
    const v = view(acts);
    expect(v.pairs[0]?.pattern).toBe('generalized');
    expect(find(v, 'pattern')?.text).toContain(
      'Care between Ana and Ben has flowed mostly one way lately',
    );
    expect(find(v, 'pattern')?.evidence).toMatchObject({ givenActs: 30 });
    expect(find(v, 'noticed')).toBeUndefined();
  });

  it('invite a look together when one-way giving goes unseen for weeks', () => {
    const v = view(spread('ana', 'ben', 30, 60));
    expect(v.pairs[0]?.pattern).toBe('negative');
    expect(find(v, 'pattern')?.text).toMatch(/^For the last \d+ weeks, care between Ana and Ben/);
    expect(find(v, 'noticed')?.evidence).toMatchObject({ noticedRate: 0, acts: 30 });
    expect(find(v, 'noticed')?.text).toContain(
      'much of the care between Ana and Ben has not been marked as noticed yet',
    );
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
    expect(thin[0]?.text).toContain('Only a few acts of care between Cy and Ana were logged');
    expect(thin[0]?.evidence).toMatchObject({ givenActs: 1, receivedActs: 0 });
  });

  it('say plainly when a valued language has no form of care yet', () => {
    const acts = [...spread('ana', 'ben', 10, 30), ...spread('ben', 'ana', 10, 30)];
    const fit = find(view(acts, { careLanguages: { ben: ['gifts'] } }), 'fit');
    expect(fit?.text).toContain('Ben values small gifts most');
    expect(fit?.text).toContain('no form of care for that yet');
  });

  it('say that household or emotional care sat on one side, naming nobody', () => {
    const acts = [
      ...spread('ana', 'ben', 10, 30, { form: 'emotional' }),
      ...spread('ben', 'ana', 10, 30, { form: 'practical' }),
    ];
    const v = view(acts);
    expect(find(v, 'emotional_load')?.text).toMatch(
      /^The emotional care logged .* has come mostly from one side lately/,
    );
    expect(find(v, 'household_load')?.text).toMatch(
      /^The household care logged .* has come mostly from one side lately/,
    );
    for (const kind of ['emotional_load', 'household_load'] as const) {
      expect(find(v, kind)?.text).not.toMatch(/Ana|Ben|\d/);
    }
    expect(find(v, 'emotional_load')?.evidence).toMatchObject({ share: 1 });
    expect(find(v, 'load')).toBeUndefined();
  });

  it('keep weighted counts in the evidence, not in the sentence, in the decayed view', () => {
    const v = view([...spread('ana', 'ben', 20, 29), ...spread('ben', 'ana', 2, 29)], {
      window: 'decay',
    });
    const oneSided = find(v, 'one_sided');
    expect(oneSided?.text).toMatch(
      /^Lately, care between Ana and Ben has come mostly from one side/,
    );
    expect(oneSided?.text).not.toMatch(/\d/);
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
  it('says so kindly, with no guess, when nothing or little was logged', () => {
    expect(view([]).insights.map((i) => i.text)).toEqual([
      'No acts of care were logged in the last 90 days yet. Once a few small ones are, a rhythm will start to show.',
    ]);
    expect(view([act('ana', 'ben', 1)]).insights[0]?.text).toMatch(
      /^Only 1 act of care was logged/,
    );
  });
});

describe('listPhrase', () => {
  it('joins with commas and "and"', () => {
    expect(listPhrase([])).toBe('');
    expect(listPhrase(['a'])).toBe('a');
    expect(listPhrase(['a', 'b', 'c'])).toBe('a, b and c');
    expect(listPhrase(['a', 'b'], 'or')).toBe('a or b');
    expect(listPhrase(['x and y', 'b', 'c'], 'or')).toBe('x and y, b, or c');
  });
});
