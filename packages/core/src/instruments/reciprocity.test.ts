import { describe, expect, it } from 'vitest';
import { compareAreaShares } from './area-shares.ts';
import {
  FAIRNESS_OPTIONS,
  RECIPROCITY_AREAS,
  reciprocity,
  shareItemId,
  splitFeelingItemId,
  type ReciprocityArea,
} from './reciprocity.ts';
import { revealableAnswers } from './reveal.ts';
import { scoreAnswers } from './scoring.ts';

const index = (id: string) => reciprocity.items.findIndex((item) => item.id === id);

/** A full sheet: "About equal", "About half each", "Mostly fine", "Unsure", safe. */
const neutral = (): number[] =>
  reciprocity.items.map((item) => {
    if (item.id === 'fairness') return 3;
    if (item.id.startsWith('share_')) return 2;
    if (item.id.startsWith('split_feeling_')) return 3;
    if (item.id === 'felt_safe') return 0;
    return 2;
  });

/** A sheet with the given own-share positions (0 "Mostly me" … 4 "Mostly my partner"). */
const withShares = (shares: Partial<Record<ReciprocityArea, number>>): number[] => {
  const sheet = neutral();
  for (const [area, position] of Object.entries(shares)) {
    sheet[index(shareItemId(area as ReciprocityArea))] = position;
  }
  return sheet;
};

describe('reciprocity (recipro’s own items)', () => {
  it('is labelled as the product’s own, not a validated scale, with no total or cut-off', () => {
    expect(reciprocity.origin).toBe('own');
    expect(reciprocity.ownLabel).toBe(
      "recipro's own check-in questions — not a standard or validated scale",
    );
    expect(reciprocity.citation).toBeNull();
    expect(reciprocity.total).toBeNull();
    expect(reciprocity.researchCutOff).toBeNull();
    expect(reciprocity.items).toHaveLength(22);
    expect(reciprocity.version).toBe(1);
    const result = scoreAnswers('reciprocity', neutral());
    expect(result.ok && result.value.total).toBeNull();
  });

  it('keeps a provenance note on every item', () => {
    for (const item of reciprocity.items) {
      expect(item.provenance?.construct.length, item.id).toBeGreaterThan(5);
      expect(item.provenance?.basis.length, item.id).toBeGreaterThan(5);
      expect(item.csi32Number).toBeNull();
    }
  });

  it('asks fairness from −3 (partner’s favour) through 0 "About equal" to +3 (my favour)', () => {
    expect(reciprocity.items[0]?.id).toBe('fairness');
    expect(FAIRNESS_OPTIONS.map((o) => o.score)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    expect(FAIRNESS_OPTIONS[3]?.label).toBe('About equal');
    const sheet = neutral();
    sheet[0] = 0;
    const result = scoreAnswers('reciprocity', sheet);
    expect(result.ok && result.value.scores[0]).toBe(-3);
  });

  it('asks share and feeling about the split for every area', () => {
    expect(RECIPROCITY_AREAS).toEqual([
      'chores',
      'mental_load',
      'emotional_support',
      'money',
      'planning',
      'fun_intimacy',
    ]);
    for (const area of RECIPROCITY_AREAS) {
      expect(index(shareItemId(area))).toBeGreaterThan(0);
      expect(index(splitFeelingItemId(area))).toBe(index(shareItemId(area)) + 1);
    }
  });

  it('asks the felt-seen, asking-for-help and self-check statements', () => {
    const ids = reciprocity.items.map((item) => item.id);
    for (const id of [
      'felt_seen',
      'could_ask_for_help',
      'mutual_respect',
      'mutual_trust',
      'feel_heard',
      'fair_compromise',
      'feel_valued',
      'satisfied_receiving',
    ]) {
      expect(ids).toContain(id);
    }
    const seen = reciprocity.items[index('felt_seen')];
    expect(seen?.kind === 'choice' && seen.text).toBe('I felt seen this week.');
  });

  it('keeps the safety item private: never revealed to others', () => {
    const privateIds = reciprocity.items.filter((item) => item.private).map((item) => item.id);
    expect(privateIds).toEqual(['felt_safe']);
    const sheet = neutral();
    sheet[index('felt_safe')] = 3;
    const result = scoreAnswers('reciprocity', sheet);
    if (!result.ok) throw new Error(result.error.message);
    const shown = revealableAnswers(result.value);
    expect(shown.positions[index('felt_safe')]).toBeNull();
    expect(shown.scores[index('felt_safe')]).toBeNull();
    expect(shown.positions.filter((p) => p === null)).toHaveLength(1);
    expect(shown.positions[0]).toBe(3);
  });
});

describe('compareAreaShares', () => {
  it('views that fit: claimed total 100, no disagreement, nothing to talk about', () => {
    // A: "A bit more me" (75) for chores; B: "A bit more my partner" (25).
    const result = compareAreaShares(withShares({ chores: 1 }), withShares({ chores: 3 }));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.areas[0]).toEqual({
      area: 'chores',
      shareA: 75,
      shareB: 25,
      claimedTotal: 100,
      disagreement: 0,
      bothClaimLargerShare: false,
      splitFeelingA: 3,
      splitFeelingB: 3,
    });
    expect(result.value.thingsToTalkAbout).toEqual([]);
  });

  it('offers an area where both claim the larger share as something to talk about', () => {
    const result = compareAreaShares(
      withShares({ mental_load: 0, money: 1, planning: 1 }),
      withShares({ mental_load: 1, money: 2, planning: 4 }),
    );
    if (!result.ok) throw new Error(result.error.message);
    const byArea = Object.fromEntries(result.value.areas.map((a) => [a.area, a]));
    expect(byArea.mental_load).toMatchObject({ claimedTotal: 175, disagreement: 75 });
    // 75 + 50 over-claims (125) but only A claims the larger share.
    expect(byArea.money).toMatchObject({ claimedTotal: 125, bothClaimLargerShare: false });
    // 75 + 0: both say A carries it; A more so.
    expect(byArea.planning).toMatchObject({ claimedTotal: 75, disagreement: 25 });
    expect(result.value.thingsToTalkAbout).toEqual(['mental_load']);
  });

  it('is symmetric in its measures', () => {
    const a = withShares({ chores: 0, money: 3, fun_intimacy: 1 });
    const b = withShares({ chores: 1, money: 0, fun_intimacy: 4 });
    const ab = compareAreaShares(a, b);
    const ba = compareAreaShares(b, a);
    if (!ab.ok || !ba.ok) throw new Error('invalid');
    expect(ab.value.thingsToTalkAbout).toEqual(ba.value.thingsToTalkAbout);
    ab.value.areas.forEach((x, i) => {
      expect(x.claimedTotal).toBe(ba.value.areas[i]?.claimedTotal);
      expect(x.disagreement).toBe(ba.value.areas[i]?.disagreement);
    });
  });

  it('reports which member’s sheet is invalid', () => {
    const result = compareAreaShares(neutral(), [1, 2]);
    expect(result.ok ? null : [result.member, result.error.code]).toEqual(['b', 'wrong_length']);
  });
});
