import { describe, expect, it } from 'vitest';
import { computeCircleBalance } from './circle-balance.ts';
import { act, NOW, spread } from './test-acts.ts';

/**
 * docs/voice.md: an insight is read by every member alike, so it never names a person together
 * with a number, never says whose side care came from, and never ranks or blames.
 */
const family = [
  { id: 'ana', name: 'Ana' },
  { id: 'ben', name: 'Ben' },
  { id: 'cy', name: 'Cy' },
];
const LEDGER_WORDS =
  /\b(carr(y|ies|ying)|started more|owes?|debt|score|blame|fault|ledger|rank|most often)\b/i;

const lopsided = [
  ...spread('ana', 'ben', 30, 60, { form: 'emotional' }),
  ...spread('ana', 'cy', 20, 60, { form: 'practical' }),
  ...spread('ana', 'cy', 10, 60, { form: 'communication' }),
  ...spread('ben', 'ana', 2, 60, { form: 'practical' }),
  act('cy', 'ben', 3),
];

describe('insight wording', () => {
  for (const window of [7, 30, 90, 'decay'] as const) {
    it(`names nobody with a number or as the giving side (${window})`, () => {
      const { insights } = computeCircleBalance(lopsided, {
        members: family,
        kind: 'family',
        now: NOW,
        window,
      });
      expect(insights.length).toBeGreaterThan(0);
      for (const { text } of insights) {
        const named = family.filter((m) => text.includes(m.name));
        const withoutPeriod = text.replace(/(in|for) the last \d+ (days|weeks)/gi, '');
        if (named.length > 0) expect(withoutPeriod, text).not.toMatch(/\d/);
        expect(text).not.toMatch(LEDGER_WORDS);
        for (const m of family) {
          expect(text).not.toMatch(new RegExp(`came from ${m.name}|${m.name} (gives|gave)`));
        }
      }
    });
  }

  it('keeps the numbers in the evidence', () => {
    const { insights } = computeCircleBalance(lopsided, {
      members: family,
      kind: 'family',
      now: NOW,
      window: 90,
    });
    const load = insights.find((i) => i.kind === 'emotional_load');
    expect(load?.evidence['share']).toBe(1);
  });
});
