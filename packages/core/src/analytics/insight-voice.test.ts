import { describe, expect, it } from 'vitest';
import { computeCircleBalance } from './circle-balance.ts';
import { act, NOW, spread } from './test-acts.ts';

/**
 * docs/voice.md: an insight is read by every member alike, so it never says whose side care came
 * from. Core says no sentence (the web words each insight from its kind and evidence, and the
 * catalogue's own voice test holds those words), so here: an insight about the circle's spread
 * lists every member, never the one with the large share, and the numbers stay in the evidence.
 */
const family = [
  { id: 'ana', name: 'Ana' },
  { id: 'ben', name: 'Ben' },
  { id: 'cy', name: 'Cy' },
];

const lopsided = [
  ...spread('ana', 'ben', 30, 60, { form: 'emotional' }),
  ...spread('ana', 'cy', 20, 60, { form: 'practical' }),
  ...spread('ana', 'cy', 10, 60, { form: 'communication' }),
  ...spread('ben', 'ana', 2, 60, { form: 'practical' }),
  act('cy', 'ben', 3),
];

describe('insight wording', () => {
  for (const window of [7, 30, 90, 'decay'] as const) {
    it(`names every member, not the giving side, in a circle-wide insight (${window})`, () => {
      const { insights } = computeCircleBalance(lopsided, {
        members: family,
        now: NOW,
        window,
      });
      const circleWide = insights.filter((i) => i.kind.endsWith('load'));
      expect(circleWide.length).toBeGreaterThan(0);
      for (const insight of circleWide) {
        expect(insight.memberIds).toEqual(family.map((m) => m.id));
      }
      // A pair's insight names the pair in the order of its view, whoever gives more.
      for (const insight of insights.filter((i) => i.memberIds.length < family.length)) {
        expect(insight.memberIds).toHaveLength(2);
      }
    });
  }

  it('keeps the numbers in the evidence', () => {
    const { insights } = computeCircleBalance(lopsided, {
      members: family,
      now: NOW,
      window: 90,
    });
    const load = insights.find((i) => i.kind === 'emotional_load');
    expect(load?.evidence['share']).toBe(1);
  });
});
